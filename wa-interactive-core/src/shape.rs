//! The structure of each message kind, as both the macro and the runtime see
//! it, and the structural rules (required keys, counts, uniqueness,
//! exclusive keys) checked over it.
//!
//! A shape borrows its texts. A text is [`Text::Given`] when its value is
//! known here, [`Text::Checked`] when it is present but was already checked by
//! its type (a dynamic value in a macro literal), or [`Text::Absent`].

use std::collections::HashMap;

use crate::{Count, Field, Kind, Path, Violation};

/// One text slot of a shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text<'a> {
    /// Not given.
    Absent,
    /// Given, with this value.
    Given(&'a str),
    /// Given, and already checked by its type; its value is not known here.
    Checked,
}

impl Text<'_> {
    /// Whether the slot holds anything.
    pub fn is_present(self) -> bool {
        !matches!(self, Text::Absent)
    }
}

impl<'a> From<Option<&'a str>> for Text<'a> {
    fn from(value: Option<&'a str>) -> Self {
        value.map_or(Text::Absent, Text::Given)
    }
}

/// The kind of a media header.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MediaKind {
    /// `image`
    Image,
    /// `video`
    Video,
    /// `document`
    Document,
}

impl MediaKind {
    /// The API's name, used as both the header `type` and the key of the media object.
    pub const fn name(self) -> &'static str {
        match self {
            MediaKind::Image => "image",
            MediaKind::Video => "video",
            MediaKind::Document => "document",
        }
    }
}

/// A message header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Header<'a> {
    /// No header.
    Absent,
    /// A text header.
    Text(Text<'a>),
    /// An image, video or document header.
    Media(Media<'a>),
}

/// An image, video or document header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Media<'a> {
    /// Image, video or document.
    pub kind: MediaKind,
    /// The uploaded media's id.
    pub id: Text<'a>,
    /// The media's http(s) URL.
    pub link: Text<'a>,
    /// The file name shown for a document.
    pub filename: Text<'a>,
}

/// A list message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct List<'a> {
    /// The header (text only).
    pub header: Header<'a>,
    /// The body text.
    pub body: Text<'a>,
    /// The footer text.
    pub footer: Text<'a>,
    /// The menu button's text.
    pub button: Text<'a>,
    /// The sections; `None` when the key is missing.
    pub sections: Option<Vec<Section<'a>>>,
}

/// A list section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section<'a> {
    /// The section title.
    pub title: Text<'a>,
    /// The rows; `None` when the key is missing.
    pub rows: Option<Vec<Row<'a>>>,
}

/// A list row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row<'a> {
    /// The row id sent back when the row is picked.
    pub id: Text<'a>,
    /// The row title.
    pub title: Text<'a>,
    /// The row description.
    pub description: Text<'a>,
}

/// A reply-buttons message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Buttons<'a> {
    /// The header.
    pub header: Header<'a>,
    /// The body text.
    pub body: Text<'a>,
    /// The footer text.
    pub footer: Text<'a>,
    /// The buttons; `None` when the key is missing.
    pub buttons: Option<Vec<Reply<'a>>>,
}

/// A reply button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reply<'a> {
    /// The id sent back when the button is tapped.
    pub id: Text<'a>,
    /// The button title.
    pub title: Text<'a>,
}

/// A location request message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location<'a> {
    /// The body text.
    pub body: Text<'a>,
}

/// A CTA URL button message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CtaUrl<'a> {
    /// The header.
    pub header: Header<'a>,
    /// The body text.
    pub body: Text<'a>,
    /// The footer text.
    pub footer: Text<'a>,
    /// The button text.
    pub display_text: Text<'a>,
    /// The URL the button opens.
    pub url: Text<'a>,
}

/// Whether a flow opens on a given screen or asks the business's endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlowAction {
    /// `navigate`
    Navigate,
    /// `data_exchange`
    DataExchange,
}

impl FlowAction {
    /// The API's name.
    pub const fn name(self) -> &'static str {
        match self {
            FlowAction::Navigate => "navigate",
            FlowAction::DataExchange => "data_exchange",
        }
    }
}

/// Whether a flow is sent as a draft or published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlowMode {
    /// `draft`
    Draft,
    /// `published`
    Published,
}

impl FlowMode {
    /// The API's name.
    pub const fn name(self) -> &'static str {
        match self {
            FlowMode::Draft => "draft",
            FlowMode::Published => "published",
        }
    }
}

