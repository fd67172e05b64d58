//! CTA URL messages: a button that opens a web page.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use wa_interactive_core::shape;

use crate::common::{
    NamedAction, Str, TextJson, body_footer_setters, deserialize_checked, head, header_setter, opt,
    opt_text,
};
use crate::error::{ValidationError, checked};
use crate::header::{Header, HeaderJson};
use crate::raw::{Render, Rendered};
use crate::text::{Body, DisplayText, Footer, Url};

/// A CTA URL message (`"type": "cta_url"`).
#[derive(Clone, Debug, PartialEq)]
pub struct CtaUrlMessage {
    pub(crate) header: Option<Header>,
    pub(crate) body: Body,
    pub(crate) footer: Option<Footer>,
    pub(crate) display_text: DisplayText,
    pub(crate) url: Url,
    pub(crate) rendered: Rendered,
}

impl CtaUrlMessage {
    /// A builder for a CTA URL message known only at run time.
    pub fn builder() -> CtaUrlBuilder {
        CtaUrlBuilder::default()
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

    /// The button text.
    pub fn display_text(&self) -> &DisplayText {
        &self.display_text
    }

    /// The URL the button opens.
    pub fn url(&self) -> &Url {
        &self.url
    }

    /// The `interactive` JSON.
    pub fn to_json(&self) -> Cow<'static, str> {
        Render::json(self)
    }

    pub(crate) fn shape(&self) -> shape::CtaUrl<'_> {
        shape::CtaUrl {
            header: self
                .header
                .as_ref()
                .map_or(shape::Header::Absent, Header::shape),
            body: shape::Text::Given(&self.body),
            footer: opt(self.footer.as_ref()),
            display_text: shape::Text::Given(&self.display_text),
            url: shape::Text::Given(&self.url),
        }
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
        let serializer = match self.rendered.serialize(serializer) {
            Ok(done) => return done,
            Err(serializer) => serializer,
        };
        let mut s = serializer.serialize_struct("CtaUrlMessage", 5)?;
        head(
            &mut s,
            "cta_url",
            self.header.as_ref(),
            &self.body,
            self.footer.as_ref(),
        )?;
        s.serialize_field("action", &NamedAction("cta_url", Parameters(self)))?;
        s.end()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Deserialize)]
enum CtaTag {
    #[default]
    #[serde(rename = "cta_url")]
    CtaUrl,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct CtaJson {
    #[serde(rename = "type")]
    _kind: CtaTag,
    header: Option<HeaderJson>,
    body: Option<TextJson>,
    footer: Option<TextJson>,
    action: Option<CtaActionJson>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct CtaActionJson {
    #[serde(rename = "name")]
    _name: CtaTag,
    parameters: CtaParametersJson,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct CtaParametersJson {
    display_text: Option<Str>,
    url: Option<Str>,
}

impl CtaJson {
    fn shape(&self) -> shape::CtaUrl<'_> {
        let params = self.action.as_ref().map(|a| &a.parameters);
        shape::CtaUrl {
            header: self
                .header
                .as_ref()
                .map_or(shape::Header::Absent, HeaderJson::shape),
            body: opt_text(self.body.as_ref()),
            footer: opt_text(self.footer.as_ref()),
            display_text: opt(params.and_then(|p| p.display_text.as_ref())),
            url: opt(params.and_then(|p| p.url.as_ref())),
        }
    }

    fn into_message(self) -> Result<CtaUrlMessage, ValidationError> {
        checked(self.shape().check())?;
        let params = self.action.map(|a| a.parameters).unwrap_or_default();
        Ok(CtaUrlMessage {
            header: self.header.map(HeaderJson::into_checked),
            body: Body::from_checked(self.body.map(|b| b.text).unwrap_or_default()),
            footer: self.footer.map(|f| Footer::from_checked(f.text)),
            display_text: DisplayText::from_checked(params.display_text.unwrap_or_default()),
            url: Url::from_checked(params.url.unwrap_or_default()),
            rendered: Rendered(None),
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
    pub fn display_text(mut self, text: impl Into<Str>) -> Self {
        self.json.parameters().display_text = Some(text.into());
        self
    }

    /// The URL the button opens.
    pub fn url(mut self, url: impl Into<Str>) -> Self {
        self.json.parameters().url = Some(url.into());
        self
    }

    /// Checks every rule; the message, or every violation with its JSON path.
    pub fn build(self) -> Result<CtaUrlMessage, ValidationError> {
        self.json.into_message()
    }
}

impl Render for CtaUrlMessage {
    fn rendered(&self) -> Rendered {
        self.rendered
    }

    fn render(&self, out: &mut String) {
        // Every text of a message is known, so the writer always completes.
        let _ = self.shape().write_json(out);
    }
}
