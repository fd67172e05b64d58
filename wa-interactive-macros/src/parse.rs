//! Pass 1: the DSL's tokens as a tree of objects, arrays, string literals
//! and embedded expressions. Anything well-formed is accepted here; what a
//! key means and whether its value fits is decided by `lower`.
//!
//! syn's expression parser (its `full` feature) is not used: an embedded
//! expression is kept as tokens, and where it ends is decided by two rules.
//!
//! - **A value** (after `key:`) ends at a top-level comma followed by the
//!   next `key:` (an identifier and a single `:`, not `::`), or at the end
//!   of its object. So `text::<&str, 2>("Ready")` and `f(|a, b| a + b)` are
//!   one value each, and so is a closure `|a: u8, b: u8| …`: the commas and
//!   colons of a closure's parameter list never end a value.
//! - **An array item** (in `[ … ]`) ends at a top-level comma, except a comma
//!   inside a closure's parameter list `|…|`, a turbofish `::<…>`, or a
//!   qualified path `<T as Trait>::…` that starts the item. Other commas
//!   between angle brackets (`x as Map<K, V>`) do split an item: wrap such
//!   an expression in parentheses.
//!
//! Inside a value, an identifier followed by a single `:` is the next key:
//! the comma before it is missing, and that is the error, on that key.

use proc_macro2::{Delimiter, Group, Spacing, Span, TokenStream, TokenTree};
use syn::{Ident, Lit, LitStr};

/// `{ key: value, … }` (or the top level of an invocation).
pub(crate) struct Object {
    /// The braces, or the whole invocation for the top level.
    pub(crate) span: Span,
    pub(crate) entries: Vec<Entry>,
}

pub(crate) struct Entry {
    pub(crate) key: Ident,
    pub(crate) value: Value,
}

pub(crate) enum Value {
    /// A string literal.
    Str(LitStr),
    /// Another literal (a number, a byte string, …).
    OtherLit(Lit),
    /// `{ … }`
    Object(Object),
    /// `[ …, … ]`
    Array { span: Span, items: Vec<Value> },
    /// `name { … }`, as in `image { link: "…" }`.
    Tagged { tag: Ident, body: Object },
    /// Any other tokens (see the module's rules for where they end): a
    /// run-time value.
    Expr { span: Span, tokens: TokenStream },
}

impl Value {
    /// The span errors about this value point at.
    pub(crate) fn span(&self) -> Span {
        match self {
            Value::Str(lit) => lit.span(),
            Value::OtherLit(lit) => lit.span(),
            Value::Object(object) => object.span,
            Value::Array { span, .. } | Value::Expr { span, .. } => *span,
            Value::Tagged { tag, .. } => tag.span(),
        }
    }
}

/// Parses a whole invocation: the entries of the top-level object.
pub(crate) fn parse(input: TokenStream) -> syn::Result<Object> {
    let tokens: Vec<TokenTree> = input.into_iter().collect();
    Ok(Object {
        span: Span::call_site(),
        entries: entries(&tokens, Span::call_site(), 0)?,
    })
}

/// How deep objects and arrays may nest: the DSL needs five levels; the
/// limit keeps deeply nested input from exhausting the stack.
const MAX_DEPTH: usize = 32;

fn is_punct(token: Option<&TokenTree>, c: char) -> bool {
    matches!(token, Some(TokenTree::Punct(p)) if p.as_char() == c)
}

/// Whether `tokens` start with `ident :`, the `:` not the start of a `::`.
fn starts_with_key(tokens: &[TokenTree]) -> bool {
    match tokens {
        [TokenTree::Ident(_), TokenTree::Punct(colon), rest @ ..] if colon.as_char() == ':' => {
            !(colon.spacing() == Spacing::Joint && is_punct(rest.first(), ':'))
        }
        _ => false,
    }
}

/// The span of the token at `at`, or `end` past the last one.
fn span_at(tokens: &[TokenTree], at: usize, end: Span) -> Span {
    tokens.get(at).map_or(end, TokenTree::span)
}

/// Where a comma missing after `token` goes: its end (a group's closing
/// delimiter), so that the error sits at the end of the entry before.
fn after(token: &TokenTree) -> Span {
    match token {
        TokenTree::Group(group) => group.span_close(),
        other => other.span(),
    }
}

/// The error of a comma missing after a value.
const MISSING_COMMA: &str = "expected `,` after this value";

