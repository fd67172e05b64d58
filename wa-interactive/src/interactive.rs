//! `Interactive`: any interactive message kind.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::raw::Render;
use crate::{ButtonMessage, CtaUrlMessage, FlowMessage, ListMessage, LocationRequest};

/// Any interactive message: what goes under `"interactive"` in a request.
#[derive(Clone, Debug, PartialEq)]
pub enum Interactive {
    /// `"type": "list"`
    List(ListMessage),
    /// `"type": "button"`
    Buttons(ButtonMessage),
    /// `"type": "location_request_message"`
    LocationRequest(LocationRequest),
    /// `"type": "cta_url"`
    CtaUrl(CtaUrlMessage),
    /// `"type": "flow"`
    Flow(FlowMessage),
}

/// The `type` names, in the order of the variants.
const TYPES: [&str; 5] = [
    "list",
    "button",
    "location_request_message",
    "cta_url",
    "flow",
];

impl Interactive {
    /// The API's `type` of the message.
    pub fn kind(&self) -> &'static str {
        match self {
            Interactive::List(_) => TYPES[0],
            Interactive::Buttons(_) => TYPES[1],
            Interactive::LocationRequest(_) => TYPES[2],
            Interactive::CtaUrl(_) => TYPES[3],
            Interactive::Flow(_) => TYPES[4],
        }
    }

    /// The `interactive` JSON.
    pub fn to_json(&self) -> Cow<'static, str> {
        self.as_render().json()
    }

    /// Appends the `interactive` JSON to `out`.
    pub(crate) fn write_json(&self, out: &mut String) {
        self.as_render().write_json(out);
    }

    /// The length of the pre-rendered JSON, if the message has some.
    pub(crate) fn rendered_len(&self) -> Option<usize> {
        self.as_render().rendered().0.map(str::len)
    }

    fn as_render(&self) -> &dyn Render {
        match self {
            Interactive::List(m) => m,
            Interactive::Buttons(m) => m,
            Interactive::LocationRequest(m) => m,
            Interactive::CtaUrl(m) => m,
            Interactive::Flow(m) => m,
        }
    }
}

macro_rules! from_kind {
    ($($ty:ident => $variant:ident),*) => {$(
        impl From<$ty> for Interactive {
            fn from(message: $ty) -> Self {
                Interactive::$variant(message)
            }
        }
    )*};
}

from_kind!(
    ListMessage => List,
    ButtonMessage => Buttons,
    LocationRequest => LocationRequest,
    CtaUrlMessage => CtaUrl,
    FlowMessage => Flow
);

impl Serialize for Interactive {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Interactive::List(m) => m.serialize(serializer),
            Interactive::Buttons(m) => m.serialize(serializer),
            Interactive::LocationRequest(m) => m.serialize(serializer),
            Interactive::CtaUrl(m) => m.serialize(serializer),
            Interactive::Flow(m) => m.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Interactive {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let value = Value::deserialize(deserializer)?;
        let kind = match value.get("type") {
            Some(Value::String(kind)) => kind.clone(),
            Some(_) => return Err(D::Error::custom("`type` must be a string")),
            None => return Err(D::Error::missing_field("type")),
        };
        let result = match kind.as_str() {
            "list" => ListMessage::deserialize(value).map(Interactive::List),
            "button" => ButtonMessage::deserialize(value).map(Interactive::Buttons),
            "location_request_message" => {
                LocationRequest::deserialize(value).map(Interactive::LocationRequest)
            }
            "cta_url" => CtaUrlMessage::deserialize(value).map(Interactive::CtaUrl),
            "flow" => FlowMessage::deserialize(value).map(Interactive::Flow),
            other => return Err(D::Error::unknown_variant(other, &TYPES)),
        };
        result.map_err(D::Error::custom)
    }
}
