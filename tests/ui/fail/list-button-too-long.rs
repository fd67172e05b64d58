use wa_interactive::interactive_list;

// The text of the button that opens a list is at most 20 characters.
fn main_menu() {
    let _ = interactive_list! {
        body: "b",
        button: "View all the time slots",
        sections: [ { rows: [ { id: "a", title: "A" } ] } ],
    };
}

fn main() {}
