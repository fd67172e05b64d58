// A reply-buttons message has at most 3 buttons: an enum of 4 variants is
// an error where it is used as `buttons`, naming the limit (as list rows it
// is fine).
use wa_interactive::{Choices, interactive_list, reply_buttons};

#[derive(Choices)]
enum Size {
    Small,
    Medium,
    Large,
    ExtraLarge,
}

fn main() {
    let _rows = interactive_list! { body: "Which size?", button: "Sizes", sections: [ { rows: Size } ] };
    let _ask = reply_buttons! { body: "Which size?", buttons: Size };
}
