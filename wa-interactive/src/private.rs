//! What the macros' expansions call. Not a public API: its items may change
//! in any release.
//!
//! This is the macros' contract, as serde's and thiserror's hidden items
//! are: the macros check every rule on the tokens, with spans, and the
//! constructors here trust them. They check nothing and write no JSON in
//! const evaluation: a fully literal message carries the JSON the macro
//! wrote ([`literal_json!`]), and the differential test of the literal
//! corpus (`tests/literal_corpus.rs`) proves it equals `Serialize`'s.
//!
//! What a macro cannot see is checked here in const context, each as one
//! error where the user wrote it: a `const` text's rule ([`check_const_text`]),
//! and the rules a `Choices` enum must meet where it is used
//! ([`choices_as_buttons`], [`choice_rows_fit`], [`choices_lack_id`], [`choices_unique`]).

use std::borrow::Cow;
use std::mem::{forget, replace};

use crate::address::{AddressErrors, AddressValues, Indirect, SavedAddress};
use wa_interactive_core::{Field, TextProblem, limits, same_text};

use crate::choice::Choice;
use crate::common::Head;
use crate::flow::{FlowAction, FlowMode, FlowRef};
use crate::rendered::Rendered;
use crate::text::{
    Body, ButtonId, ButtonTitle, DisplayText, FlowCta, FlowToken, Footer, ListButton,
    RowDescription, RowId, RowTitle, SectionTitle, Url,
};
use crate::text::{CallButtonText, CallPayload, SavedAddressId};
use crate::{AddressMessage, CallPermissionRequest, ContactInfoRequest, VoiceCallMessage};
use crate::{
    ButtonMessage, CtaUrlMessage, FlowMessage, Header, ListMessage, LocationRequest, ReplyButton,
    Row, Section,
};

use crate::carousel::{CardButtons, Cards, MediaCard, ProductCard};
use crate::product_list::ProductSection;
use crate::text::CardBody;
use crate::text::{CatalogId, ProductRetailerId};
use crate::{CarouselMessage, CatalogMessage, ProductListMessage, ProductMessage};

/// A fully literal message, `$ty` made by `$make`, carrying `$json`, the
/// JSON the macro wrote for it; a constant, so that the message is made
/// once, by the compiler.
#[doc(hidden)]
#[macro_export]
macro_rules! __wa_literal_json {
    ($ty:ty, $make:expr, $json:literal) => {{
        const __WA_VALUE: $ty = $make.__with_json($json);
        __WA_VALUE
    }};
}
pub use crate::__wa_literal_json as literal_json;

/// A run-time value given where a macro expects the checked text type `T`:
/// only `T` itself is one, and anything else (a `String`, a `&str`) is an
/// error that says which type to use and how to build it. The macro calls
/// `<_ as CheckedText<T>>::into_checked(value)`, so the error is one, on the
/// value, with no note into this crate's files.
#[diagnostic::on_unimplemented(
    message = "expected `{T}`, found `{Self}`; build one with `{T}::new(value)?`",
    label = "run-time text must be checked first: `{T}::new(value)?`",
    note = "the checked text types of `wa_interactive::text` check a text against its field's rule when they are made"
)]
pub trait CheckedText<T> {
    fn into_checked(self) -> T;
}

impl<T> CheckedText<T> for T {
    fn into_checked(self) -> T {
        self
    }
}

/// Checks a constant text (`body: ASK`, a path in upper case: a `const` or
/// `static` `&str`) against `field`'s rule. The macro calls it in a
/// `const _` spanned on the constant, which nothing else uses, so a
/// violation is one error there, with the figure and the limit as the
/// macro's own errors have them; the message then holds the text through
/// the type's `__trusted`.
#[track_caller]
pub const fn check_const_text(field: Field, text: &str) {
    let Err(problem) = field.check(text) else {
        return;
    };
    let (figure, max, unit) = match problem {
        TextProblem::TooLong { chars, max } => {
            (chars, max, " characters; WhatsApp allows at most ")
        }
        TextProblem::TooManyLineBreaks { breaks, max } => {
            (breaks, max, " line breaks; WhatsApp allows at most ")
        }
        _ => panic!("{}", field.rule(problem)),
    };
    let verb = match problem {
        TextProblem::TooLong { .. } => " is ",
        _ => " has ",
    };
    let message = ConstMessage::new()
        .push(field.label())
        .push(verb)
        .uint(figure)
        .push(unit)
        .uint(max);
    panic!("{}", message.as_str());
}

