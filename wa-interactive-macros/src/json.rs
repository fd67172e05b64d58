//! The JSON of a fully literal message, written at expansion time from the
//! shape the rules checked; the message carries it (`__with_json` attaches
//! it, trusting the macro), so nothing is written in const evaluation,
//! where every byte costs microseconds.
//!
//! The bytes must be those of the runtime's `JsonWriter` and of
//! `Serialize`: the same keys in the same order and the same escapes
//! (`serde_json`'s). `tests/literal_corpus.rs` holds the three to each other
//! over 1,125 generated literals. A text whose value is not known here (a
//! run-time value, a constant, the options of a `Choices` enum) makes the
//! JSON [`Unknown`]: the message then carries none, and its JSON is written
//! from its fields when asked.

use wa_interactive_core::json_escape;
use wa_interactive_core::limits::{ADDRESS_COUNTRY, FLOW_MESSAGE_VERSION};
use wa_interactive_core::shape::{
    self, ADDRESS_FIELDS, AddressFields, FlowAction, FlowData, Header, Text,
};

/// JSON being written.
struct Out(String);

/// A value the JSON needs is not known at expansion time.
#[derive(Debug, PartialEq)]
pub(crate) struct Unknown;

/// The value of a text, `None` when absent.
fn known(text: Text<'_>) -> Result<Option<&str>, Unknown> {
    match text {
        Text::Absent => Ok(None),
        Text::Given(value) => Ok(Some(value)),
        Text::Checked => Err(Unknown),
    }
}

/// The value of a text that must be present.
fn given(text: Text<'_>) -> Result<&str, Unknown> {
    known(text)?.ok_or(Unknown)
}

impl Out {
    fn new() -> Self {
        Out(String::with_capacity(256))
    }

    fn raw(&mut self, text: &str) {
        self.0.push_str(text);
    }

    /// `value` as a JSON string, escaped as `serde_json` escapes it (by
    /// the rules crate's table, which the runtime's writer uses too).
    fn string(&mut self, value: &str) {
        self.0.push('"');
        for c in value.chars() {
            let (escaped, len) = u8::try_from(c).map_or(([0; 6], 0), json_escape);
            if len == 0 {
                self.0.push(c);
            } else {
                self.0
                    .extend(escaped.iter().take(len).map(|&b| char::from(b)));
            }
        }
        self.0.push('"');
    }

    /// `,"key":`, or `"key":` first in its object.
    fn key(&mut self, first: bool, key: &str) {
        if !first {
            self.0.push(',');
        }
        self.0.push('"');
        self.0.push_str(key);
        self.0.push_str("\":");
    }

    /// `,"key":"value"`.
    fn field(&mut self, key: &str, value: &str) {
        self.key(false, key);
        self.string(value);
    }

    /// `,"key":{"text":"value"}`.
    fn wrapped(&mut self, key: &str, value: &str) {
        self.key(false, key);
        self.raw("{\"text\":");
        self.string(value);
        self.raw("}");
    }

    /// `{"type":"kind"`, the header, body and footer; the kind writes the rest.
    fn head(
        &mut self,
        kind: &str,
        header: &Header<'_>,
        body: Text<'_>,
        footer: Text<'_>,
    ) -> Result<(), Unknown> {
        self.raw("{");
        self.key(true, "type");
        self.string(kind);
        if !matches!(header, Header::Absent) {
            self.key(false, "header");
            self.header(header)?;
        }
        self.wrapped("body", given(body)?);
        if let Some(footer) = known(footer)? {
            self.wrapped("footer", footer);
        }
        Ok(())
    }

    fn header(&mut self, header: &Header<'_>) -> Result<(), Unknown> {
        self.raw("{");
        self.key(true, "type");
        match header {
            Header::Text(text) => {
                self.string("text");
                self.field("text", given(*text)?);
            }
            Header::Media(media) => {
                let kind = media.kind.name();
                self.string(kind);
                self.key(false, kind);
                self.raw("{");
                match (known(media.id)?, known(media.link)?) {
                    (Some(id), _) => {
                        self.key(true, "id");
                        self.string(id);
                    }
                    (None, Some(link)) => {
                        self.key(true, "link");
                        self.string(link);
                    }
                    (None, None) => return Err(Unknown),
                }
                if let Some(filename) = known(media.filename)? {
                    self.field("filename", filename);
                }
                self.raw("}");
            }
            Header::Absent => return Err(Unknown),
        }
        self.raw("}");
        Ok(())
    }

