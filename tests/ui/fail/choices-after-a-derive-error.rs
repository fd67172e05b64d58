// An enum whose derive reported an error (here a duplicate id) is reported
// once, by the derive: its uses add nothing, though as buttons it also has
// too many variants and a title too long for a button.
use wa_interactive::{Choices, interactive_list, reply_buttons};

#[derive(Choices)]
enum Size {
    #[choice(title = "Small, for one person")]
    Small,
    #[choice(id = "small")]
    Medium,
    Large,
    ExtraLarge,
}

fn main() {
    let _ask = reply_buttons! { body: "Which size?", buttons: Size };
    let _menu = interactive_list! {
        body: "Which size?",
        button: "Sizes",
        sections: [
            { title: "Sizes", rows: Size },
            { title: "Other", rows: [ { id: "large", title: "Large again" } ] },
        ],
    };
}
