// Two `Choices` enums in one list share an id: one error, on the second
// enum's name.
use wa_interactive::{Choices, interactive_list};

#[derive(Choices)]
enum Delivery {
    Deliver,
    Pickup,
}

#[derive(Choices)]
enum Later {
    Pickup,
    Tomorrow,
}

fn main() {
    let _menu = interactive_list! {
        body: "How?",
        button: "Options",
        sections: [
            { title: "Now", rows: Delivery },
            { title: "Later", rows: Later },
        ],
    };
}
