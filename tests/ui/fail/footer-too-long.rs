use wa_interactive::{cta_url, flow_message, interactive_list, reply_buttons};


// The footer is at most 60 characters.
fn all() {
    let _ = interactive_list! {
        body: "b", footer: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", button: "Go", sections: [ { rows: [ { id: "a", title: "A" } ] } ],
    };
    let _ = reply_buttons! { body: "b", footer: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", buttons: [ { id: "a", title: "A" } ] };
    let _ = cta_url! { body: "b", footer: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", display_text: "Go", url: "https://example.com" };
    let _ = flow_message! { body: "b", footer: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", flow_id: "1", flow_cta: "Go", flow_action: "data_exchange" };
}

fn main() {}
