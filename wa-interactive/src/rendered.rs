//! The wire JSON of a message: [`Rendered`], the JSON a literal message
//! carries, and [`JsonWriter`], the one writer of the `interactive` object
//! at run time.
//!
//! A fully literal message carries the JSON the macro wrote for it (the
//! `__private` constructors trust the macro; the differential test in
//! `tests/literal_corpus.rs` proves that JSON equals `Serialize`'s). Every
//! other message is written from its fields here, in one pass into one
//! string.

use std::fmt;

use wa_interactive_core::json_escape;

/// The JSON of a literal message, written by the macro from its fields.
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

/// Which bytes [`json_escape`] escapes, read from it once.
const ESCAPED: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        #[allow(clippy::cast_possible_truncation)] // below 256
        let escape = json_escape(byte as u8);
        table[byte] = escape.1 > 0;
        byte += 1;
    }
    table
};

/// Appends JSON to a string: keys, strings escaped as `serde_json`
/// escapes them (by the rules crate's table, which the macros' writer uses
/// too), numbers and arrays.
pub(crate) struct JsonWriter<'a>(&'a mut String);

impl<'a> JsonWriter<'a> {
    /// A writer appending to `out`.
    pub(crate) fn new(out: &'a mut String) -> Self {
        JsonWriter(out)
    }

    /// Appends `text` as it is.
    pub(crate) fn raw(&mut self, text: &str) {
        self.0.push_str(text);
    }

    /// Appends `value` as a JSON string; runs that need no escape are
    /// copied whole.
    pub(crate) fn string(&mut self, value: &str) {
        self.0.push('"');
        let mut rest = value;
        while let Some(at) = rest.bytes().position(|b| ESCAPED[usize::from(b)]) {
            // An escaped byte is ASCII: `at` and `at + 1` are boundaries.
            let (plain, tail) = rest.split_at(at);
            self.0.push_str(plain);
            let (escaped, len) = json_escape(tail.as_bytes()[0]);
            // The escapes are ASCII.
            self.0
                .extend(escaped[..len].iter().copied().map(char::from));
            rest = &tail[1..];
        }
        self.0.push_str(rest);
        self.0.push('"');
    }

    /// Appends `,"key":` (or `"key":` first in its object), with `key` as
    /// it is: keys are the API's names, which need no escaping.
    pub(crate) fn key(&mut self, first: bool, key: &str) {
        if !first {
            self.0.push(',');
        }
        self.0.push('"');
        self.0.push_str(key);
        self.0.push_str("\":");
    }

    /// Appends `n` as a JSON number.
    pub(crate) fn uint(&mut self, n: usize) {
        use fmt::Write as _;
        // Writing into a `String` cannot fail.
        let _ = write!(self.0, "{n}");
    }

    /// Appends `,"key":"value"`.
    pub(crate) fn field(&mut self, key: &str, value: &str) {
        self.key(false, key);
        self.string(value);
    }

    /// Appends `,"key":{"text":"value"}`.
    pub(crate) fn wrapped(&mut self, key: &str, value: &str) {
        self.key(false, key);
        self.raw("{\"text\":");
        self.string(value);
        self.raw("}");
    }

    /// Appends `[…]` of `len` items, item `i` written by `write(w, i)`.
    /// Not generic, so that it is compiled once for every kind of item.
    pub(crate) fn array(&mut self, len: usize, write: &mut dyn FnMut(&mut Self, usize)) {
        self.0.push('[');
        for i in 0..len {
            if i > 0 {
                self.0.push(',');
            }
            write(self, i);
        }
        self.0.push(']');
    }

    /// Appends a section of a list or product list: `{"title":…,"key":[…]}`
    /// (no title when `title` is `None`) of `len` items, each written by
    /// `write`.
    pub(crate) fn section(
        &mut self,
        title: Option<&str>,
        key: &str,
        len: usize,
        write: &mut dyn FnMut(&mut Self, usize),
    ) {
        self.raw("{");
        if let Some(title) = title {
            self.key(true, "title");
            self.string(title);
        }
        self.key(title.is_none(), key);
        self.array(len, write);
        self.raw("}");
    }
}

/// The JSON `write` writes, in one string.
pub(crate) fn render(write: &dyn Fn(&mut JsonWriter<'_>)) -> String {
    let mut out = String::with_capacity(512);
    write(&mut JsonWriter::new(&mut out));
    out
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
            "\"é\"\u{1}🍕\\",
        ] {
            let ours = render(&|w| w.string(text));
            assert_eq!(ours, serde_json::to_string(text).unwrap(), "{text:?}");
        }
    }

    #[test]
    fn numbers_as_serde_json_writes_them() {
        for n in [0, 7, 10, 100, 43_200, usize::MAX] {
            assert_eq!(render(&|w| w.uint(n)), n.to_string());
        }
    }

    #[test]
    fn arrays_and_sections() {
        let items = ["a", "b"];
        let json = render(&|w| {
            w.array(items.len(), &mut |w, i| {
                let rows = [items[i], "\""];
                w.section((i == 0).then_some("T"), "rows", rows.len(), &mut |w, r| {
                    w.string(rows[r]);
                });
            });
        });
        assert_eq!(
            json,
            r#"[{"title":"T","rows":["a","\""]},{"rows":["b","\""]}]"#
        );
        assert_eq!(render(&|w| w.array(0, &mut |_, _| {})), "[]");
    }
}
