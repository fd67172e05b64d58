use wa_interactive::reply_buttons;

// A number or a character where a text is needed: the error says how to quote it.
fn all() {
    let _ = reply_buttons! { body: "b", buttons: [ { id: 1, title: 'Y' } ] };
}

fn main() {}
