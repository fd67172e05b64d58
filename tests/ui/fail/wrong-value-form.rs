use wa_interactive::{interactive_list, reply_buttons};

// Values of the wrong form: a number for a text, a string for a list of sections.
fn all() {
    let _ = reply_buttons! { body: 42, buttons: [ { id: "a", title: "A" } ] };
    let _ = interactive_list! { body: "b", button: "Go", sections: "morning" };
    let _ = interactive_list! { body: "b", button: "Go", sections: [ "morning" ] };
}

fn main() {}
