use wa_interactive::reply_buttons;

// A button title is at most 20 characters.
fn ask() {
    let _ = reply_buttons! {
        body: "Confirm your order?",
        buttons: [
            { id: "confirm", title: "Yes, confirm my order" },
            { id: "cancel", title: "No" },
        ],
    };
}

fn main() {}
