//! `interactive_list!`: a list message, its sections and their rows.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use wa_interactive_core::{Field, Path, Violation, shape};

use super::MessageKind;
use crate::generate::{self, none, opt_text, private, text};
use crate::ir::{ChoicesIr, Head, HeaderIr, Options, TextSlot};
use crate::json;
use crate::lower::{IDS_LITERAL, Keys, Lower};
use crate::parse::Object;

pub(crate) struct List;

pub(crate) struct ListIr {
    head: Head,
    button: TextSlot,
    /// `None` when `sections` is missing or not a list.
    sections: Option<Vec<SectionIr>>,
}

struct SectionIr {
    title: TextSlot,
    /// `None` when `rows` is missing or malformed.
    rows: Option<Options<RowIr>>,
}

struct RowIr {
    id: TextSlot,
    title: TextSlot,
    description: TextSlot,
}

impl MessageKind for List {
    const NAME: &'static str = "a list message";
    const KEYS: &'static [&'static str] = wa_interactive_core::keys::LIST;
    type Ir = ListIr;

    fn lower(lower: &mut Lower, keys: &Keys<'_>) -> ListIr {
        let action = Path::root().key("action");
        let head = lower.head(keys);
        let button = lower.text(
            keys.get("button"),
            Field::ListButton,
            &action.key("button"),
            None,
        );
        let path = action.key("sections");
        let sections = lower
            .objects(keys.get("sections"), &path, "`sections`")
            .map(|sections| {
                sections
                    .into_iter()
                    .map(|(at, object)| section(lower, object, &at))
                    .collect()
            });
        ListIr {
            head,
            button,
            sections,
        }
    }

    fn check(ir: &ListIr) -> Result<(), Vec<Violation>> {
        shape(ir).check()
    }

    fn generate(ir: &ListIr) -> TokenStream {
        let p = private();
        // Sections whose rows are all literal keep them in a constant (a
        // `&[…]` argument is not promoted to `'static`).
        let mut items = TokenStream::new();
        let mut sections = Vec::new();
        let mut rows_const = true;
        let mut titles_literal = true;
        for (i, section) in ir.sections.iter().flatten().enumerate() {
            let title = opt_text(&section.title, Field::SectionTitle);
            titles_literal &= section.title.is_literal();
            let rows: Vec<&RowIr> = match &section.rows {
                Some(Options::Listed(rows)) => rows.iter().collect(),
                Some(Options::Choices(ChoicesIr { ty, span })) => {
                    // Every token of the call has the span of the enum's
                    // name, so an error points at the name.
                    let name = format_ident!("__WA_ROWS_{}", i);
                    items.extend(quote_spanned!(*span=>
                        const #name: &[::wa_interactive::Row] = &::wa_interactive::__private::choice_rows::<{ <#ty as ::wa_interactive::Choices>::CHOICES.len() }>(<#ty as ::wa_interactive::Choices>::CHOICES);
                    ));
                    sections.push(quote!(#p::section(#title, #name)));
                    continue;
                }
                None => Vec::new(),
            };
            let rows_tokens = rows.iter().map(|r| row_call(r));
            if rows
                .iter()
                .all(|r| r.title.is_literal() && r.description.is_literal())
            {
                let name = format_ident!("__WA_ROWS_{}", i);
                items.extend(quote!(const #name: &[::wa_interactive::Row] = &[#(#rows_tokens),*];));
                sections.push(quote!(#p::section(#title, #name)));
            } else {
                sections.push(quote!(#p::section_owned(#title, ::std::vec![#(#rows_tokens),*])));
                rows_const = false;
            }
        }
        items.extend(choices_checks(ir));
        let header = header_text(&ir.head.header);
        let body = text(&ir.head.body, Field::Body);
        let footer = opt_text(&ir.head.footer, Field::Footer);
        let button = text(&ir.button, Field::ListButton);
        if rows_const && titles_literal {
            let literal = ir.head.is_literal() && ir.button.is_literal();
            let make = generate::message(
                "ListMessage",
                literal,
                || json::list(&shape(ir)),
                quote!(#p::list(#header, #body, #footer, #button, __WA_SECTIONS)),
            );
            quote!({
                #items
                const __WA_SECTIONS: &[::wa_interactive::Section] = &[#(#sections),*];
                #make
            })
        } else {
            quote!({
                #items
                #p::list_owned(#header, #body, #footer, #button, ::std::vec![#(#sections),*])
            })
        }
    }

    fn placeholder() -> TokenStream {
        generate::placeholder("list")
    }
}

/// `{ title, rows: [ … ] }` at `at`.
fn section(lower: &mut Lower, object: &Object, at: &Path) -> SectionIr {
    let keys = lower.keys(object, "a section", wa_interactive_core::keys::SECTION);
    let path = at.key("rows");
    let rows = lower
        .options(keys.get("rows"), &path, "`rows`")
        .map(|rows| {
            rows.map(|rows| {
                rows.into_iter()
                    .map(|(at, object)| row(lower, object, &at))
                    .collect()
            })
        });
    SectionIr {
        title: lower.text(
            keys.get("title"),
            Field::SectionTitle,
            &at.key("title"),
            None,
        ),
        rows,
    }
}

/// `{ id, title, description }` at `at`.
fn row(lower: &mut Lower, object: &Object, at: &Path) -> RowIr {
    let keys = lower.keys(object, "a row", wa_interactive_core::keys::ROW);
    RowIr {
        id: lower.text(
            keys.get("id"),
            Field::RowId,
            &at.key("id"),
            Some(IDS_LITERAL),
        ),
        title: lower.text(keys.get("title"), Field::RowTitle, &at.key("title"), None),
        description: lower.text(
            keys.get("description"),
            Field::RowDescription,
            &at.key("description"),
            None,
        ),
    }
}

fn shape(ir: &ListIr) -> shape::List<'_> {
    shape::List {
        header: ir.head.header.shape(),
        body: ir.head.body.shape(),
        footer: ir.head.footer.shape(),
        button: ir.button.shape(),
        sections: ir.sections.as_ref().map(|sections| {
            sections
                .iter()
                .map(|section| shape::Section {
                    title: section.title.shape(),
                    rows: section.rows.as_ref().map(|rows| match rows {
                        Options::Listed(rows) => rows
                            .iter()
                            .map(|row| shape::Row {
                                id: row.id.shape(),
                                title: row.title.shape(),
                                description: row.description.shape(),
                            })
                            .collect(),
                        // At least one option (the derive requires one); how
                        // many, and their ids, are checked in const context.
                        Options::Choices(_) => vec![shape::Row {
                            id: shape::Text::Checked,
                            title: shape::Text::Checked,
                            description: shape::Text::Absent,
                        }],
                    }),
                })
                .collect()
        }),
    }
}

/// The rules of a list that involve its `Choices` enums, which the macro
/// cannot see: checked by the compiler, each in a `const _` spanned where
/// the user wrote the enum (or the literal row id it collides with), so a
/// violation is one error there. Nothing for a list without enums.
fn choices_checks(ir: &ListIr) -> TokenStream {
    let mut enums = Vec::new();
    let mut ids = Vec::new();
    for section in ir.sections.iter().flatten() {
        match &section.rows {
            Some(Options::Choices(choices)) => enums.push(choices),
            Some(Options::Listed(rows)) => {
                ids.extend(rows.iter().filter_map(|row| match &row.id {
                    TextSlot::Literal { lit, value } => Some((lit, value)),
                    _ => None,
                }));
            }
            None => {}
        }
    }
    let Some(last) = enums.last() else {
        return TokenStream::new();
    };
    // `<T as Choices>::CHOICES` and `::__INVALID` of an enum, spanned on its name.
    let options = |ChoicesIr { ty, span }: &ChoicesIr| {
        (
            quote_spanned!(*span=> <#ty as ::wa_interactive::Choices>::CHOICES),
            quote_spanned!(*span=> <#ty as ::wa_interactive::Choices>::__INVALID),
        )
    };
    let counts = enums.iter().map(|choices| {
        let (options, invalid) = options(choices);
        quote_spanned!(choices.span=> ::wa_interactive::__private::choice_count(#options, #invalid))
    });
    let literal_rows = ids.len();
    let mut checks = quote_spanned!(last.span=>
        const _: () = ::wa_interactive::__private::choice_rows_fit(#(#counts +)* #literal_rows);
    );
    for (i, b) in enums.iter().enumerate() {
        let (b_options, b_invalid) = options(b);
        for a in enums.iter().take(i) {
            let (a_options, a_invalid) = options(a);
            let before = "duplicate row id \"";
            let after = format!(
                "\": the `Choices` enums `{}` and `{}` both have it; row ids are unique within a list message, so give one of them another with #[choice(id = \"…\")]",
                a.ty.to_string().replace(' ', ""),
                b.ty.to_string().replace(' ', "")
            );
            checks.extend(quote_spanned!(b.span=>
                const _: () = ::wa_interactive::__private::choices_unique(#a_options, #b_options, #a_invalid || #b_invalid, #before, #after);
            ));
        }
        for (lit, value) in &ids {
            let message = format!(
                "duplicate row id {value:?}: the `Choices` enum `{}` has an option with this id too; row ids are unique within a list message",
                b.ty.to_string().replace(' ', "")
            );
            checks.extend(quote_spanned!(lit.span()=>
                const _: () = ::wa_interactive::__private::choices_lack_id(#b_options, #b_invalid, #lit, #message);
            ));
        }
    }
    checks
}

fn row_call(row: &RowIr) -> TokenStream {
    let p = private();
    let id = text(&row.id, Field::RowId);
    let title = text(&row.title, Field::RowTitle);
    let description = opt_text(&row.description, Field::RowDescription);
    quote!(#p::row(#id, #title, #description))
}

/// A list header is text only (the rules crate reports any other form).
fn header_text(header: &HeaderIr) -> TokenStream {
    match header {
        HeaderIr::Text(_) => generate::header(header),
        HeaderIr::Absent | HeaderIr::Media { .. } => none(),
    }
}