    /// `[item,item,…]`.
    fn array<T>(
        &mut self,
        items: &[T],
        mut item: impl FnMut(&mut Self, usize, &T) -> Result<(), Unknown>,
    ) -> Result<(), Unknown> {
        self.raw("[");
        for (i, value) in items.iter().enumerate() {
            if i > 0 {
                self.raw(",");
            }
            item(self, i, value)?;
        }
        self.raw("]");
        Ok(())
    }

    /// `{"title":"…","key":[item,…]}`: a section of a list or a product
    /// list, whose title is optional.
    fn section<T>(
        &mut self,
        title: Text<'_>,
        key: &str,
        items: Option<&[T]>,
        item: impl FnMut(&mut Self, usize, &T) -> Result<(), Unknown>,
    ) -> Result<(), Unknown> {
        self.raw("{");
        let title = known(title)?;
        if let Some(title) = title {
            self.key(true, "title");
            self.string(title);
        }
        self.key(title.is_none(), key);
        self.array(items.ok_or(Unknown)?, item)?;
        self.raw("}");
        Ok(())
    }

    /// `{"id":"…","title":"…"}`.
    fn reply(&mut self, reply: &shape::Reply<'_>) -> Result<(), Unknown> {
        self.raw("{");
        self.key(true, "id");
        self.string(given(reply.id)?);
        self.field("title", given(reply.title)?);
        self.raw("}");
        Ok(())
    }

    /// An address's field texts, in the order of `ADDRESS_FIELDS`.
    fn address_fields(&mut self, fields: &AddressFields<'_>) -> Result<(), Unknown> {
        self.raw("{");
        let mut first = true;
        for (key, text) in ADDRESS_FIELDS.iter().zip(fields) {
            if let Some(text) = known(*text)? {
                self.key(first, key);
                self.string(text);
                first = false;
            }
        }
        self.raw("}");
        Ok(())
    }

    #[allow(clippy::unnecessary_wraps)] // the end of every renderer
    fn done(self) -> Result<String, Unknown> {
        Ok(self.0)
    }
}

pub(crate) fn list(s: &shape::List<'_>) -> Result<String, Unknown> {
    let mut o = Out::new();
    o.head("list", &s.header, s.body, s.footer)?;
    o.raw(",\"action\":{");
    o.key(true, "button");
    o.string(given(s.button)?);
    o.key(false, "sections");
    o.array(s.sections.as_deref().ok_or(Unknown)?, |o, _, section| {
        o.section(
            section.title,
            "rows",
            section.rows.as_deref(),
            |o, _, row| {
                o.raw("{");
                o.key(true, "id");
                o.string(given(row.id)?);
                o.field("title", given(row.title)?);
                if let Some(description) = known(row.description)? {
                    o.field("description", description);
                }
                o.raw("}");
                Ok(())
            },
        )
    })?;
    o.raw("}}");
    o.done()
}

pub(crate) fn buttons(s: &shape::Buttons<'_>) -> Result<String, Unknown> {
    let mut o = Out::new();
    o.head("button", &s.header, s.body, s.footer)?;
    o.raw(",\"action\":{\"buttons\":");
    o.array(s.buttons.as_deref().ok_or(Unknown)?, |o, _, reply| {
        o.raw("{\"type\":\"reply\",\"reply\":");
        o.reply(reply)?;
        o.raw("}");
        Ok(())
    })?;
    o.raw("}}");
    o.done()
}

pub(crate) fn location(s: &shape::Location<'_>) -> Result<String, Unknown> {
    let mut o = Out::new();
    o.head(
        "location_request_message",
        &Header::Absent,
        s.body,
        Text::Absent,
    )?;
    o.raw(",\"action\":{\"name\":\"send_location\"}}");
    o.done()
}

/// The `text` object of a text message (`{"body":…,"preview_url":…}`);
/// `preview_url` as given.
pub(crate) fn text_message(
    s: &shape::TextMessage<'_>,
    preview_url: Option<bool>,
) -> Result<String, Unknown> {
    let mut o = Out::new();
    o.raw("{");
    o.key(true, "body");
    o.string(given(s.body)?);
    if let Some(flag) = preview_url {
        o.key(false, "preview_url");
        o.raw(if flag { "true" } else { "false" });
    }
    o.raw("}");
    o.done()
}

pub(crate) fn contact_info(s: &shape::ContactInfo<'_>) -> Result<String, Unknown> {
    let mut o = Out::new();
    o.head(
        "request_contact_info",
        &Header::Absent,
        s.body,
        Text::Absent,
    )?;
    o.raw(",\"action\":{\"name\":\"request_contact_info\"}}");
    o.done()
}

