//! Address messages: minimal, every key (Meta's example), a run-time value
//! in a saved address, and a run-time body; each equals its built twin.
use wa_interactive::address::AddressDraft;
use wa_interactive::text::{AddressValue, Body, PinCode};
use wa_interactive::{AddressMessage, address_message};

static MINIMAL: AddressMessage = address_message! {
    body: "Thanks for your order! Tell us what address you'd like this order delivered to.",
    country: "IN",
};

static FULL: AddressMessage = address_message! {
    header: "Delivery address",
    body: "Thanks for your order! Tell us what address you'd like this order delivered to.",
    footer: "We only deliver within India",
    country: "IN",
    values: {
        name: "CUSTOMER_NAME",
        phone_number: "+91xxxxxxxxxx",
        in_pin_code: "666666",
        house_number: "12",
        floor_number: "8",
        tower_number: "A",
        building_name: "Cello Triumph",
        address: "Some other location",
        landmark_area: "Goregaon",
        city: "Delhi",
        state: "Delhi",
    },
    saved_addresses: [
        { id: "address1", value: { name: "CUSTOMER_NAME", in_pin_code: "400063", city: "Mumbai" } },
        { id: "address2", value: { city: "Pune" } },
    ],
    validation_errors: { in_pin_code: "We could not locate this pin code." },
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let minimal = AddressMessage::builder()
        .body("Thanks for your order! Tell us what address you'd like this order delivered to.")
        .country("IN")
        .build()?;
    assert_eq!(MINIMAL, minimal);
    assert_eq!(MINIMAL.interactive_json(), serde_json::to_string(&minimal)?);
    assert_eq!(FULL.values().and_then(|v| v.state()).map(|s| s.as_str()), Some("Delhi"));
    assert_eq!(FULL.saved_addresses().map(<[_]>::len), Some(2));
    assert_eq!(FULL.interactive_json(), serde_json::to_string(&FULL)?);

    // Run-time text has its checked type; saved address ids stay literals.
    let city = AddressValue::new(String::from("Mumbai"))?;
    let pin = PinCode::new(format!("{}", 400_063))?;
    let home = address_message! {
        body: Body::new(format!("Deliver order {} here?", 1042))?,
        country: "IN",
        values: { in_pin_code: pin },
        saved_addresses: [ { id: "home", value: { city: city } } ],
    };
    let built = AddressMessage::builder()
        .body("Deliver order 1042 here?")
        .country("IN")
        .values(AddressDraft::new().in_pin_code("400063"))
        .saved_address("home", AddressDraft::new().city("Mumbai"))
        .build()?;
    assert_eq!(home, built);
    Ok(())
}
