//! What every message kind shares, defined once: the `header`/`body`/`footer`
//! head and its getters, its JSON (serde and the const writer), the `{"text":
//! …}` objects, the `type` tags, `Deserialize` through a checked form, and
//! the builders' common setters.

use std::borrow::Cow;
use std::marker::PhantomData;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use wa_interactive_core::shape;

use crate::header::{Header, HeaderJson};
use crate::read::{At, FormError, FromJson, Json, Object, Present, from_json};
use crate::rendered::JsonWriter;
use crate::text::{Body, Footer};

/// Text in the unchecked JSON forms that builders collect and `Deserialize`
/// reads: owned, or borrowed from a literal.
pub(crate) type CowStr = Cow<'static, str>;

/// The head of a message: `header`, `body` and `footer`. Which headers a
/// kind takes (none, text only, any) is up to its constructors.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Head {
    pub(crate) header: Option<Header>,
    pub(crate) body: Body,
    pub(crate) footer: Option<Footer>,
}

impl Head {
    /// A head of checked parts.
    pub(crate) const fn new(header: Option<Header>, body: Body, footer: Option<Footer>) -> Self {
        Head {
            header,
            body,
            footer,
        }
    }

    /// The head of an unchecked JSON form; call only after its shape passed
    /// its check (a missing body was reported there).
    pub(crate) fn from_json(
        header: Option<HeaderJson>,
        body: Option<TextObjectJson>,
        footer: Option<TextObjectJson>,
    ) -> Self {
        Head::new(
            header.map(HeaderJson::into_checked),
            Body::from_checked(body.map(|b| b.text).unwrap_or_default()),
            footer.map(|f| Footer::from_checked(f.text)),
        )
    }

    /// A head with only a body.
    pub(crate) const fn body(body: Body) -> Self {
        Head::new(None, body, None)
    }

    /// How many fields [`serialize`](Head::serialize) writes.
    pub(crate) fn fields(&self) -> usize {
        2 + usize::from(self.header.is_some()) + usize::from(self.footer.is_some())
    }

    /// Writes the `type`, `header`, `body` and `footer` fields.
    pub(crate) fn serialize<S: SerializeStruct>(
        &self,
        s: &mut S,
        kind: &'static str,
    ) -> Result<(), S::Error> {
        s.serialize_field("type", kind)?;
        if let Some(header) = &self.header {
            s.serialize_field("header", header)?;
        }
        s.serialize_field("body", &Wrapped(&self.body))?;
        if let Some(footer) = &self.footer {
            s.serialize_field("footer", &Wrapped(footer))?;
        }
        Ok(())
    }

    /// Writes `{"type":kind` and the head's fields; the kind writes the rest.
    pub(crate) fn write(&self, w: &mut JsonWriter<'_>, kind: &str) {
        w.raw("{");
        w.key(true, "type");
        w.string(kind);
        if let Some(header) = &self.header {
            w.key(false, "header");
            header.write(w);
        }
        w.wrapped("body", self.body.as_str());
        if let Some(footer) = &self.footer {
            w.wrapped("footer", footer.as_str());
        }
    }
}

