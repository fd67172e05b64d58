//! Pass 2: the parsed tree, read as one message kind. This module holds
//! what every kind reads the same way (keys, texts, headers, arrays of
//! objects, choices); each kind's own reading is its `MessageKind::lower`.
//!
//! Unknown and repeated keys and values of the wrong form are reported
//! here. Every value's span is recorded under its JSON path, so that a
//! violation the rules crate reports at a path is pointed at the token it
//! is about.

use std::collections::HashMap;
use std::fmt::Display;

use proc_macro2::{Span, TokenStream, TokenTree};
use wa_interactive_core::shape::MediaKind;
use wa_interactive_core::{Field, Kind as RuleKind, Path, Violation};

use crate::diagnostics::{Cut, Diagnostics, describe};
use crate::ir::{ChoicesIr, Head, HeaderIr, Options, TextSlot};
use crate::parse::{Object, Value};

/// Why a field takes only a literal: the ids checked across values.
pub(crate) const IDS_LITERAL: &str = "ids are checked for uniqueness at compile time";

/// The lowering of one invocation: its errors and where each JSON path's
/// value was written.
pub(crate) struct Lower {
    diagnostics: Diagnostics,
    spans: HashMap<Path, Span>,
    /// Values already reported as malformed: the rules crate's findings at
    /// or below them would only repeat the error ("`body` is required").
    reported: Vec<Path>,
    /// The JSON path of each object read so far, by its address.
    objects: Vec<(usize, Path)>,
    /// Keys an unknown key was taken to mean, with the path of the object
    /// it was written in: not reported again as missing.
    meant: Vec<(Path, &'static str)>,
    root: Span,
}

/// Keys users put one level too high, with where they belong.
const MISPLACED: &[(&str, &str, &str)] = &[
    (
        "rows",
        "sections",
        "rows go inside a section: `sections: [ { rows: [ … ] } ]`",
    ),
    (
        "reply",
        "id",
        "write the button's `id` and `title` directly: `{ id: \"…\", title: \"…\" }`",
    ),
    (
        "parameters",
        "display_text",
        "write its keys directly at the top level, without `action` or `parameters`",
    ),
    (
        "action",
        "body",
        "write the action's keys directly at the top level (`button`, `sections`, `buttons`, …)",
    ),
];

/// The known key closest to `name`, if it is close enough to be a typo:
/// at most two edits (a swap of neighbours counts as one), and fewer than
/// half its letters.
pub(crate) fn nearest<'k>(name: &str, known: &[&'k str]) -> Option<&'k str> {
    known
        .iter()
        .map(|k| (edit_distance(name, k), *k))
        .filter(|(d, k)| *d <= 2 && *d * 2 < k.chars().count().max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Edits (insert, delete, substitute, swap neighbours) from `a` to `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Rows i-2, i-1 and i of the table.
    let mut before: Vec<usize> = Vec::new();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut row = Vec::with_capacity(b.len() + 1);
        row.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous
                .get(j)
                .map_or(usize::MAX, |d| d + usize::from(ca != cb));
            let delete = previous.get(j + 1).map_or(usize::MAX, |d| d + 1);
            let insert = row.get(j).map_or(usize::MAX, |d| d + 1);
            let mut best = substitute.min(delete).min(insert);
            let swapped = i > 0 && j > 0 && a.get(i - 1) == Some(cb) && b.get(j - 1) == Some(ca);
            if swapped {
                if let Some(d) = before.get(j - 1) {
                    best = best.min(d + 1);
                }
            }
            row.push(best);
        }
        before = std::mem::replace(&mut previous, row);
    }
    previous.last().copied().unwrap_or(0)
}

/// A number, character or boolean literal written as the string a text
/// field needs (`1` → `"1"`).
fn quoted(lit: &syn::Lit) -> Option<String> {
    let text = match lit {
        syn::Lit::Int(i) => i.base10_digits().to_owned(),
        syn::Lit::Float(f) => f.base10_digits().to_owned(),
        syn::Lit::Char(c) => c.value().to_string(),
        syn::Lit::Bool(b) => b.value.to_string(),
        _ => return None,
    };
    Some(format!("{text:?}"))
}

/// The values of one object's known keys.
pub(crate) struct Keys<'o> {
    found: Vec<(&'static str, &'o Value)>,
}

impl<'o> Keys<'o> {
    pub(crate) fn get(&self, key: &str) -> Option<&'o Value> {
        self.found.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }
}

impl Lower {
    pub(crate) fn new(root: Span) -> Self {
        Lower {
            diagnostics: Diagnostics::new(),
            spans: HashMap::new(),
            reported: Vec::new(),
            objects: Vec::new(),
            meant: Vec::new(),
            root,
        }
    }

    /// Every error reported while lowering and checking.
    pub(crate) fn finish(self) -> Result<(), Vec<syn::Error>> {
        self.diagnostics.check()
    }

    pub(crate) fn error(&mut self, span: Span, message: impl Display) {
        self.diagnostics.error(span, message);
    }

    /// Reports a malformed value at `path`.
    pub(crate) fn malformed(&mut self, path: &Path, span: Span, message: impl Display) {
        self.error(span, message);
        self.reported.push(path.clone());
    }

    /// Remembers that the value at `path` was written at `span`.
    pub(crate) fn record(&mut self, path: &Path, span: Span) {
        self.spans.entry(path.clone()).or_insert(span);
    }

    /// Remembers that `object` is the value at `path`.
    pub(crate) fn record_object(&mut self, path: &Path, object: &Object) {
        self.record(path, object.span);
        self.objects
            .push((std::ptr::from_ref(object) as usize, path.clone()));
    }

    /// Remembers that a key written in `object` was meant to be `key`.
    fn meant_in(&mut self, object: &Object, key: &'static str) {
        let address = std::ptr::from_ref(object) as usize;
        if let Some((_, path)) = self.objects.iter().find(|(a, _)| *a == address) {
            let path = path.clone();
            self.meant.push((path, key));
        }
    }

    /// The nearest path at or above `path` whose value was recorded.
    fn recorded(&self, path: &Path) -> Path {
        let mut path = path.clone();
        while !path.segs().is_empty() && !self.spans.contains_key(&path) {
            path = path.parent();
        }
        path
    }

    /// The span of `path`, or of the nearest enclosing thing that has one.
    fn span_of(&self, path: &Path) -> Span {
        let mut path = path.clone();
        loop {
            if let Some(span) = self.spans.get(&path) {
                return *span;
            }
            if path.segs().is_empty() {
                return self.root;
            }
            path = path.parent();
        }
    }

    /// Turns the rules crate's violations into errors at the tokens they are about.
    pub(crate) fn violations(&mut self, result: Result<(), Vec<Violation>>) {
        let Err(violations) = result else { return };
        for v in violations {
            let missing = matches!(v.kind, RuleKind::Missing { .. });
            let repeats = self.reported.iter().any(|r| {
                v.path.segs().starts_with(r.segs())
                    || (missing && r.segs().starts_with(v.path.segs()))
            });
            if repeats {
                continue;
            }
            if let RuleKind::Missing { key } = v.kind {
                // A misspelt key was already reported with its fix.
                let object = self.recorded(&v.path.parent());
                if self.meant.iter().any(|(o, k)| *o == object && *k == key) {
                    continue;
                }
            }
            let span = if missing {
                // A missing key is reported at the braces of the object that lacks it.
                self.span_of(&v.path.parent())
            } else {
                self.span_of(&v.path)
            };
            self.error(span, describe(&v.kind));
            if let RuleKind::Duplicate { first, .. } = &v.kind {
                let first = self.span_of(first);
                self.error(first, "first used here");
            }
        }
    }

    /// The values of `object`'s keys; unknown and repeated keys are errors.
    /// `what` names the object in errors ("a row").
    pub(crate) fn keys<'o>(
        &mut self,
        object: &'o Object,
        what: &str,
        known: &[&'static str],
    ) -> Keys<'o> {
        let mut found: Vec<(&'static str, &'o Value)> = Vec::new();
        let mut first_spans: Vec<(&'static str, Span)> = Vec::new();
        for entry in &object.entries {
            let name = entry.key.to_string();
            let name = name.strip_prefix("r#").unwrap_or(&name);
            let Some(key) = known.iter().find(|k| **k == name) else {
                let message = self.unknown_key(object, name, what, known);
                self.error(entry.key.span(), message);
                continue;
            };
            if let Some((_, first)) = first_spans.iter().find(|(k, _)| k == key) {
                let first = *first;
                self.error(entry.key.span(), format!("`{key}` is given twice"));
                self.error(first, "first given here");
            } else {
                first_spans.push((key, entry.key.span()));
                found.push((key, &entry.value));
            }
        }
        Keys { found }
    }

    /// The error for a key `object` does not take: where it belongs, the
    /// key it is a typo of (which is then not reported as missing), or the
    /// keys there are.
    fn unknown_key(
        &mut self,
        object: &Object,
        name: &str,
        what: &str,
        known: &[&'static str],
    ) -> String {
        let hint = MISPLACED
            .iter()
            .find(|(key, beside, _)| *key == name && known.contains(beside));
        match (hint, nearest(name, known)) {
            (Some((_, beside, hint)), _) => {
                // The key it belongs under is not reported as missing.
                if let Some(beside) = known.iter().find(|k| *k == beside) {
                    self.meant_in(object, beside);
                }
                format!("unknown key `{name}` in {what}; {hint}")
            }
            (None, Some(key)) => {
                self.meant_in(object, key);
                format!(
                    "unknown key `{}` in {what}; did you mean `{key}`?",
                    Cut(name)
                )
            }
            (None, None) => format!(
                "unknown key `{}` in {what}; expected one of: {}",
                Cut(name),
                known.join(", ")
            ),
        }
    }

    /// A text value for `field` at `path`. `literal_only` says why only a
    /// literal will do, for fields checked across values.
    pub(crate) fn text(
        &mut self,
        value: Option<&Value>,
        field: Field,
        path: &Path,
        literal_only: Option<&str>,
    ) -> TextSlot {
        let Some(value) = value else {
            return TextSlot::Absent;
        };
        self.record(path, value.span());
        match value {
            Value::Str(lit) => TextSlot::Literal {
                lit: lit.clone(),
                value: lit.value(),
            },
            Value::Expr { span, tokens } => match literal_only {
                Some(why) => {
                    self.malformed(
                        path,
                        *span,
                        format!("{field} must be a string literal: {why} (for values known only at run time, or kept in constants, use the message's builder)"),
                    );
                    TextSlot::Absent
                }
                None => TextSlot::Expr {
                    tokens: tokens.clone(),
                    span: *span,
                    constant: is_constant(tokens),
                },
            },
            other => {
                let expected = match literal_only {
                    Some(_) => "a string literal".to_owned(),
                    None => format!(
                        "a string literal or a `wa_interactive::text::{}`",
                        field.type_name()
                    ),
                };
                let message = match other {
                    Value::OtherLit(lit) => match quoted(lit) {
                        Some(quoted) => format!("{field} must be {expected}: write {quoted}"),
                        None => format!("{field} must be {expected}"),
                    },
                    _ => format!("{field} must be {expected}"),
                };
                self.malformed(path, other.span(), message);
                TextSlot::Absent
            }
        }
    }

    /// `body: …` or `footer: …`: a text sent as `{"text": …}`.
    fn wrapped(&mut self, keys: &Keys<'_>, key: &'static str, field: Field) -> TextSlot {
        let path = Path::root().key(key);
        if let Some(value) = keys.get(key) {
            self.record(&path, value.span());
        }
        self.text(keys.get(key), field, &path.key("text"), None)
    }

    /// `header`, `body` and `footer`.
    pub(crate) fn head(&mut self, keys: &Keys<'_>) -> Head {
        Head {
            header: self.header(keys.get("header"), &Path::root().key("header")),
            body: self.wrapped(keys, "body", Field::Body),
            footer: self.wrapped(keys, "footer", Field::Footer),
        }
    }

    /// `body` alone.
    pub(crate) fn body(&mut self, keys: &Keys<'_>) -> TextSlot {
        self.wrapped(keys, "body", Field::Body)
    }

    /// Whether `key` (`header` or `footer`, on a kind that has none) is
    /// given; its value is recorded so that the rule lands on it.
    pub(crate) fn stray(&mut self, keys: &Keys<'_>, key: &'static str) -> bool {
        let Some(value) = keys.get(key) else {
            return false;
        };
        self.record(&Path::root().key(key), value.span());
        true
    }

    /// A header at `path` (`header`, or a carousel card's).
    pub(crate) fn header(&mut self, value: Option<&Value>, path: &Path) -> HeaderIr {
        let Some(value) = value else {
            return HeaderIr::Absent;
        };
        self.record(path, value.span());
        let Value::Tagged { tag, body } = value else {
            return HeaderIr::Text(self.text(
                Some(value),
                Field::HeaderText,
                &path.key("text"),
                None,
            ));
        };
        let kind = match tag.to_string().as_str() {
            "image" => MediaKind::Image,
            "video" => MediaKind::Video,
            "document" => MediaKind::Document,
            other => {
                self.error(tag.span(), format!("unknown header kind `{}`; expected one of: image, video, document, or a string literal for a text header", Cut(other)));
                return HeaderIr::Absent;
            }
        };
        let path = path.key(kind.name());
        self.record_object(&path, body);
        let known = match kind {
            MediaKind::Document => wa_interactive_core::keys::DOCUMENT,
            MediaKind::Image | MediaKind::Video => wa_interactive_core::keys::MEDIA,
        };
        let what = match kind {
            MediaKind::Image => "an image header",
            MediaKind::Video => "a video header",
            MediaKind::Document => "a document header",
        };
        let keys = self.keys(body, what, known);
        HeaderIr::Media {
            kind,
            id: self.text(keys.get("id"), Field::MediaId, &path.key("id"), None),
            link: self.text(keys.get("link"), Field::MediaLink, &path.key("link"), None),
            filename: self.text(
                keys.get("filename"),
                Field::Filename,
                &path.key("filename"),
                None,
            ),
        }
    }

    /// An array of objects at `path`, each with its path; other forms are errors.
    pub(crate) fn objects<'o>(
        &mut self,
        value: Option<&'o Value>,
        path: &Path,
        what: &str,
    ) -> Option<Vec<(Path, &'o Object)>> {
        let value = value?;
        self.record(path, value.span());
        let Value::Array { items, .. } = value else {
            let message = format!("{what} must be a list: `[ {{ … }}, … ]`");
            self.malformed(path, value.span(), message);
            return None;
        };
        let mut objects = Vec::with_capacity(items.len());
        for item in items {
            match item {
                Value::Object(object) => {
                    // The index the rules crate will see: malformed items are left out.
                    let at = path.index(objects.len());
                    self.record_object(&at, object);
                    objects.push((at, object));
                }
                other => {
                    let message = format!("each item of {what} must be an object `{{ … }}`");
                    self.malformed(path, other.span(), message);
                }
            }
        }
        Some(objects)
    }

    /// The options at `path`: an array of objects, or the name of a
    /// `Choices` enum (a path whose last segment starts with a capital, as
    /// type names do); other forms are errors.
    pub(crate) fn options<'o>(
        &mut self,
        value: Option<&'o Value>,
        path: &Path,
        what: &str,
    ) -> Option<Options<(Path, &'o Object)>> {
        if let Some(Value::Expr { span, tokens }) = value {
            if is_type_name(tokens) {
                self.record(path, *span);
                return Some(Options::Choices(ChoicesIr {
                    ty: tokens.clone(),
                    span: *span,
                }));
            }
            let message = format!(
                "{what} must be a list `[ {{ … }}, … ]`, or the name of an enum that derives `wa_interactive::Choices`"
            );
            self.malformed(path, *span, message);
            return None;
        }
        self.objects(value, path, what).map(Options::Listed)
    }

    /// A literal naming one of `choices`; `None` (and an error) otherwise.
    /// `then` is what an invalid choice makes meaningless to check.
    pub(crate) fn choice<C: Copy>(
        &mut self,
        value: Option<&Value>,
        key: &str,
        choices: &[(&str, C)],
        then: &Path,
    ) -> Option<C> {
        let value = value?;
        if let Value::Str(lit) = value {
            let given = lit.value();
            if let Some((_, c)) = choices.iter().find(|(name, _)| *name == given) {
                return Some(*c);
            }
        }
        let names: Vec<String> = choices
            .iter()
            .map(|(name, _)| format!("\"{name}\""))
            .collect();
        let message = format!("`{key}` must be one of: {}", names.join(", "));
        self.malformed(then, value.span(), message);
        None
    }
}

/// Whether `tokens` are a path to a type: `Name`, `module::Name`,
/// `::crate_name::Name`, the last segment starting with a capital letter.
fn is_type_name(tokens: &TokenStream) -> bool {
    let mut last: Option<String> = None;
    // Whether the next token must be an identifier (after `::` or at the start).
    let mut want_ident = true;
    let mut colons = 0;
    for (i, token) in tokens.clone().into_iter().enumerate() {
        match token {
            TokenTree::Ident(ident) if want_ident && colons % 2 == 0 => {
                last = Some(ident.to_string());
                want_ident = false;
                colons = 0;
            }
            TokenTree::Punct(p) if p.as_char() == ':' && (i == 0 || !want_ident || colons == 1) => {
                colons += 1;
                want_ident = true;
            }
            _ => return false,
        }
    }
    !want_ident
        && last
            .as_deref()
            .and_then(|name| name.strip_prefix("r#").unwrap_or(name).chars().next())
            .is_some_and(char::is_uppercase)
}

/// Whether `tokens` name a constant: a path (`ASK`, `texts::ASK`,
/// `crate::ASK`) whose last segment is in upper case, as Rust names its
/// `const` and `static` items. Not `Self::ASK`: the constant is read in
/// an item of its own, where `Self` is not in scope.
fn is_constant(tokens: &TokenStream) -> bool {
    let mut last = None;
    let mut colons = 0;
    for token in tokens.clone() {
        match token {
            TokenTree::Ident(ident) if last.is_none() && ident == "Self" => return false,
            TokenTree::Ident(ident) if colons % 2 == 0 && (last.is_none() || colons == 2) => {
                last = Some(ident.to_string());
                colons = 0;
            }
            TokenTree::Punct(punct) if punct.as_char() == ':' && colons < 2 => colons += 1,
            _ => return false,
        }
    }
    colons == 0
        && last.is_some_and(|name| {
            name.chars().any(|c| c.is_ascii_uppercase())
                && name
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_find_the_key_they_meant() {
        assert_eq!(edit_distance("titel", "title"), 1);
        assert_eq!(edit_distance("bdy", "body"), 1);
        assert_eq!(edit_distance("", "id"), 2);
        assert_eq!(edit_distance("flow_cat", "flow_cta"), 1);
        let row = ["id", "title", "description"];
        assert_eq!(nearest("titel", &row), Some("title"));
        assert_eq!(nearest("tilte", &row), Some("title"));
        assert_eq!(nearest("descripton", &row), Some("description"));
        assert_eq!(nearest("ix", &row), None, "one letter of two is too far");
        assert_eq!(nearest("subtitle", &row), None);
        assert_eq!(nearest("名前", &row), None);
    }

    fn type_name(text: &str) -> bool {
        is_type_name(&text.parse().unwrap_or_default())
    }

    #[test]
    fn enum_names_are_type_paths() {
        for yes in [
            "Delivery",
            "menu::Delivery",
            "::app::menu::Delivery",
            "crate::Size",
            "r#Type",
        ] {
            assert!(type_name(yes), "{yes}");
        }
        for no in [
            "delivery",
            "Delivery::Pickup::x",
            "items",
            "x.Buttons",
            "Delivery:",
            "Delivery::",
            "::",
            ":Delivery",
            "Delivery:::X",
            "Vec<Row>",
            "f()",
            "",
        ] {
            assert!(!type_name(no), "{no}");
        }
    }

    #[test]
    fn constants_are_paths_in_upper_case() {
        let constant = |src: &str| super::is_constant(&src.parse().unwrap_or_default());
        for src in [
            "ASK",
            "texts::ASK",
            "::crate_name::ASK_2",
            "crate::A1",
            "self::ASK",
        ] {
            assert!(constant(src), "{src}");
        }
        for src in [
            "ask",
            "Body",
            "texts::Ask",
            "ASK()",
            "A B",
            "a:B",
            "ASK.clone()",
            "_",
            "1",
            "&ASK",
        ] {
            assert!(!constant(src), "{src}");
        }
    }
}
