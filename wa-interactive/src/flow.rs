//! Flow messages: a call-to-action button that opens a WhatsApp Flow.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};
use wa_interactive_core::shape::{self, FlowData};

pub use wa_interactive_core::shape::FlowMode;

use crate::common::{
    NamedAction, Str, TextJson, body_footer_setters, deserialize_checked, head, header_setter, opt,
    opt_text,
};
use crate::error::{ValidationError, checked};
use crate::header::{Header, HeaderJson};
use crate::raw::{Render, Rendered};
use crate::text::{Body, FlowCta, FlowId, FlowName, FlowScreen, FlowToken, Footer};

/// A flow message (`"type": "flow"`, `flow_message_version` `"3"`).
#[derive(Clone, Debug, PartialEq)]
pub struct FlowMessage {
    pub(crate) header: Option<Header>,
    pub(crate) body: Body,
    pub(crate) footer: Option<Footer>,
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
    /// `navigate`: open `screen`, with optional input data (a non-empty object).
    Navigate {
        /// The first screen's id.
        screen: FlowScreen,
        /// The first screen's input data.
        data: Option<Map<String, Value>>,
    },
    /// `data_exchange`: ask the business's endpoint for the first screen.
    DataExchange,
}

impl FlowMessage {
    /// A builder for a flow message.
    pub fn builder() -> FlowBuilder {
        FlowBuilder::default()
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

    /// The `interactive` JSON.
    pub fn to_json(&self) -> Cow<'static, str> {
        Render::json(self)
    }

    /// The shape; `data_json` is the payload data as JSON text, if rendering.
    pub(crate) fn shape<'a>(&'a self, data_json: Option<&'a str>) -> shape::Flow<'a> {
        let (id, name) = match &self.flow {
            FlowRef::Id(id) => (Some(id.as_str()), None),
            FlowRef::Name(name) => (None, Some(name.as_str())),
        };
        let (action, payload) = match &self.action {
            FlowAction::Navigate { screen, data } => {
                let data = match (data, data_json) {
                    (None, _) => FlowData::Absent,
                    (Some(_), Some(json)) => FlowData::Object(json),
                    (Some(_), None) => FlowData::Checked,
                };
                (
                    shape::FlowAction::Navigate,
                    Some((shape::Text::Given(screen.as_str()), data)),
                )
            }
            FlowAction::DataExchange => (shape::FlowAction::DataExchange, None),
        };
        shape::Flow {
            header: self
                .header
                .as_ref()
                .map_or(shape::Header::Absent, Header::shape),
            body: shape::Text::Given(&self.body),
            footer: opt(self.footer.as_ref()),
            version: shape::Text::Absent,
            flow_id: id.into(),
            flow_name: name.into(),
            flow_cta: shape::Text::Given(&self.flow_cta),
            flow_token: opt(self.flow_token.as_ref()),
            mode: self.mode,
            action,
            payload,
        }
    }
}

impl Serialize for FlowMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Payload<'a>(&'a FlowScreen, Option<&'a Map<String, Value>>);
        impl Serialize for Payload<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_struct("Payload", 2)?;
                s.serialize_field("screen", self.0)?;
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
                let mut s = serializer.serialize_struct("Parameters", 8)?;
                s.serialize_field("flow_message_version", "3")?;
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
                match &m.action {
                    FlowAction::Navigate { screen, data } => {
                        s.serialize_field("flow_action", "navigate")?;
                        s.serialize_field("flow_action_payload", &Payload(screen, data.as_ref()))?;
                    }
                    FlowAction::DataExchange => {
                        s.serialize_field("flow_action", "data_exchange")?;
                    }
                }
                s.end()
            }
        }
        let serializer = match self.rendered.serialize(serializer) {
            Ok(done) => return done,
            Err(serializer) => serializer,
        };
        let mut s = serializer.serialize_struct("FlowMessage", 5)?;
        head(
            &mut s,
            "flow",
            self.header.as_ref(),
            &self.body,
            self.footer.as_ref(),
        )?;
        s.serialize_field("action", &NamedAction("flow", Parameters(self)))?;
        s.end()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Deserialize)]
