//! Structured rule violations: what is wrong, where, the figure and the limit.

use core::fmt;

use crate::{Field, Path, TextProblem, limits};

/// A count with a lower and upper bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Count {
    /// Sections of a list message: 1 to 10.
    Sections,
    /// Rows of a list message, added up across its sections: at most 10.
    Rows,
    /// Rows of one list section: at least 1.
    SectionRows,
    /// Buttons of a reply-buttons message: 1 to 3.
    Buttons,
    /// Sections of a product list message: 1 to 10.
    ProductSections,
    /// Products of a product list message, added up across its sections: at most 30.
    Products,
    /// Products of one product list section: at least 1.
    SectionProducts,
    /// Cards of a carousel: 2 to 10.
    Cards,
    /// Quick-reply buttons of a carousel card: 1 to 2.
    QuickReplies,
}

// One arm per count, so that a kind's counts are its own lines.
#[allow(clippy::match_same_arms)]
impl Count {
    /// The fewest allowed.
    pub const fn min(self) -> usize {
        match self {
            Count::Sections | Count::SectionRows | Count::Buttons => 1,
            Count::Rows | Count::Products => 0,
            Count::ProductSections | Count::SectionProducts | Count::QuickReplies => 1,
            Count::Cards => limits::MIN_CARDS,
        }
    }

    /// The most allowed.
    pub const fn max(self) -> usize {
        match self {
            Count::Sections => limits::LIST_SECTIONS,
            Count::Rows => limits::LIST_ROWS,
            Count::SectionRows => usize::MAX,
            Count::Buttons => limits::BUTTONS,
            Count::ProductSections => limits::PRODUCT_SECTIONS,
            Count::Products => limits::PRODUCTS,
            Count::SectionProducts => usize::MAX,
            Count::Cards => limits::CARDS,
            Count::QuickReplies => limits::QUICK_REPLIES,
        }
    }

    /// Whether `n` items are allowed.
    pub const fn admits(self, n: usize) -> bool {
        n >= self.min() && n <= self.max()
    }

    /// The bound as a sentence fixed at compile time (for the panics of
    /// hidden constructors, which cannot format).
    pub const fn rule(self) -> &'static str {
        match self {
            Count::Sections => "a list message has 1 to 10 sections",
            Count::Rows => "a list message has at most 10 rows in total",
            Count::SectionRows => "a list section needs at least 1 row",
            Count::Buttons => "a reply-buttons message has 1 to 3 buttons",
            Count::ProductSections => "a product list message has 1 to 10 sections",
            Count::Products => "a product list message has at most 30 products in total",
            Count::SectionProducts => "a product list section needs at least 1 product",
            Count::Cards => "a carousel has 2 to 10 cards",
            Count::QuickReplies => "a carousel card has 1 or 2 quick-reply buttons",
        }
    }

    /// What holds the items (`"a list message"`).
    pub const fn holder(self) -> &'static str {
        match self {
            Count::Sections | Count::Rows => "a list message",
            Count::SectionRows => "a list section",
            Count::Buttons => "a reply-buttons message",
            Count::ProductSections | Count::Products => "a product list message",
            Count::SectionProducts => "a product list section",
            Count::Cards => "a carousel",
            Count::QuickReplies => "a carousel card",
        }
    }

    /// The items counted, in the plural (`"rows in total"`).
    pub const fn items(self) -> &'static str {
        match self {
            Count::Sections => "sections",
            Count::Rows => "rows in total",
            Count::SectionRows => "rows",
            Count::Buttons => "buttons",
            Count::ProductSections => "sections",
            Count::Products => "products in total",
            Count::SectionProducts => "products",
            Count::Cards => "cards",
            Count::QuickReplies => "quick-reply buttons",
        }
    }

    /// One item, in the singular.
    pub const fn item(self) -> &'static str {
        match self {
            Count::Sections => "section",
            Count::Rows | Count::SectionRows => "row",
            Count::Buttons => "button",
            Count::ProductSections => "section",
            Count::Products | Count::SectionProducts => "product",
            Count::Cards => "card",
            Count::QuickReplies => "quick-reply button",
        }
    }
}

/// A number with bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Number {
    /// How many minutes a voice call's button stays valid: 1 to 43200 (30 days).
    CallTtlMinutes,
}

