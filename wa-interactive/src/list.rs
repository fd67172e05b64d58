//! List messages: a menu button that opens up to 10 rows in up to 10 sections.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use wa_interactive_core::shape;

use crate::common::{
    CowStr, Head, TextObjectJson, body_footer_setters, deserialize_checked, head_getters, opt,
    opt_text,
};
use crate::error::{ValidationError, checked};
use crate::header::HeaderJson;
use crate::read::{At, FormError, FromJson, Json, Object, from_json, read};
use crate::rendered::{JsonWriter, Rendered};
use crate::text::{Body, Footer, ListButton, RowDescription, RowId, RowTitle, SectionTitle};

/// A list message (`"type": "list"`).
///
/// Made by [`interactive_list!`](crate::interactive_list), by
/// [`ListMessage::builder`], or by `Deserialize`; each checks every rule, so a
/// `ListMessage` that exists is one WhatsApp accepts.
#[derive(Clone, Debug, PartialEq)]
pub struct ListMessage {
    /// The header is text only.
    pub(crate) head: Head,
    pub(crate) button: ListButton,
    pub(crate) sections: Cow<'static, [Section]>,
    pub(crate) rendered: Rendered,
}

/// A section of a list message.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub(crate) title: Option<SectionTitle>,
    pub(crate) rows: Cow<'static, [Row]>,
}

/// A row of a list message.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub(crate) id: RowId,
    pub(crate) title: RowTitle,
    pub(crate) description: Option<RowDescription>,
}

impl ListMessage {
    /// A builder for a list whose content is known only at run time.
    pub fn builder() -> ListBuilder {
        ListBuilder::default()
    }

    head_getters!(text);

    /// The text of the button that opens the list.
    pub fn button(&self) -> &ListButton {
        &self.button
    }

    /// The sections.
    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    /// Every row, across sections.
    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.sections.iter().flat_map(|s| s.rows.iter())
    }

    /// Writes the `interactive` object.
    fn write(&self, w: &mut JsonWriter<'_>) {
        self.head.write(w, "list");
        w.key(false, "action");
        w.raw("{");
        w.key(true, "button");
        w.string(self.button.as_str());
        w.key(false, "sections");
        let sections = &self.sections;
        w.array(sections.len(), &mut |w, i| {
            let section = &sections[i];
            let rows = &section.rows;
            let title = section.title.as_ref().map(SectionTitle::as_str);
            w.section(title, "rows", rows.len(), &mut |w, r| rows[r].write(w));
        });
        w.raw("}}");
    }
}

impl Section {
    /// A section of checked rows. Counts (at least one row, at most 10 in a
    /// list) are checked when the section becomes part of a list.
    pub fn new(title: Option<SectionTitle>, rows: impl Into<Vec<Row>>) -> Self {
        Section {
            title,
            rows: Cow::Owned(rows.into()),
        }
    }

    /// The title.
    pub fn title(&self) -> Option<&SectionTitle> {
        self.title.as_ref()
    }

    /// The rows.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }
}

impl Row {
    /// A row of checked texts.
    pub fn new(id: RowId, title: RowTitle) -> Self {
        Row {
            id,
            title,
            description: None,
        }
    }

    /// The row with a description.
    #[must_use]
    pub fn with_description(mut self, description: RowDescription) -> Self {
        self.description = Some(description);
        self
    }

    /// The id sent back when the row is picked.
    pub fn id(&self) -> &RowId {
        &self.id
    }

    /// The title.
    pub fn title(&self) -> &RowTitle {
        &self.title
    }

    /// The description.
    pub fn description(&self) -> Option<&RowDescription> {
        self.description.as_ref()
    }

    fn write(&self, w: &mut JsonWriter<'_>) {
        w.raw("{");
        w.key(true, "id");
        w.string(self.id.as_str());
        w.field("title", self.title.as_str());
        if let Some(description) = &self.description {
            w.field("description", description.as_str());
        }
        w.raw("}");
    }
}