/// The getters of a kind's head (a `head: Head` field), and its JSON: `any`
/// header, a `text` header only, or `none` (a body only); `json` alone for
/// a kind without a head, whose `rendered` field and `fn write` are
/// all it needs.
macro_rules! head_getters {
    (any) => {
        /// The header.
        pub fn header(&self) -> Option<&$crate::header::Header> {
            self.head.header.as_ref()
        }
        $crate::common::head_getters!(footer);
    };
    (text) => {
        /// The header text (a header of this kind is always text).
        pub fn header(&self) -> Option<&$crate::text::HeaderText> {
            match &self.head.header {
                Some($crate::header::Header::Text(text)) => Some(text),
                _ => None,
            }
        }
        $crate::common::head_getters!(footer);
    };
    (footer) => {
        /// The footer text.
        pub fn footer(&self) -> Option<&$crate::text::Footer> {
            self.head.footer.as_ref()
        }
        $crate::common::head_getters!(none);
    };
    (none) => {
        /// The body text.
        pub fn body(&self) -> &$crate::text::Body {
            &self.head.body
        }
        $crate::common::head_getters!(json);
    };
    // The JSON alone, for a kind that keeps its parts without a `Head`.
    (json) => {
        $crate::common::head_getters!(json interactive_json, "interactive");
    };
    // The JSON of a message that carries its literal JSON, read by `$name`
    // (the object sent under the request's `$object` key).
    (json $name:ident, $object:literal) => {
        #[doc = concat!("The `", $object, "` object's JSON: for a literal message, the")]
        /// bytes the macro wrote; otherwise written now from the fields.
        /// The same text as `serde_json::to_string(&msg)`.
        pub fn $name(&self) -> ::std::borrow::Cow<'static, str> {
            match self.rendered.0 {
                Some(json) => ::std::borrow::Cow::Borrowed(json),
                None => ::std::borrow::Cow::Owned($crate::rendered::render(&|w| self.write(w))),
            }
        }

        /// Writes the object's JSON: the carried bytes, or from the fields.
        pub(crate) fn write_json(&self, w: &mut $crate::rendered::JsonWriter<'_>) {
            match self.rendered.0 {
                Some(json) => w.raw(json),
                None => self.write(w),
            }
        }

        /// The message carrying `json`, the JSON the macro wrote for its
        /// fields. Trusts the macro: the differential test of the literal
        /// corpus proves the two agree.
        #[doc(hidden)]
        #[must_use]
        pub const fn __with_json(mut self, json: &'static str) -> Self {
            self.rendered = $crate::rendered::Rendered(Some(json));
            self
        }
    };
}
pub(crate) use head_getters;

/// A shape text for an optional value.
pub(crate) fn opt<T: AsRef<str>>(value: Option<&T>) -> shape::Text<'_> {
    value.map(AsRef::as_ref).into()
}

/// `{"text": …}`, as body and footer are sent; unchecked. On input, the
/// `"type": "text"` that older guides put beside the text is accepted.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct TextObjectJson {
    pub(crate) text: CowStr,
}

from_json!(TextObjectJson { "type" (?) = "text", text });

impl TextObjectJson {
    pub(crate) fn new(text: impl Into<String>) -> Self {
        TextObjectJson {
            text: Cow::Owned(text.into()),
        }
    }
}

/// A shape text for an optional `{"text": …}` object.
pub(crate) fn opt_text(value: Option<&TextObjectJson>) -> shape::Text<'_> {
    value.map(|t| &*t.text).into()
}

/// Serializes `{"text": value}`.
pub(crate) struct Wrapped<'a>(pub(crate) &'a str);

impl Serialize for Wrapped<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Text", 1)?;
        s.serialize_field("text", self.0)?;
        s.end()
    }
}

/// `Deserialize` for a message: its unchecked JSON form is read, then
/// checked against every rule; the error lists every violation with its path.
macro_rules! deserialize_checked {
    ($message:ty, $json:ty) => {
        impl $crate::read::FromJson for $message {
            fn from_json(
                json: $crate::read::Json,
                at: $crate::read::At<'_>,
            ) -> Result<Self, $crate::read::FormError> {
                let form = <$json as $crate::read::FromJson>::from_json(json, at)?;
                form.into_message()
                    .map_err(|e| $crate::read::FormError::rules(at, e))
            }
        }

        impl<'de> serde::Deserialize<'de> for $message {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::read::read(deserializer)
            }
        }
    };
}
pub(crate) use deserialize_checked;

