use wa_interactive::interactive_list;

// Each section needs at least one row.
fn menu() {
    let _ = interactive_list! {
        body: "b",
        button: "Go",
        sections: [ { title: "A", rows: [ { id: "a", title: "A" } ] }, { title: "B", rows: [] } ],
    };
}

fn main() {}
