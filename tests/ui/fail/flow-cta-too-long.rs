use wa_interactive::flow_message;

// The text of a flow's button is at most 30 characters, and has no emoji.
fn book() {
    let _ = flow_message! { body: "b", flow_name: "booking", flow_cta: "Book your table for tonight now", flow_action: "data_exchange" };
    let _ = flow_message! { body: "b", flow_name: "booking", flow_cta: "Book 🍽", flow_action: "data_exchange" };
}

fn main() {}
