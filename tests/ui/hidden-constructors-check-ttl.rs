// The hidden voice call constructor checks `ttl_minutes`: in a constant, a
// number out of 1 to 43200 is a compile error.
use wa_interactive::VoiceCallMessage;
use wa_interactive::__private;
use wa_interactive::text::Body;

const NEVER: VoiceCallMessage = __private::voice_call(Body::__checked("Call us"), None, Some(0), None);

fn main() {
    let _ = NEVER;
}
