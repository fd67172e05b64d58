//! Pass 1: the DSL's tokens as a tree of objects, arrays, string literals
//! and embedded expressions. Anything well-formed is accepted here; what a
//! key means and whether its value fits is decided by `lower`.

use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, Lit, LitStr, Token};

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
    /// Any other tokens up to the next comma: a run-time value.
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
    let entries = Parser::parse2(|input: ParseStream<'_>| entries(input, 0), input)?;
    Ok(Object {
        span: Span::call_site(),
        entries,
    })
}

/// How deep objects and arrays may nest: the DSL needs five levels; the
/// limit keeps deeply nested input from exhausting the stack.
const MAX_DEPTH: usize = 32;

fn entries(input: ParseStream<'_>, depth: usize) -> syn::Result<Vec<Entry>> {
    let mut entries = Vec::new();
    while !input.is_empty() {
        let key = input.call(Ident::parse_any)?;
        input.parse::<Token![:]>()?;
        let value = value(input, depth)?;
        entries.push(Entry { key, value });
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(entries)
}

/// The tokens up to the next top-level comma, classified.
fn value(input: ParseStream<'_>, depth: usize) -> syn::Result<Value> {
    let mut tokens = Vec::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        tokens.push(input.parse::<TokenTree>()?);
    }
    classify(tokens, input.span(), depth)
}

fn classify(tokens: Vec<TokenTree>, end: Span, depth: usize) -> syn::Result<Value> {
    if depth > MAX_DEPTH {
        let span = tokens.first().map_or(end, TokenTree::span);
        return Err(syn::Error::new(
            span,
            "objects and lists nest too deeply here",
        ));
    }
    match tokens.as_slice() {
        [] => Err(syn::Error::new(end, "expected a value")),
        [TokenTree::Literal(lit)] => Ok(match Lit::new(lit.clone()) {
            // A suffix (`"text"suffix`) makes it another kind of literal.
            Lit::Str(s) if s.suffix().is_empty() => Value::Str(s),
            other => Value::OtherLit(other),
        }),
        // A value passed through a `macro_rules!` fragment arrives wrapped in an invisible group.
        [TokenTree::Group(g)] if g.delimiter() == Delimiter::None => {
            classify(g.stream().into_iter().collect(), g.span(), depth + 1)
        }
        [TokenTree::Group(g)] if g.delimiter() == Delimiter::Brace => {
            Ok(Value::Object(object(g, depth + 1)?))
        }
        [TokenTree::Group(g)] if g.delimiter() == Delimiter::Bracket => {
            let items = Parser::parse2(
                |input: ParseStream<'_>| array_items(input, depth + 1),
                g.stream(),
            )?;
            Ok(Value::Array {
                span: g.span(),
                items,
            })
        }
        [TokenTree::Ident(tag), TokenTree::Group(g)] if g.delimiter() == Delimiter::Brace => {
            Ok(Value::Tagged {
                tag: tag.clone(),
                body: object(g, depth + 1)?,
            })
        }
        [first, ..] => {
            let span = first.span();
            Ok(Value::Expr {
                span,
                tokens: tokens.into_iter().collect(),
            })
        }
    }
}

fn object(group: &Group, depth: usize) -> syn::Result<Object> {
    let entries = Parser::parse2(
        |input: ParseStream<'_>| entries(input, depth),
        group.stream(),
    )?;
    Ok(Object {
        span: group.span(),
        entries,
    })
}

fn array_items(input: ParseStream<'_>, depth: usize) -> syn::Result<Vec<Value>> {
    let mut items = Vec::new();
    while !input.is_empty() {
        items.push(value(input, depth)?);
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(items)
}