/// A message written in const evaluation, where `format!` cannot run: up
/// to 512 bytes, a text that would not fit whole is cut at a character
/// boundary and marked with `…`.
pub struct ConstMessage {
    buf: [u8; 512],
    len: usize,
    /// Whether a text was cut: nothing more is written.
    cut: bool,
}

impl ConstMessage {
    pub const fn new() -> Self {
        ConstMessage {
            buf: [0; 512],
            len: 0,
            cut: false,
        }
    }

    /// The message with `text` appended.
    #[must_use]
    pub const fn push(mut self, text: &str) -> Self {
        if self.cut {
            return self;
        }
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Room for this character and a closing `…` (3 bytes).
            let width = match bytes[i] {
                0x00..=0x7f => 1,
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                _ => 4,
            };
            if self.len + width + 3 > self.buf.len() {
                let ellipsis = "…".as_bytes();
                let mut j = 0;
                while j < ellipsis.len() {
                    self.buf[self.len] = ellipsis[j];
                    self.len += 1;
                    j += 1;
                }
                self.cut = true;
                return self;
            }
            let mut k = 0;
            while k < width && i + k < bytes.len() {
                self.buf[self.len] = bytes[i + k];
                self.len += 1;
                k += 1;
            }
            i += width;
        }
        self
    }

    /// The message with `n` appended in decimal.
    #[must_use]
    pub const fn uint(self, n: usize) -> Self {
        let mut digits = [0u8; 20];
        let mut start = digits.len();
        let mut rest = n;
        loop {
            start -= 1;
            #[allow(clippy::cast_possible_truncation)] // a digit, below 10
            let digit = (rest % 10) as u8;
            digits[start] = b'0' + digit;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        let (_, digits) = digits.split_at(start);
        match std::str::from_utf8(digits) {
            Ok(text) => self.push(text),
            Err(_) => self,
        }
    }

    /// The message.
    pub const fn as_str(&self) -> &str {
        let (written, _) = self.buf.split_at(self.len);
        match std::str::from_utf8(written) {
            Ok(text) => text,
            Err(_) => "",
        }
    }
}

impl Default for ConstMessage {
    fn default() -> Self {
        ConstMessage::new()
    }
}

pub const fn row(id: RowId, title: RowTitle, description: Option<RowDescription>) -> Row {
    Row {
        id,
        title,
        description,
    }
}

pub const fn section(title: Option<SectionTitle>, rows: &'static [Row]) -> Section {
    Section {
        title,
        rows: Cow::Borrowed(rows),
    }
}

pub fn section_owned(title: Option<SectionTitle>, rows: Vec<Row>) -> Section {
    Section {
        title,
        rows: Cow::Owned(rows),
    }
}

pub const fn list(
    header: Option<Header>,
    body: Body,
    footer: Option<Footer>,
    button: ListButton,
    sections: &'static [Section],
) -> ListMessage {
    ListMessage {
        head: Head::new(header, body, footer),
        button,
        sections: Cow::Borrowed(sections),
        rendered: Rendered::NONE,
    }
}

pub fn list_owned(
    header: Option<Header>,
    body: Body,
    footer: Option<Footer>,
    button: ListButton,
    sections: Vec<Section>,
) -> ListMessage {
    ListMessage {
        head: Head::new(header, body, footer),
        button,
        sections: Cow::Owned(sections),
        rendered: Rendered::NONE,
    }
}

pub const fn reply(id: ButtonId, title: ButtonTitle) -> ReplyButton {
    ReplyButton { id, title }
}

pub const fn buttons(
    header: Option<Header>,
    body: Body,
    footer: Option<Footer>,
    buttons: &'static [ReplyButton],
) -> ButtonMessage {
    ButtonMessage {
        head: Head::new(header, body, footer),
        buttons: Cow::Borrowed(buttons),
        rendered: Rendered::NONE,
    }
}

