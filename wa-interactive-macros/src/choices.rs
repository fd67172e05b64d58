//! `#[derive(Choices)]`: an enum of unit variants as the options of a
//! message. Each variant's `#[choice(id, title, description)]` is read,
//! defaulted from the variant's name, and checked against a list row's
//! rules (the rules crate's `Field::check`); ids must be unique. The impl
//! holds the options as constant data and two `match`es between variants
//! and their indexes.
//!
//! Where the enum is used as buttons or rows, the rules that depend on the
//! use (at most 3 buttons, button titles of at most 20 characters, at most
//! 10 rows, ids unique across the list) are const assertions the macro at
//! the use emits, since it cannot see the variants: each a `const _`
//! spanned on the enum's name. An enum whose derive reported errors says
//! so (`__INVALID`), and its uses then report nothing more.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Ident, Lit, LitStr, Variant};
use wa_interactive_core::{Field, Kind as RuleKind};

use crate::diagnostics::{Cut, Diagnostics};
use crate::expand::panic_message;
use crate::lower::nearest;

/// The keys of `#[choice(…)]`.
const KEYS: &[&str] = &["id", "title", "description"];

/// Expands `#[derive(Choices)]` on `input`. Never panics: a bug that would
/// panic becomes a compile error that quotes the panic.
pub(crate) fn derive(input: TokenStream) -> TokenStream {
    catch_unwind(AssertUnwindSafe(|| derive_checked(input))).unwrap_or_else(|payload| {
        let message = format!(
            "internal error in wa-interactive's `Choices` derive ({}); please report it with this enum",
            Cut(panic_message(payload.as_ref()))
        );
        syn::Error::new(Span::call_site(), message).into_compile_error()
    })
}

/// Expands the derive without the panic net (the unit tests call this).
pub(crate) fn derive_checked(input: TokenStream) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error(),
    };
    let mut sink = Diagnostics::new();
    let options = read(&input, &mut sink);
    match (sink.check(), options) {
        (Ok(()), Some(options)) => generate(&input.ident, &options, false),
        (Err(errors), options) => {
            let errors = errors.into_iter().map(syn::Error::into_compile_error);
            // The impl still stands (with stand-ins for the texts in error),
            // so that code using the enum keeps its types.
            // The impl says it is a stand-in, so that the enum's uses
            // report nothing more of their own.
            let stand_in = options.map(|options| generate(&input.ident, &options, true));
            quote!(#(#errors)* #stand_in)
        }
        (Ok(()), None) => TokenStream::new(),
    }
}

/// One variant as an option.
struct ChoiceIr {
    variant: Ident,
    /// Whether the variant has no fields (only those are options).
    unit: bool,
    id: String,
    title: String,
    description: Option<String>,
}

/// The options of the enum; `None` when there can be no impl at all (not
/// an enum, or generic). Errors go to `sink`.
fn read(input: &DeriveInput, sink: &mut Diagnostics) -> Option<Vec<ChoiceIr>> {
    let data = match &input.data {
        Data::Enum(data) => data,
        Data::Struct(data) => {
            sink.error(
                data.struct_token.span,
                "`Choices` is derived for an enum whose unit variants are the options, not for a struct",
            );
            return None;
        }
        Data::Union(data) => {
            sink.error(
                data.union_token.span,
                "`Choices` is derived for an enum whose unit variants are the options, not for a union",
            );
            return None;
        }
    };
    for attr in &input.attrs {
        if attr.path().is_ident("choice") {
            sink.error(
                attr.path().span(),
                "#[choice(…)] goes on a variant: each variant is one option",
            );
        }
    }
    if !input.generics.params.is_empty() {
        sink.error(
            input.generics.span(),
            "a `Choices` enum cannot have generic parameters",
        );
        return None;
    }
    if data.variants.is_empty() {
        sink.error(
            input.ident.span(),
            "a `Choices` enum needs at least one variant: each is an option",
        );
    }
    let mut ids: HashMap<String, Span> = HashMap::new();
    let mut options = Vec::with_capacity(data.variants.len());
    for (index, variant) in data.variants.iter().enumerate() {
        let option = variant_option(variant, index, &mut ids, sink);
        options.push(option);
    }
    Some(options)
}

/// The given values of one variant's `#[choice(…)]` attributes.
#[derive(Default)]
struct Given {
    id: Option<LitStr>,
    title: Option<LitStr>,
    description: Option<LitStr>,
}

