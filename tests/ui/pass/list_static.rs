//! A fully literal list is a constant expression: `static` and `const` work,
//! and the message carries its JSON.
use wa_interactive::{ListMessage, interactive_list};

static MENU: ListMessage = interactive_list! {
    header: "Book an appointment",
    body: "Pick a time that suits you.",
    footer: "Times are local",
    button: "View slots",
    sections: [
        {
            title: "Morning",
            rows: [
                { id: "slot-0900", title: "09:00", description: "Dr. Ana Ruiz" },
                { id: "slot-1000", title: "10:00" },
            ],
        },
        {
            title: "Afternoon",
            rows: [ { id: "slot-1400", title: "14:00" } ],
        },
    ],
};

const SMALL: ListMessage = interactive_list! {
    body: "b",
    button: "Go",
    sections: [ { rows: [ { id: "a", title: "A" } ] } ],
};

fn main() {
    assert_eq!(MENU.rows().count(), 3);
    assert_eq!(SMALL.sections().len(), 1);
    let json: serde_json::Value = serde_json::from_str(&MENU.interactive_json()).unwrap();
    assert_eq!(json["action"]["sections"][1]["rows"][0]["id"], "slot-1400");
    assert_eq!(serde_json::to_string(&MENU).unwrap(), MENU.interactive_json());
}
