use wa_interactive::location_request;

// Malformed input is an error at the token, never a panic.
fn ask() {
    let _ = location_request! { body "Where are you?" };
}

fn main() {}
