use wa_interactive::{cta_url, reply_buttons};

// Links are http or https URLs with a host, without spaces, control
// characters or user info.
fn all() {
    let _ = cta_url! { body: "b", display_text: "Open", url: "ftp://example.com/menu.pdf" };
    let _ = cta_url! { body: "b", display_text: "Open", url: "https://:443/menu" };
    let _ = cta_url! { body: "b", display_text: "Open", url: "https://user@example.com/menu" };
    let _ = cta_url! { body: "b", display_text: "Open", url: "https://example.com/our menu" };
    let _ = reply_buttons! { header: image { link: "example.com/a.png" }, body: "b", buttons: [ { id: "a", title: "A" } ] };
}

fn main() {}
