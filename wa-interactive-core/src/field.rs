//! Every text field of an interactive message, with its limit.

use core::fmt;

/// A text field of an interactive message and the rules its text must meet.
///
/// Lengths are counted in Unicode scalar values (`str::chars().count()`), as
/// JSON Schema's `maxLength` counts them: `"é"` is 1, `"🍕"` is 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Field {
    /// Header text (`header.text`): at most 60.
    HeaderText,
    /// Message body (`body.text`): at most 1024.
    Body,
    /// Footer (`footer.text`): at most 60.
    Footer,
    /// The text of a list message's menu button (`action.button`): at most 20.
    ListButton,
    /// A list section's title: at most 24.
    SectionTitle,
    /// A list row's id: at most 200, no leading or trailing whitespace.
    RowId,
    /// A list row's title: at most 24.
    RowTitle,
    /// A list row's description: at most 72.
    RowDescription,
    /// A reply button's id: at most 256, no leading or trailing whitespace.
    ButtonId,
    /// A reply button's title: at most 20.
    ButtonTitle,
    /// The media id of an image, video or document header: no leading or trailing whitespace.
    MediaId,
    /// The link of an image, video or document header: an http or https URL.
    MediaLink,
    /// The file name shown for a document header.
    Filename,
    /// The text of a CTA URL button (`display_text`): at most 20.
    DisplayText,
    /// The URL a CTA URL button opens: an http or https URL.
    Url,
    /// A flow's id: no leading or trailing whitespace.
    FlowId,
    /// A flow's name.
    FlowName,
    /// The text of a flow's call-to-action button (`flow_cta`): at most 20.
    FlowCta,
    /// The token sent back with a flow's replies.
    FlowToken,
    /// The id of the first screen a navigate flow opens: no leading or trailing whitespace.
    FlowScreen,
}

impl Field {
    /// Every field, for tables and tests.
    pub const ALL: [Field; 20] = [
        Field::HeaderText,
        Field::Body,
        Field::Footer,
        Field::ListButton,
        Field::SectionTitle,
        Field::RowId,
        Field::RowTitle,
        Field::RowDescription,
        Field::ButtonId,
        Field::ButtonTitle,
        Field::MediaId,
        Field::MediaLink,
        Field::Filename,
        Field::DisplayText,
        Field::Url,
        Field::FlowId,
        Field::FlowName,
        Field::FlowCta,
        Field::FlowToken,
        Field::FlowScreen,
    ];

    /// How the field is named in error messages (`"row title"`).
    pub const fn label(self) -> &'static str {
        match self {
            Field::HeaderText => "header text",
            Field::Body => "body",
            Field::Footer => "footer",
            Field::ListButton => "list button text",
            Field::SectionTitle => "section title",
            Field::RowId => "row id",
            Field::RowTitle => "row title",
            Field::RowDescription => "row description",
            Field::ButtonId => "button id",
            Field::ButtonTitle => "button title",
            Field::MediaId => "media id",
            Field::MediaLink => "media link",
            Field::Filename => "document filename",
            Field::DisplayText => "display text",
            Field::Url => "url",
            Field::FlowId => "flow id",
            Field::FlowName => "flow name",
            Field::FlowCta => "flow cta",
            Field::FlowToken => "flow token",
            Field::FlowScreen => "flow screen",
        }
    }

    /// The name of the field's checked text type in `wa_interactive::text`.
    pub const fn type_name(self) -> &'static str {
        match self {
            Field::HeaderText => "HeaderText",
            Field::Body => "Body",
            Field::Footer => "Footer",
            Field::ListButton => "ListButton",
            Field::SectionTitle => "SectionTitle",
            Field::RowId => "RowId",
            Field::RowTitle => "RowTitle",
            Field::RowDescription => "RowDescription",
            Field::ButtonId => "ButtonId",
            Field::ButtonTitle => "ButtonTitle",
            Field::MediaId => "MediaId",
            Field::MediaLink => "MediaLink",
            Field::Filename => "Filename",
            Field::DisplayText => "DisplayText",
            Field::Url => "Url",
            Field::FlowId => "FlowId",
            Field::FlowName => "FlowName",
            Field::FlowCta => "FlowCta",
            Field::FlowToken => "FlowToken",
            Field::FlowScreen => "FlowScreen",
        }
    }

    /// The most characters (Unicode scalar values) the field may hold, if limited.
    pub const fn max_chars(self) -> Option<usize> {
        match self {
            Field::HeaderText | Field::Footer => Some(60),
            Field::Body => Some(1024),
            Field::ListButton | Field::ButtonTitle | Field::DisplayText | Field::FlowCta => {
                Some(20)
            }
            Field::SectionTitle | Field::RowTitle => Some(24),
            Field::RowId => Some(200),
            Field::RowDescription => Some(72),
            Field::ButtonId => Some(256),
            Field::MediaId
            | Field::MediaLink
            | Field::Filename
            | Field::Url
            | Field::FlowId
            | Field::FlowName
            | Field::FlowToken
            | Field::FlowScreen => None,
        }
    }

    /// Whether the text is an identifier that must not start or end with whitespace.
    pub const fn is_id(self) -> bool {
        matches!(
            self,
            Field::RowId | Field::ButtonId | Field::MediaId | Field::FlowId | Field::FlowScreen
        )
    }

    /// Whether the text must be an http or https URL.
    pub const fn is_url(self) -> bool {
        matches!(self, Field::MediaLink | Field::Url)
    }

    /// Checks `text` against this field's rules; the first problem found, if any.
    ///
    /// The order is: empty, too long, leading whitespace, trailing whitespace,
    /// not an http(s) URL.
    pub fn check(self, text: &str) -> Result<(), TextProblem> {
        if text.is_empty() {
            return Err(TextProblem::Empty);
        }
        if let Some(max) = self.max_chars() {
            // Counting stops one past the limit unless the figure is needed.
            if text.len() > max {
                let chars = text.chars().count();
                if chars > max {
                    return Err(TextProblem::TooLong { chars, max });
                }
            }
        }
        if self.is_id() {
            if text.starts_with(char::is_whitespace) {
                return Err(TextProblem::LeadingSpace);
            }
            if text.ends_with(char::is_whitespace) {
                return Err(TextProblem::TrailingSpace);
            }
        }
        if self.is_url() && !is_http_url(text) {
            return Err(TextProblem::NotHttpUrl);
        }
        Ok(())
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Whether `text` is an absolute `http://` or `https://` URL with a host and no whitespace.
pub fn is_http_url(text: &str) -> bool {
    let rest = strip_prefix_ignore_case(text, "https://")
        .or_else(|| strip_prefix_ignore_case(text, "http://"));
    match rest {
        Some(rest) => {
            let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            host_end > 0 && !text.contains(char::is_whitespace)
        }
        None => false,
    }
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        text.get(prefix.len()..)
    } else {
        None
    }
}

