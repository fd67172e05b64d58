//! Location requests, CTA URL messages and flows, as statics and with
//! run-time text; each equals its builder twin.
use wa_interactive::text::{Body, Url};
use wa_interactive::{
    CtaUrlMessage, FlowMessage, FlowMode, LocationRequest, cta_url, flow_message, location_request,
};

static WHERE: LocationRequest = location_request! { body: "Where should we deliver?" };

static TRACK: CtaUrlMessage = cta_url! {
    header: image { link: "https://example.com/banner.png" },
    body: "Your parcel is on its way.",
    footer: "Updated hourly",
    display_text: "Track parcel",
    url: "https://example.com/track/42",
};

static BOOK: FlowMessage = flow_message! {
    header: "Table booking",
    body: "Book your table in a few taps.",
    flow_message_version: "3",
    flow_name: "table_booking",
    flow_cta: "Book now",
    mode: "draft",
    flow_token: "booking-7f3a",
    flow_action: "navigate",
    flow_action_payload: { screen: "WELCOME" },
};

static UPDATE: FlowMessage = flow_message! {
    body: "Update your booking",
    flow_id: "1234567890123456",
    flow_cta: "Update",
    flow_action: "data_exchange",
};

// `navigate` without a payload opens the flow's first screen; a 30-character CTA.
const START: FlowMessage = flow_message! {
    body: "Start your booking",
    flow_name: "table_booking",
    flow_cta: "Book a table for tonight, now!",
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let start = FlowMessage::builder()
        .body("Start your booking")
        .flow_name("table_booking")
        .flow_cta("Book a table for tonight, now!")
        .build()?;
    assert_eq!(START, start);
    assert_eq!(START.interactive_json(), serde_json::to_string(&start)?);
    assert!(!START.interactive_json().contains("flow_action_payload"));
    assert_eq!(WHERE, LocationRequest::new("Where should we deliver?")?);
    assert_eq!(WHERE.interactive_json(), serde_json::to_string(&LocationRequest::new("Where should we deliver?")?)?);

    let track = CtaUrlMessage::builder()
        .header(wa_interactive::HeaderDraft::image_link("https://example.com/banner.png"))
        .body("Your parcel is on its way.")
        .footer("Updated hourly")
        .display_text("Track parcel")
        .url("https://example.com/track/42")
        .build()?;
    assert_eq!(TRACK, track);
    assert_eq!(TRACK.interactive_json(), serde_json::to_string(&track)?);

    let book = FlowMessage::builder()
        .header("Table booking")
        .body("Book your table in a few taps.")
        .flow_name("table_booking")
        .flow_cta("Book now")
        .mode(FlowMode::Draft)
        .flow_token("booking-7f3a")
        .navigate("WELCOME")
        .build()?;
    assert_eq!(BOOK, book);
    assert_eq!(BOOK.interactive_json(), serde_json::to_string(&book)?);

    let update = FlowMessage::builder()
        .body("Update your booking")
        .flow_id("1234567890123456")
        .flow_cta("Update")
        .data_exchange()
        .build()?;
    assert_eq!(UPDATE, update);
    assert_eq!(UPDATE.interactive_json(), serde_json::to_string(&update)?);

    // Run-time text.
    let parcel = 42;
    let url = Url::new(format!("https://example.com/track/{parcel}"))?;
    let body = Body::new(format!("Parcel {parcel} is on its way."))?;
    let dynamic = cta_url! { body: body, display_text: "Track parcel", url: url };
    assert_eq!(dynamic.url(), "https://example.com/track/42");
    let ask = location_request! { body: Body::new(format!("Where is parcel {parcel} going?"))? };
    assert_eq!(ask.body(), "Where is parcel 42 going?");
    Ok(())
}