pub(crate) fn call_permission(s: &shape::CallPermission<'_>) -> Result<String, Unknown> {
    let mut o = Out::new();
    o.raw("{");
    o.key(true, "type");
    o.string("call_permission_request");
    if let Some(body) = known(s.body)? {
        o.wrapped("body", body);
    }
    o.raw(",\"action\":{\"name\":\"call_permission_request\"}}");
    o.done()
}

pub(crate) fn cta_url(s: &shape::CtaUrl<'_>) -> Result<String, Unknown> {
    let mut o = Out::new();
    o.head("cta_url", &s.header, s.body, s.footer)?;
    o.raw(",\"action\":{\"name\":\"cta_url\",\"parameters\":{");
    o.key(true, "display_text");
    o.string(given(s.display_text)?);
    o.field("url", given(s.url)?);
    o.raw("}}}");
    o.done()
}

pub(crate) fn flow(s: &shape::Flow<'_>) -> Result<String, Unknown> {
    let mut o = Out::new();
    o.head("flow", &s.header, s.body, s.footer)?;
    o.raw(",\"action\":{\"name\":\"flow\",\"parameters\":{");
    o.key(true, "flow_message_version");
    o.string(FLOW_MESSAGE_VERSION);
    match (known(s.flow_id)?, known(s.flow_name)?) {
        (Some(id), _) => o.field("flow_id", id),
        (None, Some(name)) => o.field("flow_name", name),
        (None, None) => return Err(Unknown),
    }
    o.field("flow_cta", given(s.flow_cta)?);
    if let Some(mode) = s.mode {
        o.field("mode", mode.name());
    }
    if let Some(token) = known(s.flow_token)? {
        o.field("flow_token", token);
    }
    o.field("flow_action", s.action.name());
    if s.action == FlowAction::Navigate {
        let (screen, data) = s.payload.unwrap_or((Text::Absent, FlowData::Absent));
        // Data is never literal in a macro: its JSON is the compiler's to write.
        if data != FlowData::Absent {
            return Err(Unknown);
        }
        if let Some(screen) = known(screen)? {
            o.key(false, "flow_action_payload");
            o.raw("{");
            o.key(true, "screen");
            o.string(screen);
            o.raw("}");
        }
    }
    o.raw("}}}");
    o.done()
}

pub(crate) fn product(s: &shape::Product<'_>) -> Result<String, Unknown> {
    let mut o = Out::new();
    o.raw("{");
    o.key(true, "type");
    o.string("product");
    if let Some(body) = known(s.body)? {
        o.wrapped("body", body);
    }
    if let Some(footer) = known(s.footer)? {
        o.wrapped("footer", footer);
    }
    o.raw(",\"action\":{");
    o.key(true, "catalog_id");
    o.string(given(s.catalog_id)?);
    o.field("product_retailer_id", given(s.product_retailer_id)?);
    o.raw("}}");
    o.done()
}

pub(crate) fn product_list(s: &shape::ProductList<'_>) -> Result<String, Unknown> {
    let mut o = Out::new();
    o.head("product_list", &s.header, s.body, s.footer)?;
    o.raw(",\"action\":{");
    o.key(true, "catalog_id");
    o.string(given(s.catalog_id)?);
    o.key(false, "sections");
    o.array(s.sections.as_deref().ok_or(Unknown)?, |o, _, section| {
        let products = section.products.as_deref();
        o.section(section.title, "product_items", products, |o, _, product| {
            o.raw("{");
            o.key(true, "product_retailer_id");
            o.string(given(*product)?);
            o.raw("}");
            Ok(())
        })
    })?;
    o.raw("}}");
    o.done()
}

pub(crate) fn catalog(s: &shape::Catalog<'_>) -> Result<String, Unknown> {
    let mut o = Out::new();
    o.head("catalog_message", &s.header, s.body, s.footer)?;
    o.raw(",\"action\":{\"name\":\"catalog_message\"");
    if let Some(thumbnail) = known(s.thumbnail)? {
        o.key(false, "parameters");
        o.raw("{");
        o.key(true, "thumbnail_product_retailer_id");
        o.string(thumbnail);
        o.raw("}");
    }
    o.raw("}}");
    o.done()
}

