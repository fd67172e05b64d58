// A path in upper case is read as a constant text: one of another type is
// one error, on its name.
use wa_interactive::location_request;

const COUNT: u32 = 5;

fn main() {
    let _ask = location_request! { body: COUNT };
}
