// Row ids are unique across the whole list, an enum's included.
use wa_interactive::{Choices, interactive_list};

#[derive(Choices)]
enum Delivery {
    Deliver,
    Pickup,
}

fn main() {
    let _menu = interactive_list! {
        body: "How?",
        button: "Options",
        sections: [
            { title: "Usual", rows: Delivery },
            { title: "Other", rows: [ { id: "pickup", title: "Pick up later" } ] },
        ],
    };
}
