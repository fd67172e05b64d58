//! The intermediate form shared by every message kind: what `lower` makes
//! of a value, what the rules crate checks (through `shape()`), and what
//! `generate` writes out. Each kind's own IR lives in its module under
//! `kinds`.

use proc_macro2::{Span, TokenStream};
use syn::LitStr;
use wa_interactive_core::shape::{self, MediaKind};

/// One text field of a message, as the invocation gives it.
pub(crate) enum TextSlot {
    /// Not given.
    Absent,
    /// A string literal, and its value.
    Literal { lit: LitStr, value: String },
    /// A value, which must have the field's checked text type; or, when
    /// `constant` (a path in upper case, `ASK` or `texts::ASK`), a `const`
    /// or `static` `&str`, checked by the compiler.
    Expr {
        tokens: TokenStream,
        span: Span,
        constant: bool,
    },
}

impl TextSlot {
    /// The slot as the rules crate sees it: a run-time value was checked by its type.
    pub(crate) fn shape(&self) -> shape::Text<'_> {
        match self {
            TextSlot::Absent => shape::Text::Absent,
            TextSlot::Literal { value, .. } => shape::Text::Given(value),
            TextSlot::Expr { .. } => shape::Text::Checked,
        }
    }

    /// Whether the slot's value is known at compile time (absent counts,
    /// and so does a constant, whose value the compiler knows but the macro
    /// does not: see [`shape`](TextSlot::shape)).
    pub(crate) fn is_literal(&self) -> bool {
        !matches!(
            self,
            TextSlot::Expr {
                constant: false,
                ..
            }
        )
    }
}

/// A message header.
pub(crate) enum HeaderIr {
    Absent,
    Text(TextSlot),
    Media {
        kind: MediaKind,
        id: TextSlot,
        link: TextSlot,
        filename: TextSlot,
    },
}

impl HeaderIr {
    pub(crate) fn shape(&self) -> shape::Header<'_> {
        match self {
            HeaderIr::Absent => shape::Header::Absent,
            HeaderIr::Text(text) => shape::Header::Text(text.shape()),
            HeaderIr::Media {
                kind,
                id,
                link,
                filename,
            } => shape::Header::Media(shape::Media {
                kind: *kind,
                id: id.shape(),
                link: link.shape(),
                filename: filename.shape(),
            }),
        }
    }

    /// Whether every text of the header is known at compile time.
    pub(crate) fn is_literal(&self) -> bool {
        match self {
            HeaderIr::Absent => true,
            HeaderIr::Text(text) => text.is_literal(),
            HeaderIr::Media {
                id, link, filename, ..
            } => id.is_literal() && link.is_literal() && filename.is_literal(),
        }
    }
}

/// The header, body and footer most kinds open with.
pub(crate) struct Head {
    pub(crate) header: HeaderIr,
    pub(crate) body: TextSlot,
    pub(crate) footer: TextSlot,
}

impl Head {
    /// Whether every text of the head is known at compile time.
    pub(crate) fn is_literal(&self) -> bool {
        self.header.is_literal() && self.body.is_literal() && self.footer.is_literal()
    }
}

/// A `Choices` enum named where a message's options go (`buttons: Delivery`,
/// `rows: Delivery`): its variants are the options, checked in const
/// context where the message is made, since a macro cannot see them.
pub(crate) struct ChoicesIr {
    /// The enum's path, as written.
    pub(crate) ty: TokenStream,
    /// Where it was written: const-evaluation errors point here.
    pub(crate) span: Span,
}

/// The options of a message: written out, or the variants of an enum.
pub(crate) enum Options<T> {
    Listed(Vec<T>),
    Choices(ChoicesIr),
}

impl<T> Options<T> {
    /// The listed options made into others; an enum stays as it is.
    pub(crate) fn map<U>(self, f: impl FnOnce(Vec<T>) -> Vec<U>) -> Options<U> {
        match self {
            Options::Listed(items) => Options::Listed(f(items)),
            Options::Choices(choices) => Options::Choices(choices),
        }
    }
}
