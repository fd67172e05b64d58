//! `voice_call!`: a voice call message, `action.parameters` flattened.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use syn::Lit;
use wa_interactive_core::{Field, Number, Path, Violation, shape};

use super::MessageKind;
use crate::generate::{self, none, opt_text, private, some, text};
use crate::ir::TextSlot;
use crate::json;
use crate::lower::{Keys, Lower};
use crate::parse::Value;

pub(crate) struct VoiceCall;

pub(crate) struct VoiceCallIr {
    /// Whether a header was given: an error on it.
    header: bool,
    body: TextSlot,
    footer: bool,
    display_text: TextSlot,
    /// The integer literal's value; `None` when absent or malformed.
    ttl_minutes: Option<i64>,
    payload: TextSlot,
}

impl MessageKind for VoiceCall {
    const NAME: &'static str = shape::VoiceCall::NAME;
    const KEYS: &'static [&'static str] = wa_interactive_core::keys::VOICE_CALL;
    type Ir = VoiceCallIr;

    fn lower(lower: &mut Lower, keys: &Keys<'_>) -> VoiceCallIr {
        let parameters = Path::root().key("action").key("parameters");
        VoiceCallIr {
            header: lower.stray(keys, "header"),
            body: lower.body(keys),
            footer: lower.stray(keys, "footer"),
            display_text: lower.text(
                keys.get("display_text"),
                Field::CallButtonText,
                &parameters.key("display_text"),
                None,
            ),
            ttl_minutes: ttl_minutes(lower, keys.get("ttl_minutes"), &parameters),
            payload: lower.text(
                keys.get("payload"),
                Field::CallPayload,
                &parameters.key("payload"),
                None,
            ),
        }
    }

    fn check(ir: &VoiceCallIr) -> Result<(), Vec<Violation>> {
        shape(ir).check()
    }

    fn generate(ir: &VoiceCallIr) -> TokenStream {
        let p = private();
        let body = text(&ir.body, Field::Body);
        let display_text = opt_text(&ir.display_text, Field::CallButtonText);
        // Checked in range by now, so it fits a `u32`.
        let ttl = match ir.ttl_minutes.and_then(|n| u32::try_from(n).ok()) {
            Some(minutes) => {
                let minutes = Literal::u32_unsuffixed(minutes);
                some(quote!(#minutes))
            }
            None => none(),
        };
        let payload = opt_text(&ir.payload, Field::CallPayload);
        let literal = [&ir.body, &ir.display_text, &ir.payload]
            .iter()
            .all(|slot| slot.is_literal());
        generate::message(
            "VoiceCallMessage",
            literal,
            || json::voice_call(&shape(ir)),
            quote!(#p::voice_call(#body, #display_text, #ttl, #payload)),
        )
    }

    fn placeholder() -> TokenStream {
        generate::placeholder("voice_call")
    }
}

/// `ttl_minutes`: an integer literal, which the rules crate checks is in range.
fn ttl_minutes(lower: &mut Lower, value: Option<&Value>, parameters: &Path) -> Option<i64> {
    let number = Number::CallTtlMinutes;
    let path = parameters.key(number.key());
    let value = value?;
    lower.record(&path, value.span());
    if let Value::OtherLit(Lit::Int(int)) = value {
        if let Ok(minutes) = int.base10_parse::<i64>() {
            return Some(minutes);
        }
        let message = format!(
            "ttl_minutes is {}; WhatsApp allows {} to {} (30 days)",
            int.base10_digits(),
            number.min(),
            number.max()
        );
        lower.malformed(&path, int.span(), message);
        return None;
    }
    let message = format!(
        "`ttl_minutes` must be an integer literal from {} to {} (minutes); for a value known only at run time, use `VoiceCallMessage::builder()`",
        number.min(),
        number.max()
    );
    lower.malformed(&path, value.span(), message);
    None
}

fn shape(ir: &VoiceCallIr) -> shape::VoiceCall<'_> {
    shape::VoiceCall {
        header: ir.header,
        body: ir.body.shape(),
        footer: ir.footer,
        display_text: ir.display_text.shape(),
        ttl_minutes: ir.ttl_minutes,
        payload: ir.payload.shape(),
    }
}
