//! Every text field of an interactive message, with its limit: one table,
//! [`field_table!`](crate::field_table), from which the [`Field`] enum, its
//! labels, limits and forms, the constants of [`limits`](crate::limits) and
//! the checked text types of `wa_interactive::text` are generated.

use core::fmt;

/// The table of text fields, handed to `$callback!` as
/// `Name, "label", Form, LIMIT_CONST = limit | -, "doc";` rows.
///
/// `wa-interactive-core` generates [`Field`] from it; `wa-interactive`
/// generates its checked text types from the same rows, so a field is
/// written once.
#[doc(hidden)]
#[macro_export]
macro_rules! field_table {
    ($callback:ident) => {
        $callback! {
            HeaderText, "header text", Text, HEADER_TEXT = 60, "Header text (`header.text`).";
            Body, "body", Text, BODY = 1024, "Message body (`body.text`).";
            Footer, "footer", Text, FOOTER = 60, "Footer (`footer.text`).";
            ListButton, "list button text", Text, LIST_BUTTON = 20, "The text of a list message's menu button (`action.button`).";
            SectionTitle, "section title", Text, SECTION_TITLE = 24, "A list section's title.";
            RowId, "row id", Id, ROW_ID = 200, "A list row's id, sent back when the row is picked.";
            RowTitle, "row title", Text, ROW_TITLE = 24, "A list row's title.";
            RowDescription, "row description", Text, ROW_DESCRIPTION = 72, "A list row's description.";
            ButtonId, "button id", Id, BUTTON_ID = 256, "A reply button's id, sent back when it is tapped.";
            ButtonTitle, "button title", Text, BUTTON_TITLE = 20, "A reply button's title.";
            MediaId, "media id", Id, -, "The uploaded media id of an image, video or document header.";
            MediaLink, "media link", Url, -, "The link of an image, video or document header.";
            Filename, "document filename", Text, -, "The file name shown for a document header.";
            DisplayText, "display text", Text, DISPLAY_TEXT = 20, "The text of a CTA URL button (`display_text`).";
            Url, "url", Url, -, "The URL a CTA URL button opens.";
            FlowId, "flow id", Id, -, "A flow's id.";
            FlowName, "flow name", Text, -, "A flow's name.";
            FlowCta, "flow cta", NoEmoji, FLOW_CTA = 30, "The text of a flow's call-to-action button (`flow_cta`).";
            FlowToken, "flow token", Text, -, "The token sent back with a flow's replies.";
            FlowScreen, "flow screen", Id, -, "The id of the first screen a navigate flow opens.";
            CatalogId, "catalog id", Id, -, "A catalog's id (`catalog_id`).";
            ProductRetailerId, "product retailer id", Id, PRODUCT_RETAILER_ID = 100, "A product's retailer id: its content id (SKU) in the catalog.";
            CardBody, "card body", FewLines, CARD_BODY = 160, "The body of a carousel card (`cards[].body.text`).";
            CallButtonText, "call button text", Text, CALL_BUTTON_TEXT = 20, "The text of a voice call's button (`display_text`; WhatsApp shows \"Call Now\" without one).";
            CallPayload, "call payload", Text, CALL_PAYLOAD = 512, "Data sent back as `cta_payload` with a call made from a voice call's button (`payload`).";
            AddressValue, "address value", Text, -, "A prefilled value of an address message's field other than the pin code (`values`, `saved_addresses[].value`).";
            PinCode, "pin code", Text, IN_PIN_CODE = 6, "An Indian pin code in an address message (`in_pin_code`).";
            SavedAddressId, "saved address id", Id, -, "A saved address's id, sent back as `saved_address_id` when the user picks it.";
            AddressError, "address error", Text, -, "The message shown under an address field that needs correcting (`validation_errors`).";
            TextBody, "text body", Text, TEXT_BODY = 4096, "The text of a text message (`text.body`).";
            ReactionMessageId, "reacted message id", Id, -, "The id of the message a reaction is on (`reaction.message_id`, a `wamid.…`).";
        }
    };
}

/// The form a field's text must have besides its length.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    /// Any non-empty text.
    Text,
    /// An identifier: no leading or trailing whitespace.
    Id,
    /// An absolute `http://` or `https://` URL (see [`is_http_url`]).
    Url,
    /// Text without emoji (Unicode `Extended_Pictographic`).
    NoEmoji,
    /// Text with at most [`CARD_BODY_LINE_BREAKS`](crate::limits::CARD_BODY_LINE_BREAKS)
    /// line breaks (`\n`), as a carousel card's body.
    FewLines,
}

