use wa_interactive::interactive_list;

// A row title is at most 24 characters; the error sits on the literal.
const _: wa_interactive::ListMessage = interactive_list! {
    body: "Pick a time",
    button: "View slots",
    sections: [ { rows: [
        { id: "a", title: "This row title is too long" },
        { id: "b", title: "🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕" },
    ] } ],
};

fn main() {}
