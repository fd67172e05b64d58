//! Parse → lower (and check) → generate, for each macro.

use std::panic::{AssertUnwindSafe, catch_unwind};

use proc_macro2::{Span, TokenStream};
use quote::quote;

use crate::lower::Lower;
use crate::{generate, parse};

/// Which macro is expanding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    List,
    Buttons,
    Location,
    CtaUrl,
    Flow,
}

/// Expands one invocation. Never panics: a bug that would panic becomes a
/// compile error asking for a report.
pub(crate) fn expand(kind: Kind, input: TokenStream) -> TokenStream {
    match catch_unwind(AssertUnwindSafe(|| expand_checked(kind, input))) {
        Ok(tokens) => tokens,
        Err(_) => failed(
            kind,
            &[syn::Error::new(
                Span::call_site(),
                "internal error in wa-interactive's macro; please report it with this invocation",
            )],
        ),
    }
}

pub(crate) fn expand_checked(kind: Kind, input: TokenStream) -> TokenStream {
    let root = match parse::parse(input) {
        Ok(root) => root,
        Err(error) => return failed(kind, &[error]),
    };
    let mut lower = Lower::new(root.span);
    let generated = match kind {
        Kind::List => {
            let ir = lower.list(&root);
            let shape = ir.shape();
            lower.violations(shape.check());
            generate::list(&ir)
        }
        Kind::Buttons => {
            let ir = lower.buttons(&root);
            let shape = ir.shape();
            lower.violations(shape.check());
            generate::buttons(&ir)
        }
        Kind::Location => {
            let ir = lower.location(&root);
            let shape = ir.shape();
            lower.violations(shape.check());
            generate::location(&ir)
        }
        Kind::CtaUrl => {
            let ir = lower.cta(&root);
            let shape = ir.shape();
            lower.violations(shape.check());
            generate::cta(&ir)
        }
        Kind::Flow => {
            let ir = lower.flow(&root);
            let shape = ir.shape();
            lower.violations(shape.check());
            generate::flow(&ir)
        }
    };
    if lower.errors.is_empty() {
        generated
    } else {
        failed(kind, &lower.errors)
    }
}

/// Every error, and a placeholder of the macro's type so that the code
/// around the call still type-checks (and an IDE keeps its types).
fn failed(kind: Kind, errors: &[syn::Error]) -> TokenStream {
    let errors = errors.iter().map(syn::Error::to_compile_error);
    let placeholder = match kind {
        Kind::List => quote!(list),
        Kind::Buttons => quote!(buttons),
        Kind::Location => quote!(location),
        Kind::CtaUrl => quote!(cta_url),
        Kind::Flow => quote!(flow),
    };
    quote!({
        #(#errors)*
        ::wa_interactive::__private::placeholder::#placeholder()
    })
}
