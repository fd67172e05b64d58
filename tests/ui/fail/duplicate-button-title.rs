use wa_interactive::reply_buttons;

// Button titles are unique within a message.
fn ask() {
    let _ = reply_buttons! { body: "b", buttons: [ { id: "a", title: "OK" }, { id: "b", title: "OK" } ] };
}

fn main() {}