fn variant_option(
    variant: &Variant,
    index: usize,
    ids: &mut HashMap<String, Span>,
    sink: &mut Diagnostics,
) -> ChoiceIr {
    let unit = matches!(variant.fields, Fields::Unit);
    if !unit {
        sink.error(
            variant.fields.span(),
            format!(
                "a `Choices` variant is a unit variant (an option carries no data): write `{}` without fields",
                variant.ident
            ),
        );
    }
    let given = attributes(variant, sink);
    let name = variant.ident.to_string();
    let name = name.strip_prefix("r#").unwrap_or(&name);
    let words = words(name);

    let (id, id_span, id_default) = match &given.id {
        Some(lit) => (lit.value(), lit.span(), false),
        None => (snake_case(&words), variant.ident.span(), true),
    };
    let id_ok = check(&id, Field::RowId, id_span, id_default, "id", sink);
    if id_ok {
        if let Some(first) = ids.get(&id) {
            let made = if id_default {
                " (the id made from the variant's name); give another with #[choice(id = \"…\")]"
            } else {
                ""
            };
            sink.error(
                id_span,
                format!("duplicate choice id {:?}{made}", Cut(&id).to_string()),
            );
            sink.error(*first, "first used here");
        } else {
            ids.insert(id.clone(), id_span);
        }
    }
    let (title, title_span, title_default) = match &given.title {
        Some(lit) => (lit.value(), lit.span(), false),
        None => (title_case(&words), variant.ident.span(), true),
    };
    let title_ok = check(
        &title,
        Field::RowTitle,
        title_span,
        title_default,
        "title",
        sink,
    );
    let description = given.description.as_ref().and_then(|lit| {
        let text = lit.value();
        check(
            &text,
            Field::RowDescription,
            lit.span(),
            false,
            "description",
            sink,
        )
        .then_some(text)
    });
    ChoiceIr {
        variant: variant.ident.clone(),
        unit,
        // Stand-ins that pass the rules, for the impl emitted beside errors.
        id: if id_ok { id } else { format!("?{index}") },
        title: if title_ok { title } else { "?".to_owned() },
        description,
    }
}

/// Reads the `#[choice(…)]` attributes of `variant`: unknown, repeated and
/// non-literal values are errors.
fn attributes(variant: &Variant, sink: &mut Diagnostics) -> Given {
    let mut given = Given::default();
    for attr in &variant.attrs {
        if !attr.path().is_ident("choice") {
            continue;
        }
        let result = attr.parse_nested_meta(|meta| {
            let key = meta.path.get_ident().map(ToString::to_string);
            let slot = match key.as_deref() {
                Some("id") => &mut given.id,
                Some("title") => &mut given.title,
                Some("description") => &mut given.description,
                _ => {
                    let shown = key.unwrap_or_else(|| "this key".to_owned());
                    let expected = match nearest(&shown, KEYS) {
                        Some(key) => format!("did you mean `{key}`?"),
                        None => format!("expected one of: {}", KEYS.join(", ")),
                    };
                    return Err(meta.error(format!(
                        "unknown key `{}` in #[choice]; {expected}",
                        Cut(&shown)
                    )));
                }
            };
            let value = meta.value()?;
            let lit: Lit = value.parse()?;
            let Lit::Str(lit) = lit else {
                return Err(syn::Error::new(
                    lit.span(),
                    "a #[choice] value is a string literal, as in `title = \"Deliver to me\"`",
                ));
            };
            if let Some(first) = slot {
                let key = meta
                    .path
                    .get_ident()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                sink.error(lit.span(), format!("`{key}` is given twice in #[choice]"));
                sink.error(first.span(), "first given here");
            } else {
                *slot = Some(lit);
            }
            Ok(())
        });
        if let Err(error) = result {
            for error in error {
                sink.error(error.span(), error);
            }
        }
    }
    given
}

/// Checks `text` for `field`; reports and returns `false` when it breaks
/// the rule. `default` says the text was made from the variant's name.
fn check(
    text: &str,
    field: Field,
    span: Span,
    default: bool,
    key: &str,
    sink: &mut Diagnostics,
) -> bool {
    let Err(problem) = field.check(text) else {
        return true;
    };
    let mut message = RuleKind::Text { field, problem }.to_string();
    if default {
        let _ = write!(
            message,
            " (the {key} made from the variant's name, {:?}); give one with #[choice({key} = \"…\")]",
            Cut(text).to_string()
        );
    }
    sink.error(span, message);
    false
}

