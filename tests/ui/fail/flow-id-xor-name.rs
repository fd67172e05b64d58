use wa_interactive::flow_message;

// A flow message takes `flow_id` or `flow_name`: exactly one.
fn all() {
    let _ = flow_message! { body: "b", flow_id: "1", flow_name: "booking", flow_cta: "Go", flow_action: "data_exchange" };
    let _ = flow_message! { body: "b", flow_cta: "Go", flow_action: "data_exchange" };
}

fn main() {}
