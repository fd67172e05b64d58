use wa_interactive::reply_buttons;

// A reply-buttons message needs at least one button.
fn ask() {
    let _ = reply_buttons! { body: "b", buttons: [] };
}

fn main() {}
