//! CTA URL messages: a button that opens a web page.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use wa_interactive_core::shape;

use crate::common::{
    CowStr, Head, NamedAction, TextObjectJson, body_footer_setters, deserialize_checked,
    head_getters, header_setter, opt, opt_text,
};
use crate::error::{ValidationError, checked};
use crate::header::HeaderJson;
use crate::read::from_json;
use crate::rendered::{JsonWriter, Rendered};
use crate::text::{Body, DisplayText, Footer, Url};

/// A CTA URL message (`"type": "cta_url"`).
#[derive(Clone, Debug, PartialEq)]
pub struct CtaUrlMessage {
    pub(crate) head: Head,
    pub(crate) display_text: DisplayText,
    pub(crate) url: Url,
    pub(crate) rendered: Rendered,
}

impl CtaUrlMessage {
    /// A builder for a CTA URL message known only at run time.
    pub fn builder() -> CtaUrlBuilder {
        CtaUrlBuilder::default()
    }

    head_getters!(any);

    /// The button text.
    pub fn display_text(&self) -> &DisplayText {
        &self.display_text
    }

    /// The URL the button opens.
    pub fn url(&self) -> &Url {
        &self.url
    }

    /// Writes the `interactive` object.
    fn write(&self, w: &mut JsonWriter<'_>) {
        self.head.write(w, "cta_url");
        w.key(false, "action");
        w.raw("{\"name\":\"cta_url\",\"parameters\":{");
        w.key(true, "display_text");
        w.string(self.display_text.as_str());
        w.field("url", self.url.as_str());
        w.raw("}}}");
    }
}

impl Serialize for CtaUrlMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Parameters<'a>(&'a CtaUrlMessage);
        impl Serialize for Parameters<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_struct("Parameters", 2)?;
                s.serialize_field("display_text", &self.0.display_text)?;
                s.serialize_field("url", &self.0.url)?;
                s.end()
            }
        }
        let mut s = serializer.serialize_struct("CtaUrlMessage", self.head.fields() + 1)?;
        self.head.serialize(&mut s, "cta_url")?;
        s.serialize_field("action", &NamedAction("cta_url", Parameters(self)))?;
        s.end()
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
struct CtaJson {
    header: Option<HeaderJson>,
    body: Option<TextObjectJson>,
    footer: Option<TextObjectJson>,
    action: Option<CtaActionJson>,
}

from_json!(CtaJson { "type" = "cta_url", header, body, footer, action });

#[derive(Clone, Debug, Default, PartialEq)]
struct CtaActionJson {
    parameters: CtaParametersJson,
}

from_json!(CtaActionJson { "name" = "cta_url", parameters });

#[derive(Clone, Debug, Default, PartialEq)]
struct CtaParametersJson {
    display_text: Option<CowStr>,
    url: Option<CowStr>,
}

from_json!(CtaParametersJson { display_text, url });

impl CtaJson {
    fn shape(&self) -> shape::CtaUrl<'_> {
        let parameters = self.action.as_ref().map(|a| &a.parameters);
        shape::CtaUrl {
            header: self
                .header
                .as_ref()
                .map_or(shape::Header::Absent, HeaderJson::shape),
            body: opt_text(self.body.as_ref()),
            footer: opt_text(self.footer.as_ref()),
            display_text: opt(parameters.and_then(|p| p.display_text.as_ref())),
            url: opt(parameters.and_then(|p| p.url.as_ref())),
        }
    }

    fn into_message(self) -> Result<CtaUrlMessage, ValidationError> {
        checked(self.shape().check())?;
        let parameters = self.action.map(|a| a.parameters).unwrap_or_default();
        Ok(CtaUrlMessage {
            head: Head::new(
                self.header.map(HeaderJson::into_checked),
                Body::from_checked(self.body.map(|b| b.text).unwrap_or_default()),
                self.footer.map(|f| Footer::from_checked(f.text)),
            ),
            display_text: DisplayText::from_checked(parameters.display_text.unwrap_or_default()),
            url: Url::from_checked(parameters.url.unwrap_or_default()),
            rendered: Rendered::NONE,
        })
    }

    fn parameters(&mut self) -> &mut CtaParametersJson {
        &mut self.action.get_or_insert_with(Default::default).parameters
    }
}

deserialize_checked!(CtaUrlMessage, CtaJson);

/// Builds a [`CtaUrlMessage`] from run-time content.
///
/// ```
/// use wa_interactive::CtaUrlMessage;
///
/// let msg = CtaUrlMessage::builder()
///     .body("Track your parcel")
///     .display_text("Track")
///     .url("https://example.com/track/42")
///     .build()?;
/// assert_eq!(msg.url(), "https://example.com/track/42");
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct CtaUrlBuilder {
    json: CtaJson,
}

impl CtaUrlBuilder {
    header_setter!();

    body_footer_setters!();

    /// The button text.
    pub fn display_text(mut self, text: impl Into<String>) -> Self {
        self.json.parameters().display_text = Some(Cow::Owned(text.into()));
        self
    }

    /// The URL the button opens.
    pub fn url(mut self, url: impl Into<String>) -> Self {
        self.json.parameters().url = Some(Cow::Owned(url.into()));
        self
    }

    /// Checks every rule; the message, or every violation with its JSON path.
    pub fn build(self) -> Result<CtaUrlMessage, ValidationError> {
        self.json.into_message()
    }
}
