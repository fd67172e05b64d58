//! `flow_message!`: a flow message.

use proc_macro2::TokenStream;
use quote::quote;
use wa_interactive_core::shape::{self, FlowAction, FlowMode};
use wa_interactive_core::{Field, Path, Violation};

use super::MessageKind;
use crate::generate::{self, header, none, opt_text, private, some, text};
use crate::ir::{Head, TextSlot};
use crate::json;
use crate::lower::{Keys, Lower};
use crate::parse::Value;

pub(crate) struct Flow;

pub(crate) struct FlowIr {
    head: Head,
    version: TextSlot,
    flow_id: TextSlot,
    flow_name: TextSlot,
    flow_cta: TextSlot,
    flow_token: TextSlot,
    mode: Option<FlowMode>,
    action: FlowAction,
    /// `flow_action_payload`, when given: its screen (which may be absent).
    screen: Option<TextSlot>,
}

impl MessageKind for Flow {
    const NAME: &'static str = "a flow message";
    const KEYS: &'static [&'static str] = wa_interactive_core::keys::FLOW;
    type Ir = FlowIr;

    fn lower(lower: &mut Lower, keys: &Keys<'_>) -> FlowIr {
        let parameters = Path::root().key("action").key("parameters");
        let head = lower.head(keys);
        let payload_path = parameters.key("flow_action_payload");
        let mode = lower.choice(
            keys.get("mode"),
            "mode",
            &[
                ("draft", FlowMode::Draft),
                ("published", FlowMode::Published),
            ],
            &parameters.key("mode"),
        );
        let action = lower
            .choice(
                keys.get("flow_action"),
                "flow_action",
                &[
                    ("navigate", FlowAction::Navigate),
                    ("data_exchange", FlowAction::DataExchange),
                ],
                &payload_path,
            )
            .unwrap_or(FlowAction::Navigate);
        let screen = payload(lower, keys.get("flow_action_payload"), &payload_path);
        let version = version(lower, keys.get("flow_message_version"), &parameters);
        // A text of `action.parameters`, named as its key.
        let parameter = |lower: &mut Lower, key: &'static str, field: Field| {
            lower.text(keys.get(key), field, &parameters.key(key), None)
        };
        FlowIr {
            head,
            version,
            flow_id: parameter(lower, "flow_id", Field::FlowId),
            flow_name: parameter(lower, "flow_name", Field::FlowName),
            flow_cta: parameter(lower, "flow_cta", Field::FlowCta),
            flow_token: parameter(lower, "flow_token", Field::FlowToken),
            mode,
            action,
            screen,
        }
    }

    fn check(ir: &FlowIr) -> Result<(), Vec<Violation>> {
        shape(ir).check()
    }

    fn generate(ir: &FlowIr) -> TokenStream {
        let p = private();
        let header = header(&ir.head.header);
        let body = text(&ir.head.body, Field::Body);
        let footer = opt_text(&ir.head.footer, Field::Footer);
        let flow = match &ir.flow_id {
            TextSlot::Absent => {
                let name = text(&ir.flow_name, Field::FlowName);
                quote!(::wa_interactive::FlowRef::Name(#name))
            }
            id => {
                let id = text(id, Field::FlowId);
                quote!(::wa_interactive::FlowRef::Id(#id))
            }
        };
        let cta = text(&ir.flow_cta, Field::FlowCta);
        let mode = match ir.mode {
            None => none(),
            Some(FlowMode::Draft) => some(quote!(::wa_interactive::FlowMode::Draft)),
            Some(FlowMode::Published) => some(quote!(::wa_interactive::FlowMode::Published)),
        };
        let token = opt_text(&ir.flow_token, Field::FlowToken);
        let action = match ir.action {
            FlowAction::Navigate => {
                // Without a payload, or a screen in it, the flow opens on its first screen.
                let screen = match &ir.screen {
                    Some(screen) => opt_text(screen, Field::FlowScreen),
                    None => none(),
                };
                quote!(::wa_interactive::FlowAction::Navigate { screen: #screen, data: ::core::option::Option::None })
            }
            FlowAction::DataExchange => quote!(::wa_interactive::FlowAction::DataExchange),
        };
        let literal = ir.head.is_literal()
            && [&ir.flow_id, &ir.flow_name, &ir.flow_cta, &ir.flow_token]
                .iter()
                .all(|slot| slot.is_literal())
            && ir.screen.as_ref().is_none_or(TextSlot::is_literal);
        generate::message(
            "FlowMessage",
            literal,
            || json::flow(&shape(ir)),
            quote!(#p::flow(#header, #body, #footer, #flow, #cta, #mode, #token, #action)),
        )
    }

    fn placeholder() -> TokenStream {
        generate::placeholder("flow")
    }
}

/// `flow_action_payload: { screen: … }`: the screen, when the payload is given.
fn payload(lower: &mut Lower, value: Option<&Value>, path: &Path) -> Option<TextSlot> {
    match value? {
        Value::Object(payload) => {
            lower.record(path, payload.span);
            let keys = lower.keys(
                payload,
                "`flow_action_payload`",
                wa_interactive_core::keys::FLOW_PAYLOAD,
            );
            if let Some(data) = keys.get("data") {
                lower.error(
                    data.span(),
                    "`data` is not checked at compile time; build flows with initial data with `FlowMessage::builder()`",
                );
            }
            Some(lower.text(
                keys.get("screen"),
                Field::FlowScreen,
                &path.key("screen"),
                None,
            ))
        }
        other => {
            let message = "`flow_action_payload` must be an object: `{ screen: \"…\" }`";
            lower.malformed(path, other.span(), message);
            None
        }
    }
}

/// `flow_message_version`: a literal, which the rules crate checks is `"3"`.
fn version(lower: &mut Lower, value: Option<&Value>, parameters: &Path) -> TextSlot {
    match value {
        Some(Value::Str(lit)) => {
            lower.record(&parameters.key("flow_message_version"), lit.span());
            TextSlot::Literal {
                lit: lit.clone(),
                value: lit.value(),
            }
        }
        Some(other) => {
            lower.error(
                other.span(),
                "`flow_message_version` must be the string literal \"3\"",
            );
            TextSlot::Absent
        }
        None => TextSlot::Absent,
    }
}

fn shape(ir: &FlowIr) -> shape::Flow<'_> {
    shape::Flow {
        header: ir.head.header.shape(),
        body: ir.head.body.shape(),
        footer: ir.head.footer.shape(),
        version: ir.version.shape(),
        flow_id: ir.flow_id.shape(),
        flow_name: ir.flow_name.shape(),
        flow_cta: ir.flow_cta.shape(),
        flow_token: ir.flow_token.shape(),
        mode: ir.mode,
        action: ir.action,
        payload: ir
            .screen
            .as_ref()
            .map(|screen| (screen.shape(), shape::FlowData::Absent)),
    }
}