/// The words of a variant's name: split at underscores, where a lower-case
/// letter or digit is followed by a capital, and before the last capital
/// of a run followed by a lower-case letter (`HTTPServer` → `HTTP`, `Server`).
fn words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut words = Vec::new();
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            continue;
        }
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        let boundary = c.is_uppercase()
            && !word.is_empty()
            && (prev.is_some_and(|p| p.is_lowercase() || p.is_numeric())
                || (prev.is_some_and(char::is_uppercase) && next.is_some_and(char::is_lowercase)));
        if boundary {
            words.push(std::mem::take(&mut word));
        }
        word.push(c);
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// `home_delivery`, the default id.
fn snake_case(words: &[String]) -> String {
    let words: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    words.join("_")
}

/// `Home delivery`, the default title: the first word as written, the
/// others in lower case unless they are acronyms (`SMS`).
fn title_case(words: &[String]) -> String {
    let mut title = String::new();
    for (i, word) in words.iter().enumerate() {
        let acronym = word.chars().count() > 1 && !word.chars().any(char::is_lowercase);
        if i == 0 {
            title.push_str(word);
        } else {
            title.push(' ');
            if acronym {
                title.push_str(word);
            } else {
                title.push_str(&word.to_lowercase());
            }
        }
    }
    title
}