/// The entries of an object; `end` is where an error past the last token points.
fn entries(tokens: &[TokenTree], end: Span, depth: usize) -> syn::Result<Vec<Entry>> {
    let mut entries = Vec::new();
    let mut at = 0;
    while let Some(first) = tokens.get(at) {
        let TokenTree::Ident(key) = first else {
            return Err(syn::Error::new(
                first.span(),
                "expected a key, as in `body: …`",
            ));
        };
        let rest = tokens.get(at..).unwrap_or_default();
        if !starts_with_key(rest) {
            return Err(syn::Error::new(
                span_at(tokens, at + 1, end),
                "expected `:`",
            ));
        }
        let start = at + 2;
        let rest = tokens.get(start..).unwrap_or_default();
        let len = value_len(rest).map_err(|(at, expected)| {
            let span = match rest.get(at) {
                Some(token) if expected == MISSING_COMMA => after(token),
                _ => span_at(rest, at, end),
            };
            syn::Error::new(span, expected)
        })?;
        let value_tokens = rest.get(..len).unwrap_or_default();
        let value = classify(value_tokens, span_at(rest, len, end), depth)?;
        entries.push(Entry {
            key: key.clone(),
            value,
        });
        // Past the value and the comma that ends it.
        at = start + len + 1;
    }
    Ok(entries)
}

/// How many of `tokens` the value at their start takes; `Err` holds the
/// position of the token to report and what was expected there.
fn value_len(tokens: &[TokenTree]) -> Result<usize, (usize, &'static str)> {
    // A value ends only before a key, which no turbofish holds; angle
    // brackets are not followed, so that a stray `<` cannot hide the next key.
    let mut scan = Scan::default();
    for (i, token) in tokens.iter().enumerate() {
        let rest = tokens.get(i..).unwrap_or_default();
        if scan.step(rest, false) {
            continue;
        }
        if is_punct(Some(token), ',') {
            let after = tokens.get(i + 1..).unwrap_or_default();
            if after.is_empty() || starts_with_key(after) {
                return Ok(i);
            }
            // `body: "Hi", 42`: a whole DSL value, then a comma and no key.
            if i == 1
                && matches!(
                    tokens.first(),
                    Some(TokenTree::Literal(_) | TokenTree::Group(_))
                )
            {
                return Err((i + 1, "expected a key, as in `body: …`"));
            }
        } else if i > 0
            && starts_with_key(rest)
            // `'label: loop { … }`
            && !is_punct(tokens.get(i - 1), '\'')
        {
            // `body: "Pick"` and, on the next line, `buttons: […]`: the
            // comma is missing after the value's last token.
            return Err((i - 1, MISSING_COMMA));
        }
    }
    Ok(tokens.len())
}

/// The items of an array, split at commas the module's rules allow.
fn array_items(tokens: &[TokenTree], end: Span, depth: usize) -> syn::Result<Vec<Value>> {
    let mut items = Vec::new();
    let mut scan = Scan::default();
    let mut start = 0;
    for (i, token) in tokens.iter().enumerate() {
        let rest = tokens.get(i..).unwrap_or_default();
        if scan.step(rest, true) || !is_punct(Some(token), ',') {
            continue;
        }
        let item = tokens.get(start..i).unwrap_or_default();
        items.push(classify(item, token.span(), depth)?);
        start = i + 1;
        scan = Scan::default();
    }
    let last = tokens.get(start..).unwrap_or_default();
    if !last.is_empty() {
        items.push(classify(last, end, depth)?);
    }
    Ok(items)
}

/// Follows an expression token by token, knowing whether the current token
/// is inside a closure's parameter list or between a turbofish's angle
/// brackets (when asked to follow them), where commas and `name:` belong to
/// the expression.
#[derive(Default)]
struct Scan {
    /// Inside `|…|` of a closure.
    closure_params: bool,
    /// How many `<` of a turbofish (or a leading qualified path) are open.
    angles: usize,
    /// The previous token was an operator, or there was none: a `|` here
    /// opens a closure.
    prefix: bool,
    /// The previous token was punctuation joined to the current one.
    joined_to: Option<char>,
    /// The previous two tokens were `::`.
    path_sep: bool,
    /// How many tokens were seen.
    seen: usize,
}

