//! The wire JSON of a message: [`Rendered`], the JSON a literal message
//! carries, and [`JsonWriter`], the one writer of the `interactive` object.
//!
//! The writer is made of `const fn`s, so that the compiler holds the JSON a
//! literal message carries to its fields: a verifier walks the same code
//! that writes a run-time message's JSON and compares, byte for byte, the
//! JSON the macro wrote (`__private::literal_json!`, through the messages'
//! hidden `__with_json`); where the macro cannot write it (the options of a
//! `Choices` enum), the compiler writes it itself (`__private::literal!`).
//! At run time, [`render`] runs it twice: once to measure, once to write
//! into a buffer of exactly that size.

use std::borrow::Cow;
use std::fmt;

use wa_interactive_core::json_escape;

/// The JSON of a literal message, computed at compile time from its fields.
///
/// It is a cache of the fields, so it takes no part in equality.
#[derive(Clone, Copy, Default)]
pub(crate) struct Rendered(pub(crate) Option<&'static str>);

impl Rendered {
    /// No JSON carried: written from the fields when asked for.
    pub(crate) const NONE: Rendered = Rendered(None);
}

impl PartialEq for Rendered {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl fmt::Debug for Rendered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.is_some() {
            "Rendered"
        } else {
            "NotRendered"
        })
    }
}

/// Writes JSON into a byte buffer, counting every byte it is given; bytes
/// past the end of the buffer are counted, not written. With an empty
/// buffer it measures. A verifier writes nothing: it compares what it is
/// given with the bytes it expects.
///
/// Written for the compiler's evaluation of constants as much as for run
/// time: there, a library call on a slice (`len`, `split_at`,
/// `copy_from_slice`) costs as much as a dozen plain steps, so lengths are
/// read once, short runs are copied through indexing, and a verifier walks
/// its bytes with slice patterns.
pub(crate) struct JsonWriter<'b> {
    buf: &'b mut [u8],
    /// `buf.len()`, read once.
    cap: usize,
    len: usize,
    /// A verifier's expected bytes not yet compared; `None` for a writer.
    expected: Option<&'b [u8]>,
    /// Whether every byte a verifier was given matched.
    matches: bool,
}

impl<'b> JsonWriter<'b> {
    /// A writer into `buf`.
    pub(crate) const fn new(buf: &'b mut [u8]) -> Self {
        let cap = buf.len();
        JsonWriter {
            buf,
            cap,
            len: 0,
            expected: None,
            matches: true,
        }
    }

    /// A writer that writes nothing and compares what it is given with
    /// `expected`; [`matches`](JsonWriter::matches) tells the outcome.
    pub(crate) const fn verifier(expected: &'b [u8]) -> Self {
        JsonWriter {
            buf: &mut [],
            cap: 0,
            len: 0,
            expected: Some(expected),
            matches: true,
        }
    }

    /// Whether a verifier was given exactly its expected bytes.
    pub(crate) const fn matches(&self) -> bool {
        matches!(self.expected, Some([])) && self.matches
    }

    /// The bytes given so far.
    pub(crate) const fn len(&self) -> usize {
        self.len
    }

    /// Appends bytes as they are.
    pub(crate) const fn raw(&mut self, bytes: &[u8]) {
        if let Some(expected) = self.expected {
            self.expected = Some(self.compare(expected, bytes));
            return;
        }
        self.raw_range(bytes, 0, bytes.len());
    }

