//! Renders a fully known shape as the API's `interactive` JSON object.
//!
//! The output is byte for byte what `serde_json::to_string` gives for the
//! same message in `wa-interactive` (same key order, same escaping), so the
//! macro can render a literal message at compile time and the runtime can
//! send those bytes as they are. A text that is [`Text::Checked`] (not known
//! here) makes the render return `None`.

use crate::shape::{Buttons, CtaUrl, Flow, FlowData, Header, List, Location, Text};

/// Appends `value` as a JSON string, escaped as `serde_json` escapes it.
pub fn push_str(out: &mut String, value: &str) {
    out.push('"');
    let mut start = 0;
    for (i, byte) in value.bytes().enumerate() {
        let escape: &str = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0x00..=0x1f => "",
            _ => continue,
        };
        out.push_str(&value[start..i]);
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&value[start..]);
    out.push('"');
}

/// A JSON object being written.
struct Obj<'o> {
    out: &'o mut String,
    first: bool,
}

impl<'o> Obj<'o> {
    fn open(out: &'o mut String) -> Self {
        out.push('{');
        Obj { out, first: true }
    }

    fn key(&mut self, key: &str) -> &mut String {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        push_str(self.out, key);
        self.out.push(':');
        self.out
    }

    fn str(&mut self, key: &str, value: &str) {
        push_str(self.key(key), value);
    }

    /// Writes `key: value` for a given text, nothing for an absent one;
    /// `None` for a text not known here.
    fn text(&mut self, key: &str, text: Text<'_>) -> Option<()> {
        match text {
            Text::Given(value) => self.str(key, value),
            Text::Absent => {}
            Text::Checked => return None,
        }
        Some(())
    }

    /// `key: {"text": value}`
    fn wrapped(&mut self, key: &str, text: Text<'_>) -> Option<()> {
        match text {
            Text::Given(value) => {
                let mut inner = Obj::open(self.key(key));
                inner.str("text", value);
                inner.close();
            }
            Text::Absent => {}
            Text::Checked => return None,
        }
        Some(())
    }

    fn close(self) {
        self.out.push('}');
    }
}

fn header(o: &mut Obj<'_>, header: &Header<'_>) -> Option<()> {
    match header {
        Header::Absent => {}
        Header::Text(text) => {
            let mut h = Obj::open(o.key("header"));
            h.str("type", "text");
            h.text("text", *text)?;
            h.close();
        }
        Header::Media(media) => {
            let mut h = Obj::open(o.key("header"));
            h.str("type", media.kind.name());
            let mut m = Obj::open(h.key(media.kind.name()));
            m.text("id", media.id)?;
            m.text("link", media.link)?;
            m.text("filename", media.filename)?;
            m.close();
            h.close();
        }
    }
    Some(())
}

/// Writes `type`, `header`, `body` and `footer`, the start every kind shares.
fn start<'o>(
    out: &'o mut String,
    kind: &str,
    head: &Header<'_>,
    body: Text<'_>,
    footer: Text<'_>,
) -> Option<Obj<'o>> {
    let mut o = Obj::open(out);
    o.str("type", kind);
    header(&mut o, head)?;
    o.wrapped("body", body)?;
    o.wrapped("footer", footer)?;
    Some(o)
}

impl List<'_> {
    /// The `interactive` JSON of this list, when every text is known.
    pub fn to_json(&self) -> Option<String> {
        let mut out = String::with_capacity(256);
        self.write_json(&mut out)?;
        Some(out)
    }

    /// Appends the `interactive` JSON to `out`; `None` (with `out` partly
    /// written) when a text is not known here.
    pub fn write_json(&self, out: &mut String) -> Option<()> {
        let mut o = start(out, "list", &self.header, self.body, self.footer)?;
        let mut action = Obj::open(o.key("action"));
        action.text("button", self.button)?;
        let sections = action.key("sections");
        sections.push('[');
        for (i, section) in self
            .sections
            .as_deref()
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            if i > 0 {
                sections.push(',');
            }
            let mut s = Obj::open(sections);
            s.text("title", section.title)?;
            let rows = s.key("rows");
            rows.push('[');
            for (j, row) in section
                .rows
                .as_deref()
                .unwrap_or_default()
                .iter()
                .enumerate()
            {
                if j > 0 {
                    rows.push(',');
                }
                let mut r = Obj::open(rows);
                r.text("id", row.id)?;
                r.text("title", row.title)?;
                r.text("description", row.description)?;
                r.close();
            }
            rows.push(']');
            s.close();
        }
        sections.push(']');
        action.close();
        o.close();
        Some(())
    }
}

