//! `reply_buttons!`: a reply-buttons message.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use wa_interactive_core::{Field, Path, Violation, shape};

use super::MessageKind;
use crate::generate::{self, header, opt_text, private, text};
use crate::ir::{ChoicesIr, Head, Options, TextSlot};
use crate::json;
use crate::lower::{IDS_LITERAL, Keys, Lower};

/// Why a button title takes only a literal.
const TITLES_LITERAL: &str = "button titles are checked for uniqueness at compile time";

pub(crate) struct Buttons;

pub(crate) struct ButtonsIr {
    head: Head,
    /// `None` when `buttons` is missing or malformed.
    buttons: Option<Options<ReplyIr>>,
}

struct ReplyIr {
    id: TextSlot,
    title: TextSlot,
}

impl MessageKind for Buttons {
    const NAME: &'static str = "a reply-buttons message";
    const KEYS: &'static [&'static str] = wa_interactive_core::keys::BUTTONS;
    type Ir = ButtonsIr;

    fn lower(lower: &mut Lower, keys: &Keys<'_>) -> ButtonsIr {
        let head = lower.head(keys);
        let path = Path::root().key("action").key("buttons");
        let buttons = lower
            .options(keys.get("buttons"), &path, "`buttons`")
            .map(|buttons| {
                buttons.map(|buttons| {
                    buttons
                        .into_iter()
                        .map(|(at, button)| {
                            let at = at.key("reply");
                            let keys =
                                lower.keys(button, "a button", wa_interactive_core::keys::BUTTON);
                            ReplyIr {
                                id: lower.text(
                                    keys.get("id"),
                                    Field::ButtonId,
                                    &at.key("id"),
                                    Some(IDS_LITERAL),
                                ),
                                title: lower.text(
                                    keys.get("title"),
                                    Field::ButtonTitle,
                                    &at.key("title"),
                                    Some(TITLES_LITERAL),
                                ),
                            }
                        })
                        .collect()
                })
            });
        ButtonsIr { head, buttons }
    }

    fn check(ir: &ButtonsIr) -> Result<(), Vec<Violation>> {
        shape(ir).check()
    }

    fn generate(ir: &ButtonsIr) -> TokenStream {
        let p = private();
        let buttons = match &ir.buttons {
            Some(Options::Choices(ChoicesIr { ty, span })) => {
                // The rules of buttons the enum must meet, checked by the
                // compiler in a `const _` that nothing else uses. Every
                // token has the span of the enum's name (none from
                // `private()`), so an error is one, at the name.
                quote_spanned!(*span=> {
                    const _: () = ::wa_interactive::__private::choices_as_buttons(
                        <#ty as ::wa_interactive::Choices>::CHOICES,
                        <#ty as ::wa_interactive::Choices>::__INVALID,
                    );
                    &::wa_interactive::__private::choice_buttons::<{ <#ty as ::wa_interactive::Choices>::CHOICES.len() }>(<#ty as ::wa_interactive::Choices>::CHOICES)
                })
            }
            Some(Options::Listed(buttons)) => {
                let buttons = buttons.iter().map(|button| {
                    let id = text(&button.id, Field::ButtonId);
                    let title = text(&button.title, Field::ButtonTitle);
                    quote!(#p::reply(#id, #title))
                });
                quote!(&[#(#buttons),*])
            }
            None => quote!(&[]),
        };
        let header = header(&ir.head.header);
        let body = text(&ir.head.body, Field::Body);
        let footer = opt_text(&ir.head.footer, Field::Footer);
        // Ids and titles are always literals: the head decides.
        let make = generate::message(
            "ButtonMessage",
            ir.head.is_literal(),
            || json::buttons(&shape(ir)),
            quote!(#p::buttons(#header, #body, #footer, __WA_BUTTONS)),
        );
        quote!({
            const __WA_BUTTONS: &[::wa_interactive::ReplyButton] = #buttons;
            #make
        })
    }

    fn placeholder() -> TokenStream {
        generate::placeholder("buttons")
    }
}

fn shape(ir: &ButtonsIr) -> shape::Buttons<'_> {
    shape::Buttons {
        header: ir.head.header.shape(),
        body: ir.head.body.shape(),
        footer: ir.head.footer.shape(),
        buttons: ir.buttons.as_ref().map(|buttons| match buttons {
            Options::Listed(buttons) => buttons
                .iter()
                .map(|button| shape::Reply {
                    id: button.id.shape(),
                    title: button.title.shape(),
                })
                .collect(),
            // At least one option (the derive requires one); how many, and
            // their texts, are checked in const context.
            Options::Choices(_) => vec![shape::Reply {
                id: shape::Text::Checked,
                title: shape::Text::Checked,
            }],
        }),
    }
}
