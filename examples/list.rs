//! A list message: as a checked literal, and from run-time rows with the builder.
//!
//! `cargo run --example list`

use wa_interactive::list::{RowDraft, SectionDraft};
use wa_interactive::{ListMessage, OutgoingMessage, interactive_list};

static MENU: ListMessage = interactive_list! {
    header: "Our menu",
    body: "What would you like today?",
    button: "See dishes",
    sections: [
        { title: "Pizza", rows: [
            { id: "margherita", title: "Margherita", description: "Tomato, mozzarella, basil" },
            { id: "diavola", title: "Diavola 🌶", description: "Spicy salami" },
        ] },
        { title: "Drinks", rows: [ { id: "water", title: "Water" } ] },
    ],
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!(
        "{}",
        OutgoingMessage::new("15551234567", MENU.clone()).to_json()
    );

    // Rows from a database: the builder checks counts, lengths and uniqueness.
    let slots = [
        ("slot-0900", "09:00"),
        ("slot-0930", "09:30"),
        ("slot-1000", "10:00"),
    ];
    let booking = ListMessage::builder()
        .body("Pick a time that suits you.")
        .button("View slots")
        .section(
            SectionDraft::new()
                .title("Tomorrow")
                .rows(slots.iter().map(|(id, time)| RowDraft::new(*id, *time))),
        )
        .build()?;
    println!("{}", booking.interactive_json());
    Ok(())
}
