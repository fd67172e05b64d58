//! Flow messages: a call-to-action button that opens a WhatsApp Flow.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};
use wa_interactive_core::limits::FLOW_MESSAGE_VERSION;
use wa_interactive_core::shape;

pub use wa_interactive_core::shape::FlowMode;

use crate::common::{
    CowStr, Head, NamedAction, TextObjectJson, body_footer_setters, deserialize_checked,
    head_getters, header_setter, opt, opt_text,
};
use crate::error::{ValidationError, checked};
use crate::header::HeaderJson;
use crate::read::{At, FormError, FromJson, Json, from_json, one_of};
use crate::rendered::{JsonWriter, Rendered};
use crate::text::cow_str;
use crate::text::{Body, FlowCta, FlowId, FlowName, FlowScreen, FlowToken, Footer};

/// A flow message (`"type": "flow"`, `flow_message_version` `"3"`).
#[derive(Clone, Debug, PartialEq)]
pub struct FlowMessage {
    pub(crate) head: Head,
    pub(crate) flow: FlowRef,
    pub(crate) flow_cta: FlowCta,
    pub(crate) mode: Option<FlowMode>,
    pub(crate) flow_token: Option<FlowToken>,
    pub(crate) action: FlowAction,
    pub(crate) rendered: Rendered,
}

/// Which flow to open: by id or by name.
#[derive(Clone, Debug, PartialEq)]
pub enum FlowRef {
    /// `flow_id`
    Id(FlowId),
    /// `flow_name`
    Name(FlowName),
}

/// What the flow does first.
#[derive(Clone, Debug, PartialEq)]
pub enum FlowAction {
    /// `navigate`: open `screen` (the flow's first screen when `None`),
    /// with optional input data.
    Navigate {
        /// The first screen's id.
        screen: Option<FlowScreen>,
        /// The first screen's input data.
        data: Option<FlowData>,
    },
    /// `data_exchange`: ask the business's endpoint for the first screen.
    DataExchange,
}

impl FlowAction {
    /// `navigate` to the flow's first screen, with no data.
    pub const NAVIGATE: FlowAction = FlowAction::Navigate {
        screen: None,
        data: None,
    };
}

/// The input data of a flow's first screen: a non-empty JSON object, kept
/// as its JSON text.
///
/// ```
/// use wa_interactive::flow::FlowData;
///
/// let data = FlowData::new(serde_json::json!({ "name": "Ana" }).as_object().unwrap().clone())?;
/// assert_eq!(data.as_json(), r#"{"name":"Ana"}"#);
/// assert!(FlowData::new(serde_json::Map::new()).is_err());
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlowData(CowStr);

impl FlowData {
    /// The data; an empty object is an error.
    pub fn new(data: Map<String, Value>) -> Result<Self, ValidationError> {
        if data.is_empty() {
            let path = wa_interactive_core::Path::from_segs(&[
                wa_interactive_core::Seg::Key("action"),
                wa_interactive_core::Seg::Key("parameters"),
                wa_interactive_core::Seg::Key("flow_action_payload"),
                wa_interactive_core::Seg::Key("data"),
            ]);
            return Err(ValidationError::new(vec![wa_interactive_core::Violation {
                path,
                kind: wa_interactive_core::Kind::FlowDataNotObject,
            }]));
        }
        Ok(FlowData(Cow::Owned(Value::Object(data).to_string())))
    }

    /// The object's JSON text.
    pub const fn as_json(&self) -> &str {
        cow_str(&self.0)
    }

    /// The object.
    pub fn to_map(&self) -> Map<String, Value> {
        serde_json::from_str(self.as_json()).unwrap_or_default()
    }
}

impl Serialize for FlowData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_map().serialize(serializer)
    }
}

impl FlowMessage {
    /// A builder for a flow message.
    pub fn builder() -> FlowBuilder {
        FlowBuilder::default()
    }

    head_getters!(any);

    /// The flow to open.
    pub fn flow(&self) -> &FlowRef {
        &self.flow
    }

