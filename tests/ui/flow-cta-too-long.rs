use wa_interactive::flow_message;

// The text of a flow's button is at most 20 characters.
fn book() {
    let _ = flow_message! { body: "b", flow_name: "booking", flow_cta: "Book your table now!!", flow_action: "data_exchange" };
}

fn main() {}