/// Line breaks (`\n`) a text of [`Form::FewLines`] may hold: at most 2.
pub(crate) const LINE_BREAKS: usize = 2;

macro_rules! define_fields {
    ($($name:ident, $label:literal, $form:ident, $($limit:ident = $max:literal)? $(-)?, $doc:literal;)*) => {
        /// A text field of an interactive message and the rules its text must meet.
        ///
        /// Lengths are counted in Unicode scalar values (`str::chars().count()`), as
        /// JSON Schema's `maxLength` counts them: `"é"` is 1, `"🍕"` is 1.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Field {
            $(
                #[doc = $doc]
                $name,
            )*
        }

        impl Field {
            /// Every field, for tables and tests.
            pub const ALL: &'static [Field] = &[$(Field::$name),*];

            /// How the field is named in error messages (`"row title"`).
            pub const fn label(self) -> &'static str {
                match self {
                    $(Field::$name => $label,)*
                }
            }

            /// The name of the field's checked text type in `wa_interactive::text`.
            pub const fn type_name(self) -> &'static str {
                match self {
                    $(Field::$name => stringify!($name),)*
                }
            }

            /// The most characters (Unicode scalar values) the field may hold, if limited.
            pub const fn max_chars(self) -> Option<usize> {
                match self {
                    $(Field::$name => define_fields!(@max $($max)?),)*
                }
            }

            /// The form the text must have besides its length.
            pub const fn form(self) -> Form {
                match self {
                    $(Field::$name => Form::$form,)*
                }
            }

            /// The rule a text breaks, as a sentence fixed at compile time
            /// (for the panics of hidden constructors, which cannot format).
            pub const fn rule(self, problem: TextProblem) -> &'static str {
                match (self, problem) {
                    $(
                        (Field::$name, TextProblem::Empty) => concat!($label, " is empty; WhatsApp needs at least 1 character"),
                        (Field::$name, TextProblem::TooLong { .. }) => define_fields!(@long $label $($max)?),
                        (Field::$name, TextProblem::LeadingSpace | TextProblem::TrailingSpace) => concat!($label, " has leading or trailing whitespace; WhatsApp rejects untrimmed ids"),
                        (Field::$name, TextProblem::NotHttpUrl) => concat!($label, " is not an http or https URL"),
                        (Field::$name, TextProblem::Emoji) => concat!($label, " contains an emoji; WhatsApp rejects them here"),
                        (Field::$name, TextProblem::TooManyLineBreaks { .. }) => concat!($label, " has more than 2 line breaks"),
                    )*
                }
            }
        }

        /// The limits of the text fields, in characters (Unicode scalar values).
        pub(crate) mod text_limits {
            $($(
                #[doc = concat!("Most characters in a ", $label, ".")]
                pub const $limit: usize = $max;
            )?)*
        }
    };
    (@max) => { None };
    (@max $max:literal) => { Some($max) };
    (@long $label:literal) => { concat!($label, " is too long") };
    (@long $label:literal $max:literal) => { concat!($label, " is longer than ", $max, " characters") };
}

field_table!(define_fields);

impl Field {
    /// Whether the text is an identifier that must not start or end with whitespace.
    pub const fn is_id(self) -> bool {
        matches!(self.form(), Form::Id)
    }

    /// Whether the text must be an http or https URL.
    pub const fn is_url(self) -> bool {
        matches!(self.form(), Form::Url)
    }

