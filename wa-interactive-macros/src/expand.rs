//! Parse → lower (and check) → generate, for any message kind.

use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind};

use proc_macro2::{Span, TokenStream};
use quote::quote;

use crate::diagnostics::Cut;
use crate::kinds::MessageKind;
use crate::lower::Lower;
use crate::parse;

/// Expands one invocation of `K`'s macro. Never panics: a bug that would
/// panic becomes a compile error that quotes the panic and asks for a report.
pub(crate) fn expand<K: MessageKind>(input: TokenStream) -> TokenStream {
    guarded::<K>(|| expand_checked::<K>(input))
}

/// Runs `expand`, turning a panic into a compile error.
fn guarded<K: MessageKind>(expand: impl FnOnce() -> TokenStream) -> TokenStream {
    catch_unwind(AssertUnwindSafe(expand)).unwrap_or_else(|payload| {
        let message = format!(
            "internal error in wa-interactive's macro ({}); please report it with this invocation",
            Cut(panic_message(payload.as_ref()))
        );
        failed::<K>(vec![syn::Error::new(Span::call_site(), message)])
    })
}

/// What a panic said, when it said it with a string.
pub(crate) fn panic_message(payload: &(dyn Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("a panic without a message")
}

/// Expands one invocation without the panic net (the unit tests call this,
/// so that a panic fails them).
pub(crate) fn expand_checked<K: MessageKind>(input: TokenStream) -> TokenStream {
    let root = match parse::parse(input) {
        Ok(root) => root,
        Err(error) => return failed::<K>(vec![error]),
    };
    let mut lower = Lower::new(root.span);
    lower.record_object(&wa_interactive_core::Path::root(), &root);
    let keys = lower.keys(&root, K::NAME, K::KEYS);
    let ir = K::lower(&mut lower, &keys);
    lower.violations(K::check(&ir));
    match lower.finish() {
        Ok(()) => K::generate(&ir),
        Err(errors) => failed::<K>(errors),
    }
}

/// Every error, and a placeholder of the macro's type so that the code
/// around the call still type-checks (and an IDE keeps its types).
fn failed<K: MessageKind>(errors: Vec<syn::Error>) -> TokenStream {
    let errors = errors.into_iter().map(syn::Error::into_compile_error);
    let placeholder = K::placeholder();
    quote!({
        #(#errors)*
        #placeholder
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::panic)]

    use super::*;
    use crate::kinds::Location;

    #[test]
    fn a_caught_panic_keeps_its_message() {
        for expansion in [
            guarded::<Location>(|| panic!("index out of bounds: the len is 0")),
            guarded::<Location>(|| panic!("{} rows", 11)),
        ] {
            let text = expansion.to_string();
            assert!(
                text.contains("internal error in wa-interactive's macro"),
                "{text}"
            );
            assert!(
                text.contains("index out of bounds: the len is 0") || text.contains("11 rows"),
                "{text}"
            );
            assert!(text.contains("placeholder :: location"), "{text}");
        }
    }
}
