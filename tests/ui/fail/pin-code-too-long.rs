//! An Indian pin code is at most 6 characters, in the prefilled values and
//! in every saved address: the error is on the pin code.
use wa_interactive::address_message;

fn main() {
    let _where = address_message! {
        body: "Tell us where to deliver your order.",
        country: "IN",
        values: { name: "Ana", in_pin_code: "4000630" },
        saved_addresses: [ { id: "home", value: { in_pin_code: "40 00 63", city: "Mumbai" } } ],
    };
}
