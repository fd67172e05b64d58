// `buttons:` and `rows:` take a list, or a type that derives `Choices`.
use wa_interactive::{interactive_list, reply_buttons};

struct Delivery;

fn main() {
    let _ask = reply_buttons! { body: "How?", buttons: Delivery };
    let options = vec!["a"];
    let _menu = interactive_list! { body: "How?", button: "Options", sections: [ { rows: options } ] };
}
