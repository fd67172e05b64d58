//! A run-time value is any expression: the commas of a turbofish, of a
//! closure's parameters and of nested generics do not end it; the next
//! `key:` does.
use wa_interactive::text::{Body, RowTitle};
use wa_interactive::{interactive_list, location_request};

/// `text` repeated `N` times, as a checked body.
fn text<T: AsRef<str>, const N: usize>(text: T) -> Body {
    Body::new(text.as_ref().repeat(N)).unwrap()
}

/// A row title made by `f` from two parts.
fn title(f: impl Fn(&str, &str) -> String) -> RowTitle {
    RowTitle::new(f("09", "00")).unwrap()
}

fn main() {
    let ask = location_request! { body: text::<&str, 2>("Ready") };
    assert_eq!(ask.body(), "ReadyReady");

    let menu = interactive_list! {
        body: ::core::convert::identity::<Body>(text::<String, 1>(String::from("Pick"))),
        button: "Slots",
        sections: [ { rows: [ { id: "a", title: title(|h, m| format!("{h}:{m}")) } ] } ],
    };
    assert_eq!(menu.body(), "Pick");
    assert_eq!(menu.sections()[0].rows()[0].title(), "09:00");
}
