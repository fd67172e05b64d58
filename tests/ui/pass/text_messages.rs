// Text messages: literal (a constant carrying its JSON), with a run-time
// body of the checked type, with a constant body, with `preview_url`.
use wa_interactive::text::TextBody;
use wa_interactive::{Message, OutgoingMessage, TextMessage, text_message};

static BOOKED: TextMessage = text_message! { body: "Booked for Monday 13:30" };
const SEE: &str = "See https://example.com/orders/1042";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    assert_eq!(BOOKED.text_json(), r#"{"body":"Booked for Monday 13:30"}"#);
    let order = 1042;
    let dynamic = text_message! { body: TextBody::new(format!("Order {order} shipped"))? };
    assert_eq!(dynamic, TextMessage::new("Order 1042 shipped")?);
    let flag = order > 1000;
    let linked = text_message! { body: SEE, preview_url: flag };
    assert_eq!(linked.preview_url(), Some(true));
    let request = OutgoingMessage::new("15551234567", linked);
    assert!(matches!(request.message(), Message::Text(_)));
    assert_eq!(request.to_json(), serde_json::to_string(&request)?);
    Ok(())
}
