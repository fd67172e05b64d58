// Reply buttons have unique titles: two variants with one title are an
// error where the enum is used as buttons (as list rows they are fine).
use wa_interactive::{Choices, interactive_list, reply_buttons};

#[derive(Choices)]
enum Delivery {
    #[choice(title = "Deliver")]
    Express,
    #[choice(title = "Deliver", description = "Tomorrow")]
    Standard,
}

fn main() {
    let _rows = interactive_list! { body: "How?", button: "Options", sections: [ { rows: Delivery } ] };
    let _ask = reply_buttons! { body: "How do you want it?", buttons: Delivery };
}
