//! Typed choices: an enum whose variants are the options of a message, so
//! that a reply is routed by a `match` on the enum, not by comparing ids.
//!
//! `#[derive(Choices)]` (re-exported beside the trait, as serde does) reads
//! one `#[choice(…)]` attribute per variant and checks it at compile time:
//!
//! - `id`: sent back when the option is picked. Defaults to the variant's
//!   name in snake case (`HomeDelivery` → `"home_delivery"`). Ids are
//!   unique, non-empty, without leading or trailing whitespace, and at most
//!   200 characters (the rule of a list row's id, which is stricter than a
//!   button's).
//! - `title`: what the user sees. Defaults to the variant's name split into
//!   words, the first as written and the others in lower case unless they
//!   are acronyms (`HomeDelivery` → `"Home delivery"`, `SendSMS` →
//!   `"Send SMS"`). At most 24 characters, a row title's limit.
//! - `description`: optional, at most 72 characters (a row description);
//!   shown under a list row's title. Reply buttons have none: used as
//!   buttons, the enum's descriptions are not sent.
//!
//! Only unit variants are choices. The enum is then written where a
//! message's options go: `buttons: Delivery` in
//! [`reply_buttons!`](crate::reply_buttons) (at most 3 variants, titles of at
//! most 20 characters and all different: the rules of reply buttons, checked
//! where the enum is used) and `rows: Delivery` in a section of
//! [`interactive_list!`](crate::interactive_list).
//!
//! ```
//! use wa_interactive::{Choices, ListMessage, interactive_list, reply_buttons};
//!
//! #[derive(Debug, PartialEq, Choices)]
//! enum Delivery {
//!     #[choice(id = "delivery", title = "Deliver to me")]
//!     Deliver,
//!     #[choice(title = "I'll pick it up", description = "Ready in 20 min")]
//!     Pickup,
//! }
//!
//! let ask = reply_buttons! { body: "How do you want it?", buttons: Delivery };
//! static MENU: ListMessage = interactive_list! {
//!     body: "How do you want it?",
//!     button: "Options",
//!     sections: [ { rows: Delivery } ],
//! };
//!
//! assert_eq!(ask.buttons()[1].id(), "pickup");
//! assert_eq!(MENU.rows().nth(1).unwrap().description().unwrap(), "Ready in 20 min");
//! assert_eq!(Delivery::from_id("delivery"), Some(Delivery::Deliver));
//! assert_eq!(Delivery::Pickup.choice().title(), "I'll pick it up");
//! assert_eq!(Delivery::from_id("express"), None); // an id this enum does not know
//! ```
//!
//! A misused enum does not compile, with the error at the use: an enum of
//! four variants is one too many for reply buttons.
//!
//! ```compile_fail
//! use wa_interactive::{Choices, reply_buttons};
//!
//! #[derive(Choices)]
//! enum Size { Small, Medium, Large, ExtraLarge }
//!
//! let ask = reply_buttons! { body: "Which size?", buttons: Size }; // at most 3 buttons
//! ```

/// One option of a [`Choices`] enum: its id, title and description, as
/// constant data checked when the enum was derived.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Choice {
    id: &'static str,
    title: &'static str,
    description: Option<&'static str>,
}

impl Choice {
    /// The id sent back when the option is picked.
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The title the user sees.
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The description shown under a list row's title, if any.
    pub const fn description(&self) -> Option<&'static str> {
        self.description
    }

    /// A choice the derive wrote: the derive checked its texts against a
    /// list row's rules, and this trusts it (the `__private` contract).
    #[doc(hidden)]
    pub const fn __trusted(
        id: &'static str,
        title: &'static str,
        description: Option<&'static str>,
    ) -> Self {
        Choice {
            id,
            title,
            description,
        }
    }
}

