use wa_interactive::interactive_list;

// A list has at most 10 sections (and, here, 11 rows).
fn menu() {
    let _ = interactive_list! {
        body: "b",
        button: "Go",
        sections: [
            { title: "S0", rows: [ { id: "r0", title: "R" } ] },
            { title: "S1", rows: [ { id: "r1", title: "R" } ] },
            { title: "S2", rows: [ { id: "r2", title: "R" } ] },
            { title: "S3", rows: [ { id: "r3", title: "R" } ] },
            { title: "S4", rows: [ { id: "r4", title: "R" } ] },
            { title: "S5", rows: [ { id: "r5", title: "R" } ] },
            { title: "S6", rows: [ { id: "r6", title: "R" } ] },
            { title: "S7", rows: [ { id: "r7", title: "R" } ] },
            { title: "S8", rows: [ { id: "r8", title: "R" } ] },
            { title: "S9", rows: [ { id: "r9", title: "R" } ] },
            { title: "S10", rows: [ { id: "r10", title: "R" } ] },
        ],
    };
}

fn main() {}
