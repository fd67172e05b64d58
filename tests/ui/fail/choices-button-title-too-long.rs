// A choice's title may have 24 characters, a list row's limit; a button
// title has at most 20. Used as `buttons`, a 22-character title is an
// error at the use.
use wa_interactive::{Choices, interactive_list, reply_buttons};

#[derive(Choices)]
enum Delivery {
    #[choice(title = "Deliver to my address")]
    Deliver,
    Pickup,
}

fn main() {
    let _rows = interactive_list! { body: "How?", button: "Options", sections: [ { rows: Delivery } ] };
    let _ask = reply_buttons! { body: "How do you want it?", buttons: Delivery };
}
