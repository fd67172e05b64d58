use wa_interactive::reply_buttons;

// Each key is given at most once.
fn ask() {
    let _ = reply_buttons! { body: "b", body: "c", buttons: [ { id: "a", title: "A" } ] };
}

fn main() {}