/// Stand-ins each element of a choice array holds until it is written. A
/// `const fn` cannot drop a value with a destructor, so each is replaced
/// and the stand-in forgotten (it owns nothing: its texts are borrowed).
const UNWRITTEN_BUTTON: ReplyButton = reply(ButtonId::__trusted("?"), ButtonTitle::__trusted("?"));
const UNWRITTEN_ROW: Row = row(RowId::__trusted("?"), RowTitle::__trusted("?"), None);

// What follows takes a `Choices` enum's options as `<T as Choices>::CHOICES`
// and `<T as Choices>::__INVALID`, not as a type parameter bound by the
// trait: a type that is not a `Choices` enum is then one error at its name
// (the trait's own message), not one more for each function it is passed to.

/// The reply buttons of the `N` options of a `Choices` enum (the macro
/// passes `CHOICES.len()`); [`choices_as_buttons`] checks them. A choice's
/// description is not shown on a button.
pub const fn choice_buttons<const N: usize>(choices: &'static [Choice]) -> [ReplyButton; N] {
    let mut out = [UNWRITTEN_BUTTON; N];
    let mut i = 0;
    while i < N && i < choices.len() {
        let choice = &choices[i];
        let button = reply(
            ButtonId::__trusted(choice.id()),
            ButtonTitle::__trusted(choice.title()),
        );
        forget(replace(&mut out[i], button));
        i += 1;
    }
    out
}

/// The rows of the `N` options of a `Choices` enum (the macro passes
/// `CHOICES.len()`); [`choice_rows_fit`] and [`choices_lack_id`] check them.
pub const fn choice_rows<const N: usize>(choices: &'static [Choice]) -> [Row; N] {
    let mut out = [UNWRITTEN_ROW; N];
    let mut i = 0;
    while i < N && i < choices.len() {
        let choice = &choices[i];
        let description = match choice.description() {
            Some(text) => Some(RowDescription::__trusted(text)),
            None => None,
        };
        let row = row(
            RowId::__trusted(choice.id()),
            RowTitle::__trusted(choice.title()),
            description,
        );
        forget(replace(&mut out[i], row));
        i += 1;
    }
    out
}

/// Checks a `Choices` enum's options as the reply buttons of a message: at
/// most 3, titles of at most 20 characters (a choice's title may have 24,
/// a list row's). The macro calls it in a `const _` spanned on the enum's
/// name, so a violation is one error there. Nothing for an enum whose
/// derive reported errors (`invalid`).
#[track_caller]
pub const fn choices_as_buttons(choices: &[Choice], invalid: bool) {
    if invalid {
        return;
    }
    assert!(
        choices.len() <= limits::BUTTONS,
        "a reply-buttons message has at most 3 buttons, and this `Choices` enum has more variants: use it as list rows (`rows: …`), or `wa_interactive::Menu` for options that outgrow a message"
    );
    let mut i = 0;
    while i < choices.len() {
        assert!(
            Field::ButtonTitle.check(choices[i].title()).is_ok(),
            "a variant of this `Choices` enum has a title longer than 20 characters, a button title's limit: give it a shorter one with #[choice(title = \"…\")], or use the enum as list rows (titles of up to 24)"
        );
        let mut j = i + 1;
        while j < choices.len() {
            if same_text(choices[i].title(), choices[j].title()) {
                let message = ConstMessage::new()
                    .push("duplicate button title \"")
                    .push(choices[i].title())
                    .push("\": two variants of this `Choices` enum have it, and the titles of reply buttons are unique within a message; give one another with #[choice(title = \"…\")], or use the enum as list rows");
                panic!("{}", message.as_str());
            }
            j += 1;
        }
        i += 1;
    }
}

/// How many rows a `Choices` enum adds to a list: none for an enum whose
/// derive reported errors (nothing more is said of it).
pub const fn choice_count(choices: &[Choice], invalid: bool) -> usize {
    if invalid { 0 } else { choices.len() }
}

/// Checks a list with `Choices` enums among its rows: at most 10 in total
/// (the sum of [`choice_count`]s and the literal rows). Spanned on the last
/// enum's name.
#[track_caller]
pub const fn choice_rows_fit(rows: usize) {
    assert!(
        rows <= limits::LIST_ROWS,
        "a list message has at most 10 rows in total, and with this `Choices` enum's variants it has more: use `wa_interactive::Menu`, which pages options that outgrow a message"
    );
}

