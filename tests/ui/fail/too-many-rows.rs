use wa_interactive::interactive_list;

// A list has at most 10 rows in total, counted across sections; the error
// sits on the 11th.
fn menu() {
    let _ = interactive_list! {
        body: "b",
        button: "Go",
        sections: [
            { title: "A", rows: [ { id: "a0", title: "A0" }, { id: "a1", title: "A1" }, { id: "a2", title: "A2" }, { id: "a3", title: "A3" }, { id: "a4", title: "A4" }, { id: "a5", title: "A5" } ] },
            { title: "B", rows: [ { id: "b0", title: "B0" }, { id: "b1", title: "B1" }, { id: "b2", title: "B2" }, { id: "b3", title: "B3" }, { id: "b4", title: "B4" } ] },
        ],
    };
}

fn main() {}