    /// The call-to-action button text.
    pub fn flow_cta(&self) -> &FlowCta {
        &self.flow_cta
    }

    /// Draft or published, when given (WhatsApp assumes published).
    pub fn mode(&self) -> Option<FlowMode> {
        self.mode
    }

    /// The token sent back with the flow's replies.
    pub fn flow_token(&self) -> Option<&FlowToken> {
        self.flow_token.as_ref()
    }

    /// What the flow does first.
    pub fn action(&self) -> &FlowAction {
        &self.action
    }

    /// Writes the `interactive` object.
    fn write(&self, w: &mut JsonWriter<'_>) {
        self.head.write(w, "flow");
        w.key(false, "action");
        w.raw("{\"name\":\"flow\",\"parameters\":{");
        w.key(true, "flow_message_version");
        w.string(FLOW_MESSAGE_VERSION);
        match &self.flow {
            FlowRef::Id(id) => w.field("flow_id", id.as_str()),
            FlowRef::Name(name) => w.field("flow_name", name.as_str()),
        }
        w.field("flow_cta", self.flow_cta.as_str());
        if let Some(mode) = self.mode {
            w.field("mode", mode.name());
        }
        if let Some(token) = &self.flow_token {
            w.field("flow_token", token.as_str());
        }
        match &self.action {
            FlowAction::Navigate { screen, data } => {
                w.field("flow_action", "navigate");
                if screen.is_some() || data.is_some() {
                    w.key(false, "flow_action_payload");
                    w.raw("{");
                    if let Some(screen) = screen {
                        w.key(true, "screen");
                        w.string(screen.as_str());
                    }
                    if let Some(data) = data {
                        w.key(screen.is_none(), "data");
                        w.raw(data.as_json());
                    }
                    w.raw("}");
                }
            }
            FlowAction::DataExchange => w.field("flow_action", "data_exchange"),
        }
        w.raw("}}}");
    }
}

impl Serialize for FlowMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Payload<'a>(Option<&'a FlowScreen>, Option<&'a FlowData>);
        impl Serialize for Payload<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let len = usize::from(self.0.is_some()) + usize::from(self.1.is_some());
                let mut s = serializer.serialize_struct("Payload", len)?;
                if let Some(screen) = self.0 {
                    s.serialize_field("screen", screen)?;
                }
                if let Some(data) = self.1 {
                    s.serialize_field("data", data)?;
                }
                s.end()
            }
        }
        struct Parameters<'a>(&'a FlowMessage);
        impl Serialize for Parameters<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let m = self.0;
                let payload = match &m.action {
                    FlowAction::Navigate { screen, data } if screen.is_some() || data.is_some() => {
                        Some(Payload(screen.as_ref(), data.as_ref()))
                    }
                    FlowAction::Navigate { .. } | FlowAction::DataExchange => None,
                };
                let len = 4
                    + usize::from(m.mode.is_some())
                    + usize::from(m.flow_token.is_some())
                    + usize::from(payload.is_some());
                let mut s = serializer.serialize_struct("Parameters", len)?;
                s.serialize_field("flow_message_version", FLOW_MESSAGE_VERSION)?;
                match &m.flow {
                    FlowRef::Id(id) => s.serialize_field("flow_id", id)?,
                    FlowRef::Name(name) => s.serialize_field("flow_name", name)?,
                }
                s.serialize_field("flow_cta", &m.flow_cta)?;
                if let Some(mode) = m.mode {
                    s.serialize_field("mode", mode.name())?;
                }
                if let Some(token) = &m.flow_token {
                    s.serialize_field("flow_token", token)?;
                }
                let action = match m.action {
                    FlowAction::Navigate { .. } => "navigate",
                    FlowAction::DataExchange => "data_exchange",
                };
                s.serialize_field("flow_action", action)?;
                if let Some(payload) = &payload {
                    s.serialize_field("flow_action_payload", payload)?;
                }
                s.end()
            }
        }
        let mut s = serializer.serialize_struct("FlowMessage", self.head.fields() + 1)?;
        self.head.serialize(&mut s, "flow")?;
        s.serialize_field("action", &NamedAction("flow", Parameters(self)))?;
        s.end()
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum ModeJson {
    Draft,
    Published,
}