/// Checks that no option of a `Choices` enum has the id `id`, a literal row
/// id of the same list; the macro writes `message` (which names the id)
/// and spans the check on that literal.
#[track_caller]
pub const fn choices_lack_id(choices: &[Choice], invalid: bool, id: &str, message: &str) {
    if invalid {
        return;
    }
    let mut i = 0;
    while i < choices.len() {
        assert!(!same_text(choices[i].id(), id), "{}", message);
        i += 1;
    }
}

/// Checks that two `Choices` enums used in one list, `a` before `b`, share
/// no id; the macro writes the message around the id (`before`, the id,
/// `after`), naming both enums. Spanned on `b`'s name.
#[track_caller]
pub const fn choices_unique(a: &[Choice], b: &[Choice], invalid: bool, before: &str, after: &str) {
    if invalid {
        return;
    }
    let mut i = 0;
    while i < a.len() {
        let mut j = 0;
        while j < b.len() {
            if same_text(a[i].id(), b[j].id()) {
                let message = ConstMessage::new().push(before).push(a[i].id()).push(after);
                panic!("{}", message.as_str());
            }
            j += 1;
        }
        i += 1;
    }
}

pub const fn text_message(
    body: crate::text::TextBody,
    preview_url: Option<bool>,
) -> crate::TextMessage {
    crate::TextMessage {
        body,
        preview_url,
        rendered: Rendered::NONE,
    }
}

pub const fn location(body: Body) -> LocationRequest {
    LocationRequest {
        head: Head::body(body),
        rendered: Rendered::NONE,
    }
}

pub const fn contact_info(body: Body) -> ContactInfoRequest {
    ContactInfoRequest {
        head: Head::body(body),
        rendered: Rendered::NONE,
    }
}

pub const fn call_permission(body: Option<Body>) -> CallPermissionRequest {
    CallPermissionRequest::from_body(body)
}

pub const fn voice_call(
    body: Body,
    display_text: Option<CallButtonText>,
    ttl_minutes: Option<u32>,
    payload: Option<CallPayload>,
) -> VoiceCallMessage {
    VoiceCallMessage {
        head: Head::body(body),
        display_text,
        ttl_minutes,
        payload,
        rendered: Rendered::NONE,
    }
}

pub const fn saved_address(id: SavedAddressId, value: AddressValues) -> SavedAddress {
    SavedAddress { id, value }
}

/// A fully literal address message: its parts in constants.
pub const fn address(
    header: Option<Header>,
    body: Body,
    footer: Option<Footer>,
    values: Option<&'static AddressValues>,
    saved_addresses: Option<&'static [SavedAddress]>,
    validation_errors: Option<&'static AddressErrors>,
) -> AddressMessage {
    let saved_addresses = match saved_addresses {
        Some(saved) => Some(Cow::Borrowed(saved)),
        None => None,
    };
    AddressMessage {
        head: Head::new(header, body, footer),
        values: match values {
            Some(values) => Some(Indirect::borrowed(values)),
            None => None,
        },
        saved_addresses,
        validation_errors: match validation_errors {
            Some(errors) => Some(Indirect::borrowed(errors)),
            None => None,
        },
        rendered: Rendered::NONE,
    }
}

/// An address message with run-time text in its parameters.
pub fn address_owned(
    header: Option<Header>,
    body: Body,
    footer: Option<Footer>,
    values: Option<AddressValues>,
    saved_addresses: Option<Vec<SavedAddress>>,
    validation_errors: Option<AddressErrors>,
) -> AddressMessage {
    AddressMessage {
        head: Head::new(header, body, footer),
        values: values.map(Indirect::owned),
        saved_addresses: saved_addresses.map(Cow::Owned),
        validation_errors: validation_errors.map(Indirect::owned),
        rendered: Rendered::NONE,
    }
}

pub const fn cta_url(
    header: Option<Header>,
    body: Body,
    footer: Option<Footer>,
    display_text: DisplayText,
    url: Url,
) -> CtaUrlMessage {
    CtaUrlMessage {
        head: Head::new(header, body, footer),
        display_text,
        url,
        rendered: Rendered::NONE,
    }
}

