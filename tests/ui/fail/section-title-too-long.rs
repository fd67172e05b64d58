use wa_interactive::interactive_list;

// A section title is at most 24 characters.
fn menu() {
    let _ = interactive_list! {
        body: "b",
        button: "Go",
        sections: [ { title: "Early morning appointments", rows: [ { id: "a", title: "A" } ] } ],
    };
}

fn main() {}
