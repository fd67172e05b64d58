//! A voice call's `ttl_minutes` is an integer literal from 1 to 43200 (30
//! days): the error is on the number and says the range.
use wa_interactive::voice_call;

fn main() {
    let _never = voice_call! { body: "Call us", ttl_minutes: 0 };
    let _too_long = voice_call! { body: "Call us", ttl_minutes: 43201 };
    let _a_string = voice_call! { body: "Call us", ttl_minutes: "60" };
}
