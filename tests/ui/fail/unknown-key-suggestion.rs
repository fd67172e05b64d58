use wa_interactive::{interactive_list, reply_buttons};

// A misspelt key names the key it is closest to, and that key is not also
// reported as missing; a key one level too high says where it goes.
fn all() {
    let _ = reply_buttons! { bdy: "b", buttons: [ { id: "a", titel: "A" } ] };
    let _ = interactive_list! {
        body: "b",
        button: "Open",
        rows: [ { id: "a", title: "A" } ],
    };
}

fn main() {}