pub(crate) fn carousel(s: &shape::Carousel<'_>) -> Result<String, Unknown> {
    let mut o = Out::new();
    o.head("carousel", &s.header, s.body, s.footer)?;
    o.raw(",\"action\":{\"cards\":");
    o.array(s.cards.as_deref().ok_or(Unknown)?, |o, index, card| {
        o.raw("{");
        o.key(true, "card_index");
        o.raw(&index.to_string());
        match card {
            shape::Card::Media(card) => {
                o.field("type", "cta_url");
                o.key(false, "header");
                o.header(&card.header)?;
                if let Some(body) = known(card.body)? {
                    o.wrapped("body", body);
                }
                o.key(false, "action");
                match (&card.url, &card.buttons) {
                    (Some((display_text, url)), _) => {
                        o.raw("{\"name\":\"cta_url\",\"parameters\":{");
                        o.key(true, "display_text");
                        o.string(given(*display_text)?);
                        o.field("url", given(*url)?);
                        o.raw("}}");
                    }
                    (None, Some(replies)) => {
                        o.raw("{\"buttons\":");
                        o.array(replies, |o, _, reply| {
                            o.raw("{\"type\":\"quick_reply\",\"quick_reply\":");
                            o.reply(reply)?;
                            o.raw("}");
                            Ok(())
                        })?;
                        o.raw("}");
                    }
                    (None, None) => return Err(Unknown),
                }
            }
            shape::Card::Product(card) => {
                o.field("type", "product");
                o.raw(",\"action\":{");
                o.key(true, "product_retailer_id");
                o.string(given(card.product_retailer_id)?);
                o.field("catalog_id", given(card.catalog_id)?);
                o.raw("}");
            }
        }
        o.raw("}");
        Ok(())
    })?;
    o.raw("}}");
    o.done()
}

pub(crate) fn voice_call(s: &shape::VoiceCall<'_>) -> Result<String, Unknown> {
    let mut o = Out::new();
    o.head("voice_call", &Header::Absent, s.body, Text::Absent)?;
    o.raw(",\"action\":{\"name\":\"voice_call\"");
    let display_text = known(s.display_text)?;
    let payload = known(s.payload)?;
    if display_text.is_some() || s.ttl_minutes.is_some() || payload.is_some() {
        o.raw(",\"parameters\":{");
        let mut first = true;
        if let Some(text) = display_text {
            o.key(first, "display_text");
            o.string(text);
            first = false;
        }
        if let Some(minutes) = s.ttl_minutes {
            o.key(first, "ttl_minutes");
            o.raw(&minutes.to_string());
            first = false;
        }
        if let Some(payload) = payload {
            o.key(first, "payload");
            o.string(payload);
        }
        o.raw("}");
    }
    o.raw("}}");
    o.done()
}

pub(crate) fn address(s: &shape::Address<'_>) -> Result<String, Unknown> {
    let mut o = Out::new();
    o.head("address_message", &s.header, s.body, s.footer)?;
    o.raw(",\"action\":{\"name\":\"address_message\",\"parameters\":{");
    o.key(true, "country");
    o.string(ADDRESS_COUNTRY);
    if let Some(values) = &s.values {
        o.key(false, "values");
        o.address_fields(values)?;
    }
    if let Some(saved) = &s.saved_addresses {
        o.key(false, "saved_addresses");
        o.array(saved, |o, _, address| {
            o.raw("{");
            o.key(true, "id");
            o.string(given(address.id)?);
            o.key(false, "value");
            o.address_fields(address.value.as_ref().ok_or(Unknown)?)?;
            o.raw("}");
            Ok(())
        })?;
    }
    if let Some(errors) = &s.validation_errors {
        o.key(false, "validation_errors");
        o.address_fields(errors)?;
    }
    o.raw("}}}");
    o.done()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let cases = [
            ("plain", r#""plain""#),
            ("a \"quote\" and a \\", r#""a \"quote\" and a \\""#),
            ("\n\r\t\u{8}\u{c}", r#""\n\r\t\b\f""#),
            ("\u{0}\u{1f}\u{7f}", "\"\\u0000\\u001f\u{7f}\""),
            ("é 🍕 /", "\"é 🍕 /\""),
        ];
        for (text, json) in cases {
            let mut out = Out::new();
            out.string(text);
            assert_eq!(out.0, json, "{text:?}");
        }
    }

    #[test]
    fn a_value_known_only_at_run_time_leaves_the_json_to_the_compiler() {
        let location = |body| shape::Location { body };
        assert_eq!(
            location(Text::Given("Where?")).check(),
            Ok(()),
            "a valid shape"
        );
        assert_eq!(
            super::location(&location(Text::Given("Where?"))).as_deref(),
            Ok(
                r#"{"type":"location_request_message","body":{"text":"Where?"},"action":{"name":"send_location"}}"#
            )
        );
        assert_eq!(super::location(&location(Text::Checked)), Err(Unknown));
    }
}
