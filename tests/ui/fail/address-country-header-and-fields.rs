//! An address message goes to India only (`country: "IN"`), its header is
//! text, and its fields are the documented ones.
use wa_interactive::address_message;

fn main() {
    let _singapore = address_message! {
        body: "Tell us where to deliver your order.",
        country: "SG",
    };
    let _image = address_message! {
        header: image { link: "https://example.com/map.png" },
        body: "Tell us where to deliver your order.",
        country: "IN",
    };
    let _unknown = address_message! {
        body: "Tell us where to deliver your order.",
        country: "IN",
        values: { sg_post_code: "123456" },
    };
    let _missing = address_message! {
        body: "Tell us where to deliver your order.",
    };
}
