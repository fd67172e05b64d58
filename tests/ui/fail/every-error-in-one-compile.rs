use wa_interactive::reply_buttons;

// All problems of one invocation are reported in one compile.
fn ask() {
    let _ = reply_buttons! {
        header: "A header that goes on and on for far more than sixty characters",
        body: "",
        buttons: [
            { id: "a ", title: "First button with a long title" },
            { id: "b", title: "B" },
            { id: "b", title: "B" },
            { id: "d", title: "D" },
        ],
    };
}

fn main() {}
