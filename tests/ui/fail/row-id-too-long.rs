use wa_interactive::interactive_list;

// A row id is at most 200 characters.
fn menu() {
    let _ = interactive_list! {
        body: "b",
        button: "Go",
        sections: [ { rows: [ { id: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", title: "A" } ] } ],
    };
}

fn main() {}