    /// Checks `text` against this field's rules; the first problem found, if any.
    ///
    /// The order is: empty, too long, leading whitespace, trailing whitespace,
    /// not an http(s) URL, emoji. A `const fn`, so that constant messages are
    /// checked by the compiler.
    pub const fn check(self, text: &str) -> Result<(), TextProblem> {
        if text.is_empty() {
            return Err(TextProblem::Empty);
        }
        if let Some(max) = self.max_chars() {
            // Counting is needed only when the bytes could exceed the limit.
            if text.len() > max {
                let chars = char_count(text);
                if chars > max {
                    return Err(TextProblem::TooLong { chars, max });
                }
            }
        }
        match self.form() {
            Form::Text => {}
            Form::Id => {
                if first_char(text).is_whitespace() {
                    return Err(TextProblem::LeadingSpace);
                }
                if last_char(text).is_whitespace() {
                    return Err(TextProblem::TrailingSpace);
                }
            }
            Form::Url => {
                if !is_http_url(text) {
                    return Err(TextProblem::NotHttpUrl);
                }
            }
            Form::NoEmoji => {
                if has_emoji(text) {
                    return Err(TextProblem::Emoji);
                }
            }
            Form::FewLines => {
                let breaks = line_breaks(text);
                if breaks > LINE_BREAKS {
                    return Err(TextProblem::TooManyLineBreaks {
                        breaks,
                        max: LINE_BREAKS,
                    });
                }
            }
        }
        Ok(())
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Characters (Unicode scalar values) in `text`: the bytes that do not
/// continue a UTF-8 sequence.
pub const fn char_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] & 0xC0 != 0x80 {
            count += 1;
        }
        i += 1;
    }
    count
}

/// Line breaks (`\n`) in `text`.
const fn line_breaks(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            count += 1;
        }
        i += 1;
    }
    count
}

/// The character that starts at byte `i` of `text` (a char boundary), and
/// the byte after it.
const fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes();
    let first = b[i] as u32;
    let (len, init) = if first < 0x80 {
        (1, first)
    } else if first < 0xE0 {
        (2, first & 0x1F)
    } else if first < 0xF0 {
        (3, first & 0x0F)
    } else {
        (4, first & 0x07)
    };
    let mut code = init;
    let mut k = 1;
    while k < len {
        code = (code << 6) | (b[i + k] as u32 & 0x3F);
        k += 1;
    }
    match char::from_u32(code) {
        Some(c) => (c, i + len),
        None => (char::REPLACEMENT_CHARACTER, i + len),
    }
}

/// The first character of a non-empty text.
const fn first_char(text: &str) -> char {
    char_at(text, 0).0
}

/// The last character of a non-empty text.
const fn last_char(text: &str) -> char {
    let b = text.as_bytes();
    let mut i = b.len() - 1;
    while b[i] & 0xC0 == 0x80 {
        i -= 1;
    }
    char_at(text, i).0
}