impl Serialize for ListMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Action<'a>(&'a ListMessage);
        impl Serialize for Action<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_struct("Action", 2)?;
                s.serialize_field("button", &self.0.button)?;
                s.serialize_field("sections", &self.0.sections)?;
                s.end()
            }
        }
        let mut s = serializer.serialize_struct("ListMessage", self.head.fields() + 1)?;
        self.head.serialize(&mut s, "list")?;
        s.serialize_field("action", &Action(self))?;
        s.end()
    }
}

impl Serialize for Section {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s =
            serializer.serialize_struct("Section", 1 + usize::from(self.title.is_some()))?;
        if let Some(title) = &self.title {
            s.serialize_field("title", title)?;
        }
        s.serialize_field("rows", &self.rows)?;
        s.end()
    }
}

impl Serialize for Row {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields = 2 + usize::from(self.description.is_some());
        let mut s = serializer.serialize_struct("Row", fields)?;
        s.serialize_field("id", &self.id)?;
        s.serialize_field("title", &self.title)?;
        if let Some(description) = &self.description {
            s.serialize_field("description", description)?;
        }
        s.end()
    }
}

/// A section read alone checks its texts (the counts and unique ids are
/// rules of the message).
impl FromJson for Section {
    fn from_json(json: Json, at: At<'_>) -> Result<Self, FormError> {
        let mut object = Object::new(json, at, &["title", "rows"])?;
        Ok(Section {
            title: object.take("title")?,
            rows: Cow::Owned(object.take("rows")?),
        })
    }
}

from_json!(Row {
    id,
    title,
    description
});

impl<'de> Deserialize<'de> for Section {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read(deserializer)
    }
}

impl<'de> Deserialize<'de> for Row {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read(deserializer)
    }
}

// ---- unchecked form: what builders collect and `Deserialize` reads ----

#[derive(Clone, Debug, Default, PartialEq)]
struct ListJson {
    header: Option<HeaderJson>,
    body: Option<TextObjectJson>,
    footer: Option<TextObjectJson>,
    action: Option<ListActionJson>,
}

from_json!(ListJson { "type" = "list", header, body, footer, action });

#[derive(Clone, Debug, Default, PartialEq)]
struct ListActionJson {
    button: Option<CowStr>,
    sections: Option<Vec<SectionJson>>,
}

from_json!(ListActionJson { button, sections });

#[derive(Clone, Debug, Default, PartialEq)]
struct SectionJson {
    title: Option<CowStr>,
    rows: Option<Vec<RowJson>>,
}

from_json!(SectionJson { title, rows });

#[derive(Clone, Debug, Default, PartialEq)]
struct RowJson {
    id: Option<CowStr>,
    title: Option<CowStr>,
    description: Option<CowStr>,
}

from_json!(RowJson {
    id,
    title,
    description
});

impl ListJson {
    fn shape(&self) -> shape::List<'_> {
        let action = self.action.as_ref();
        shape::List {
            header: self
                .header
                .as_ref()
                .map_or(shape::Header::Absent, HeaderJson::shape),
            body: opt_text(self.body.as_ref()),
            footer: opt_text(self.footer.as_ref()),
            button: opt(action.and_then(|a| a.button.as_ref())),
            sections: action.and_then(|a| a.sections.as_ref()).map(|sections| {
                sections
                    .iter()
                    .map(|s| shape::Section {
                        title: opt(s.title.as_ref()),
                        rows: s.rows.as_ref().map(|rows| {
                            rows.iter()
                                .map(|r| shape::Row {
                                    id: opt(r.id.as_ref()),
                                    title: opt(r.title.as_ref()),
                                    description: opt(r.description.as_ref()),
                                })
                                .collect()
                        }),
                    })
                    .collect()
            }),
        }
    }

    fn into_message(self) -> Result<ListMessage, ValidationError> {
        checked(self.shape().check())?;
        let action = self.action.unwrap_or_default();
        let sections = action
            .sections
            .unwrap_or_default()
            .into_iter()
            .map(|s| Section {
                title: s.title.map(SectionTitle::from_checked),
                rows: s
                    .rows
                    .unwrap_or_default()
                    .into_iter()
                    .map(|r| Row {
                        id: RowId::from_checked(r.id.unwrap_or_default()),
                        title: RowTitle::from_checked(r.title.unwrap_or_default()),
                        description: r.description.map(RowDescription::from_checked),
                    })
                    .collect(),
            });
        Ok(ListMessage {
            // The check accepts only text headers on a list.
            head: Head::new(
                self.header.map(HeaderJson::into_checked),
                Body::from_checked(self.body.map(|b| b.text).unwrap_or_default()),
                self.footer.map(|f| Footer::from_checked(f.text)),
            ),
            button: ListButton::from_checked(action.button.unwrap_or_default()),
            sections: Cow::Owned(sections.collect()),
            rendered: Rendered::NONE,
        })
    }
}

