use wa_interactive::interactive_list;

// A list needs at least one section.
fn menu() {
    let _ = interactive_list! { body: "b", button: "Go", sections: [] };
}

fn main() {}
