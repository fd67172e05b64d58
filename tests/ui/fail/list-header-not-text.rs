use wa_interactive::interactive_list;

// A list message header is text only.
fn menu() {
    let _ = interactive_list! {
        header: image { link: "https://example.com/a.png" },
        body: "b",
        button: "Go",
        sections: [ { rows: [ { id: "a", title: "A" } ] } ],
    };
}

fn main() {}
