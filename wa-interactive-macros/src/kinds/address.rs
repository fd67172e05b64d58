//! `address_message!`: an address message, `action.parameters` flattened.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use wa_interactive_core::shape::{self, ADDRESS_FIELDS, address_field};
use wa_interactive_core::{Field, Path, Violation};

use super::MessageKind;
use crate::generate::{self, none, opt_text, private, some, text};
use crate::ir::{Head, HeaderIr, TextSlot};
use crate::json;
use crate::lower::{IDS_LITERAL, Keys, Lower};
use crate::parse::Value;

pub(crate) struct Address;

/// A text for each of the documented address fields, in their order.
type FieldsIr = [TextSlot; 11];

pub(crate) struct AddressIr {
    head: Head,
    country: TextSlot,
    values: Option<FieldsIr>,
    /// `None` when `saved_addresses` is absent or not a list.
    saved_addresses: Option<Vec<SavedIr>>,
    validation_errors: Option<FieldsIr>,
}

struct SavedIr {
    id: TextSlot,
    /// `None` when `value` is missing or not an object.
    value: Option<FieldsIr>,
}

impl MessageKind for Address {
    const NAME: &'static str = shape::Address::NAME;
    const KEYS: &'static [&'static str] = wa_interactive_core::keys::ADDRESS;
    type Ir = AddressIr;

    fn lower(lower: &mut Lower, keys: &Keys<'_>) -> AddressIr {
        let parameters = Path::root().key("action").key("parameters");
        let head = lower.head(keys);
        let country = country(lower, keys.get("country"), &parameters.key("country"));
        let values = fields(
            lower,
            keys.get("values"),
            &parameters.key("values"),
            "`values`",
            address_field,
        );
        let path = parameters.key("saved_addresses");
        let saved_addresses = lower
            .objects(keys.get("saved_addresses"), &path, "`saved_addresses`")
            .map(|saved| {
                saved
                    .into_iter()
                    .map(|(at, object)| {
                        let keys = lower.keys(
                            object,
                            "a saved address",
                            wa_interactive_core::keys::SAVED_ADDRESS,
                        );
                        SavedIr {
                            id: lower.text(
                                keys.get("id"),
                                Field::SavedAddressId,
                                &at.key("id"),
                                Some(IDS_LITERAL),
                            ),
                            value: fields(
                                lower,
                                keys.get("value"),
                                &at.key("value"),
                                "`value`",
                                address_field,
                            ),
                        }
                    })
                    .collect()
            });
        let validation_errors = fields(
            lower,
            keys.get("validation_errors"),
            &parameters.key("validation_errors"),
            "`validation_errors`",
            |_| Field::AddressError,
        );
        AddressIr {
            head,
            country,
            values,
            saved_addresses,
            validation_errors,
        }
    }

    fn check(ir: &AddressIr) -> Result<(), Vec<Violation>> {
        shape(ir).check()
    }

    fn generate(ir: &AddressIr) -> TokenStream {
        let p = private();
        // The rules crate rejects any other header form.
        let header = match &ir.head.header {
            HeaderIr::Text(_) => generate::header(&ir.head.header),
            HeaderIr::Absent | HeaderIr::Media { .. } => none(),
        };
        let body = text(&ir.head.body, Field::Body);
        let footer = opt_text(&ir.head.footer, Field::Footer);
        let values = ir.values.as_ref().map(values_call);
        let errors = ir.validation_errors.as_ref().map(|errors| {
            let errors = errors
                .iter()
                .map(|slot| opt_text(slot, Field::AddressError));
            quote!(::wa_interactive::address::AddressErrors::__new(#(#errors),*))
        });
        let saved = ir.saved_addresses.as_ref().map(|saved| {
            let saved = saved.iter().map(|a| {
                let id = text(&a.id, Field::SavedAddressId);
                // A missing value is never generated: the rules crate reports it.
                let value = a.value.as_ref().map_or_else(TokenStream::new, values_call);
                quote!(#p::saved_address(#id, #value))
            });
            quote!([#(#saved),*])
        });
        let literal = |f: Option<&FieldsIr>| f.into_iter().flatten().all(TextSlot::is_literal);
        let parameters_literal = literal(ir.values.as_ref())
            && literal(ir.validation_errors.as_ref())
            && ir
                .saved_addresses
                .iter()
                .flatten()
                .all(|a| literal(a.value.as_ref()));
        if !parameters_literal {
            let opt = |part: Option<TokenStream>| part.map_or_else(none, some);
            let values = opt(values);
            let saved = opt(saved.map(|s| quote!(::std::vec! #s)));
            let errors = opt(errors);
            return quote!(#p::address_owned(#header, #body, #footer, #values, #saved, #errors));
        }
        // The parameters are constants (a `&…` argument is not promoted to
        // `'static`; a constant is), so that the message can be one.
        let mut items = TokenStream::new();
        let mut part = |name: &str, ty: TokenStream, value: Option<TokenStream>| match value {
            Some(value) => {
                let name = format_ident!("{}", name);
                items.extend(quote!(const #name: #ty = #value;));
                some(quote!(#name))
            }
            None => none(),
        };
        let values = part(
            "__WA_VALUES",
            quote!(&::wa_interactive::address::AddressValues),
            values.map(|v| quote!(&#v)),
        );
        let saved = part(
            "__WA_SAVED",
            quote!(&[::wa_interactive::address::SavedAddress]),
            saved.map(|s| quote!(&#s)),
        );
        let errors = part(
            "__WA_ERRORS",
            quote!(&::wa_interactive::address::AddressErrors),
            errors.map(|e| quote!(&#e)),
        );
        let make = generate::message(
            "AddressMessage",
            ir.head.is_literal(),
            || json::address(&shape(ir)),
            quote!(#p::address(#header, #body, #footer, #values, #saved, #errors)),
        );
        quote!({
            #items
            #make
        })
    }

    fn placeholder() -> TokenStream {
        generate::placeholder("address")
    }
}

/// `country`: the string literal `"IN"` (the rules crate checks which).
fn country(lower: &mut Lower, value: Option<&Value>, path: &Path) -> TextSlot {
    match value {
        Some(Value::Str(lit)) => {
            lower.record(path, lit.span());
            TextSlot::Literal {
                lit: lit.clone(),
                value: lit.value(),
            }
        }
        Some(other) => {
            lower.malformed(
                path,
                other.span(),
                "`country` must be the string literal \"IN\"",
            );
            // Reported here, so not again as missing.
            TextSlot::Absent
        }
        None => TextSlot::Absent,
    }
}

/// `{ name: …, in_pin_code: …, … }` at `path`: the documented fields, each
/// a text checked as `field(key)`; `None` when absent or not an object.
fn fields(
    lower: &mut Lower,
    value: Option<&Value>,
    path: &Path,
    what: &str,
    field: fn(&str) -> Field,
) -> Option<FieldsIr> {
    let value = value?;
    lower.record(path, value.span());
    let Value::Object(object) = value else {
        let message = format!(
            "{what} must be an object of address fields: `{{ name: \"…\", city: \"…\", … }}`"
        );
        lower.malformed(path, value.span(), message);
        return None;
    };
    let keys = lower.keys(object, what, &ADDRESS_FIELDS);
    Some(ADDRESS_FIELDS.map(|key| lower.text(keys.get(key), field(key), &path.key(key), None)))
}

/// The texts as the rules crate sees them.
fn fields_shape(fields: &FieldsIr) -> shape::AddressFields<'_> {
    fields.each_ref().map(TextSlot::shape)
}

/// `AddressValues::__new(…)`, one argument per documented field.
fn values_call(values: &FieldsIr) -> TokenStream {
    let args = ADDRESS_FIELDS
        .iter()
        .zip(values)
        .map(|(key, slot)| opt_text(slot, address_field(key)));
    quote!(::wa_interactive::address::AddressValues::__new(#(#args),*))
}

fn shape(ir: &AddressIr) -> shape::Address<'_> {
    let fields = fields_shape;
    shape::Address {
        header: ir.head.header.shape(),
        body: ir.head.body.shape(),
        footer: ir.head.footer.shape(),
        country: ir.country.shape(),
        values: ir.values.as_ref().map(fields),
        saved_addresses: ir.saved_addresses.as_ref().map(|saved| {
            saved
                .iter()
                .map(|a| shape::SavedAddress {
                    id: a.id.shape(),
                    value: a.value.as_ref().map(fields),
                })
                .collect()
        }),
        validation_errors: ir.validation_errors.as_ref().map(fields),
    }
}