/// What is wrong with one text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextProblem {
    /// The text is empty.
    Empty,
    /// The text has more characters than the field allows.
    TooLong {
        /// Characters (Unicode scalar values) in the text.
        chars: usize,
        /// The field's limit.
        max: usize,
    },
    /// An id starts with whitespace.
    LeadingSpace,
    /// An id ends with whitespace.
    TrailingSpace,
    /// A link is not an http or https URL.
    NotHttpUrl,
}

impl TextProblem {
    /// Writes the problem as a sentence about `field`
    /// (`row title is 27 characters; WhatsApp allows at most 24`).
    pub fn describe(self, field: Field, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextProblem::Empty => {
                write!(f, "{field} is empty; WhatsApp needs at least 1 character")
            }
            TextProblem::TooLong { chars, max } => {
                write!(
                    f,
                    "{field} is {chars} characters; WhatsApp allows at most {max}"
                )
            }
            TextProblem::LeadingSpace => write!(
                f,
                "{field} has a leading space; WhatsApp rejects untrimmed ids"
            ),
            TextProblem::TrailingSpace => write!(
                f,
                "{field} has a trailing space; WhatsApp rejects untrimmed ids"
            ),
            TextProblem::NotHttpUrl => write!(
                f,
                "{field} is not an http or https URL; WhatsApp only opens http:// and https:// links"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_scalar_values_not_bytes() {
        let pizza = "🍕".repeat(24);
        assert_eq!(Field::RowTitle.check(&pizza), Ok(()));
        assert_eq!(
            Field::RowTitle.check(&(pizza + "é")),
            Err(TextProblem::TooLong { chars: 25, max: 24 })
        );
    }

    #[test]
    fn ids_must_be_trimmed() {
        assert_eq!(Field::RowId.check(" a"), Err(TextProblem::LeadingSpace));
        assert_eq!(
            Field::ButtonId.check("a\t"),
            Err(TextProblem::TrailingSpace)
        );
        assert_eq!(Field::RowTitle.check(" a "), Ok(()));
    }

    #[test]
    fn urls() {
        assert!(is_http_url("https://example.com/x?y"));
        assert!(is_http_url("HTTP://example.com"));
        assert!(!is_http_url("ftp://example.com"));
        assert!(!is_http_url("https://"));
        assert!(!is_http_url("https:///path"));
        assert!(!is_http_url("https://exa mple.com"));
        assert!(!is_http_url("é"));
    }

    #[test]
    fn every_field_rejects_empty() {
        for field in Field::ALL {
            assert_eq!(field.check(""), Err(TextProblem::Empty), "{field}");
        }
    }
}