/// The `data` of a flow's `flow_action_payload`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlowData<'a> {
    /// No data.
    Absent,
    /// A non-empty JSON object, as JSON text.
    Object(&'a str),
    /// Present and valid; its text is not known here.
    Checked,
    /// Present, but not a non-empty object.
    Invalid,
}

/// A flow message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flow<'a> {
    /// The header.
    pub header: Header<'a>,
    /// The body text.
    pub body: Text<'a>,
    /// The footer text.
    pub footer: Text<'a>,
    /// `flow_message_version`; `Absent` renders `"3"`.
    pub version: Text<'a>,
    /// `flow_id`
    pub flow_id: Text<'a>,
    /// `flow_name`
    pub flow_name: Text<'a>,
    /// `flow_cta`
    pub flow_cta: Text<'a>,
    /// `flow_token`
    pub flow_token: Text<'a>,
    /// `mode`
    pub mode: Option<FlowMode>,
    /// `flow_action`
    pub action: FlowAction,
    /// `flow_action_payload`: the screen and the data.
    pub payload: Option<(Text<'a>, FlowData<'a>)>,
}

/// Collects the violations of one message.
struct Checker {
    out: Vec<Violation>,
}

impl Checker {
    fn new() -> Self {
        Checker { out: Vec::new() }
    }

    fn push(&mut self, path: Path, kind: Kind) {
        self.out.push(Violation { path, kind });
    }

    /// Checks a text; `required` texts report `Missing` when absent.
    /// `at` is the path of the text, `key` the key reported when missing.
    fn text(&mut self, text: Text<'_>, field: Field, at: Path, required: Option<&'static str>) {
        match text {
            Text::Given(value) => {
                if let Err(problem) = field.check(value) {
                    self.push(at, Kind::Text { field, problem });
                }
            }
            Text::Absent => {
                if let Some(key) = required {
                    self.push(at, Kind::Missing { key });
                }
            }
            Text::Checked => {}
        }
    }

    fn wrapped_text(&mut self, text: Text<'_>, field: Field, key: &'static str, required: bool) {
        // `body` and `footer` are objects `{"text": …}`: a missing body is reported at `body`.
        let at = Path::root().key(key);
        if text.is_present() {
            self.text(text, field, at.key("text"), None);
        } else if required {
            self.push(at, Kind::Missing { key });
        }
    }

    fn body_footer(&mut self, body: Text<'_>, footer: Text<'_>) {
        self.wrapped_text(body, Field::Body, "body", true);
        self.wrapped_text(footer, Field::Footer, "footer", false);
    }

    fn header(&mut self, header: &Header<'_>, text_only: bool) {
        let at = Path::root().key("header");
        match header {
            Header::Absent => {}
            Header::Text(text) => {
                self.text(*text, Field::HeaderText, at.key("text"), Some("text"));
            }
            Header::Media(_) if text_only => self.push(at, Kind::ListHeaderNotText),
            Header::Media(media) => {
                let at = at.key(media.kind.name());
                match (media.id.is_present(), media.link.is_present()) {
                    (true, true) => self.push(at.key("link"), Kind::MediaIdAndLink),
                    (false, false) => self.push(at.clone(), Kind::MediaIdOrLinkMissing),
                    _ => {}
                }
                self.text(media.id, Field::MediaId, at.key("id"), None);
                self.text(media.link, Field::MediaLink, at.key("link"), None);
                if media.filename.is_present() && media.kind != MediaKind::Document {
                    self.push(at.key("filename"), Kind::FilenameNotDocument);
                } else {
                    self.text(media.filename, Field::Filename, at.key("filename"), None);
                }
            }
        }
    }

    /// `TooFew` at `holder` when there are fewer than `count` allows; items
    /// past the limit are reported one by one where they stand.
    fn too_few(&mut self, count: Count, total: usize, holder: &Path) {
        if total < count.min() {
            self.push(
                holder.clone(),
                Kind::TooFew {
                    count,
                    found: total,
                },
            );
        }
    }

    fn into_result(self) -> Result<(), Vec<Violation>> {
        if self.out.is_empty() {
            Ok(())
        } else {
            Err(self.out)
        }
    }
}

/// Remembers values that must be unique and reports the second use of each.
struct Unique<'a> {
    field: Field,
    seen: HashMap<&'a str, Path>,
}

impl<'a> Unique<'a> {
    fn new(field: Field) -> Self {
        Unique {
            field,
            seen: HashMap::new(),
        }
    }

