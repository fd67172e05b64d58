//! One message of each kind, printed as the request body posted to
//! `/{version}/{phone-number-id}/messages`. Runs offline.
//!
//! `cargo run --example quickstart`

use wa_interactive::list::{RowDraft, SectionDraft};
use wa_interactive::{
    ButtonMessage, CtaUrlMessage, FlowMessage, HeaderDraft, Interactive, ListMessage,
    LocationRequest, OutgoingMessage, ValidationError,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let messages: [(&str, Interactive); 5] = [
        ("list", list()?.into()),
        ("reply buttons", buttons()?.into()),
        (
            "location request",
            LocationRequest::new("Where should we deliver your order?")?.into(),
        ),
        ("CTA URL", cta()?.into()),
        ("flow", flow()?.into()),
    ];
    for (kind, message) in messages {
        let body = OutgoingMessage::new("15551234567", message);
        println!("# {kind}\n{}\n", serde_json::to_string_pretty(&body)?);
    }

    // Run-time content goes through the same rules, and every problem is reported.
    let err = ButtonMessage::builder()
        .body("Choose one")
        .button("a", "This title is far too long for a button")
        .button("a", "Two")
        .build()
        .unwrap_err();
    println!("# a rejected message\n{err}");
    Ok(())
}

fn list() -> Result<ListMessage, ValidationError> {
    ListMessage::builder()
        .header("Book an appointment")
        .body("Pick a time that suits you.")
        .footer("Times are local")
        .button("View slots")
        .section(
            SectionDraft::new()
                .title("Morning")
                .row(RowDraft::new("slot-0900", "09:00").description("Dr. Ana Ruiz"))
                .row(RowDraft::new("slot-1000", "10:00")),
        )
        .section(
            SectionDraft::new()
                .title("Afternoon")
                .row(RowDraft::new("slot-1400", "14:00")),
        )
        .build()
}

fn buttons() -> Result<ButtonMessage, ValidationError> {
    ButtonMessage::builder()
        .header(HeaderDraft::image_link("https://example.com/cake.png"))
        .body("Confirm your order?")
        .button("confirm", "Yes, confirm")
        .button("cancel", "No, cancel")
        .build()
}

fn cta() -> Result<CtaUrlMessage, ValidationError> {
    CtaUrlMessage::builder()
        .body("Your parcel is on its way.")
        .display_text("Track parcel")
        .url("https://example.com/track/42")
        .build()
}

fn flow() -> Result<FlowMessage, ValidationError> {
    FlowMessage::builder()
        .body("Book your table in a few taps.")
        .flow_name("table_booking")
        .flow_cta("Book now")
        .flow_token("booking-7f3a")
        .navigate("WELCOME")
        .build()
}
