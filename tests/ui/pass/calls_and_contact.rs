//! Contact-info requests, as statics and with run-time text; each equals
//! its built twin.
use wa_interactive::text::Body;
use wa_interactive::{ContactInfoRequest, request_contact_info};

static SHARE: ContactInfoRequest = request_contact_info! {
    body: "To continue, please share your phone number with us.",
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let share = ContactInfoRequest::new("To continue, please share your phone number with us.")?;
    assert_eq!(SHARE, share);
    assert_eq!(SHARE.interactive_json(), serde_json::to_string(&share)?);

    let order = 1042;
    let ask = request_contact_info! { body: Body::new(format!("Share your number to track order {order}."))? };
    assert_eq!(ask.body(), "Share your number to track order 1042.");
    Ok(())
}
