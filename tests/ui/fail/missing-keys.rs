use wa_interactive::{cta_url, flow_message, interactive_list, location_request, reply_buttons};


// A missing required key is reported at the braces of the object that lacks it.
fn all() {
    let _ = interactive_list! {
        button: "Go",
        sections: [ { rows: [ { id: "a" }, { title: "B" } ] }, { title: "S" } ],
    };
    let _ = reply_buttons! { body: "b" };
    let _ = location_request! {};
    let _ = cta_url! { body: "b" };
    let _ = flow_message! { body: "b", flow_id: "1" };
}

fn main() {}
