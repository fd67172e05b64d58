use wa_interactive::flow_message;

// `data_exchange` takes no payload; `data` is not checked at compile time.
fn all() {
    let _ = flow_message! {
        body: "b", flow_id: "1", flow_cta: "Go",
        flow_action: "data_exchange", flow_action_payload: { screen: "S" },
    };
    let _ = flow_message! {
        body: "b", flow_id: "1", flow_cta: "Go",
        flow_action_payload: { screen: "S", data: serde_json::Map::new() },
    };
}

fn main() {}
