// A `const` or `static` text (a path in upper case) goes where a literal
// does, checked by the compiler.
// The message is then still a constant, usable in a `static`; its JSON is
// written from its fields (the macro does not know the constant's value).
use wa_interactive::{ListMessage, interactive_list, reply_buttons};

const ASK: &str = "Pick a time that suits you.";
static BUTTON: &str = "View slots";

mod texts {
    pub const MORNING: &str = "Morning";
    pub const NINE: &str = "09:00";
    pub const FOOTER: &str = "Times are local";
}

static MENU: ListMessage = interactive_list! {
    body: ASK,
    footer: texts::FOOTER,
    button: BUTTON,
    sections: [ { title: texts::MORNING, rows: [ { id: "slot-0900", title: texts::NINE } ] } ],
};

fn main() {
    assert_eq!(MENU.body(), ASK);
    assert_eq!(MENU.button(), "View slots");
    assert_eq!(MENU.rows().next().unwrap().title(), "09:00");
    assert_eq!(MENU.interactive_json(), serde_json::to_string(&MENU).unwrap());
    let ask = reply_buttons! { body: ASK, buttons: [ { id: "a", title: "A" } ] };
    assert_eq!(ask.body(), ASK);
}
