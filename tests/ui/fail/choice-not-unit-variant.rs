// The variants of a `Choices` enum are unit variants: an option carries no
// data (the reply is only its id).
use wa_interactive::Choices;

#[derive(Choices)]
enum Delivery {
    Deliver { address: String },
    Pickup(u8),
    Later,
}

#[derive(Choices)]
struct NotAnEnum;

fn main() {}
