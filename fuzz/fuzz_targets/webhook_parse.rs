//! Any bytes through the webhook parser, the signature check and the
//! subscription handshake: an error value is fine, a panic is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wa_interactive::webhook;

fuzz_target!(|data: &[u8]| {
    if let Ok(note) = webhook::parse(data) {
        for m in note.messages() {
            let _ = (m.timestamp_secs(), &m.content, m.extra.len());
        }
        let _ = note.statuses().count() + note.contacts().count();
    }
    let header = String::from_utf8_lossy(data);
    let _ = webhook::verify_signature(b"app-secret", data, &header);
    let _ = webhook::verify_subscription(&header, "verify-token");
});
