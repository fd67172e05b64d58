//! Reply-buttons messages: up to three buttons under the body.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use wa_interactive_core::shape;

use crate::common::{
    Str, TextJson, body_footer_setters, deserialize_checked, head, header_setter, opt, opt_text,
};
use crate::error::{ValidationError, checked};
use crate::header::{Header, HeaderJson};
use crate::raw::{Render, Rendered};
use crate::text::{Body, ButtonId, ButtonTitle, Footer};

/// A reply-buttons message (`"type": "button"`).
///
/// Made by [`reply_buttons!`](crate::reply_buttons), by
/// [`ButtonMessage::builder`], or by `Deserialize`; each checks every rule.
#[derive(Clone, Debug, PartialEq)]
pub struct ButtonMessage {
    pub(crate) header: Option<Header>,
    pub(crate) body: Body,
    pub(crate) footer: Option<Footer>,
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
}

impl ButtonMessage {
    /// A builder for buttons known only at run time.
    pub fn builder() -> ButtonBuilder {
        ButtonBuilder::default()
    }

    /// The header.
    pub fn header(&self) -> Option<&Header> {
        self.header.as_ref()
    }

    /// The body text.
    pub fn body(&self) -> &Body {
        &self.body
    }

    /// The footer text.
    pub fn footer(&self) -> Option<&Footer> {
        self.footer.as_ref()
    }

    /// The buttons.
    pub fn buttons(&self) -> &[ReplyButton] {
        &self.buttons
    }

    /// The `interactive` JSON: the bytes rendered at compile time for a
    /// literal message, otherwise rendered now.
    pub fn to_json(&self) -> Cow<'static, str> {
        Render::json(self)
    }

    pub(crate) fn shape(&self) -> shape::Buttons<'_> {
        shape::Buttons {
            header: self
                .header
                .as_ref()
                .map_or(shape::Header::Absent, Header::shape),
            body: shape::Text::Given(&self.body),
            footer: opt(self.footer.as_ref()),
            buttons: Some(
                self.buttons
                    .iter()
                    .map(|b| shape::Reply {
                        id: shape::Text::Given(&b.id),
                        title: shape::Text::Given(&b.title),
                    })
                    .collect(),
            ),
        }
    }
}

impl Serialize for ReplyButton {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Reply<'a>(&'a ReplyButton);
        impl Serialize for Reply<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_struct("Reply", 2)?;
                s.serialize_field("id", &self.0.id)?;
                s.serialize_field("title", &self.0.title)?;
                s.end()
            }
        }
        let mut s = serializer.serialize_struct("ReplyButton", 2)?;
        s.serialize_field("type", "reply")?;
        s.serialize_field("reply", &Reply(self))?;
        s.end()
    }
}

impl<'de> Deserialize<'de> for ReplyButton {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let json = ReplyButtonJson::deserialize(deserializer)?;
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
        let serializer = match self.rendered.serialize(serializer) {
            Ok(done) => return done,
            Err(serializer) => serializer,
        };
        let mut s = serializer.serialize_struct("ButtonMessage", 5)?;
        head(
            &mut s,
            "button",
            self.header.as_ref(),
            &self.body,
            self.footer.as_ref(),
        )?;
        s.serialize_field("action", &Action(&self.buttons))?;
        s.end()
    }
}

// ---- unchecked form ----

#[derive(Clone, Copy, Debug, Default, PartialEq, Deserialize)]
enum ButtonTag {
    #[default]
    #[serde(rename = "button")]
    Button,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct ButtonsJson {
    #[serde(rename = "type")]
    _kind: ButtonTag,
    header: Option<HeaderJson>,
    body: Option<TextJson>,
    footer: Option<TextJson>,
    action: Option<ButtonsActionJson>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct ButtonsActionJson {
    buttons: Option<Vec<ReplyButtonJson>>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Deserialize)]
enum ReplyTag {
    #[default]
    #[serde(rename = "reply")]
    Reply,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReplyButtonJson {
    #[serde(rename = "type")]
    _kind: ReplyTag,
    reply: ReplyJson,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReplyJson {
    id: Option<Str>,
    title: Option<Str>,
}

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
            header: self.header.map(HeaderJson::into_checked),
            body: Body::from_checked(self.body.map(|b| b.text).unwrap_or_default()),
            footer: self.footer.map(|f| Footer::from_checked(f.text)),
            buttons: buttons
                .into_iter()
                .map(|b| ReplyButton {
                    id: ButtonId::from_checked(b.reply.id.unwrap_or_default()),
                    title: ButtonTitle::from_checked(b.reply.title.unwrap_or_default()),
                })
                .collect(),
            rendered: Rendered(None),
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
    pub fn button(mut self, id: impl Into<Str>, title: impl Into<Str>) -> Self {
        let action = self.json.action.get_or_insert_with(Default::default);
        action
            .buttons
            .get_or_insert_with(Vec::new)
            .push(ReplyButtonJson {
                _kind: ReplyTag::Reply,
                reply: ReplyJson {
                    id: Some(id.into()),
                    title: Some(title.into()),
                },
            });
        self
    }

    /// Checks every rule; the message, or every violation with its JSON path.
    pub fn build(self) -> Result<ButtonMessage, ValidationError> {
        self.json.into_message()
    }
}

impl Render for ButtonMessage {
    fn rendered(&self) -> Rendered {
        self.rendered
    }

    fn render(&self, out: &mut String) {
        // Every text of a message is known, so the writer always completes.
        let _ = self.shape().write_json(out);
    }
}
