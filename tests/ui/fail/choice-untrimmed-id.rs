// A choice's id follows a list row id's rule: no leading or trailing
// whitespace, as WhatsApp rejects untrimmed ids.
use wa_interactive::Choices;

#[derive(Choices)]
enum Delivery {
    #[choice(id = " delivery")]
    Deliver,
    #[choice(id = "pickup ")]
    Pickup,
}

fn main() {}
