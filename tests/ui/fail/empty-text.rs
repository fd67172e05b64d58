use wa_interactive::{cta_url, flow_message, interactive_list, location_request, reply_buttons};


// Every text must be non-empty.
fn all() {
    let _ = interactive_list! {
        header: "",
        body: "",
        button: "",
        sections: [ { title: "", rows: [ { id: "", title: "", description: "" } ] } ],
    };
    let _ = reply_buttons! { body: "b", buttons: [ { id: "", title: "" } ] };
    let _ = cta_url! { body: "b", display_text: "", url: "" };
    let _ = location_request! { body: "" };
    let _ = flow_message! { body: "b", flow_id: "", flow_cta: "", flow_token: "", flow_action_payload: { screen: "" } };
}

fn main() {}
