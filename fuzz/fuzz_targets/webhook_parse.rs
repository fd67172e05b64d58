//! Any bytes through the webhook parser, the signature check and the
//! subscription handshake: an error value is fine, a panic is a bug.
//! Whatever parses can be walked and answered.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wa_interactive::webhook;

fuzz_target!(|data: &[u8]| {
    if let Ok(note) = webhook::parse(data) {
        for m in note.messages() {
            let _ = (m.timestamp_secs(), m.sender(), m.content.reply_id(), m.extra.len());
            if let webhook::Content::Interactive(reply) = &m.content {
                let _ = reply.address();
            }
        }
        for bad in note.malformed() {
            let _ = (bad.to_string(), bad.raw.get());
        }
        let _ = note.statuses().filter_map(|s| s.recipient()).count()
            + note.contacts().count()
            + note.calls().filter_map(|c| c.sender()).count();
    }
    let header = String::from_utf8_lossy(data);
    let _ = webhook::verify_signature(b"app-secret", data, &header);
    let _ = webhook::verify_subscription(&header, "verify-token");
});
