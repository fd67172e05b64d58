use wa_interactive::{interactive_list, reply_buttons};

// A missing comma between entries is an error on the key after the value,
// not a report that the next key is missing.
fn buttons() {
    let _ = reply_buttons! {
        body: "Pick"
        buttons: [ { id: "a", title: "A" } ],
    };
}

fn rows() {
    let _ = interactive_list! {
        body: "b",
        button: "Go",
        sections: [ { rows: [ { id: "a", title: "A" } { id: "b", title: "B" } ] } ],
    };
}

fn main() {}