const fn starts_with_ignore_case(text: &[u8], prefix: &[u8]) -> bool {
    if text.len() < prefix.len() {
        return false;
    }
    let mut i = 0;
    while i < prefix.len() {
        if text[i].to_ascii_lowercase() != prefix[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether `text` is an absolute `http://` or `https://` URL that WhatsApp
/// can open: a non-empty host, no user info (`user@` before the host), and
/// no whitespace or control characters anywhere.
pub const fn is_http_url(text: &str) -> bool {
    let b = text.as_bytes();
    let start = if starts_with_ignore_case(b, b"https://") {
        8
    } else if starts_with_ignore_case(b, b"http://") {
        7
    } else {
        return false;
    };
    let mut i = 0;
    while i < b.len() {
        let (c, next) = char_at(text, i);
        // Whitespace, and the C0 and C1 control characters (`char::is_control`).
        if c.is_whitespace() || matches!(c, '\0'..='\u{1f}' | '\u{7f}'..='\u{9f}') {
            return false;
        }
        i = next;
    }
    // The authority runs to the first `/`, `?` or `#`; the host is what
    // comes before its port.
    let mut end = start;
    let mut host_end = usize::MAX;
    let mut in_brackets = false;
    while end < b.len() && !matches!(b[end], b'/' | b'?' | b'#') {
        match b[end] {
            b'@' => return false,
            b'[' => in_brackets = true,
            b']' => in_brackets = false,
            b':' if !in_brackets && host_end == usize::MAX => host_end = end,
            _ => {}
        }
        end += 1;
    }
    if host_end == usize::MAX {
        host_end = end;
    }
    host_end > start
}

/// Whether `text` holds a character of Unicode's `Extended_Pictographic`
/// property (emoji and the pictographs that may become emoji).
pub const fn has_emoji(text: &str) -> bool {
    let mut i = 0;
    while i < text.len() {
        let (c, next) = char_at(text, i);
        if is_pictographic(c) {
            return true;
        }
        i = next;
    }
    false
}

/// `Extended_Pictographic` (Unicode 15.1, `emoji-data.txt`), as ranges.
const PICTOGRAPHIC: &[(u32, u32)] = &[
    (0x00A9, 0x00A9),
    (0x00AE, 0x00AE),
    (0x203C, 0x203C),
    (0x2049, 0x2049),
    (0x2122, 0x2122),
    (0x2139, 0x2139),
    (0x2194, 0x2199),
    (0x21A9, 0x21AA),
    (0x231A, 0x231B),
    (0x2328, 0x2328),
    (0x2388, 0x2388),
    (0x23CF, 0x23CF),
    (0x23E9, 0x23F3),
    (0x23F8, 0x23FA),
    (0x24C2, 0x24C2),
    (0x25AA, 0x25AB),
    (0x25B6, 0x25B6),
    (0x25C0, 0x25C0),
    (0x25FB, 0x25FE),
    (0x2600, 0x2605),
    (0x2607, 0x2612),
    (0x2614, 0x2685),
    (0x2690, 0x2705),
    (0x2708, 0x2712),
    (0x2714, 0x2714),
    (0x2716, 0x2716),
    (0x271D, 0x271D),
    (0x2721, 0x2721),
    (0x2728, 0x2728),
    (0x2733, 0x2734),
    (0x2744, 0x2744),
    (0x2747, 0x2747),
    (0x274C, 0x274C),
    (0x274E, 0x274E),
    (0x2753, 0x2755),
    (0x2757, 0x2757),
    (0x2763, 0x2767),
    (0x2795, 0x2797),
    (0x27A1, 0x27A1),
    (0x27B0, 0x27B0),
    (0x27BF, 0x27BF),
    (0x2934, 0x2935),
    (0x2B05, 0x2B07),
    (0x2B1B, 0x2B1C),
    (0x2B50, 0x2B50),
    (0x2B55, 0x2B55),
    (0x3030, 0x3030),
    (0x303D, 0x303D),
    (0x3297, 0x3297),
    (0x3299, 0x3299),
    (0x1F000, 0x1F0FF),
    (0x1F10D, 0x1F10F),
    (0x1F12F, 0x1F12F),
    (0x1F16C, 0x1F171),
    (0x1F17E, 0x1F17F),
    (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A),
    (0x1F1AD, 0x1F1E5),
    (0x1F201, 0x1F20F),
    (0x1F21A, 0x1F21A),
    (0x1F22F, 0x1F22F),
    (0x1F232, 0x1F23A),
    (0x1F23C, 0x1F23F),
    (0x1F249, 0x1F3FA),
    (0x1F400, 0x1F53D),
    (0x1F546, 0x1F64F),
    (0x1F680, 0x1F6FF),
    (0x1F774, 0x1F77F),
    (0x1F7D5, 0x1F7FF),
    (0x1F80C, 0x1F80F),
    (0x1F848, 0x1F84F),
    (0x1F85A, 0x1F85F),
    (0x1F888, 0x1F88F),
    (0x1F8AE, 0x1F8FF),
    (0x1F90C, 0x1F93A),
    (0x1F93C, 0x1F945),
    (0x1F947, 0x1FAFF),
    (0x1FC00, 0x1FFFD),
];

/// Whether `c` is `Extended_Pictographic`: a binary search of the ranges.
const fn is_pictographic(c: char) -> bool {
    let c = c as u32;
    if c < 0xA9 {
        return false;
    }
    let (mut lo, mut hi) = (0, PICTOGRAPHIC.len());
    while lo < hi {
        let mid = usize::midpoint(lo, hi);
        let (start, end) = PICTOGRAPHIC[mid];
        if c < start {
            hi = mid;
        } else if c > end {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    false
}

/// What is wrong with one text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
    /// A link is not an http or https URL that WhatsApp opens.
    NotHttpUrl,
    /// The text holds an emoji where WhatsApp rejects them.
    Emoji,
    /// The text has more line breaks than the field allows.
    TooManyLineBreaks {
        /// Line breaks (`\n`) in the text.
        breaks: usize,
        /// The field's limit.
        max: usize,
    },
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
                "{field} is not an http or https URL with a host (no spaces, control characters or user info); WhatsApp only opens such links"
            ),
            TextProblem::Emoji => write!(
                f,
                "{field} contains an emoji; WhatsApp rejects emoji in this field"
            ),
            TextProblem::TooManyLineBreaks { breaks, max } => write!(
                f,
                "{field} has {breaks} line breaks; WhatsApp allows at most {max}"
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
        for text in ["", "a", "é", "🍕", "a🍕é\u{200d}x"] {
            assert_eq!(char_count(text), text.chars().count(), "{text}");
        }
    }

    #[test]
    fn ids_must_be_trimmed() {
        assert_eq!(Field::RowId.check(" a"), Err(TextProblem::LeadingSpace));
        assert_eq!(
            Field::ButtonId.check("a\t"),
            Err(TextProblem::TrailingSpace)
        );
        assert_eq!(
            Field::ButtonId.check("a\u{3000}"),
            Err(TextProblem::TrailingSpace)
        );
        assert_eq!(
            Field::ButtonId.check("\u{a0}é"),
            Err(TextProblem::LeadingSpace)
        );
        assert_eq!(Field::ButtonId.check("é"), Ok(()));
        assert_eq!(Field::RowTitle.check(" a "), Ok(()));
    }

    #[test]
    fn urls() {
        assert!(is_http_url("https://example.com/x?y"));
        assert!(is_http_url("HTTP://example.com"));
        assert!(is_http_url("https://example.com:8443/p"));
        assert!(is_http_url("https://[::1]:8080/"));
        assert!(is_http_url("https://example.com/a@b"));
        assert!(!is_http_url("ftp://example.com"));
        assert!(!is_http_url("https://"));
        assert!(!is_http_url("https:///path"));
        assert!(!is_http_url("https://:80/path"));
        assert!(!is_http_url("https://user:pw@example.com/"));
        assert!(!is_http_url("https://@example.com"));
        assert!(!is_http_url("https://exa mple.com"));
        assert!(!is_http_url("https://example.com/a b"));
        assert!(!is_http_url("https://example.com/\u{7}"));
        assert!(!is_http_url("https://example.com/\u{85}"));
        assert!(!is_http_url("é"));
    }

    #[test]
    fn emoji() {
        assert!(has_emoji("Book 🍕"));
        assert!(has_emoji("❤"));
        assert!(has_emoji("©"));
        assert!(!has_emoji("Book now — ¡ya!"));
        assert!(!has_emoji("予約する"));
        assert_eq!(Field::FlowCta.check("Go 🚀"), Err(TextProblem::Emoji));
        assert_eq!(Field::ButtonTitle.check("Go 🚀"), Ok(()));
        // Exactly the ranges, at both ends.
        for (start, end) in PICTOGRAPHIC {
            for c in [*start, *end] {
                assert!(is_pictographic(char::from_u32(c).unwrap()), "{c:x}");
            }
            if let Some(before) = char::from_u32(start - 1) {
                let listed = PICTOGRAPHIC
                    .iter()
                    .any(|(s, e)| (*s..=*e).contains(&(start - 1)));
                assert_eq!(is_pictographic(before), listed, "{:x}", start - 1);
            }
        }
    }

    #[test]
    fn card_bodies_have_at_most_two_line_breaks() {
        assert_eq!(Field::CardBody.check("*Blue*\n\nEcheveria"), Ok(()));
        assert_eq!(
            Field::CardBody.check("a\nb\nc\nd"),
            Err(TextProblem::TooManyLineBreaks { breaks: 3, max: 2 })
        );
        assert_eq!(Field::Body.check("a\nb\nc\nd"), Ok(()));
    }

    #[test]
    fn every_field_rejects_empty() {
        for field in Field::ALL {
            assert_eq!(field.check(""), Err(TextProblem::Empty), "{field}");
        }
    }

    #[test]
    fn check_is_const() {
        const OK: bool = Field::RowTitle.check("09:00").is_ok();
        const LONG: Result<(), TextProblem> =
            Field::FlowCta.check("1234567890123456789012345678901");
        const { assert!(OK) };
        assert_eq!(LONG, Err(TextProblem::TooLong { chars: 31, max: 30 }));
        assert_eq!(
            Field::RowTitle.rule(TextProblem::TooLong { chars: 0, max: 0 }),
            "row title is longer than 24 characters"
        );
    }

    #[test]
    fn limits_come_from_the_table() {
        assert_eq!(Some(text_limits::ROW_TITLE), Field::RowTitle.max_chars());
        assert_eq!(Some(text_limits::FLOW_CTA), Field::FlowCta.max_chars());
        assert_eq!(Some(text_limits::TEXT_BODY), Field::TextBody.max_chars());
        assert_eq!(Field::ALL.len(), 31);
    }
}
