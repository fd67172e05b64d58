//! Every header form of a reply-buttons message, as constants; each gives the
//! same JSON as the builder.
use wa_interactive::{ButtonMessage, HeaderDraft, reply_buttons};

const TEXT: ButtonMessage = reply_buttons! {
    header: "Your order",
    body: "Confirm your order?",
    footer: "Reply within 24 hours",
    buttons: [ { id: "confirm", title: "Yes, confirm" }, { id: "cancel", title: "No, cancel" } ],
};
const IMAGE_ID: ButtonMessage = reply_buttons! {
    header: image { id: "1234567890" }, body: "b", buttons: [ { id: "y", title: "Yes" } ],
};
const IMAGE_LINK: ButtonMessage = reply_buttons! {
    header: image { link: "https://example.com/cake.png" }, body: "b", buttons: [ { id: "y", title: "Yes" } ],
};
const VIDEO_ID: ButtonMessage = reply_buttons! {
    header: video { id: "2345678901" }, body: "b", buttons: [ { id: "y", title: "Yes" } ],
};
const VIDEO_LINK: ButtonMessage = reply_buttons! {
    header: video { link: "https://example.com/clip.mp4" }, body: "b", buttons: [ { id: "y", title: "Yes" } ],
};
const DOCUMENT_ID: ButtonMessage = reply_buttons! {
    header: document { id: "3456789012", filename: "menu.pdf" }, body: "b", buttons: [ { id: "y", title: "Yes" } ],
};
const DOCUMENT_LINK: ButtonMessage = reply_buttons! {
    header: document { filename: "menu.pdf", link: "https://example.com/menu.pdf" },
    body: "b",
    buttons: [ { id: "y", title: "Yes" } ],
};

fn twin(header: HeaderDraft) -> ButtonMessage {
    ButtonMessage::builder().header(header).body("b").button("y", "Yes").build().unwrap()
}

fn main() {
    let text = ButtonMessage::builder()
        .header("Your order")
        .body("Confirm your order?")
        .footer("Reply within 24 hours")
        .button("confirm", "Yes, confirm")
        .button("cancel", "No, cancel")
        .build()
        .unwrap();
    let pairs = [
        (TEXT, text),
        (IMAGE_ID, twin(HeaderDraft::image_id("1234567890"))),
        (IMAGE_LINK, twin(HeaderDraft::image_link("https://example.com/cake.png"))),
        (VIDEO_ID, twin(HeaderDraft::video_id("2345678901"))),
        (VIDEO_LINK, twin(HeaderDraft::video_link("https://example.com/clip.mp4"))),
        (DOCUMENT_ID, twin(HeaderDraft::document_id("3456789012").filename("menu.pdf").into())),
        (DOCUMENT_LINK, twin(HeaderDraft::document_link("https://example.com/menu.pdf").filename("menu.pdf").into())),
    ];
    for (literal, built) in pairs {
        assert_eq!(literal, built);
        assert_eq!(literal.interactive_json(), serde_json::to_string(&built).unwrap());
        assert_eq!(serde_json::to_string(&literal).unwrap(), literal.interactive_json());
    }
}
