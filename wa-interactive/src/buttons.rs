//! Reply-buttons messages: up to three buttons under the body.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use wa_interactive_core::shape;

use crate::common::{
    CowStr, Head, TextObjectJson, body_footer_setters, deserialize_checked, head_getters,
    header_setter, opt, opt_text,
};
use crate::error::{ValidationError, checked};
use crate::header::HeaderJson;
use crate::read::{from_json, read};
use crate::rendered::{JsonWriter, Rendered};
use crate::text::{Body, ButtonId, ButtonTitle, Footer};

/// A reply-buttons message (`"type": "button"`).
///
/// Made by [`reply_buttons!`](crate::reply_buttons), by
/// [`ButtonMessage::builder`], or by `Deserialize`; each checks every rule.
#[derive(Clone, Debug, PartialEq)]
pub struct ButtonMessage {
    pub(crate) head: Head,
    pub(crate) buttons: Cow<'static, [ReplyButton]>,
    pub(crate) rendered: Rendered,
}

/// A reply button: the id sent back when it is tapped, and its title.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplyButton {
    pub(crate) id: ButtonId,
    pub(crate) title: ButtonTitle,
}

impl ReplyButton {
    /// A button of checked texts.
    pub fn new(id: ButtonId, title: ButtonTitle) -> Self {
        ReplyButton { id, title }
    }

    /// The id sent back when the button is tapped.
    pub fn id(&self) -> &ButtonId {
        &self.id
    }

    /// The title.
    pub fn title(&self) -> &ButtonTitle {
        &self.title
    }

    /// `{"id":…,"title":…}`: the object of a reply button (`reply`) or of a
    /// carousel's quick reply (`quick_reply`).
    pub(crate) fn write_object(&self, w: &mut JsonWriter<'_>) {
        w.raw("{");
        w.key(true, "id");
        w.string(self.id.as_str());
        w.field("title", self.title.as_str());
        w.raw("}");
    }
}

/// Serializes `{"id": …, "title": …}`, the object of a reply button or of a
/// carousel's quick reply.
pub(crate) struct ReplyObject<'a>(pub(crate) &'a ReplyButton);

impl Serialize for ReplyObject<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Reply", 2)?;
        s.serialize_field("id", &self.0.id)?;
        s.serialize_field("title", &self.0.title)?;
        s.end()
    }
}

impl ButtonMessage {
    /// A builder for buttons known only at run time.
    pub fn builder() -> ButtonBuilder {
        ButtonBuilder::default()
    }

    head_getters!(any);

    /// The buttons.
    pub fn buttons(&self) -> &[ReplyButton] {
        &self.buttons
    }

    /// Writes the `interactive` object.
    fn write(&self, w: &mut JsonWriter<'_>) {
        self.head.write(w, "button");
        w.key(false, "action");
        w.raw("{");
        w.key(true, "buttons");
        let buttons = &self.buttons;
        w.array(buttons.len(), &mut |w, i| {
            w.raw("{\"type\":\"reply\",\"reply\":");
            buttons[i].write_object(w);
            w.raw("}");
        });
        w.raw("}}");
    }
}

impl Serialize for ReplyButton {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("ReplyButton", 2)?;
        s.serialize_field("type", "reply")?;
        s.serialize_field("reply", &ReplyObject(self))?;
        s.end()
    }
}

impl<'de> Deserialize<'de> for ReplyButton {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let json: ReplyButtonJson = read(deserializer)?;
        let id = json.reply.id.ok_or_else(|| D::Error::missing_field("id"))?;
        let title = json
            .reply
            .title
            .ok_or_else(|| D::Error::missing_field("title"))?;
        Ok(ReplyButton {
            id: ButtonId::new(id).map_err(D::Error::custom)?,
            title: ButtonTitle::new(title).map_err(D::Error::custom)?,
        })
    }
}

impl Serialize for ButtonMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Action<'a>(&'a [ReplyButton]);
        impl Serialize for Action<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_struct("Action", 1)?;
                s.serialize_field("buttons", self.0)?;
                s.end()
            }
        }
        let mut s = serializer.serialize_struct("ButtonMessage", self.head.fields() + 1)?;
        self.head.serialize(&mut s, "button")?;
        s.serialize_field("action", &Action(&self.buttons))?;
        s.end()
    }
}