impl Scan {
    /// Takes the first of `tokens` into account; whether it is shielded:
    /// inside a closure's parameters or (when `follow_angles`) a turbofish,
    /// the `|`, `<` and `>` delimiting them included.
    fn step(&mut self, tokens: &[TokenTree], follow_angles: bool) -> bool {
        let Some(token) = tokens.first() else {
            return false;
        };
        let prefix = self.seen == 0 || self.prefix;
        self.seen += 1;
        let joined_to = self.joined_to.take();
        let path_sep = std::mem::take(&mut self.path_sep);
        let TokenTree::Punct(punct) = token else {
            self.prefix = matches!(token, TokenTree::Ident(i) if i == "move");
            return self.closure_params || self.angles > 0;
        };
        let c = punct.as_char();
        if punct.spacing() == Spacing::Joint {
            self.joined_to = Some(c);
        }
        self.path_sep = c == ':' && joined_to == Some(':');
        // After `>` (generics, or a comparison) a `|` is an operator, never a closure.
        self.prefix = c != '>';
        if self.closure_params {
            // `||` (no parameters) closes at its second `|`.
            self.closure_params = c != '|';
            return true;
        }
        match c {
            // Not the second half of a `||` operator.
            '|' if prefix && joined_to != Some('|') => {
                self.closure_params = true;
                true
            }
            '<' if follow_angles && (path_sep || self.seen == 1 || self.angles > 0) => {
                self.angles += 1;
                true
            }
            // Not the end of `->` or `=>`.
            '>' if self.angles > 0 && !matches!(joined_to, Some('-' | '=')) => {
                self.angles -= 1;
                true
            }
            _ => self.angles > 0,
        }
    }
}

fn classify(tokens: &[TokenTree], end: Span, depth: usize) -> syn::Result<Value> {
    if depth > MAX_DEPTH {
        let span = tokens.first().map_or(end, TokenTree::span);
        return Err(syn::Error::new(
            span,
            "objects and lists nest too deeply here",
        ));
    }
    match tokens {
        [] => Err(syn::Error::new(end, "expected a value")),
        [TokenTree::Literal(lit)] => Ok(match Lit::new(lit.clone()) {
            // A suffix (`"text"suffix`) makes it another kind of literal.
            Lit::Str(s) if s.suffix().is_empty() => Value::Str(s),
            other => Value::OtherLit(other),
        }),
        // A value passed through a `macro_rules!` fragment arrives wrapped in an invisible group.
        [TokenTree::Group(g)] if g.delimiter() == Delimiter::None => {
            let inner: Vec<TokenTree> = g.stream().into_iter().collect();
            classify(&inner, g.span(), depth + 1)
        }
        [TokenTree::Group(g)] if g.delimiter() == Delimiter::Brace => {
            Ok(Value::Object(object(g, depth + 1)?))
        }
        [TokenTree::Group(g)] if g.delimiter() == Delimiter::Bracket => {
            let inner: Vec<TokenTree> = g.stream().into_iter().collect();
            Ok(Value::Array {
                span: g.span(),
                items: array_items(&inner, g.span_close(), depth + 1)?,
            })
        }
        [TokenTree::Ident(tag), TokenTree::Group(g)] if g.delimiter() == Delimiter::Brace => {
            Ok(Value::Tagged {
                tag: tag.clone(),
                body: object(g, depth + 1)?,
            })
        }
        // Two objects side by side in an array: `[ { … } { … } ]`.
        [TokenTree::Group(a), TokenTree::Group(b), ..]
            if a.delimiter() == Delimiter::Brace && b.delimiter() == Delimiter::Brace =>
        {
            Err(syn::Error::new(
                a.span_close(),
                "expected `,` after this object",
            ))
        }
        [first, ..] => Ok(Value::Expr {
            span: first.span(),
            tokens: tokens.iter().cloned().collect(),
        }),
    }
}

