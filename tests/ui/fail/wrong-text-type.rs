use wa_interactive::reply_buttons;

// A run-time value must have the field's checked text type; the error names it.
fn ask(body: String, name: &str) {
    let _ = reply_buttons! { body: body, buttons: [ { id: "a", title: "A" } ] };
    let _ = reply_buttons! { header: name, body: "b", buttons: [ { id: "a", title: "A" } ] };
}

fn main() {}