    /// What remains of a verifier's `expected` after `bytes`; a mismatch
    /// clears `matches`.
    const fn compare(&mut self, expected: &'b [u8], bytes: &[u8]) -> &'b [u8] {
        let mut expected = expected;
        let mut bytes = bytes;
        while let [byte, rest @ ..] = bytes {
            match expected {
                [e, tail @ ..] if *e == *byte => expected = tail,
                _ => {
                    self.matches = false;
                    return expected;
                }
            }
            bytes = rest;
        }
        expected
    }

    /// Appends `bytes[start..end]` (a writer's).
    const fn raw_range(&mut self, bytes: &[u8], start: usize, end: usize) {
        let at = self.len;
        let n = end - start;
        self.len += n;
        if self.len > self.cap {
            return;
        }
        if n > 64 {
            let (_, dest) = self.buf.split_at_mut(at);
            let (dest, _) = dest.split_at_mut(n);
            let (_, src) = bytes.split_at(start);
            let (src, _) = src.split_at(n);
            dest.copy_from_slice(src);
        } else {
            let mut i = 0;
            while i < n {
                self.buf[at + i] = bytes[start + i];
                i += 1;
            }
        }
    }

    /// Appends `value` as a JSON string, escaped as `serde_json` escapes it.
    pub(crate) const fn string(&mut self, value: &str) {
        if let Some(expected) = self.expected {
            self.expected = Some(self.compare_string(expected, value.as_bytes()));
            return;
        }
        let bytes = value.as_bytes();
        let n = bytes.len();
        self.raw(b"\"");
        let mut start = 0;
        let mut i = 0;
        while i < n {
            let byte = bytes[i];
            i += 1;
            // The common case first: nothing to escape.
            if byte >= 0x20 && byte != b'"' && byte != b'\\' {
                continue;
            }
            self.raw_range(bytes, start, i - 1);
            start = i;
            let (escaped, len) = json_escape(byte);
            self.raw_range(&escaped, 0, len);
        }
        self.raw_range(bytes, start, n);
        self.raw(b"\"");
    }

    /// What remains of a verifier's `expected` after the JSON string of
    /// `value`, compared in one walk.
    const fn compare_string(&mut self, expected: &'b [u8], value: &[u8]) -> &'b [u8] {
        let [b'"', rest @ ..] = expected else {
            self.matches = false;
            return expected;
        };
        let mut expected = rest;
        let mut value = value;
        while let [byte, rest @ ..] = value {
            let byte = *byte;
            value = rest;
            if byte >= 0x20 && byte != b'"' && byte != b'\\' {
                match expected {
                    [e, tail @ ..] if *e == byte => expected = tail,
                    _ => {
                        self.matches = false;
                        return expected;
                    }
                }
            } else {
                let (escaped, len) = json_escape(byte);
                let (escaped, _) = escaped.split_at(len);
                expected = self.compare(expected, escaped);
            }
        }
        if let [b'"', tail @ ..] = expected {
            return tail;
        }
        self.matches = false;
        expected
    }

    /// Appends `,"key":` (or `"key":` after `{`), with `key` as it is: keys
    /// are the API's names, which need no escaping.
    pub(crate) const fn key(&mut self, first: bool, key: &str) {
        if !first {
            self.raw(b",");
        }
        self.raw(b"\"");
        self.raw(key.as_bytes());
        self.raw(b"\":");
    }

    /// Appends `n` as a JSON number.
    pub(crate) const fn uint(&mut self, n: usize) {
        let mut digits = [0u8; 20];
        let mut start = digits.len();
        let mut rest = n;
        loop {
            start -= 1;
            #[allow(clippy::cast_possible_truncation)] // a digit, below 10
            let digit = (rest % 10) as u8;
            digits[start] = b'0' + digit;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        let mut i = start;
        while i < digits.len() {
            self.raw(&[digits[i]]);
            i += 1;
        }
    }

    /// Appends `,"key":"value"`.
    pub(crate) const fn field(&mut self, key: &str, value: &str) {
        self.key(false, key);
        self.string(value);
    }

    /// Appends `,"key":{"text":"value"}`.
    pub(crate) const fn wrapped(&mut self, key: &str, value: &str) {
        self.key(false, key);
        self.raw(b"{\"text\":");
        self.string(value);
        self.raw(b"}");
    }
}

/// The items of a `Cow` slice, in const context (where `Deref` cannot run).
#[allow(clippy::ptr_arg)]
pub(crate) const fn cow_slice<'a, T: Clone>(items: &'a Cow<'static, [T]>) -> &'a [T] {
    match items {
        Cow::Borrowed(items) => items,
        Cow::Owned(items) => items.as_slice(),
    }
}

/// The JSON `write` writes, in one allocation of exactly its size.
pub(crate) fn render(write: impl Fn(&mut JsonWriter<'_>)) -> String {
    let mut buf = vec![0; render_len(&write)];
    write(&mut JsonWriter::new(&mut buf));
    // The writer copies whole UTF-8 strings and ASCII only.
    String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Appends `value` to `out` as a JSON string; text that needs no escaping
/// (the common case: ids and phone numbers) is copied as it is.
pub(crate) fn push_string(out: &mut String, value: &str) {
    if value.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        out.push_str(&render(|w| w.string(value)));
    } else {
        out.push('"');
        out.push_str(value);
        out.push('"');
    }
}

/// The length of what `write` writes.
pub(crate) fn render_len(write: impl Fn(&mut JsonWriter<'_>)) -> usize {
    let mut measure = JsonWriter::new(&mut []);
    write(&mut measure);
    measure.len()
}

/// The text of bytes the writer wrote at compile time.
///
/// # Panics
///
/// On bytes that are not UTF-8, which the writer does not write.
pub const fn utf8(bytes: &[u8]) -> &str {
    match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => panic!("the JSON writer wrote invalid UTF-8"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_serde_json_does() {
        for text in [
            "",
            "plain",
            "quote \" backslash \\ slash /",
            "\n\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f}",
            "é🍕\u{2028}",
        ] {
            let ours = render(|w| w.string(text));
            assert_eq!(ours, serde_json::to_string(text).unwrap(), "{text:?}");
        }
    }

    #[test]
    fn numbers_as_serde_json_writes_them() {
        for n in [0, 7, 10, 100, 43_200, usize::MAX] {
            assert_eq!(render(|w| w.uint(n)), n.to_string());
        }
    }

    #[test]
    fn measures_what_it_writes() {
        let mut measure = JsonWriter::new(&mut []);
        measure.string("a\"b");
        assert_eq!(measure.len(), 6);
        let mut short = [0u8; 3];
        let mut w = JsonWriter::new(&mut short);
        w.raw(b"abcd");
        assert_eq!((w.len(), short), (4, [0, 0, 0]));
    }

    #[test]
    fn a_verifier_accepts_exactly_the_bytes_a_writer_writes() {
        let write = |w: &mut JsonWriter<'_>| {
            w.raw(b"{");
            w.key(true, "text");
            w.string("a \"b\" \\ c\n\u{1}é");
            w.key(false, "n");
            w.uint(42);
            w.raw(b"}");
        };
        let json = render(write);
        assert_eq!(json, r#"{"text":"a \"b\" \\ c\n\u0001é","n":42}"#);
        let verifies = |expected: &str| {
            let mut w = JsonWriter::verifier(expected.as_bytes());
            write(&mut w);
            w.matches()
        };
        assert!(verifies(&json));
        let unescaped = r#"{"text":"a "b" \ c\n\u0001é","n":42}"#;
        for wrong in [
            "",
            "{",
            &json[..json.len() - 1],
            &format!("{json} "),
            unescaped,
        ] {
            assert!(!verifies(wrong), "{wrong}");
        }
    }

    #[test]
    fn a_message_given_other_json_than_its_own_is_refused() {
        let ask = crate::LocationRequest::new("Where?").unwrap();
        let own = ask.interactive_json().into_owned();
        let own: &'static str = Box::leak(own.into_boxed_str());
        assert_eq!(ask.clone().__with_json(own).interactive_json(), own);
        let other = std::panic::catch_unwind(|| ask.clone().__with_json("{}"));
        assert!(other.is_err());
    }
}