fn object(group: &Group, depth: usize) -> syn::Result<Object> {
    let tokens: Vec<TokenTree> = group.stream().into_iter().collect();
    Ok(Object {
        span: group.span(),
        entries: entries(&tokens, group.span_close(), depth)?,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used, clippy::panic)]

    use super::*;

    /// The tree of `input`, written back as text: `key = value` entries,
    /// `Str(…)`, `Expr(…)`, `[…]`, `{…}`, `tag{…}`.
    fn tree(input: &str) -> Result<String, String> {
        let tokens: TokenStream = input.parse().expect("the input lexes");
        parse(tokens)
            .map(|object| show_object(&object))
            .map_err(|error| error.to_string())
    }

    fn show_object(object: &Object) -> String {
        let entries: Vec<String> = object
            .entries
            .iter()
            .map(|entry| format!("{} = {}", entry.key, show(&entry.value)))
            .collect();
        entries.join("; ")
    }

    fn show(value: &Value) -> String {
        match value {
            Value::Str(lit) => format!("Str({})", lit.value()),
            Value::OtherLit(_) => "Lit".to_owned(),
            Value::Object(object) => format!("{{{}}}", show_object(object)),
            Value::Array { items, .. } => {
                let items: Vec<String> = items.iter().map(show).collect();
                format!("[{}]", items.join(", "))
            }
            Value::Tagged { tag, body } => format!("{tag}{{{}}}", show_object(body)),
            Value::Expr { tokens, .. } => format!("Expr({tokens})"),
        }
    }

    /// `value` as the tree shows an expression.
    fn expr(value: &str) -> String {
        let tokens: TokenStream = value.parse().expect("the value lexes");
        format!("Expr({tokens})")
    }

    /// Asserts that `value` is one expression, before another entry and at the end.
    fn one_value(value: &str) {
        assert_eq!(
            tree(&format!("body: {value}, footer: \"f\",")),
            Ok(format!("body = {}; footer = Str(f)", expr(value))),
            "{value}"
        );
        assert_eq!(
            tree(&format!("footer: \"f\", body: {value}")),
            Ok(format!("footer = Str(f); body = {}", expr(value))),
            "{value}"
        );
    }

    #[test]
    fn a_turbofish_with_a_comma_is_one_value() {
        one_value(r#"text::<&str, 2>("Ready")"#);
    }

    #[test]
    fn a_closure_with_two_parameters_is_one_value() {
        for value in [
            "f(|a, b| a + b)",
            "|a, b| a + b",
            "|a: u8, b: u8| a + b",
            "move |a, b: u8| a",
            "|| |a, b| a",
            "x || y",
            "x | y",
            "x::<u8> | y",
        ] {
            one_value(value);
        }
    }

    #[test]
    fn nested_generics_and_paths_are_one_value() {
        for value in [
            "Wrap::<Vec<(u8, u16)>, Map<K, V>>::new()",
            "f::<fn(u8, u8) -> u8, 2>()",
            "<T as Into<A, B>>::into(x)",
            "::core::convert::identity(x)",
            "x as Map<K, V>",
            "'outer: loop { break 'outer x }",
        ] {
            one_value(value);
        }
    }

    #[test]
    fn a_stray_angle_bracket_does_not_hide_the_next_key() {
        assert_eq!(
            tree("body: x::<A, footer: \"f\""),
            Ok(format!("body = {}; footer = Str(f)", expr("x::<A")))
        );
    }

    #[test]
    fn array_items_split_at_commas_outside_closures_and_turbofish() {
        let items = [
            "f::<A, B>(x)",
            "|a, b| a",
            "<T as U<A, B>>::g()",
            "|a: u8, b: u8| a",
        ];
        let shown: Vec<String> = items.iter().map(|item| expr(item)).collect();
        assert_eq!(
            tree(&format!("rows: [ {}, {{ id: \"a\" }}, ]", items.join(", "))),
            Ok(format!("rows = [{}, {{id = Str(a)}}]", shown.join(", ")))
        );
        // Outside those, a comma splits: `x as Map<K, V>` needs parentheses in an array.
        assert_eq!(
            tree("rows: [ x as Map<K, V>, (x as Map<K, V>) ]"),
            Ok(format!(
                "rows = [{}, {}, {}]",
                expr("x as Map<K"),
                expr("V>"),
                expr("(x as Map<K, V>)")
            ))
        );
    }

    #[test]
    fn a_missing_comma_is_expected_after_the_entry_before() {
        for input in [
            "body: \"Pick\"\n buttons: [ { id: \"a\", title: \"A\" } ]",
            "body: text::<&str, 2>(\"x\") footer: \"f\"",
            "buttons: [ { id: \"a\" title: \"A\" } ]",
            "buttons: [ { id: \"a\" } { id: \"b\" } ]",
            "header: image { link: \"l\" id: \"i\" }",
        ] {
            let error = tree(input);
            assert!(
                matches!(&error, Err(e) if e.starts_with("expected `,` after this ")),
                "{input}: {error:?}"
            );
        }
    }

    #[test]
    fn other_syntax_errors_name_what_is_expected() {
        for (input, expected) in [
            ("body \"x\"", "expected `:`"),
            ("body", "expected `:`"),
            ("body::x", "expected `:`"),
            ("\"x\": 1", "expected a key, as in `body: …`"),
            ("body: \"x\", 42", "expected a key, as in `body: …`"),
            ("body: , footer: \"f\"", "expected a value"),
            ("body:", "expected a value"),
            ("rows: [ , ]", "expected a value"),
        ] {
            assert_eq!(tree(input), Err(expected.to_owned()), "{input}");
        }
    }
}
