//! The kinds WhatsApp sends without a header or footer: either is an error
//! on its value that names the kinds that take one.
use wa_interactive::{call_permission_request, request_contact_info, voice_call};

fn main() {
    let _ask = request_contact_info! {
        header: "Your number",
        body: "To continue, please share your phone number with us.",
        footer: "We never share it",
    };
    let _call = call_permission_request! {
        header: image { link: "https://example.com/phone.png" },
    };
    let _voice = voice_call! {
        body: "You can call us on WhatsApp now for faster service!",
        footer: "Open 9 to 5",
    };
}
