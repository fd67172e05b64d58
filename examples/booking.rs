//! Appointment booking: slots known only at run time go through the
//! overflow helper (`Menu`), which makes reply buttons, a list, or pages of
//! lists of them; a reply is mapped back to the slot, and the confirmation
//! is a `Choices` enum routed by a `match`.
//!
//! Offline: the request bodies are printed, and the user's replies are
//! simulated by their ids (what `Reply::ListReply { id, .. }` and
//! `Reply::ButtonReply { id, .. }` of a webhook carry).
//!
//! `cargo run --example booking`

use wa_interactive::menu::{Menu, MenuOption, Picked};
use wa_interactive::text::Body;
use wa_interactive::{Choices, Interactive, OutgoingMessage, reply_buttons};

/// An appointment slot, as a calendar would give it.
struct Slot {
    id: u32,
    day: &'static str,
    time: String,
    doctor: &'static str,
}

/// The answers to "Book this slot?".
#[derive(Debug, Choices)]
enum Confirm {
    #[choice(title = "Yes, book it")]
    Book,
    #[choice(title = "Another time")]
    Other,
}

const CUSTOMER: &str = "15551234567";

fn send(message: Interactive) {
    println!("{}\n", OutgoingMessage::new(CUSTOMER, message).to_json());
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // 14 free slots: more than a list holds, so the menu has two pages.
    let doctors = ["Dr. Ana Ruiz", "Dr. Li Wei"];
    let slots: Vec<Slot> = (0..14)
        .map(|i| Slot {
            id: 100 + i,
            day: if i < 8 { "Tue" } else { "Wed" },
            time: format!("{:02}:{:02}", 9 + (i % 8) / 2, 30 * (i % 2)),
            doctor: doctors[(i % 2) as usize],
        })
        .collect();
    let menu = Menu::builder("Pick a time that suits you.")
        .button("View slots")
        .more("Later slots")
        .options(slots.iter().map(|slot| {
            MenuOption::new(
                format!("slot-{}", slot.id),
                format!("{} {}", slot.day, slot.time),
            )
            .with_description(slot.doctor)
        }))
        .build()?;
    println!("{} slots, {} pages\n", slots.len(), menu.pages());
    send(menu.page(0).ok_or("a menu has a first page")?);

    // The user opens the list and picks "Later slots", then a slot.
    for reply_id in ["wa-interactive:more:1", "slot-111"] {
        println!("reply: {reply_id}\n");
        match menu.pick(reply_id) {
            Some(Picked::More(page)) => send(menu.page(page).ok_or("the page exists")?),
            Some(Picked::Choice(index)) => {
                let slot = &slots[index];
                let ask = reply_buttons! {
                    body: Body::new(format!("{} {} with {}. Book this slot?", slot.day, slot.time, slot.doctor))?,
                    buttons: Confirm,
                };
                send(ask.into());
            }
            None => println!("an id from an older menu: send the menu again\n"),
        }
    }

    // The user taps a button: the enum's `match` is the whole routing.
    let reply_id = "book";
    println!("reply: {reply_id}\n");
    match Confirm::from_id(reply_id) {
        Some(Confirm::Book) => println!("booked slot-111"),
        Some(Confirm::Other) => send(menu.page(0).ok_or("a menu has a first page")?),
        None => println!("an id from an older message"),
    }
    Ok(())
}
