use wa_interactive::{cta_url, flow_message, interactive_list, reply_buttons};


// Header text is at most 60 characters, in every kind that has a header.
fn list() {
    let _ = interactive_list! {
        header: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        body: "b", button: "Go", sections: [ { rows: [ { id: "a", title: "A" } ] } ],
    };
}
fn buttons() {
    let _ = reply_buttons! { header: "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé", body: "b", buttons: [ { id: "a", title: "A" } ] };
}
fn cta() {
    let _ = cta_url! { header: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", body: "b", display_text: "Go", url: "https://example.com" };
}
fn flow() {
    let _ = flow_message! { header: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", body: "b", flow_id: "1", flow_cta: "Go", flow_action: "data_exchange" };
}

fn main() {}
