// A literal message carries the JSON of its fields and nothing else: the
// hidden method that attaches it compares the two, so JSON that differs by
// one byte (or that is a field's text unescaped) is a compile error.
use wa_interactive::LocationRequest;
use wa_interactive::__private;
use wa_interactive::text::Body;

const WRONG: LocationRequest = __private::location(Body::__checked("Where?")).__with_json(
    r#"{"type":"location_request_message","body":{"text":"Where!"},"action":{"name":"send_location"}}"#,
);

const UNESCAPED: LocationRequest = __private::location(Body::__checked("a\"b")).__with_json(
    r#"{"type":"location_request_message","body":{"text":"a"b"},"action":{"name":"send_location"}}"#,
);

const RIGHT: LocationRequest = __private::location(Body::__checked("a\"b")).__with_json(
    r#"{"type":"location_request_message","body":{"text":"a\"b"},"action":{"name":"send_location"}}"#,
);

fn main() {
    let _ = (WRONG, UNESCAPED, RIGHT);
}