impl Number {
    /// The key that holds the number, as the API spells it.
    pub const fn key(self) -> &'static str {
        match self {
            Number::CallTtlMinutes => "ttl_minutes",
        }
    }

    /// The smallest allowed.
    pub const fn min(self) -> i64 {
        match self {
            Number::CallTtlMinutes => limits::CALL_TTL_MINUTES_MIN as i64,
        }
    }

    /// The largest allowed.
    pub const fn max(self) -> i64 {
        match self {
            Number::CallTtlMinutes => limits::CALL_TTL_MINUTES_MAX as i64,
        }
    }

    /// Whether `n` is allowed.
    pub const fn admits(self, n: i64) -> bool {
        n >= self.min() && n <= self.max()
    }

    /// The bound as a sentence fixed at compile time (for the panics of
    /// hidden constructors, which cannot format).
    pub const fn rule(self) -> &'static str {
        match self {
            Number::CallTtlMinutes => "ttl_minutes must be 1 to 43200 (30 days)",
        }
    }

    /// What the bounds mean, after them (`" (30 days)"`).
    const fn note(self) -> &'static str {
        match self {
            Number::CallTtlMinutes => " (30 days)",
        }
    }
}

/// What rule a message breaks.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// A text breaks its field's rule.
    Text {
        /// The field.
        field: Field,
        /// What is wrong with its text.
        problem: TextProblem,
    },
    /// A required key is missing; the violation's path names the key.
    Missing {
        /// The missing key as the API spells it.
        key: &'static str,
    },
    /// Fewer items than allowed; the path names the array.
    TooFew {
        /// What is counted.
        count: Count,
        /// How many there are.
        found: usize,
    },
    /// An item past the limit; the path names that item.
    TooMany {
        /// What is counted.
        count: Count,
        /// The item's 1-based position in the count (11 for the 11th row).
        nth: usize,
    },
    /// More items than allowed, summarised: the path names the array (for
    /// rows, the list's sections). What run-time checks report instead of
    /// one `TooMany` per item past the limit.
    TooManyInTotal {
        /// What is counted.
        count: Count,
        /// How many there are.
        found: usize,
    },
    /// A value that must be unique appears again; the path names the second use.
    Duplicate {
        /// The field.
        field: Field,
        /// The repeated value.
        value: String,
        /// Where it was first used.
        first: Path,
    },
    /// An id that starts with a prefix reserved for ids the library
    /// makes (the "more" rows of a paged menu); the path names the id.
    ReservedId {
        /// The id given.
        value: String,
        /// The reserved prefix it starts with.
        prefix: &'static str,
    },
    /// A list with more than one section has a section without a title.
    SectionTitleRequired {
        /// How many sections the list has.
        sections: usize,
    },
    /// A list message header is not text.
    ListHeaderNotText,
    /// A media header names both a media id and a link.
    MediaIdAndLink,
    /// A media header names neither a media id nor a link.
    MediaIdOrLinkMissing,
    /// A `filename` on an image or video header.
    FilenameNotDocument,
    /// A flow message names both `flow_id` and `flow_name`.
    FlowIdAndName,
    /// A flow message names neither `flow_id` nor `flow_name`.
    FlowIdOrNameMissing,
    /// `flow_message_version` is not `"3"`.
    FlowVersion {
        /// The version given.
        found: String,
    },
    /// `flow_action_payload` given with `flow_action` `data_exchange`.
    PayloadWithoutNavigate,
    /// `flow_action_payload.data` is an empty object or not an object.
    FlowDataNotObject,
    /// A header on a kind that takes none (product, catalog, carousel).
    HeaderNotAllowed {
        /// The kind, as errors name it (`"a product message"`).
        holder: &'static str,
    },
    /// A footer on a kind that takes none (carousel).
    FooterNotAllowed {
        /// The kind, as errors name it (`"a carousel"`).
        holder: &'static str,
    },
    /// A product list message header is not text.
    ProductListHeaderNotText,
    /// A carousel card's header is not an image or a video.
    CardHeaderNotImageOrVideo,
    /// A carousel card's header kind differs from the first card's.
    CardHeaderKind {
        /// The first card's header kind (`"image"`).
        first: &'static str,
        /// This card's header kind.
        found: &'static str,
    },
    /// A carousel card's button kind (URL button or quick replies) differs from the first card's.
    CardButtonKind {
        /// The first card's button kind.
        first: &'static str,
        /// This card's button kind.
        found: &'static str,
    },
    /// A carousel card's quick-reply count differs from the first card's.
    CardButtonCount {
        /// The first card's count.
        first: usize,
        /// This card's count.
        found: usize,
    },
    /// A media card with both a URL button and quick replies.
    CardUrlAndButtons,
    /// A media card with neither a URL button nor quick replies.
    CardUrlOrButtonsMissing,
    /// Product cards and media cards in one carousel.
    MixedCards,
    /// A product card names another catalog than the first card.
    CatalogMismatch {
        /// The first card's catalog id.
        first: String,
    },
    /// A card's `card_index` is not its position.
    CardIndex {
        /// The card's position, the index it must have.
        expected: usize,
        /// The index given.
        found: u64,
    },
    /// A number outside its bounds; the path names it.
    OutOfRange {
        /// What is counted.
        number: Number,
        /// The number given.
        found: i64,
    },
    /// A media header on a kind of message whose header is text only.
    HeaderNotText {
        /// The message, as errors name it (`"an address message"`).
        message: &'static str,
    },
    /// An address message's `country` is not `"IN"`.
    Country {
        /// The country given.
        found: String,
    },
    /// A header on a kind of message that has none; the path names it.
    NoHeader {
        /// The message, as errors name it (`"a voice call message"`).
        message: &'static str,
    },
    /// A footer on a kind of message that has none; the path names it.
    NoFooter {
        /// The message, as errors name it.
        message: &'static str,
    },
}