    fn see(&mut self, checker: &mut Checker, text: Text<'a>, at: &Path) {
        if let Text::Given(value) = text {
            if let Some(first) = self.seen.get(value) {
                checker.push(
                    at.clone(),
                    Kind::Duplicate {
                        field: self.field,
                        value: value.to_owned(),
                        first: first.clone(),
                    },
                );
            } else {
                self.seen.insert(value, at.clone());
            }
        }
    }
}

impl List<'_> {
    /// Every rule a list message breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        c.header(&self.header, true);
        c.body_footer(self.body, self.footer);
        let action = Path::root().key("action");
        c.text(
            self.button,
            Field::ListButton,
            action.key("button"),
            Some("button"),
        );
        let Some(sections) = &self.sections else {
            c.push(action.key("sections"), Kind::Missing { key: "sections" });
            return c.into_result();
        };
        let sections_at = action.key("sections");
        c.too_few(Count::Sections, sections.len(), &sections_at);
        let mut ids = Unique::new(Field::RowId);
        let mut rows_seen = 0;
        for (i, section) in sections.iter().enumerate() {
            let at = sections_at.index(i);
            if i >= Count::Sections.max() {
                c.push(
                    at.clone(),
                    Kind::TooMany {
                        count: Count::Sections,
                        nth: i + 1,
                    },
                );
            }
            if sections.len() > 1 && !section.title.is_present() {
                c.push(
                    at.key("title"),
                    Kind::SectionTitleRequired {
                        sections: sections.len(),
                    },
                );
            }
            c.text(section.title, Field::SectionTitle, at.key("title"), None);
            let Some(rows) = &section.rows else {
                c.push(at.key("rows"), Kind::Missing { key: "rows" });
                continue;
            };
            c.too_few(Count::SectionRows, rows.len(), &at.key("rows"));
            for (j, row) in rows.iter().enumerate() {
                let at = at.key("rows").index(j);
                rows_seen += 1;
                if rows_seen > Count::Rows.max() {
                    c.push(
                        at.clone(),
                        Kind::TooMany {
                            count: Count::Rows,
                            nth: rows_seen,
                        },
                    );
                }
                c.text(row.id, Field::RowId, at.key("id"), Some("id"));
                ids.see(&mut c, row.id, &at.key("id"));
                c.text(row.title, Field::RowTitle, at.key("title"), Some("title"));
                c.text(
                    row.description,
                    Field::RowDescription,
                    at.key("description"),
                    None,
                );
            }
        }
        c.into_result()
    }
}

impl Buttons<'_> {
    /// Every rule a reply-buttons message breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        c.header(&self.header, false);
        c.body_footer(self.body, self.footer);
        let at = Path::root().key("action").key("buttons");
        let Some(buttons) = &self.buttons else {
            c.push(at, Kind::Missing { key: "buttons" });
            return c.into_result();
        };
        c.too_few(Count::Buttons, buttons.len(), &at);
        let mut ids = Unique::new(Field::ButtonId);
        let mut titles = Unique::new(Field::ButtonTitle);
        for (i, button) in buttons.iter().enumerate() {
            let at = at.index(i);
            if i >= Count::Buttons.max() {
                c.push(
                    at.clone(),
                    Kind::TooMany {
                        count: Count::Buttons,
                        nth: i + 1,
                    },
                );
            }
            let reply = at.key("reply");
            c.text(button.id, Field::ButtonId, reply.key("id"), Some("id"));
            ids.see(&mut c, button.id, &reply.key("id"));
            c.text(
                button.title,
                Field::ButtonTitle,
                reply.key("title"),
                Some("title"),
            );
            titles.see(&mut c, button.title, &reply.key("title"));
        }
        c.into_result()
    }
}

impl Location<'_> {
    /// Every rule a location request message breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        c.body_footer(self.body, Text::Absent);
        c.into_result()
    }
}

impl CtaUrl<'_> {
    /// Every rule a CTA URL message breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        c.header(&self.header, false);
        c.body_footer(self.body, self.footer);
        let at = Path::root().key("action").key("parameters");
        c.text(
            self.display_text,
            Field::DisplayText,
            at.key("display_text"),
            Some("display_text"),
        );
        c.text(self.url, Field::Url, at.key("url"), Some("url"));
        c.into_result()
    }
}

