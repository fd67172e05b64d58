use wa_interactive::flow_message;

// `flow_message_version` is "3".
fn book() {
    let _ = flow_message! {
        flow_message_version: "2",
        body: "b", flow_id: "1", flow_cta: "Go", flow_action: "data_exchange",
    };
}

fn main() {}
