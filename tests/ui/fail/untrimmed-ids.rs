use wa_interactive::{flow_message, interactive_list, reply_buttons};


// Ids must not start or end with whitespace.
fn all() {
    let _ = interactive_list! {
        body: "b",
        button: "Go",
        sections: [ { rows: [ { id: " slot-1", title: "A" }, { id: "slot-2\n", title: "B" } ] } ],
    };
    let _ = reply_buttons! { body: "b", buttons: [ { id: "yes ", title: "Yes" } ] };
    let _ = reply_buttons! { header: image { id: " 123" }, body: "b", buttons: [ { id: "y", title: "Y" } ] };
    let _ = flow_message! { body: "b", flow_id: "1 ", flow_cta: "Go", flow_action_payload: { screen: " S" } };
}

fn main() {}