#[allow(clippy::too_many_arguments)] // one argument per part of the message
pub const fn flow(
    header: Option<Header>,
    body: Body,
    footer: Option<Footer>,
    flow: FlowRef,
    flow_cta: FlowCta,
    mode: Option<FlowMode>,
    flow_token: Option<FlowToken>,
    action: FlowAction,
) -> FlowMessage {
    FlowMessage {
        head: Head::new(header, body, footer),
        flow,
        flow_cta,
        mode,
        flow_token,
        action,
        rendered: Rendered::NONE,
    }
}

pub const fn product(
    body: Option<Body>,
    footer: Option<Footer>,
    catalog_id: CatalogId,
    product_retailer_id: ProductRetailerId,
) -> ProductMessage {
    ProductMessage {
        body,
        footer,
        catalog_id,
        product_retailer_id,
        rendered: Rendered::NONE,
    }
}

pub const fn product_section(
    title: Option<SectionTitle>,
    products: &'static [ProductRetailerId],
) -> ProductSection {
    ProductSection {
        title,
        products: Cow::Borrowed(products),
    }
}

pub const fn product_list(
    header: crate::text::HeaderText,
    body: Body,
    footer: Option<Footer>,
    catalog_id: CatalogId,
    sections: &'static [ProductSection],
) -> ProductListMessage {
    ProductListMessage {
        head: Head::new(Some(Header::Text(header)), body, footer),
        catalog_id,
        sections: Cow::Borrowed(sections),
        rendered: Rendered::NONE,
    }
}

pub fn product_list_owned(
    header: crate::text::HeaderText,
    body: Body,
    footer: Option<Footer>,
    catalog_id: CatalogId,
    sections: Vec<ProductSection>,
) -> ProductListMessage {
    ProductListMessage {
        head: Head::new(Some(Header::Text(header)), body, footer),
        catalog_id,
        sections: Cow::Owned(sections),
        rendered: Rendered::NONE,
    }
}

pub const fn catalog(
    body: Body,
    footer: Option<Footer>,
    thumbnail: Option<ProductRetailerId>,
) -> CatalogMessage {
    CatalogMessage {
        head: Head::new(None, body, footer),
        thumbnail,
        rendered: Rendered::NONE,
    }
}

pub const fn media_card_url(
    header: Header,
    body: Option<CardBody>,
    display_text: DisplayText,
    url: Url,
) -> MediaCard {
    MediaCard {
        header,
        body,
        buttons: CardButtons::Url { display_text, url },
    }
}

pub const fn media_card_replies(
    header: Header,
    body: Option<CardBody>,
    replies: &'static [ReplyButton],
) -> MediaCard {
    MediaCard {
        header,
        body,
        buttons: CardButtons::QuickReplies(Cow::Borrowed(replies)),
    }
}

pub const fn product_card(
    catalog_id: CatalogId,
    product_retailer_id: ProductRetailerId,
) -> ProductCard {
    ProductCard {
        catalog_id,
        product_retailer_id,
    }
}

pub const fn carousel_media(body: Body, cards: &'static [MediaCard]) -> CarouselMessage {
    CarouselMessage {
        head: Head::body(body),
        cards: Cards::Media(Cow::Borrowed(cards)),
        rendered: Rendered::NONE,
    }
}

pub fn carousel_media_owned(body: Body, cards: Vec<MediaCard>) -> CarouselMessage {
    CarouselMessage {
        head: Head::body(body),
        cards: Cards::Media(Cow::Owned(cards)),
        rendered: Rendered::NONE,
    }
}

pub const fn carousel_products(body: Body, cards: &'static [ProductCard]) -> CarouselMessage {
    CarouselMessage {
        head: Head::body(body),
        cards: Cards::Product(Cow::Borrowed(cards)),
        rendered: Rendered::NONE,
    }
}

/// Stand-ins a failed expansion returns beside its `compile_error!`s, so
/// that the code around the call keeps its types. A program that contains
/// one does not compile; each is a valid message all the same (the unit
/// tests check every one against the rules).
pub mod placeholder {
    use crate::flow::{FlowAction, FlowRef};
    use crate::text::{
        Body, ButtonId, ButtonTitle, DisplayText, FlowCta, FlowName, ListButton, RowId, RowTitle,
        Url,
    };
    use crate::{ButtonMessage, CtaUrlMessage, FlowMessage, ListMessage, LocationRequest, Row};
    use crate::{ReplyButton, Section};