enum FlowTag {
    #[default]
    #[serde(rename = "flow")]
    Flow,
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum ModeJson {
    Draft,
    Published,
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum ActionJson {
    Navigate,
    DataExchange,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct FlowJson {
    #[serde(rename = "type")]
    _kind: FlowTag,
    header: Option<HeaderJson>,
    body: Option<TextJson>,
    footer: Option<TextJson>,
    action: Option<FlowActionJson>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct FlowActionJson {
    #[serde(rename = "name")]
    _name: FlowTag,
    parameters: FlowParamsJson,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct FlowParamsJson {
    flow_message_version: Option<Str>,
    flow_id: Option<Str>,
    flow_name: Option<Str>,
    flow_cta: Option<Str>,
    mode: Option<ModeJson>,
    flow_token: Option<Str>,
    flow_action: Option<ActionJson>,
    flow_action_payload: Option<PayloadJson>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct PayloadJson {
    screen: Option<Str>,
    data: Option<Value>,
}

impl FlowJson {
    fn shape(&self) -> shape::Flow<'_> {
        let p = self.action.as_ref().map(|a| &a.parameters);
        let get = |f: fn(&FlowParamsJson) -> Option<&Str>| opt(p.and_then(f));
        let action = match p.and_then(|p| p.flow_action) {
            Some(ActionJson::DataExchange) => shape::FlowAction::DataExchange,
            Some(ActionJson::Navigate) | None => shape::FlowAction::Navigate,
        };
        let payload = p
            .and_then(|p| p.flow_action_payload.as_ref())
            .map(|payload| {
                let data = match &payload.data {
                    None => FlowData::Absent,
                    Some(Value::Object(map)) if !map.is_empty() => FlowData::Checked,
                    Some(_) => FlowData::Invalid,
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
                    screen: FlowScreen::from_checked(payload.screen.unwrap_or_default()),
                    data: match payload.data {
                        Some(Value::Object(map)) => Some(map),
                        _ => None,
                    },
                }
            }
        };
        Ok(FlowMessage {
            header: self.header.map(HeaderJson::into_checked),
            body: Body::from_checked(self.body.map(|b| b.text).unwrap_or_default()),
            footer: self.footer.map(|f| Footer::from_checked(f.text)),
            flow,
            flow_cta: FlowCta::from_checked(p.flow_cta.unwrap_or_default()),
            mode,
            flow_token: p.flow_token.map(FlowToken::from_checked),
            action,
            rendered: Rendered(None),
        })
    }

    fn params(&mut self) -> &mut FlowParamsJson {
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
    pub fn flow_id(mut self, id: impl Into<Str>) -> Self {
        self.json.params().flow_id = Some(id.into());
        self
    }

    /// Opens the flow with this name.
    pub fn flow_name(mut self, name: impl Into<Str>) -> Self {
        self.json.params().flow_name = Some(name.into());
        self
    }

    /// The call-to-action button text.
    pub fn flow_cta(mut self, text: impl Into<Str>) -> Self {
        self.json.params().flow_cta = Some(text.into());
        self
    }

    /// Draft or published.
    pub fn mode(mut self, mode: FlowMode) -> Self {
        self.json.params().mode = Some(match mode {
            FlowMode::Draft => ModeJson::Draft,
            FlowMode::Published => ModeJson::Published,
        });
        self
    }

    /// The token sent back with the flow's replies.
    pub fn flow_token(mut self, token: impl Into<Str>) -> Self {
        self.json.params().flow_token = Some(token.into());
        self
    }

    /// `navigate` to this first screen.
    pub fn navigate(mut self, screen: impl Into<Str>) -> Self {
        let p = self.json.params();
        p.flow_action = Some(ActionJson::Navigate);
        p.flow_action_payload
            .get_or_insert_with(Default::default)
            .screen = Some(screen.into());
        self
    }

    /// The first screen's input data (a non-empty object; with `navigate`).
    pub fn data(mut self, data: Map<String, Value>) -> Self {
        let p = self.json.params();
        p.flow_action_payload
            .get_or_insert_with(Default::default)
            .data = Some(Value::Object(data));
        self
    }

    /// `data_exchange`: the business's endpoint sends the first screen.
    pub fn data_exchange(mut self) -> Self {
        self.json.params().flow_action = Some(ActionJson::DataExchange);
        self
    }

    /// Checks every rule; the message, or every violation with its JSON path.
    pub fn build(self) -> Result<FlowMessage, ValidationError> {
        self.json.into_message()
    }
}

impl Render for FlowMessage {
    fn rendered(&self) -> Rendered {
        self.rendered
    }

    fn render(&self, out: &mut String) {
        let data = match &self.action {
            FlowAction::Navigate {
                data: Some(data), ..
            } => Some(Value::Object(data.clone()).to_string()),
            _ => None,
        };
        // Every text of a message is known, so the writer always completes.
        let _ = self.shape(data.as_deref()).write_json(out);
    }
}
