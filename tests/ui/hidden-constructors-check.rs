// The hidden constructors the macros call check what they are given: in a
// constant, a text or a message that breaks a rule is a compile error.
use wa_interactive::__private;
use wa_interactive::text::{Body, ButtonId, ButtonTitle, RowTitle};
use wa_interactive::{ButtonMessage, ReplyButton};

const TITLE: RowTitle = RowTitle::__checked("A row title that is far too long");

const SAME: &[ReplyButton] = &[
    __private::reply(ButtonId::__checked("a"), ButtonTitle::__checked("Yes")),
    __private::reply(ButtonId::__checked("a"), ButtonTitle::__checked("No")),
];
const ASK: ButtonMessage = __private::buttons(None, Body::__checked("Sure?"), None, SAME);

fn main() {
    let _ = (TITLE, ASK);
}
