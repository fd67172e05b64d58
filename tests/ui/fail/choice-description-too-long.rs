// A choice's description is at most 72 characters (a list row description).
use wa_interactive::Choices;

#[derive(Choices)]
enum Delivery {
    #[choice(description = "Our courier brings it to your door within the hour, anywhere in the city centre")]
    Deliver,
    Pickup,
}

fn main() {}
