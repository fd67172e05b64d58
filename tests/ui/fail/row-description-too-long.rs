use wa_interactive::interactive_list;

// A row description is at most 72 characters.
fn menu() {
    let _ = interactive_list! {
        body: "b",
        button: "Go",
        sections: [ { rows: [ { id: "a", title: "A", description: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" } ] } ],
    };
}

fn main() {}