/// The impl; `invalid` when the derive reported errors (its texts in error
/// are then stand-ins).
fn generate(name: &Ident, options: &[ChoiceIr], invalid: bool) -> TokenStream {
    let choices = options.iter().map(|o| {
        let (id, title) = (&o.id, &o.title);
        let description = o.description.as_ref().map_or_else(
            || quote!(::core::option::Option::None),
            |text| quote!(::core::option::Option::Some(#text)),
        );
        quote_spanned!(o.variant.span()=> ::wa_interactive::Choice::__trusted(#id, #title, #description))
    });
    let from_index = options
        .iter()
        .enumerate()
        .filter(|(_, o)| o.unit)
        .map(|(i, o)| {
            let variant = &o.variant;
            quote!(#i => ::core::option::Option::Some(Self::#variant))
        });
    let index = options.iter().enumerate().map(|(i, o)| {
        let variant = &o.variant;
        quote!(Self::#variant { .. } => #i)
    });
    // An enum without variants has no value to match on.
    let index_body = if options.is_empty() {
        quote!(match *self {})
    } else {
        quote!(match self { #(#index,)* })
    };
    let invalid = invalid.then(|| {
        quote!(
            const __INVALID: bool = true;
        )
    });
    quote! {
        #[automatically_derived]
        impl ::wa_interactive::Choices for #name {
            const CHOICES: &'static [::wa_interactive::Choice] = &[#(#choices),*];
            #invalid

            fn from_index(index: usize) -> ::core::option::Option<Self> {
                match index {
                    #(#from_index,)*
                    _ => ::core::option::Option::None,
                }
            }

            fn index(&self) -> usize {
                #index_body
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use proptest::prelude::*;

    use super::*;

    #[test]
    fn names_split_into_words() {
        assert_eq!(words("Deliver"), ["Deliver"]);
        assert_eq!(words("HomeDelivery"), ["Home", "Delivery"]);
        assert_eq!(words("SendSMS"), ["Send", "SMS"]);
        assert_eq!(words("HTTPServer"), ["HTTP", "Server"]);
        assert_eq!(words("Slot10Am"), ["Slot10", "Am"]);
        assert_eq!(words("pick_up__now"), ["pick", "up", "now"]);
        assert_eq!(words("Café"), ["Café"]);
        assert_eq!(words("_"), Vec::<String>::new());
    }

    #[test]
    fn ids_and_titles_default_from_the_name() {
        for (name, id, title) in [
            ("Pickup", "pickup", "Pickup"),
            ("HomeDelivery", "home_delivery", "Home delivery"),
            ("SendSMS", "send_sms", "Send SMS"),
            ("IllPickItUp", "ill_pick_it_up", "Ill pick it up"),
            ("A", "a", "A"),
        ] {
            let w = words(name);
            assert_eq!(snake_case(&w), id, "{name}");
            assert_eq!(title_case(&w), title, "{name}");
        }
    }

    /// The errors of deriving `Choices` on `input`, in order.
    fn errors(input: &str) -> Vec<String> {
        let input: DeriveInput = syn::parse_str(input).unwrap();
        let mut sink = Diagnostics::new();
        let _ = read(&input, &mut sink);
        let errors = sink.check().err().unwrap_or_default();
        errors.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn every_rule_is_reported_in_one_pass() {
        let long_title = "t".repeat(25);
        let long_description = "d".repeat(73);
        let input = format!(
            r#"enum E {{
                #[choice(id = "a")] A,
                #[choice(id = "a", title = "{long_title}")] B,
                #[choice(id = " c", description = "{long_description}")] C,
                #[choice(colour = "red")] D,
                F(u8),
            }}"#
        );
        assert_eq!(
            errors(&input),
            [
                r#"duplicate choice id "a""#,
                "first used here",
                "row title is 25 characters; WhatsApp allows at most 24",
                "row id has a leading space; WhatsApp rejects untrimmed ids",
                "row description is 73 characters; WhatsApp allows at most 72",
                "unknown key `colour` in #[choice]; expected one of: id, title, description",
                "a `Choices` variant is a unit variant (an option carries no data): write `F` without fields",
            ]
        );
    }

    #[test]
    fn a_valid_enum_expands_to_one_impl() {
        assert!(errors("enum E { A, #[choice(title = \"Bee\")] B }").is_empty());
        let out = derive_checked("enum E { A }".parse().unwrap()).to_string();
        assert!(
            out.contains("impl :: wa_interactive :: Choices for E"),
            "{out}"
        );
        assert!(!out.contains("compile_error"), "{out}");
    }

    #[test]
    fn an_enum_in_error_still_gets_its_impl() {
        let out = derive_checked(
            "enum E { #[choice(title = \"\")] A, B(u8) }"
                .parse()
                .unwrap(),
        )
        .to_string();
        assert!(out.contains("compile_error"), "{out}");
        assert!(
            out.contains("impl :: wa_interactive :: Choices for E"),
            "{out}"
        );
    }

    #[test]
    fn other_items_are_errors_not_panics() {
        for input in [
            "struct S;",
            "union U { a: u8 }",
            "enum E<T> { A }",
            "enum E {}",
            "enum E { #[choice] A }",
            "enum E { #[choice(id)] A }",
            "enum E { #[choice(id = 3)] A }",
            "enum E { #[choice(id = \"a\", id = \"b\")] A }",
            "enum E { #[choice = \"x\"] A }",
            "enum E { #[choice(a::b = \"x\")] A }",
            "#[choice(id = \"x\")] enum E { A }",
            "fn f() {}",
            "",
        ] {
            let out = derive_checked(input.parse().unwrap()).to_string();
            assert!(out.contains("compile_error"), "{input}: {out}");
        }
    }

    /// A variant with random attributes, name and fields.
    fn variant() -> impl Strategy<Value = String> {
        let key = prop::sample::select(vec!["id", "title", "description", "titel", "a::b", ""]);
        let value = prop::sample::select(vec![
            "\"a\"".to_owned(),
            "\" a\"".to_owned(),
            "\"\"".to_owned(),
            format!("\"{}\"", "é".repeat(201)),
            "3".to_owned(),
            "b\"x\"".to_owned(),
            String::new(),
        ]);
        let attr = prop::collection::vec((key, value), 0..4).prop_map(|pairs| {
            let pairs: Vec<String> = pairs
                .into_iter()
                .map(|(k, v)| format!("{k} = {v}"))
                .collect();
            format!("#[choice({})]", pairs.join(", "))
        });
        let name = prop::sample::select(vec![
            "A".to_owned(),
            "HomeDelivery".to_owned(),
            "SendSMS".to_owned(),
            "_X".to_owned(),
            "r#Type".to_owned(),
            "Café".to_owned(),
            format!("V{}", "x".repeat(300)),
        ]);
        let fields = prop::sample::select(vec!["", "(u8)", "{ a: u8 }", " = 1"]);
        (prop::collection::vec(attr, 0..3), name, fields)
            .prop_map(|(attrs, name, fields)| format!("{} {name}{fields}", attrs.join(" ")))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: crate::tests::cases(5_000), failure_persistence: None, ..ProptestConfig::default() })]

        /// Generated enums, valid or not, expand without a panic (called
        /// without the panic net).
        #[test]
        fn generated_enums_never_panic(variants in prop::collection::vec(variant(), 0..6)) {
            let input = format!("enum E {{ {} }}", variants.join(", "));
            let _ = derive_checked(input.parse().unwrap());
        }
    }
}