/// The `body` and `footer` setters of a builder whose `json` has those fields.
macro_rules! body_footer_setters {
    () => {
        /// The body text (any string: `&str`, `String`, `Cow<str>`).
        pub fn body(mut self, text: impl Into<String>) -> Self {
            self.json.body = Some($crate::common::TextObjectJson::new(text));
            self
        }

        /// The footer text.
        pub fn footer(mut self, text: impl Into<String>) -> Self {
            self.json.footer = Some($crate::common::TextObjectJson::new(text));
            self
        }
    };
}
pub(crate) use body_footer_setters;

/// The `header` setter of a builder whose message takes any header kind.
macro_rules! header_setter {
    () => {
        /// The header: text (`"…".into()`), or an image, video or document.
        pub fn header(mut self, header: impl Into<$crate::header::HeaderDraft>) -> Self {
            self.json.header = Some(header.into().0);
            self
        }
    };
}
pub(crate) use header_setter;

/// The `header` setter of a builder whose message takes a text header only;
/// `$kind` names the message in its doc.
macro_rules! text_header_setter {
    ($kind:literal) => {
        #[doc = concat!("The header text (", $kind, " header is always text).")]
        pub fn header(mut self, text: impl Into<String>) -> Self {
            self.json.header = Some($crate::header::HeaderJson::Text {
                text: ::std::borrow::Cow::Owned(text.into()),
            });
            self
        }
    };
}
pub(crate) use text_header_setter;

/// `{"name": …}`: the action of a kind whose button WhatsApp draws.
pub(crate) struct ActionName(pub(crate) &'static str);

impl Serialize for ActionName {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Action", 1)?;
        s.serialize_field("name", self.0)?;
        s.end()
    }
}

/// The JSON form of a kind whose only text is its body and whose action
/// is `{"name": …}` (the `type` and the action's name are `T::NAME`); a
/// `header` or `footer` is read so that the rules report it with its path.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct BodyOnlyJson<T> {
    pub(crate) header: Option<Present>,
    pub(crate) body: Option<TextObjectJson>,
    pub(crate) footer: Option<Present>,
    kind: PhantomData<T>,
}

/// The name of a kind whose form is a [`BodyOnlyJson`].
pub(crate) trait BodyOnlyKind {
    /// Its `type`, which is also its action's `name`.
    const NAME: &'static str;
}

impl<T> Default for BodyOnlyJson<T> {
    fn default() -> Self {
        BodyOnlyJson {
            header: None,
            body: None,
            footer: None,
            kind: PhantomData,
        }
    }
}

impl<T: BodyOnlyKind> FromJson for BodyOnlyJson<T> {
    fn from_json(json: Json, at: At<'_>) -> Result<Self, FormError> {
        let keys = ["type", "header", "body", "footer", "action"];
        let mut object = Object::new(json, at, &keys)?;
        object.tag("type", T::NAME, true)?;
        object.name_only("action", T::NAME)?;
        Ok(BodyOnlyJson {
            header: object.take("header")?,
            body: object.take("body")?,
            footer: object.take("footer")?,
            kind: PhantomData,
        })
    }
}

impl<T> BodyOnlyJson<T> {
    /// The form with this body and nothing else.
    pub(crate) fn with_body(body: impl Into<String>) -> Self {
        BodyOnlyJson {
            body: Some(TextObjectJson::new(body)),
            ..BodyOnlyJson::default()
        }
    }

    /// Whether a header was given, the body, and whether a footer was given.
    pub(crate) fn parts(&self) -> (bool, shape::Text<'_>, bool) {
        (
            self.header.is_some(),
            opt_text(self.body.as_ref()),
            self.footer.is_some(),
        )
    }
}

/// `{"name": …, "parameters": …}`: the action of CTA URL and flow messages.
pub(crate) struct NamedAction<P>(pub(crate) &'static str, pub(crate) P);

impl<P: Serialize> Serialize for NamedAction<P> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Action", 2)?;
        s.serialize_field("name", self.0)?;
        s.serialize_field("parameters", &self.1)?;
        s.end()
    }
}
