//! The wire JSON of a message: [`Rendered`], the JSON a literal message
//! carries, and [`JsonWriter`], the one writer of the `interactive` object.
//!
//! The writer is made of `const fn`s, so that the JSON of a message written
//! as a macro literal is computed from its fields by the compiler (see
//! `__private::literal!`): the JSON a message carries is its fields, written
//! by the same code that writes a run-time message's JSON. At run time,
//! [`render`] runs it twice: once to measure, once to write into a buffer
//! of exactly that size.

use std::borrow::Cow;
use std::fmt;

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
/// buffer it measures.
pub(crate) struct JsonWriter<'b> {
    buf: &'b mut [u8],
    len: usize,
}

impl<'b> JsonWriter<'b> {
    /// A writer into `buf`.
    pub(crate) const fn new(buf: &'b mut [u8]) -> Self {
        JsonWriter { buf, len: 0 }
    }

    /// The bytes given so far.
    pub(crate) const fn len(&self) -> usize {
        self.len
    }

    /// Appends bytes as they are.
    pub(crate) const fn raw(&mut self, bytes: &[u8]) {
        let end = self.len + bytes.len();
        if end <= self.buf.len() {
            let (_, rest) = self.buf.split_at_mut(self.len);
            let (dest, _) = rest.split_at_mut(bytes.len());
            dest.copy_from_slice(bytes);
        }
        self.len = end;
    }

    /// Appends `value` as a JSON string, escaped as `serde_json` escapes it.
    pub(crate) const fn string(&mut self, value: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let bytes = value.as_bytes();
        self.raw(b"\"");
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            let byte = bytes[i];
            let escape: &[u8] = match byte {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x08 => b"\\b",
                0x0c => b"\\f",
                0x00..=0x1f => b"",
                _ => {
                    i += 1;
                    continue;
                }
            };
            let (_, tail) = bytes.split_at(start);
            let (run, _) = tail.split_at(i - start);
            self.raw(run);
            if escape.is_empty() {
                self.raw(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[(byte >> 4) as usize],
                    HEX[(byte & 0xf) as usize],
                ]);
            } else {
                self.raw(escape);
            }
            i += 1;
            start = i;
        }
        let (_, rest) = bytes.split_at(start);
        self.raw(rest);
        self.raw(b"\"");
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
    pub(crate) const fn uint(&mut self, n: u32) {
        let mut digits = [0u8; 10];
        let mut start = digits.len();
        let mut rest = n;
        loop {
            start -= 1;
            digits[start] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        let (_, used) = digits.split_at(start);
        self.raw(used);
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
        for n in [0, 7, 10, 100, 43_200, u32::MAX] {
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
}
