//! Serializing a request body: an `OutgoingMessage` with a two-section,
//! 10-row list — written as a macro literal (which carries the JSON the
//! macro wrote) or made by the builder — against the same payload built
//! with `serde_json::json!`, and against copying the same bytes
//! pre-rendered (the floor).
//!
//! `cargo bench -p wa-interactive-benches --bench serialize`; `benches/report`
//! turns the estimates into the ratios in BENCHMARKS.md.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::json;
use wa_interactive::list::{RowDraft, SectionDraft};
use wa_interactive::{ListMessage, OutgoingMessage, interactive_list};

/// The same list as a macro literal: a constant carrying its JSON.
static LIST: ListMessage = interactive_list! {
    header: "Book an appointment",
    body: "Pick a time that suits you.",
    footer: "Times are local",
    button: "View slots",
    sections: [
        {
            title: "Morning",
            rows: [
                { id: "slot-0900", title: "09:00", description: "Dr. Ana Ruiz" },
                { id: "slot-0930", title: "09:30", description: "Dr. Ana Ruiz" },
                { id: "slot-1000", title: "10:00", description: "Dr. Ben Okafor" },
                { id: "slot-1030", title: "10:30", description: "Dr. Ben Okafor" },
                { id: "slot-1100", title: "11:00", description: "Dr. Chloé Martin" },
            ],
        },
        {
            title: "Afternoon",
            rows: [
                { id: "slot-1400", title: "14:00", description: "Dr. Ana Ruiz" },
                { id: "slot-1430", title: "14:30", description: "Dr. Ana Ruiz" },
                { id: "slot-1500", title: "15:00", description: "Dr. Ben Okafor" },
                { id: "slot-1530", title: "15:30", description: "Dr. Ben Okafor" },
                { id: "slot-1600", title: "16:00", description: "Dr. Chloé Martin" },
            ],
        },
    ],
};

const MORNING: [(&str, &str, &str); 5] = [
    ("slot-0900", "09:00", "Dr. Ana Ruiz"),
    ("slot-0930", "09:30", "Dr. Ana Ruiz"),
    ("slot-1000", "10:00", "Dr. Ben Okafor"),
    ("slot-1030", "10:30", "Dr. Ben Okafor"),
    ("slot-1100", "11:00", "Dr. Chloé Martin"),
];
const AFTERNOON: [(&str, &str, &str); 5] = [
    ("slot-1400", "14:00", "Dr. Ana Ruiz"),
    ("slot-1430", "14:30", "Dr. Ana Ruiz"),
    ("slot-1500", "15:00", "Dr. Ben Okafor"),
    ("slot-1530", "15:30", "Dr. Ben Okafor"),
    ("slot-1600", "16:00", "Dr. Chloé Martin"),
];

fn built() -> OutgoingMessage {
    let section = |title: &'static str, rows: &[(&'static str, &'static str, &'static str)]| {
        SectionDraft::new().title(title).rows(
            rows.iter()
                .map(|(id, t, d)| RowDraft::new(*id, *t).description(*d)),
        )
    };
    let list = ListMessage::builder()
        .header("Book an appointment")
        .body("Pick a time that suits you.")
        .footer("Times are local")
        .button("View slots")
        .section(section("Morning", &MORNING))
        .section(section("Afternoon", &AFTERNOON))
        .build()
        .expect("the benchmark list is valid");
    OutgoingMessage::new("15551234567", list)
}

fn with_json_macro() -> serde_json::Value {
    let rows = |rows: &[(&str, &str, &str)]| {
        rows.iter()
            .map(|(id, t, d)| json!({"id": id, "title": t, "description": d}))
            .collect::<Vec<_>>()
    };
    json!({
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": "15551234567",
        "type": "interactive",
        "interactive": {
            "type": "list",
            "header": {"type": "text", "text": "Book an appointment"},
            "body": {"text": "Pick a time that suits you."},
            "footer": {"text": "Times are local"},
            "action": {
                "button": "View slots",
                "sections": [
                    {"title": "Morning", "rows": rows(&MORNING)},
                    {"title": "Afternoon", "rows": rows(&AFTERNOON)},
                ]
            }
        }
    })
}

fn serialize(c: &mut Criterion) {
    let message = built();
    let rendered = serde_json::to_vec(&message).expect("serializes");
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&rendered).expect("parses"),
        with_json_macro(),
        "the payloads compared must be the same"
    );
    let literal = OutgoingMessage::new("15551234567", LIST.clone());
    assert_eq!(
        literal, message,
        "the literal and the built message must be the same"
    );
    assert_eq!(serde_json::to_vec(&literal).expect("serializes"), rendered);
    let mut g = c.benchmark_group("serialize");
    g.bench_function("macro_message_to_vec", |b| {
        b.iter(|| serde_json::to_vec(black_box(&literal)).expect("serializes"));
    });
    // As a user sends a literal: the envelope made and written each time.
    g.bench_function("macro_message_request_body", |b| {
        b.iter(|| {
            OutgoingMessage::new(black_box("15551234567"), black_box(&LIST).clone())
                .to_json()
                .into_bytes()
        });
    });
    // The same body from an envelope made once: what making it costs.
    g.bench_function("macro_prebuilt_request_body", |b| {
        b.iter(|| black_box(&literal).to_json().into_bytes());
    });
    g.bench_function("builder_message_request_body", |b| {
        b.iter(|| black_box(&message).to_json().into_bytes());
    });
    g.bench_function("macro_build_and_to_vec", |b| {
        b.iter(|| {
            let message = OutgoingMessage::new("15551234567", black_box(&LIST).clone());
            serde_json::to_vec(&message).expect("serializes")
        });
    });
    g.bench_function("copy_prerendered", |b| {
        b.iter(|| black_box(&rendered[..]).to_vec());
    });
    g.bench_function("builder_message_to_vec", |b| {
        b.iter(|| serde_json::to_vec(black_box(&message)).expect("serializes"));
    });
    g.bench_function("builder_build_and_to_vec", |b| {
        b.iter(|| serde_json::to_vec(&black_box(built())).expect("serializes"));
    });
    g.bench_function("json_macro_build_and_to_vec", |b| {
        b.iter(|| serde_json::to_vec(&black_box(with_json_macro())).expect("serializes"));
    });
    g.finish();
}

criterion_group!(benches, serialize);
criterion_main!(benches);
