//! Contact-info requests, call permission requests (with and without a
//! body) and voice calls (with and without each parameter), as statics and
//! with run-time text; each equals its built twin.
use wa_interactive::text::Body;
use wa_interactive::text::CallPayload;
use wa_interactive::{
    CallPermissionRequest, ContactInfoRequest, VoiceCallMessage, call_permission_request,
    request_contact_info, voice_call,
};

static CALL_US: VoiceCallMessage = voice_call! {
    body: "You can call us on WhatsApp now for faster service!",
    display_text: "Call on WhatsApp",
    ttl_minutes: 43200,
    payload: "payload data",
};

const CALL_NOW: VoiceCallMessage = voice_call! { body: "Call us now", ttl_minutes: 1 };

static MAY_WE_CALL: CallPermissionRequest = call_permission_request! {
    body: "We would like to call you about order ON-12853.",
};

const JUST_ASK: CallPermissionRequest = call_permission_request! {};

static SHARE: ContactInfoRequest = request_contact_info! {
    body: "To continue, please share your phone number with us.",
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let share = ContactInfoRequest::new("To continue, please share your phone number with us.")?;
    assert_eq!(SHARE, share);
    assert_eq!(SHARE.interactive_json(), serde_json::to_string(&share)?);

    let may_we = CallPermissionRequest::new("We would like to call you about order ON-12853.")?;
    assert_eq!(MAY_WE_CALL, may_we);
    assert_eq!(MAY_WE_CALL.interactive_json(), serde_json::to_string(&may_we)?);
    assert_eq!(JUST_ASK, CallPermissionRequest::without_body());
    assert_eq!(JUST_ASK.body(), None);

    let call_us = VoiceCallMessage::builder()
        .body("You can call us on WhatsApp now for faster service!")
        .display_text("Call on WhatsApp")
        .ttl_minutes(43_200)
        .payload("payload data")
        .build()?;
    assert_eq!(CALL_US, call_us);
    assert_eq!(CALL_US.interactive_json(), serde_json::to_string(&call_us)?);
    assert_eq!(CALL_NOW.display_text(), None);
    assert_eq!(CALL_NOW.ttl_minutes(), Some(1));

    let order = 1042;
    let ask = request_contact_info! { body: Body::new(format!("Share your number to track order {order}."))? };
    assert_eq!(ask.body(), "Share your number to track order 1042.");
    let call = call_permission_request! { body: Body::new(format!("May we call you about order {order}?"))? };
    assert_eq!(call.body().map(|b| b.as_str()), Some("May we call you about order 1042?"));
    let voice = voice_call! {
        body: Body::new(format!("Questions about order {order}? Call us."))?,
        payload: CallPayload::new(format!("order-{order}"))?,
    };
    assert_eq!(voice.payload().map(|p| p.as_str()), Some("order-1042"));
    Ok(())
}
