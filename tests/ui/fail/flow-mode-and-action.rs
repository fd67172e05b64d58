use wa_interactive::flow_message;

// `mode` is "draft" or "published"; `flow_action` is "navigate" or "data_exchange".
fn book() {
    let _ = flow_message! { body: "b", flow_id: "1", flow_cta: "Go", mode: "live", flow_action: "jump" };
}

fn main() {}
