use wa_interactive::reply_buttons;

// A reply-buttons message has at most 3 buttons; the error sits on the 4th.
fn ask() {
    let _ = reply_buttons! {
        body: "Pick a size",
        buttons: [
            { id: "s", title: "Small" },
            { id: "m", title: "Medium" },
            { id: "l", title: "Large" },
            { id: "xl", title: "Extra large" },
        ],
    };
}

fn main() {}
