use wa_interactive::{cta_url, reply_buttons};

// Links are http or https URLs.
fn all() {
    let _ = cta_url! { body: "b", display_text: "Open", url: "ftp://example.com/menu.pdf" };
    let _ = reply_buttons! { header: image { link: "example.com/a.png" }, body: "b", buttons: [ { id: "a", title: "A" } ] };
}

fn main() {}
