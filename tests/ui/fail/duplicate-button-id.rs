use wa_interactive::reply_buttons;

// Button ids are unique.
fn ask() {
    let _ = reply_buttons! { body: "b", buttons: [ { id: "yes", title: "Yes" }, { id: "yes", title: "Sure" } ] };
}

fn main() {}