/// The violations with the items past a count's limit summarised: one
/// `TooManyInTotal` at the array in place of one `TooMany` per item, so that
/// 50 rows from a database give one line, not forty.
pub fn summarise(violations: Vec<Violation>) -> Vec<Violation> {
    let mut out: Vec<Violation> = Vec::with_capacity(violations.len());
    for v in violations {
        let Kind::TooMany { count, .. } = v.kind else {
            out.push(v);
            continue;
        };
        // The array: a row's path ends `sections[i].rows[j]` (a product's
        // `sections[i].product_items[j]`), and rows are counted across the
        // sections. Each array has its own summary (each card its quick replies).
        let mut path = v.path.parent();
        if matches!(count, Count::Rows | Count::Products) {
            path = path.parent().parent();
        }
        let summary = out.iter_mut().find_map(|o| match &mut o.kind {
            Kind::TooManyInTotal { count: c, found } if *c == count && o.path == path => {
                Some(found)
            }
            _ => None,
        });
        if let Some(found) = summary {
            *found += 1;
            continue;
        }
        out.push(Violation {
            path,
            kind: Kind::TooManyInTotal {
                count,
                found: count.max() + 1,
            },
        });
    }
    out
}

/// Whether two texts are the same, in const context.
pub const fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl fmt::Display for Kind {
    // One arm per rule: a table, longer than a function usually is.
    #[allow(clippy::too_many_lines)]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Kind::Text { field, problem } => problem.describe(*field, f),
            Kind::Missing { key } => write!(f, "`{key}` is required"),
            Kind::TooFew { count, .. } => write!(
                f,
                "{} needs at least {} {}",
                count.holder(),
                count.min(),
                if count.min() == 1 {
                    count.item()
                } else {
                    count.items()
                }
            ),
            Kind::TooMany { count, nth } => write!(
                f,
                "{} has at most {} {}; this is {} {nth}",
                count.holder(),
                count.max(),
                count.items(),
                count.item()
            ),
            Kind::TooManyInTotal { count, found } => {
                let (items, total) = match count {
                    Count::Rows => ("rows", " in total"),
                    Count::Products => ("products", " in total"),
                    other => (other.items(), ""),
                };
                write!(
                    f,
                    "{found} {items}; {} has at most {}{total}",
                    count.holder(),
                    count.max()
                )
            }
            Kind::Duplicate { field, value, .. } => write!(f, "duplicate {field} {value:?}"),
            Kind::ReservedId { value, prefix } => write!(
                f,
                "id {value:?} starts with {prefix:?}, which is reserved for the \"more\" rows of a paged menu"
            ),
            Kind::SectionTitleRequired { sections } => write!(
                f,
                "section title is required when a list has more than one section (this one has {sections})"
            ),
            Kind::ListHeaderNotText => f.write_str(
                "a list message header must be text; image, video and document headers are for reply-buttons, CTA URL and flow messages",
            ),
            Kind::MediaIdAndLink => f.write_str("a media header takes `id` or `link`, not both"),
            Kind::MediaIdOrLinkMissing => f.write_str("a media header needs `id` or `link`"),
            Kind::FilenameNotDocument => {
                f.write_str("`filename` is only allowed on a document header")
            }
            Kind::FlowIdAndName => {
                f.write_str("a flow message takes `flow_id` or `flow_name`, not both")
            }
            Kind::FlowIdOrNameMissing => {
                f.write_str("a flow message needs `flow_id` or `flow_name`")
            }
            Kind::FlowVersion { found } => {
                write!(
                    f,
                    "flow_message_version is {found:?}; WhatsApp accepts only \"3\""
                )
            }
            Kind::PayloadWithoutNavigate => {
                f.write_str("`flow_action_payload` is only sent with flow_action \"navigate\"")
            }
            Kind::FlowDataNotObject => {
                f.write_str("flow_action_payload.data must be a non-empty JSON object")
            }
            Kind::HeaderNotAllowed { holder } => write!(
                f,
                "{holder} takes no header; headers are allowed on list, reply-buttons, CTA URL, flow, product list and address messages"
            ),
            Kind::FooterNotAllowed { holder } => write!(f, "{holder} takes no footer"),
            Kind::ProductListHeaderNotText => {
                f.write_str("a product list message header must be text")
            }
            Kind::CardHeaderNotImageOrVideo => {
                f.write_str("a carousel card's header is an image or a video")
            }
            Kind::CardHeaderKind { first, found } => write!(
                f,
                "every card of a carousel has the same header kind: the first card's is {first}, this one's is {found}"
            ),
            Kind::CardButtonKind { first, found } => write!(
                f,
                "every card of a carousel has the same button kind: the first card has {first}, this one has {found}"
            ),
            Kind::CardButtonCount { first, found } => write!(
                f,
                "every card of a carousel has the same number of quick-reply buttons: the first card has {first}, this one has {found}"
            ),
            Kind::CardUrlAndButtons => f.write_str(
                "a carousel card takes a URL button (`url`) or quick-reply `buttons`, not both",
            ),
            Kind::CardUrlOrButtonsMissing => f.write_str(
                "a carousel card needs a URL button (`url`) or quick-reply `buttons`",
            ),
            Kind::MixedCards => f.write_str(
                "a carousel has media cards or product cards, not both: this card differs from the first",
            ),
            Kind::CatalogMismatch { first } => write!(
                f,
                "every product card of a carousel names the same catalog; the first card names {first:?}"
            ),
            Kind::CardIndex { expected, found } => write!(
                f,
                "card_index is {found}; cards are numbered 0, 1, … in order, so this one is {expected}"
            ),
            Kind::OutOfRange { number, found } => write!(
                f,
                "{} is {found}; WhatsApp allows {} to {}{}",
                number.key(),
                number.min(),
                number.max(),
                number.note()
            ),
            Kind::HeaderNotText { message } => write!(f, "{message} header must be text"),
            Kind::Country { found } => write!(
                f,
                "country is {found:?}; WhatsApp sends address messages only in India (\"IN\")"
            ),
            Kind::NoHeader { message } => write!(
                f,
                "{message} has no header; WhatsApp takes a header only on list, button, cta_url, flow, product_list and address_message messages"
            ),
            Kind::NoFooter { message } => write!(
                f,
                "{message} has no footer; WhatsApp takes a footer only on list, button, cta_url, flow, product, product_list, catalog_message and address_message messages"
            ),
        }
    }
}

/// One broken rule and where it is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Violation {
    /// Where in the `interactive` object.
    pub path: Path,
    /// What is wrong.
    pub kind: Kind,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.segs().is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.path, self.kind)
        }
    }
}