impl Flow<'_> {
    /// Every rule a flow message breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        c.header(&self.header, false);
        c.body_footer(self.body, self.footer);
        let at = Path::root().key("action").key("parameters");
        if let Text::Given(version) = self.version {
            if version != "3" {
                c.push(
                    at.key("flow_message_version"),
                    Kind::FlowVersion {
                        found: version.to_owned(),
                    },
                );
            }
        }
        match (self.flow_id.is_present(), self.flow_name.is_present()) {
            (true, true) => c.push(at.key("flow_name"), Kind::FlowIdAndName),
            (false, false) => c.push(at.clone(), Kind::FlowIdOrNameMissing),
            _ => {}
        }
        c.text(self.flow_id, Field::FlowId, at.key("flow_id"), None);
        c.text(self.flow_name, Field::FlowName, at.key("flow_name"), None);
        c.text(
            self.flow_cta,
            Field::FlowCta,
            at.key("flow_cta"),
            Some("flow_cta"),
        );
        c.text(
            self.flow_token,
            Field::FlowToken,
            at.key("flow_token"),
            None,
        );
        let payload_at = at.key("flow_action_payload");
        match (self.action, &self.payload) {
            (FlowAction::Navigate, None) => {
                c.push(payload_at.key("screen"), Kind::Missing { key: "screen" });
            }
            (FlowAction::DataExchange, Some(_)) => {
                c.push(payload_at, Kind::PayloadWithoutNavigate);
            }
            (FlowAction::Navigate, Some((screen, data))) => {
                c.text(
                    *screen,
                    Field::FlowScreen,
                    payload_at.key("screen"),
                    Some("screen"),
                );
                if *data == FlowData::Invalid {
                    c.push(payload_at.key("data"), Kind::FlowDataNotObject);
                }
            }
            (FlowAction::DataExchange, None) => {}
        }
        c.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::TextProblem;

    fn row(id: &'static str) -> Row<'static> {
        Row {
            id: Text::Given(id),
            title: Text::Given("t"),
            description: Text::Absent,
        }
    }

    fn list(sections: Vec<Section<'static>>) -> List<'static> {
        List {
            header: Header::Absent,
            body: Text::Given("b"),
            footer: Text::Absent,
            button: Text::Given("go"),
            sections: Some(sections),
        }
    }

    #[test]
    fn rows_are_counted_across_sections_and_ids_are_unique_across_them() {
        let ids: Vec<&'static str> = (0..12).map(|i| &*format!("r{i}").leak()).collect();
        let a = Section {
            title: Text::Given("A"),
            rows: Some(ids[..6].iter().map(|id| row(id)).collect()),
        };
        let mut b_rows: Vec<_> = ids[6..].iter().map(|id| row(id)).collect();
        b_rows.push(row("r0"));
        let b = Section {
            title: Text::Given("B"),
            rows: Some(b_rows),
        };
        let errors = list(vec![a, b]).check().unwrap_err();
        let rendered: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            rendered,
            [
                "action.sections[1].rows[4]: a list message has at most 10 rows in total; this is row 11",
                "action.sections[1].rows[5]: a list message has at most 10 rows in total; this is row 12",
                "action.sections[1].rows[6]: a list message has at most 10 rows in total; this is row 13",
                "action.sections[1].rows[6].id: duplicate row id \"r0\"",
            ]
        );
    }

    #[test]
    fn section_title_required_with_two_sections() {
        let a = Section {
            title: Text::Absent,
            rows: Some(vec![row("a")]),
        };
        let b = Section {
            title: Text::Given("B"),
            rows: Some(vec![row("b")]),
        };
        let errors = list(vec![a.clone(), b]).check().unwrap_err();
        assert_eq!(errors[0].kind, Kind::SectionTitleRequired { sections: 2 });
        assert_eq!(list(vec![a]).check(), Ok(()));
    }

    #[test]
    fn reports_every_problem() {
        let l = List {
            header: Header::Text(Text::Given("")),
            body: Text::Absent,
            footer: Text::Given(&"f".repeat(61)),
            button: Text::Given(&"b".repeat(21)),
            sections: Some(vec![]),
        };
        let kinds: Vec<Kind> = l.check().unwrap_err().into_iter().map(|v| v.kind).collect();
        assert_eq!(
            kinds,
            [
                Kind::Text {
                    field: Field::HeaderText,
                    problem: TextProblem::Empty
                },
                Kind::Missing { key: "body" },
                Kind::Text {
                    field: Field::Footer,
                    problem: TextProblem::TooLong { chars: 61, max: 60 }
                },
                Kind::Text {
                    field: Field::ListButton,
                    problem: TextProblem::TooLong { chars: 21, max: 20 }
                },
                Kind::TooFew {
                    count: Count::Sections,
                    found: 0
                },
            ]
        );
    }
}