deserialize_checked!(ListMessage, ListJson);

/// Builds a [`ListMessage`] from run-time content; [`build`](ListBuilder::build)
/// checks every rule and reports every violation.
///
/// ```
/// use wa_interactive::ListMessage;
/// use wa_interactive::list::{RowDraft, SectionDraft};
///
/// let slots = [("slot-0900", "09:00"), ("slot-1000", "10:00")];
/// let menu = ListMessage::builder()
///     .body("Pick a time that suits you.")
///     .button("View slots")
///     .section(
///         SectionDraft::new()
///             .title("Morning")
///             .rows(slots.iter().map(|(id, title)| RowDraft::new(*id, *title))),
///     )
///     .build()?;
/// assert_eq!(menu.rows().count(), 2);
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct ListBuilder {
    json: ListJson,
}

impl Default for ListBuilder {
    /// A builder with no sections yet (building it reports "needs at least 1 section").
    fn default() -> Self {
        let action = ListActionJson {
            button: None,
            sections: Some(Vec::new()),
        };
        ListBuilder {
            json: ListJson {
                action: Some(action),
                ..ListJson::default()
            },
        }
    }
}

impl ListBuilder {
    crate::common::text_header_setter!("a list");

    body_footer_setters!();

    /// The text of the button that opens the list.
    pub fn button(mut self, text: impl Into<String>) -> Self {
        self.json.action.get_or_insert_with(Default::default).button =
            Some(Cow::Owned(text.into()));
        self
    }

    /// Adds a section.
    pub fn section(mut self, section: SectionDraft) -> Self {
        let action = self.json.action.get_or_insert_with(Default::default);
        action
            .sections
            .get_or_insert_with(Vec::new)
            .push(section.json);
        self
    }

    /// Adds sections.
    pub fn sections(self, sections: impl IntoIterator<Item = SectionDraft>) -> Self {
        sections.into_iter().fold(self, ListBuilder::section)
    }

    /// Checks every rule; the message, or every violation with its JSON path.
    pub fn build(self) -> Result<ListMessage, ValidationError> {
        self.json.into_message()
    }
}

/// A list section for [`ListBuilder`].
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct SectionDraft {
    json: SectionJson,
}

impl Default for SectionDraft {
    fn default() -> Self {
        SectionDraft {
            json: SectionJson {
                title: None,
                rows: Some(Vec::new()),
            },
        }
    }
}

impl SectionDraft {
    /// A section with no title and no rows yet.
    pub fn new() -> Self {
        SectionDraft::default()
    }

    /// The section title.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.json.title = Some(Cow::Owned(title.into()));
        self
    }

    /// Adds a row.
    pub fn row(mut self, row: RowDraft) -> Self {
        self.json.rows.get_or_insert_with(Vec::new).push(row.json);
        self
    }

    /// Adds rows.
    pub fn rows(self, rows: impl IntoIterator<Item = RowDraft>) -> Self {
        rows.into_iter().fold(self, SectionDraft::row)
    }
}

/// A list row for [`SectionDraft`].
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct RowDraft {
    json: RowJson,
}

impl RowDraft {
    /// A row with its id and title.
    pub fn new(id: impl Into<String>, title: impl Into<String>) -> Self {
        RowDraft {
            json: RowJson {
                id: Some(Cow::Owned(id.into())),
                title: Some(Cow::Owned(title.into())),
                description: None,
            },
        }
    }

    /// The row description.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.json.description = Some(Cow::Owned(description.into()));
        self
    }
}
