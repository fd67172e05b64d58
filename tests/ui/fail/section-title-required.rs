use wa_interactive::interactive_list;

// With more than one section, every section needs a title.
fn menu() {
    let _ = interactive_list! {
        body: "b",
        button: "Go",
        sections: [
            { title: "Morning", rows: [ { id: "a", title: "09:00" } ] },
            { rows: [ { id: "b", title: "14:00" } ] },
        ],
    };
}

fn main() {}
