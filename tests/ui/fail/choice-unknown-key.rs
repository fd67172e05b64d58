// `#[choice(…)]` goes on a variant and takes id, title and description,
// each at most once, as string literals.
use wa_interactive::Choices;

#[derive(Choices)]
enum Delivery {
    #[choice(titel = "Deliver to me")]
    Deliver,
    #[choice(title = "Pick up", title = "Collect")]
    Pickup,
    #[choice(id = 3)]
    Later,
}

#[derive(Choices)]
#[choice(title = "On the enum")]
enum Placed {
    Here,
}

fn main() {}
