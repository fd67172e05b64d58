use wa_interactive::reply_buttons;

// A media header takes an id or a link: exactly one.
fn ask() {
    let _ = reply_buttons! {
        header: video { id: "1", link: "https://example.com/v.mp4" },
        body: "b",
        buttons: [ { id: "a", title: "A" } ],
    };
    let _ = reply_buttons! { header: document { filename: "menu.pdf" }, body: "b", buttons: [ { id: "a", title: "A" } ] };
}

fn main() {}
