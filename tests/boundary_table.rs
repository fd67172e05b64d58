// The shared boundary table: SPEC §2's text rules restated as cases, each
// with the outcome WhatsApp gives. It is plain data so that every path that
// checks messages can run it: the text types, the builders and
// `Deserialize` (tests/boundary.rs), and the macro's expansion (the unit
// tests of wa-interactive-macros include this file).
//
// The limits are written here a second time on purpose: this table is the
// specification the rules crate is tested against, not a copy of it.

use wa_interactive_core::{Field, TextProblem};

/// A text for a field and what WhatsApp makes of it (`None`: accepted).
#[derive(Clone, Debug)]
pub(crate) struct TextCase {
    pub(crate) field: Field,
    pub(crate) text: String,
    pub(crate) expect: Option<TextProblem>,
}

/// `(field, limit in characters, is an id, is a URL)` as SPEC §2 states them.
pub(crate) const FIELDS: [(Field, Option<usize>, bool, bool); 20] = [
    (Field::HeaderText, Some(60), false, false),
    (Field::Body, Some(1024), false, false),
    (Field::Footer, Some(60), false, false),
    (Field::ListButton, Some(20), false, false),
    (Field::SectionTitle, Some(24), false, false),
    (Field::RowId, Some(200), true, false),
    (Field::RowTitle, Some(24), false, false),
    (Field::RowDescription, Some(72), false, false),
    (Field::ButtonId, Some(256), true, false),
    (Field::ButtonTitle, Some(20), false, false),
    (Field::MediaId, None, true, false),
    (Field::MediaLink, None, false, true),
    (Field::Filename, None, false, false),
    (Field::DisplayText, Some(20), false, false),
    (Field::Url, None, false, true),
    (Field::FlowId, None, true, false),
    (Field::FlowName, None, false, false),
    (Field::FlowCta, Some(20), false, false),
    (Field::FlowToken, None, false, false),
    (Field::FlowScreen, None, true, false),
];

/// A text of `n` characters made of `unit`, valid for the field's form.
fn text_of(url: bool, unit: &str, n: usize) -> String {
    if url {
        let prefix = "https://e.x/";
        let n = n.saturating_sub(prefix.chars().count());
        format!("{prefix}{}", unit.repeat(n))
    } else {
        unit.repeat(n)
    }
}

/// Every case of the table.
pub(crate) fn text_cases() -> Vec<TextCase> {
    let mut cases = Vec::new();
    for (field, limit, id, url) in FIELDS {
        let mut case = |text: String, expect: Option<TextProblem>| {
            cases.push(TextCase {
                field,
                text,
                expect,
            });
        };
        case(String::new(), Some(TextProblem::Empty));
        match limit {
            Some(max) => {
                // At the limit, one past it, in ASCII, two-byte and four-byte characters.
                for unit in ["a", "é", "🍕"] {
                    case(text_of(url, unit, max), None);
                    case(
                        text_of(url, unit, max + 1),
                        Some(TextProblem::TooLong {
                            chars: max + 1,
                            max,
                        }),
                    );
                }
                // Bytes are not characters: 24 pizzas are 96 bytes.
                case(text_of(url, "🍕", max).clone(), None);
            }
            None => case(text_of(url, "🍕", 5000), None),
        }
        let (lead, trail) = if id {
            (
                Some(TextProblem::LeadingSpace),
                Some(TextProblem::TrailingSpace),
            )
        } else {
            (None, None)
        };
        let plain = text_of(url, "x", 4);
        if url {
            case(format!("{plain} "), Some(TextProblem::NotHttpUrl));
            case(
                "ftp://example.com/menu.pdf".to_owned(),
                Some(TextProblem::NotHttpUrl),
            );
            case("example.com".to_owned(), Some(TextProblem::NotHttpUrl));
            case("HTTP://EXAMPLE.COM/é".to_owned(), None);
        } else {
            case(format!(" {plain}"), lead);
            case(format!("{plain} "), trail);
            case(format!("\t{plain}"), lead);
            case(format!("{plain}\n"), trail);
            case(format!("{plain} {plain}"), None);
        }
    }
    cases
}