// ---- unchecked form ----

#[derive(Clone, Debug, Default, PartialEq)]
struct ButtonsJson {
    header: Option<HeaderJson>,
    body: Option<TextObjectJson>,
    footer: Option<TextObjectJson>,
    action: Option<ButtonsActionJson>,
}

from_json!(ButtonsJson { "type" = "button", header, body, footer, action });

#[derive(Clone, Debug, Default, PartialEq)]
struct ButtonsActionJson {
    buttons: Option<Vec<ReplyButtonJson>>,
}

from_json!(ButtonsActionJson { buttons });

#[derive(Clone, Debug, Default, PartialEq)]
struct ReplyButtonJson {
    reply: ReplyJson,
}

from_json!(ReplyButtonJson { "type" = "reply", reply });

#[derive(Clone, Debug, Default, PartialEq)]
struct ReplyJson {
    id: Option<CowStr>,
    title: Option<CowStr>,
}

from_json!(ReplyJson { id, title });

impl ButtonsJson {
    fn shape(&self) -> shape::Buttons<'_> {
        shape::Buttons {
            header: self
                .header
                .as_ref()
                .map_or(shape::Header::Absent, HeaderJson::shape),
            body: opt_text(self.body.as_ref()),
            footer: opt_text(self.footer.as_ref()),
            buttons: self
                .action
                .as_ref()
                .and_then(|a| a.buttons.as_ref())
                .map(|buttons| {
                    buttons
                        .iter()
                        .map(|b| shape::Reply {
                            id: opt(b.reply.id.as_ref()),
                            title: opt(b.reply.title.as_ref()),
                        })
                        .collect()
                }),
        }
    }

    fn into_message(self) -> Result<ButtonMessage, ValidationError> {
        checked(self.shape().check())?;
        let buttons = self.action.and_then(|a| a.buttons).unwrap_or_default();
        Ok(ButtonMessage {
            head: Head::new(
                self.header.map(HeaderJson::into_checked),
                Body::from_checked(self.body.map(|b| b.text).unwrap_or_default()),
                self.footer.map(|f| Footer::from_checked(f.text)),
            ),
            buttons: buttons
                .into_iter()
                .map(|b| ReplyButton {
                    id: ButtonId::from_checked(b.reply.id.unwrap_or_default()),
                    title: ButtonTitle::from_checked(b.reply.title.unwrap_or_default()),
                })
                .collect(),
            rendered: Rendered::NONE,
        })
    }
}

deserialize_checked!(ButtonMessage, ButtonsJson);

/// Builds a [`ButtonMessage`] from run-time content; [`build`](ButtonBuilder::build)
/// checks every rule and reports every violation.
///
/// ```
/// use wa_interactive::{ButtonMessage, HeaderDraft};
///
/// let msg = ButtonMessage::builder()
///     .header(HeaderDraft::image_link("https://example.com/cake.png"))
///     .body("Confirm your order?")
///     .button("confirm", "Yes, confirm")
///     .button("cancel", "No, cancel")
///     .build()?;
/// assert_eq!(msg.buttons().len(), 2);
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct ButtonBuilder {
    json: ButtonsJson,
}

impl Default for ButtonBuilder {
    /// A builder with no buttons yet (building it reports "needs at least 1 button").
    fn default() -> Self {
        let action = ButtonsActionJson {
            buttons: Some(Vec::new()),
        };
        ButtonBuilder {
            json: ButtonsJson {
                action: Some(action),
                ..ButtonsJson::default()
            },
        }
    }
}

impl ButtonBuilder {
    header_setter!();

    body_footer_setters!();

    /// Adds a button.
    pub fn button(mut self, id: impl Into<String>, title: impl Into<String>) -> Self {
        let action = self.json.action.get_or_insert_with(Default::default);
        action
            .buttons
            .get_or_insert_with(Vec::new)
            .push(ReplyButtonJson {
                reply: ReplyJson {
                    id: Some(Cow::Owned(id.into())),
                    title: Some(Cow::Owned(title.into())),
                },
            });
        self
    }

    /// Checks every rule; the message, or every violation with its JSON path.
    pub fn build(self) -> Result<ButtonMessage, ValidationError> {
        self.json.into_message()
    }
}
