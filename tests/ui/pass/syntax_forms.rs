//! Keys in any order, with or without trailing commas; raw strings and
//! escapes; multibyte text at the limit; values from `macro_rules!`.
use wa_interactive::{interactive_list, reply_buttons};

macro_rules! confirm {
    ($body:literal, $yes:expr) => {
        reply_buttons! { body: $body, buttons: [ { id: "yes", title: $yes } ] }
    };
}

fn main() {
    let list = interactive_list! {
        sections: [ { rows: [ { title: "🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕", id: r"pizza\1" } ] } ],
        button: "Menü",
        body: "Line one\nLine \"two\"\t\u{e9}"
    };
    let row = &list.sections()[0].rows()[0];
    assert_eq!(row.title().chars().count(), 24);
    assert_eq!(row.id(), "pizza\\1");
    let json: serde_json::Value = serde_json::from_str(&list.interactive_json()).unwrap();
    assert_eq!(json["body"]["text"], "Line one\nLine \"two\"\té");
    assert_eq!(serde_json::to_string(&list).unwrap(), list.interactive_json());

    let ask = confirm!("Sure?", "Yes");
    assert_eq!(ask.buttons()[0].title(), "Yes");
}