/// An enum whose unit variants are the options of a message: reply
/// buttons or list rows, with their ids, titles and descriptions fixed at
/// compile time. Implemented by `#[derive(Choices)]`; see [the module
/// documentation](self).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a `Choices` enum",
    label = "the options of a message here are the variants of a `Choices` enum",
    note = "derive it: `#[derive(wa_interactive::Choices)]` on an enum of unit variants"
)]
pub trait Choices: Sized + 'static {
    /// The options, one per variant, in the order the variants are declared.
    const CHOICES: &'static [Choice];

    /// Set by the derive when it reported errors, so that the enum's uses
    /// add none of their own.
    #[doc(hidden)]
    const __INVALID: bool = false;

    /// The variant at `index` in [`CHOICES`](Self::CHOICES).
    fn from_index(index: usize) -> Option<Self>;

    /// The index of this variant in [`CHOICES`](Self::CHOICES).
    fn index(&self) -> usize;

    /// The option of this variant.
    ///
    /// # Panics
    ///
    /// If [`index`](Self::index) is not an index of
    /// [`CHOICES`](Self::CHOICES), which a derived implementation never is.
    fn choice(&self) -> &'static Choice {
        &Self::CHOICES[self.index()]
    }

    /// The id sent back when this variant's option is picked.
    fn id(&self) -> &'static str {
        self.choice().id()
    }

    /// The variant whose option has the id `id`; `None` for an id this
    /// enum does not know (a reply to an older message, say).
    fn from_id(id: &str) -> Option<Self> {
        Self::CHOICES
            .iter()
            .position(|choice| choice.id == id)
            .and_then(Self::from_index)
    }

    /// The variant a user picked, from the reply to a message whose options
    /// were this enum: a reply button tapped or a list row picked. `None`
    /// for another kind of reply, or an id this enum does not know.
    ///
    /// ```
    /// use wa_interactive::Choices;
    /// use wa_interactive::webhook::{self, Content};
    ///
    /// #[derive(Debug, PartialEq, Choices)]
    /// enum Answer { Confirm, Cancel }
    ///
    /// let body = br#"{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages",
    ///   "value":{"messaging_product":"whatsapp","messages":[{"from":"15551234567","id":"wamid.2",
    ///   "timestamp":"1700000000","type":"interactive",
    ///   "interactive":{"type":"button_reply","button_reply":{"id":"confirm","title":"Confirm"}}}]}}]}]}"#;
    /// for m in webhook::parse(body)?.messages() {
    ///     let Content::Interactive(reply) = &m.content else { continue };
    ///     match Answer::from_reply(reply) {
    ///         Some(Answer::Confirm) => {}
    ///         Some(Answer::Cancel) => unreachable!(),
    ///         None => unreachable!(),
    ///     }
    /// }
    /// # Ok::<(), webhook::Error>(())
    /// ```
    #[cfg(feature = "webhook")]
    fn from_reply(reply: &crate::webhook::Reply) -> Option<Self> {
        use crate::webhook::Reply;
        match reply {
            Reply::ButtonReply { id, .. } | Reply::ListReply { id, .. } => Self::from_id(id),
            _ => None,
        }
    }

    /// The variant a message's content chose, however the choice came: a
    /// reply button, a list row, or a `button` message (a carousel quick
    /// reply may arrive either way); `None` for anything else and for an id
    /// this enum does not know.
    ///
    /// ```
    /// use wa_interactive::{Choices, webhook};
    ///
    /// #[derive(Choices, Debug, PartialEq)]
    /// enum Size {
    ///     Small,
    ///     Large,
    /// }
    ///
    /// let body = r#"{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages",
    ///   "value":{"messages":[{"from":"15551234567","id":"wamid.3","timestamp":"1700000000",
    ///   "type":"button","button":{"payload":"large","text":"Large"}}]}}]}]}"#;
    /// let note = webhook::parse(body)?;
    /// let m = note.messages().next().unwrap();
    /// assert_eq!(Size::from_content(&m.content), Some(Size::Large));
    /// # Ok::<(), webhook::Error>(())
    /// ```
    #[cfg(feature = "webhook")]
    fn from_content(content: &crate::webhook::Content) -> Option<Self> {
        Self::from_id(content.reply_id()?)
    }
}
