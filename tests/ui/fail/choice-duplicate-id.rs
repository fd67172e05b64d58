// Choice ids are unique within an enum: a reply must name one variant.
// The second use is the error, with a note at the first.
use wa_interactive::Choices;

#[derive(Choices)]
enum Delivery {
    #[choice(id = "pickup", title = "Deliver to me")]
    Deliver,
    // The id made from the name, "pickup", is taken by `Deliver`.
    Pickup,
    #[choice(id = "pickup", title = "Collect at the door")]
    Collect,
}

fn main() {}
