use wa_interactive::{interactive_list, reply_buttons};
use wa_interactive::text::{ButtonId, ButtonTitle, RowId};

// Ids and button titles are checked for uniqueness, so they must be literals.
fn all(row: RowId, id: ButtonId, title: ButtonTitle) {
    let _ = interactive_list! { body: "b", button: "Go", sections: [ { rows: [ { id: row, title: "A" } ] } ] };
    let _ = reply_buttons! { body: "b", buttons: [ { id: id, title: title } ] };
}

fn main() {}