impl FromJson for ModeJson {
    fn from_json(json: Json, at: At<'_>) -> Result<Self, FormError> {
        let names = [
            ("draft", ModeJson::Draft),
            ("published", ModeJson::Published),
        ];
        one_of(json, at, &names)
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum ActionJson {
    Navigate,
    DataExchange,
}

impl FromJson for ActionJson {
    fn from_json(json: Json, at: At<'_>) -> Result<Self, FormError> {
        let names = [
            ("navigate", ActionJson::Navigate),
            ("data_exchange", ActionJson::DataExchange),
        ];
        one_of(json, at, &names)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
struct FlowJson {
    header: Option<HeaderJson>,
    body: Option<TextObjectJson>,
    footer: Option<TextObjectJson>,
    action: Option<FlowActionJson>,
}

from_json!(FlowJson { "type" = "flow", header, body, footer, action });

#[derive(Clone, Debug, Default, PartialEq)]
struct FlowActionJson {
    parameters: FlowParametersJson,
}

from_json!(FlowActionJson { "name" = "flow", parameters });

#[derive(Clone, Debug, Default, PartialEq)]
struct FlowParametersJson {
    flow_message_version: Option<CowStr>,
    flow_id: Option<CowStr>,
    flow_name: Option<CowStr>,
    flow_cta: Option<CowStr>,
    mode: Option<ModeJson>,
    flow_token: Option<CowStr>,
    flow_action: Option<ActionJson>,
    flow_action_payload: Option<PayloadJson>,
}

from_json!(FlowParametersJson {
    flow_message_version,
    flow_id,
    flow_name,
    flow_cta,
    mode,
    flow_token,
    flow_action,
    flow_action_payload
});

#[derive(Clone, Debug, Default, PartialEq)]
struct PayloadJson {
    screen: Option<CowStr>,
    data: Option<Value>,
}

from_json!(PayloadJson { screen, data });

impl FlowJson {
    fn shape(&self) -> shape::Flow<'_> {
        let p = self.action.as_ref().map(|a| &a.parameters);
        let get = |f: fn(&FlowParametersJson) -> Option<&CowStr>| opt(p.and_then(f));
        let action = match p.and_then(|p| p.flow_action) {
            Some(ActionJson::DataExchange) => shape::FlowAction::DataExchange,
            Some(ActionJson::Navigate) | None => shape::FlowAction::Navigate,
        };
        let payload = p
            .and_then(|p| p.flow_action_payload.as_ref())
            .map(|payload| {
                let data = match &payload.data {
                    None => shape::FlowData::Absent,
                    Some(Value::Object(map)) if !map.is_empty() => shape::FlowData::Checked,
                    Some(_) => shape::FlowData::Invalid,
                };
                (opt(payload.screen.as_ref()), data)
            });
        shape::Flow {
            header: self
                .header
                .as_ref()
                .map_or(shape::Header::Absent, HeaderJson::shape),
            body: opt_text(self.body.as_ref()),
            footer: opt_text(self.footer.as_ref()),
            version: get(|p| p.flow_message_version.as_ref()),
            flow_id: get(|p| p.flow_id.as_ref()),
            flow_name: get(|p| p.flow_name.as_ref()),
            flow_cta: get(|p| p.flow_cta.as_ref()),
            flow_token: get(|p| p.flow_token.as_ref()),
            mode: p.and_then(|p| p.mode).map(|m| match m {
                ModeJson::Draft => FlowMode::Draft,
                ModeJson::Published => FlowMode::Published,
            }),
            action,
            payload,
        }
    }

    fn into_message(self) -> Result<FlowMessage, ValidationError> {
        let shape = self.shape();
        checked(shape.check())?;
        let (mode, action) = (shape.mode, shape.action);
        let p = self.action.map(|a| a.parameters).unwrap_or_default();
        let flow = match (p.flow_id, p.flow_name) {
            (Some(id), _) => FlowRef::Id(FlowId::from_checked(id)),
            (None, name) => FlowRef::Name(FlowName::from_checked(name.unwrap_or_default())),
        };
        let action = match action {
            shape::FlowAction::DataExchange => FlowAction::DataExchange,
            shape::FlowAction::Navigate => {
                let payload = p.flow_action_payload.unwrap_or_default();
                FlowAction::Navigate {
                    screen: payload.screen.map(FlowScreen::from_checked),
                    data: match payload.data {
                        Some(Value::Object(map)) => {
                            Some(FlowData(Cow::Owned(Value::Object(map).to_string())))
                        }
                        _ => None,
                    },
                }
            }
        };
        Ok(FlowMessage {
            head: Head::new(
                self.header.map(HeaderJson::into_checked),
                Body::from_checked(self.body.map(|b| b.text).unwrap_or_default()),
                self.footer.map(|f| Footer::from_checked(f.text)),
            ),
            flow,
            flow_cta: FlowCta::from_checked(p.flow_cta.unwrap_or_default()),
            mode,
            flow_token: p.flow_token.map(FlowToken::from_checked),
            action,
            rendered: Rendered::NONE,
        })
    }

    fn parameters(&mut self) -> &mut FlowParametersJson {
        &mut self.action.get_or_insert_with(Default::default).parameters
    }
}

deserialize_checked!(FlowMessage, FlowJson);

/// Builds a [`FlowMessage`].
///
/// ```
/// use wa_interactive::{FlowMessage, FlowAction};
///
/// let msg = FlowMessage::builder()
///     .body("Book your table")
///     .flow_name("table_booking")
///     .flow_cta("Book now")
///     .navigate("WELCOME")
///     .build()?;
/// assert!(matches!(msg.action(), FlowAction::Navigate { .. }));
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct FlowBuilder {
    json: FlowJson,
}

impl FlowBuilder {
    header_setter!();

    body_footer_setters!();

    /// Opens the flow with this id.
    pub fn flow_id(mut self, id: impl Into<String>) -> Self {
        self.json.parameters().flow_id = Some(Cow::Owned(id.into()));
        self
    }

    /// Opens the flow with this name.
    pub fn flow_name(mut self, name: impl Into<String>) -> Self {
        self.json.parameters().flow_name = Some(Cow::Owned(name.into()));
        self
    }

    /// The call-to-action button text.
    pub fn flow_cta(mut self, text: impl Into<String>) -> Self {
        self.json.parameters().flow_cta = Some(Cow::Owned(text.into()));
        self
    }

    /// Draft or published.
    pub fn mode(mut self, mode: FlowMode) -> Self {
        self.json.parameters().mode = Some(match mode {
            FlowMode::Draft => ModeJson::Draft,
            FlowMode::Published => ModeJson::Published,
        });
        self
    }

    /// The token sent back with the flow's replies.
    pub fn flow_token(mut self, token: impl Into<String>) -> Self {
        self.json.parameters().flow_token = Some(Cow::Owned(token.into()));
        self
    }

    /// `navigate` to this first screen.
    pub fn navigate(mut self, screen: impl Into<String>) -> Self {
        let p = self.json.parameters();
        p.flow_action = Some(ActionJson::Navigate);
        p.flow_action_payload
            .get_or_insert_with(Default::default)
            .screen = Some(Cow::Owned(screen.into()));
        self
    }

    /// The first screen's input data (a non-empty object; with `navigate`,
    /// which it implies when no action is set).
    pub fn data(mut self, data: Map<String, Value>) -> Self {
        let p = self.json.parameters();
        p.flow_action_payload
            .get_or_insert_with(Default::default)
            .data = Some(Value::Object(data));
        self
    }

    /// `data_exchange`: the business's endpoint sends the first screen.
    pub fn data_exchange(mut self) -> Self {
        self.json.parameters().flow_action = Some(ActionJson::DataExchange);
        self
    }

    /// Checks every rule; the message, or every violation with its JSON path.
    pub fn build(self) -> Result<FlowMessage, ValidationError> {
        self.json.into_message()
    }
}