    const BODY: Body = Body::__trusted("?");
    const ROWS: &[Row] = &[super::row(
        RowId::__trusted("?"),
        RowTitle::__trusted("?"),
        None,
    )];
    const SECTIONS: &[Section] = &[super::section(None, ROWS)];
    const BUTTONS: &[ReplyButton] = &[super::reply(
        ButtonId::__trusted("?"),
        ButtonTitle::__trusted("?"),
    )];

    pub const fn list() -> ListMessage {
        super::list(None, BODY, None, ListButton::__trusted("?"), SECTIONS)
    }

    pub const fn buttons() -> ButtonMessage {
        super::buttons(None, BODY, None, BUTTONS)
    }

    pub const fn location() -> LocationRequest {
        super::location(BODY)
    }

    pub const fn text_message() -> crate::TextMessage {
        super::text_message(crate::text::TextBody::__trusted("?"), None)
    }

    pub const fn contact_info() -> crate::ContactInfoRequest {
        super::contact_info(BODY)
    }

    pub const fn call_permission() -> crate::CallPermissionRequest {
        super::call_permission(None)
    }

    pub const fn voice_call() -> crate::VoiceCallMessage {
        super::voice_call(BODY, None, None, None)
    }

    pub const fn address() -> crate::AddressMessage {
        super::address(None, BODY, None, None, None, None)
    }

    pub const fn cta_url() -> CtaUrlMessage {
        super::cta_url(
            None,
            BODY,
            None,
            DisplayText::__trusted("?"),
            Url::__trusted("https://example.com"),
        )
    }

    pub const fn product() -> crate::ProductMessage {
        super::product(
            None,
            None,
            crate::text::CatalogId::__trusted("?"),
            crate::text::ProductRetailerId::__trusted("?"),
        )
    }

    const PRODUCTS: &[crate::text::ProductRetailerId] =
        &[crate::text::ProductRetailerId::__trusted("?")];
    const PRODUCT_SECTIONS: &[crate::ProductSection] = &[super::product_section(None, PRODUCTS)];

    pub const fn product_list() -> crate::ProductListMessage {
        super::product_list(
            crate::text::HeaderText::__trusted("?"),
            BODY,
            None,
            crate::text::CatalogId::__trusted("?"),
            PRODUCT_SECTIONS,
        )
    }

    pub const fn catalog() -> crate::CatalogMessage {
        super::catalog(BODY, None, None)
    }

    const PRODUCT_CARD: crate::carousel::ProductCard = super::product_card(
        crate::text::CatalogId::__trusted("?"),
        crate::text::ProductRetailerId::__trusted("?"),
    );
    const PRODUCT_CARDS: &[crate::carousel::ProductCard] = &[PRODUCT_CARD, PRODUCT_CARD];

    pub const fn carousel() -> crate::CarouselMessage {
        super::carousel_products(BODY, PRODUCT_CARDS)
    }

    pub const fn flow() -> FlowMessage {
        super::flow(
            None,
            BODY,
            None,
            FlowRef::Name(FlowName::__trusted("?")),
            FlowCta::__trusted("?"),
            None,
            None,
            FlowAction::DataExchange,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::placeholder;
    use crate::Interactive;

    /// The stand-ins are made by trusting constructors: each must be a
    /// message every public path would accept.
    #[test]
    fn every_placeholder_is_a_valid_message() {
        let all: Vec<Interactive> = vec![
            placeholder::list().into(),
            placeholder::buttons().into(),
            placeholder::location().into(),
            placeholder::contact_info().into(),
            placeholder::call_permission().into(),
            placeholder::voice_call().into(),
            placeholder::address().into(),
            placeholder::cta_url().into(),
            placeholder::product().into(),
            placeholder::product_list().into(),
            placeholder::catalog().into(),
            placeholder::carousel().into(),
            placeholder::flow().into(),
        ];
        for message in all {
            let json = message.interactive_json();
            let read: Result<Interactive, _> = serde_json::from_str(&json);
            assert_eq!(read.ok().as_ref(), Some(&message), "{json}");
        }
        let text = placeholder::text_message();
        let read: Result<crate::TextMessage, _> = serde_json::from_str(&text.text_json());
        assert_eq!(read.ok(), Some(text));
    }
}
