// `Choices` enums as buttons and rows: constants like any literal message,
// beside literal rows, with run-time text, in any module path.
use wa_interactive::text::Body;
use wa_interactive::{ButtonMessage, Choices, ListMessage, interactive_list, reply_buttons};

mod menu {
    #[derive(Debug, PartialEq, wa_interactive::Choices)]
    pub enum Delivery {
        #[choice(id = "delivery", title = "Deliver to me")]
        Deliver,
        #[choice(title = "I'll pick it up", description = "Ready in 20 min")]
        Pickup,
    }
}

#[derive(Choices)]
enum Slot {
    #[choice(title = "Up to 24 chars, a row's!")]
    Morning,
    Afternoon,
}

static ASK: ButtonMessage = reply_buttons! {
    header: "Your order",
    body: "How do you want it?",
    buttons: menu::Delivery,
};

const MENU: ListMessage = interactive_list! {
    body: "How do you want it?",
    button: "Options",
    sections: [
        { title: "Usual", rows: crate::menu::Delivery },
        { title: "Slots", rows: Slot },
        { title: "Other", rows: [ { id: "other", title: "Something else" } ] },
    ],
};

fn main() {
    assert_eq!(ASK.buttons().len(), 2);
    assert_eq!(ASK.buttons()[0].id(), "delivery");
    assert_eq!(MENU.rows().count(), 5);
    assert_eq!(MENU.rows().nth(2).unwrap().title(), "Up to 24 chars, a row's!");
    assert!(ASK.interactive_json().contains(r#"{"type":"reply","reply":{"id":"pickup","title":"I'll pick it up"}}"#));

    let name = "Ana";
    let dynamic = reply_buttons! {
        body: Body::new(format!("{name}, how do you want it?")).unwrap(),
        buttons: menu::Delivery,
    };
    assert_eq!(dynamic.buttons(), ASK.buttons());
    assert_eq!(menu::Delivery::from_id("pickup"), Some(menu::Delivery::Pickup));
}
