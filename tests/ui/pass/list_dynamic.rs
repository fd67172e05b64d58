//! Run-time text in a list: any field but the ids takes a value of its
//! checked text type. The result equals the builder's.
use wa_interactive::list::{RowDraft, SectionDraft};
use wa_interactive::text::{Body, HeaderText, ListButton, RowDescription, RowTitle, SectionTitle};
use wa_interactive::{ListMessage, interactive_list};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let doctor = String::from("Dr. Ana Ruiz");
    let header = HeaderText::new(format!("Appointments with {doctor}"))?;
    let body = Body::new("Pick a time that suits you.")?;
    let button = ListButton::new("View slots")?;
    let morning = SectionTitle::new("Morning")?;
    let nine = RowTitle::new("09:00")?;
    let with = RowDescription::new(doctor.clone())?;

    let menu = interactive_list! {
        header: header,
        body: body,
        button: button,
        sections: [
            { title: morning, rows: [ { id: "slot-0900", title: nine, description: with } ] },
            { title: "Afternoon", rows: [ { id: "slot-1400", title: "14:00" } ] },
        ],
    };

    let built = ListMessage::builder()
        .header(format!("Appointments with {doctor}"))
        .body("Pick a time that suits you.")
        .button("View slots")
        .section(SectionDraft::new().title("Morning").row(RowDraft::new("slot-0900", "09:00").description(doctor)))
        .section(SectionDraft::new().title("Afternoon").row(RowDraft::new("slot-1400", "14:00")))
        .build()?;
    assert_eq!(menu, built);
    assert_eq!(serde_json::to_string(&menu)?, serde_json::to_string(&built)?);
    assert_eq!(menu.interactive_json(), serde_json::to_string(&built)?);

    // Run-time text with literal rows keeps the rows in a constant.
    let body = Body::new(String::from("Only the body is dynamic"))?;
    let small = interactive_list! { body: body, button: "Go", sections: [ { rows: [ { id: "a", title: "A" } ] } ] };
    assert_eq!(small.body(), "Only the body is dynamic");
    Ok(())
}
