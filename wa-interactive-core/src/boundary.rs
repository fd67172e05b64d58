//! The shared boundary table: the text rules (the table "What it checks" in
//! the workspace README, from Meta's Cloud API reference) restated as cases,
//! each with the outcome WhatsApp gives. It is plain data so that every path that checks
//! messages can run it: the text types, the builders and `Deserialize`
//! (`tests/boundary.rs` of the workspace), and the macro's expansion (the
//! unit tests of `wa-interactive-macros`). Built only with the
//! `boundary-table` feature, which those tests enable.
//!
//! The limits are written here a second time on purpose: this table is the
//! specification the field table is tested against, not a copy of it.

use crate::{Field, Form, TextProblem};

/// A text for a field and what WhatsApp makes of it (`None`: accepted).
#[derive(Clone, Debug)]
pub struct TextCase {
    /// The field.
    pub field: Field,
    /// The text.
    pub text: String,
    /// The problem WhatsApp reports, or `None`.
    pub expect: Option<TextProblem>,
}

/// `(field, limit in characters, form)` as the rules table states them.
pub const FIELDS: [(Field, Option<usize>, Form); 31] = [
    (Field::HeaderText, Some(60), Form::Text),
    (Field::Body, Some(1024), Form::Text),
    (Field::Footer, Some(60), Form::Text),
    (Field::ListButton, Some(20), Form::Text),
    (Field::SectionTitle, Some(24), Form::Text),
    (Field::RowId, Some(200), Form::Id),
    (Field::RowTitle, Some(24), Form::Text),
    (Field::RowDescription, Some(72), Form::Text),
    (Field::ButtonId, Some(256), Form::Id),
    (Field::ButtonTitle, Some(20), Form::Text),
    (Field::MediaId, None, Form::Id),
    (Field::MediaLink, None, Form::Url),
    (Field::Filename, None, Form::Text),
    (Field::DisplayText, Some(20), Form::Text),
    (Field::Url, None, Form::Url),
    (Field::FlowId, None, Form::Id),
    (Field::FlowName, None, Form::Text),
    (Field::FlowCta, Some(30), Form::NoEmoji),
    (Field::FlowToken, None, Form::Text),
    (Field::FlowScreen, None, Form::Id),
    (Field::CatalogId, None, Form::Id),
    (Field::ProductRetailerId, Some(100), Form::Id),
    (Field::CardBody, Some(160), Form::FewLines),
    (Field::CallButtonText, Some(20), Form::Text),
    (Field::CallPayload, Some(512), Form::Text),
    (Field::AddressValue, None, Form::Text),
    (Field::PinCode, Some(6), Form::Text),
    (Field::SavedAddressId, None, Form::Id),
    (Field::AddressError, None, Form::Text),
    (Field::TextBody, Some(4096), Form::Text),
    (Field::ReactionMessageId, None, Form::Id),
];

/// A text of `n` characters made of `unit`, valid for the field's form.
fn text_of(form: Form, unit: &str, n: usize) -> String {
    if form == Form::Url {
        let prefix = "https://e.x/";
        let n = n.saturating_sub(prefix.chars().count());
        format!("{prefix}{}", unit.repeat(n))
    } else {
        unit.repeat(n)
    }
}

/// Every case of the table.
pub fn text_cases() -> Vec<TextCase> {
    let mut cases = Vec::new();
    for (field, limit, form) in FIELDS {
        let mut case = |text: String, expect: Option<TextProblem>| {
            cases.push(TextCase {
                field,
                text,
                expect,
            });
        };
        // A four-byte character that is not an emoji, for the fields that refuse emoji.
        let wide = if form == Form::NoEmoji {
            "𝐀"
        } else {
            "🍕"
        };
        case(String::new(), Some(TextProblem::Empty));
        match limit {
            Some(max) => {
                // At the limit, one past it, in ASCII, two-byte and four-byte characters.
                for unit in ["a", "é", wide] {
                    case(text_of(form, unit, max), None);
                    case(
                        text_of(form, unit, max + 1),
                        Some(TextProblem::TooLong {
                            chars: max + 1,
                            max,
                        }),
                    );
                }
            }
            None => case(text_of(form, wide, 5000), None),
        }
        // Short enough that two of them and a space fit a short limit (a pin code's 6).
        let short = limit.map_or(4, |max| ((max - 1) / 2).min(4));
        let plain = text_of(form, "x", short);
        match form {
            Form::Url => {
                case(format!("{plain} "), Some(TextProblem::NotHttpUrl));
                for bad in [
                    "ftp://example.com/menu.pdf",
                    "example.com",
                    "https://",
                    "https:///menu.pdf",
                    "https://:443/menu.pdf",
                    "https://user@example.com/menu.pdf",
                    "https://example.com/a b",
                    "https://example.com/\u{1}",
                ] {
                    case(bad.to_owned(), Some(TextProblem::NotHttpUrl));
                }
                case("HTTP://EXAMPLE.COM/é".to_owned(), None);
                case("https://example.com:8443/a@b".to_owned(), None);
            }
            Form::Id => {
                case(format!(" {plain}"), Some(TextProblem::LeadingSpace));
                case(format!("{plain} "), Some(TextProblem::TrailingSpace));
                case(format!("\t{plain}"), Some(TextProblem::LeadingSpace));
                case(format!("{plain}\n"), Some(TextProblem::TrailingSpace));
                case(format!("{plain} {plain}"), None);
            }
            Form::Text | Form::NoEmoji | Form::FewLines => {
                case(format!(" {plain}"), None);
                case(format!("{plain}\n"), None);
                case(format!("{plain} {plain}"), None);
            }
        }
        if form == Form::FewLines {
            // Two line breaks at most, however the lines are spread.
            case("*Blue*\n\nEcheveria".to_owned(), None);
            case("a\nb\nc".to_owned(), None);
            let three = Some(TextProblem::TooManyLineBreaks { breaks: 3, max: 2 });
            case("a\nb\nc\nd".to_owned(), three);
            case("\n\n\n".to_owned(), three);
            case("a\r\nb\r\nc".to_owned(), None);
        }
        let emoji = if form == Form::NoEmoji {
            Some(TextProblem::Emoji)
        } else {
            None
        };
        if form != Form::Url {
            case("Go 🚀".to_owned(), emoji);
            case("❤".to_owned(), emoji);
        }
    }
    cases
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_field_table_agrees_with_the_boundary_table() {
        assert_eq!(Field::ALL.len(), FIELDS.len());
        for (field, limit, form) in FIELDS {
            assert_eq!(field.max_chars(), limit, "{field}");
            assert_eq!(field.form(), form, "{field}");
        }
        for case in text_cases() {
            assert_eq!(case.field.check(&case.text).err(), case.expect, "{case:?}");
        }
    }
}