impl Buttons<'_> {
    /// The `interactive` JSON of this message, when every text is known.
    pub fn to_json(&self) -> Option<String> {
        let mut out = String::with_capacity(256);
        self.write_json(&mut out)?;
        Some(out)
    }

    /// Appends the `interactive` JSON to `out`; `None` (with `out` partly
    /// written) when a text is not known here.
    pub fn write_json(&self, out: &mut String) -> Option<()> {
        let mut o = start(out, "button", &self.header, self.body, self.footer)?;
        let mut action = Obj::open(o.key("action"));
        let buttons = action.key("buttons");
        buttons.push('[');
        for (i, button) in self
            .buttons
            .as_deref()
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            if i > 0 {
                buttons.push(',');
            }
            let mut b = Obj::open(buttons);
            b.str("type", "reply");
            let mut reply = Obj::open(b.key("reply"));
            reply.text("id", button.id)?;
            reply.text("title", button.title)?;
            reply.close();
            b.close();
        }
        buttons.push(']');
        action.close();
        o.close();
        Some(())
    }
}

impl Location<'_> {
    /// The `interactive` JSON of this message, when its body is known.
    pub fn to_json(&self) -> Option<String> {
        let mut out = String::with_capacity(96);
        self.write_json(&mut out)?;
        Some(out)
    }

    /// Appends the `interactive` JSON to `out`; `None` (with `out` partly
    /// written) when a text is not known here.
    pub fn write_json(&self, out: &mut String) -> Option<()> {
        let mut o = start(
            out,
            "location_request_message",
            &Header::Absent,
            self.body,
            Text::Absent,
        )?;
        let mut action = Obj::open(o.key("action"));
        action.str("name", "send_location");
        action.close();
        o.close();
        Some(())
    }
}

impl CtaUrl<'_> {
    /// The `interactive` JSON of this message, when every text is known.
    pub fn to_json(&self) -> Option<String> {
        let mut out = String::with_capacity(160);
        self.write_json(&mut out)?;
        Some(out)
    }

    /// Appends the `interactive` JSON to `out`; `None` (with `out` partly
    /// written) when a text is not known here.
    pub fn write_json(&self, out: &mut String) -> Option<()> {
        let mut o = start(out, "cta_url", &self.header, self.body, self.footer)?;
        let mut action = Obj::open(o.key("action"));
        action.str("name", "cta_url");
        let mut p = Obj::open(action.key("parameters"));
        p.text("display_text", self.display_text)?;
        p.text("url", self.url)?;
        p.close();
        action.close();
        o.close();
        Some(())
    }
}

impl Flow<'_> {
    /// The `interactive` JSON of this message, when every text is known.
    pub fn to_json(&self) -> Option<String> {
        let mut out = String::with_capacity(192);
        self.write_json(&mut out)?;
        Some(out)
    }

    /// Appends the `interactive` JSON to `out`; `None` (with `out` partly
    /// written) when a text is not known here.
    pub fn write_json(&self, out: &mut String) -> Option<()> {
        let mut o = start(out, "flow", &self.header, self.body, self.footer)?;
        let mut action = Obj::open(o.key("action"));
        action.str("name", "flow");
        let mut p = Obj::open(action.key("parameters"));
        match self.version {
            Text::Absent => p.str("flow_message_version", "3"),
            version => p.text("flow_message_version", version)?,
        }
        p.text("flow_id", self.flow_id)?;
        p.text("flow_name", self.flow_name)?;
        p.text("flow_cta", self.flow_cta)?;
        if let Some(mode) = self.mode {
            p.str("mode", mode.name());
        }
        p.text("flow_token", self.flow_token)?;
        p.str("flow_action", self.action.name());
        if let Some((screen, data)) = &self.payload {
            let mut payload = Obj::open(p.key("flow_action_payload"));
            payload.text("screen", *screen)?;
            match data {
                FlowData::Absent => {}
                FlowData::Object(json) => payload.key("data").push_str(json),
                FlowData::Checked | FlowData::Invalid => return None,
            }
            payload.close();
        }
        p.close();
        action.close();
        o.close();
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_serde_json() {
        let mut out = String::new();
        push_str(&mut out, "a\"b\\c\n\u{1}\u{7f}é🍕/");
        assert_eq!(out, "\"a\\\"b\\\\c\\n\\u0001\u{7f}é🍕/\"");
    }

    #[test]
    fn checked_text_cannot_render() {
        let l = Location {
            body: Text::Checked,
        };
        assert_eq!(l.to_json(), None);
        let l = Location {
            body: Text::Given("Where?"),
        };
        assert_eq!(
            l.to_json().as_deref(),
            Some(
                r#"{"type":"location_request_message","body":{"text":"Where?"},"action":{"name":"send_location"}}"#
            )
        );
    }
}
