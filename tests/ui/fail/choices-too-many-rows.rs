// A list message has at most 10 rows in total: an enum of 11 variants as
// rows is an error at the use, and so are 10 variants beside another row.
use wa_interactive::{Choices, interactive_list};

#[derive(Choices)]
enum Hour {
    H08, H09, H10, H11, H12, H13, H14, H15, H16, H17, H18,
}

#[derive(Choices)]
enum Ten {
    A, B, C, D, E, F, G, H, I, J,
}

fn main() {
    let _hours = interactive_list! { body: "When?", button: "Hours", sections: [ { rows: Hour } ] };
    let _more = interactive_list! {
        body: "When?",
        button: "Hours",
        sections: [
            { title: "Letters", rows: Ten },
            { title: "Other", rows: [ { id: "other", title: "Other" } ] },
        ],
    };
}
