use wa_interactive::interactive_list;

// Row ids are unique across the whole message, not just within a section.
fn menu() {
    let _ = interactive_list! {
        body: "b",
        button: "Go",
        sections: [
            { title: "Morning", rows: [ { id: "slot-1", title: "09:00" } ] },
            { title: "Afternoon", rows: [ { id: "slot-1", title: "14:00" } ] },
        ],
    };
}

fn main() {}
