// A choice's title is at most 24 characters (a list row title), whether
// given or made from the variant's name.
use wa_interactive::Choices;

#[derive(Choices)]
enum Delivery {
    #[choice(title = "Deliver to my door, please")]
    Deliver,
    PickItUpAtTheStoreOnMainStreet,
}

fn main() {}
