//! Saved address ids are unique within an address message: the second use
//! is the error, and the first is pointed at.
use wa_interactive::address_message;

fn main() {
    let _where = address_message! {
        body: "Pick an address or enter a new one.",
        country: "IN",
        saved_addresses: [
            { id: "home", value: { city: "Mumbai" } },
            { id: "work", value: { city: "Pune" } },
            { id: "home", value: { city: "Thane" } },
        ],
    };
}
