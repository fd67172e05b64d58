use wa_interactive::{cta_url, interactive_list, location_request, reply_buttons};


// Unknown keys name the keys that are known.
fn all() {
    let _ = interactive_list! {
        body: "b",
        button: "Go",
        sections: [ { rows: [ { id: "a", titel: "A" } ] } ],
    };
    let _ = reply_buttons! { body: "b", footnote: "f", buttons: [ { id: "a", title: "A" } ] };
    let _ = location_request! { body: "b", header: "h" };
    let _ = cta_url! { body: "b", display_text: "Go", link: "https://example.com" };
    let _ = reply_buttons! { header: image { id: "1", filename: "a.png" }, body: "b", buttons: [ { id: "a", title: "A" } ] };
    let _ = reply_buttons! { header: audio { id: "1" }, body: "b", buttons: [ { id: "a", title: "A" } ] };
}

fn main() {}
