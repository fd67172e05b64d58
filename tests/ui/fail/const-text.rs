// A constant where a text goes is checked by the compiler against the
// field's rule: one error where it is named.
use wa_interactive::{interactive_list, reply_buttons};

const LONG_TITLE: &str = "A row title far too long for WhatsApp";
const EMPTY: &str = "";

mod texts {
    pub const BUTTON: &str = "Open the list of all the slots";
}

fn main() {
    let _menu = interactive_list! {
        body: EMPTY,
        button: texts::BUTTON,
        sections: [ { rows: [ { id: "a", title: LONG_TITLE } ] } ],
    };
    let _ask = reply_buttons! { body: "Sure?", footer: LONG_TITLE, buttons: [ { id: "y", title: "Yes" } ] };
}
