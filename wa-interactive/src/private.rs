//! What the macros' expansions call. Not a public API: its items may change
//! in any release.
//!
//! The constructors are `const fn`s that check what they are given: the
//! texts arrive as checked types (a literal through `__checked`, which
//! checks it), and the constructors check the rules between them (counts,
//! unique ids and titles, section titles). In a constant a violation is a
//! compile error; at run time it panics with the rule — only a caller that
//! bypasses the public API can get there. [`literal_json!`] gives a fully
//! literal message the JSON the macro wrote for it, which the compiler
//! compares with its fields; [`literal!`] has the compiler write it.

use std::borrow::Cow;
use std::mem::{forget, replace};

use crate::address::{AddressErrors, AddressValues, Indirect, SavedAddress};
use wa_interactive_core::limits;

use crate::choice::Choices;
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

pub use crate::rendered::utf8;

/// A fully literal message, `$ty` made by `$make`, with the JSON of its
/// fields computed at compile time: the message is made (and checked) once,
/// measured and written through a reference to it, and its value then
/// carries the JSON.
#[doc(hidden)]
#[macro_export]
macro_rules! __wa_literal {
    ($ty:ty, $make:expr) => {{
        const __WA_MESSAGE: $ty = $make;
        const __WA_REF: &$ty = &__WA_MESSAGE;
        const __WA_LEN: usize = __WA_REF.__json_len();
        const __WA_BYTES: &[u8] = &__WA_REF.__json_bytes::<__WA_LEN>();
        const __WA_VALUE: $ty = __WA_MESSAGE.__with_json($crate::__private::utf8(__WA_BYTES));
        __WA_VALUE
    }};
}
pub use crate::__wa_literal as literal;

/// A fully literal message, `$ty` made by `$make`, carrying `$json`, the
/// JSON the macro wrote for it: `__with_json` compares it with the fields
/// byte for byte, so a difference is a compile error, never a message
/// whose JSON disagrees with it. The compiler compares instead of writing,
/// which costs a fraction of [`literal!`].
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
/// error that says which type to use and how to build it.
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

/// The run-time value of a text the macro expects to be a `T`.
pub fn checked_text<T>(value: impl CheckedText<T>) -> T {
    value.into_checked()
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

/// A list's header is text.
const fn check_text_header(header: Option<&Header>) {
    assert!(
        matches!(header, None | Some(Header::Text(_))),
        "a list message header must be text"
    );
}

pub const fn list(
    header: Option<Header>,
    body: Body,
    footer: Option<Footer>,
    button: ListButton,
    sections: &'static [Section],
) -> ListMessage {
    check_text_header(header.as_ref());
    ListMessage::check_sections(sections);
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
    check_text_header(header.as_ref());
    ListMessage::check_sections(&sections);
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
    ButtonMessage::check_buttons(buttons);
    ButtonMessage {
        head: Head::new(header, body, footer),
        buttons: Cow::Borrowed(buttons),
        rendered: Rendered::NONE,
    }
}

/// Stand-ins each element of a choice array holds until it is written. A
/// `const fn` cannot drop a value with a destructor, so each is replaced
/// and the stand-in forgotten (it owns nothing: its texts are borrowed).
const UNWRITTEN_BUTTON: ReplyButton = reply(ButtonId::__checked("?"), ButtonTitle::__checked("?"));
const UNWRITTEN_ROW: Row = row(RowId::__checked("?"), RowTitle::__checked("?"), None);

/// The reply buttons of `buttons: T`, a `Choices` enum of `N` variants,
/// checked against the rules of reply buttons: at most 3, titles of at most
/// 20 characters (a choice's title may have 24, as a list row's). A
/// choice's description is not shown on a button.
#[track_caller]
pub const fn choice_buttons<T: Choices, const N: usize>() -> [ReplyButton; N] {
    let choices = T::CHOICES;
    assert!(
        N <= limits::BUTTONS,
        "a reply-buttons message has at most 3 buttons, and this `Choices` enum has more variants: use it as list rows (`rows: …`), or `wa_interactive::Menu` for options that outgrow a message"
    );
    assert!(
        choices.len() == N,
        "the count of a `Choices` enum's options is its `CHOICES.len()`"
    );
    let mut out = [UNWRITTEN_BUTTON; N];
    let mut i = 0;
    while i < N {
        let choice = &choices[i];
        assert!(
            crate::text::Field::ButtonTitle
                .check(choice.title())
                .is_ok(),
            "button title is longer than 20 characters: a choice used as a reply button has a title of at most 20 characters (as a list row, 24)"
        );
        let button = reply(
            ButtonId::__checked(choice.id()),
            ButtonTitle::__checked(choice.title()),
        );
        forget(replace(&mut out[i], button));
        i += 1;
    }
    out
}

/// The rows of `rows: T`, a `Choices` enum of `N` variants: at most 10 (a
/// list's rows in total, which `list` checks across sections with the
/// uniqueness of ids).
#[track_caller]
pub const fn choice_rows<T: Choices, const N: usize>() -> [Row; N] {
    let choices = T::CHOICES;
    assert!(
        N <= limits::LIST_ROWS,
        "a list message has at most 10 rows in total, and this `Choices` enum has more variants: use `wa_interactive::Menu`, which pages options that outgrow a message"
    );
    assert!(
        choices.len() == N,
        "the count of a `Choices` enum's options is its `CHOICES.len()`"
    );
    let mut out = [UNWRITTEN_ROW; N];
    let mut i = 0;
    while i < N {
        let choice = &choices[i];
        let description = match choice.description() {
            Some(text) => Some(RowDescription::__checked(text)),
            None => None,
        };
        let row = row(
            RowId::__checked(choice.id()),
            RowTitle::__checked(choice.title()),
            description,
        );
        forget(replace(&mut out[i], row));
        i += 1;
    }
    out
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
    if let Some(minutes) = ttl_minutes {
        let number = wa_interactive_core::Number::CallTtlMinutes;
        assert!(crate::voice_call::ttl_admits(minutes), "{}", number.rule());
    }
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
    crate::address::check_text_header(header.as_ref());
    let saved_addresses = match saved_addresses {
        Some(saved) => {
            AddressMessage::check_saved(saved);
            Some(Cow::Borrowed(saved))
        }
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
    crate::address::check_text_header(header.as_ref());
    if let Some(saved) = &saved_addresses {
        AddressMessage::check_saved(saved);
    }
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
    ProductListMessage::check_sections(sections);
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
    ProductListMessage::check_sections(&sections);
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
    CarouselMessage::check_media_cards(cards);
    CarouselMessage {
        head: Head::body(body),
        cards: Cards::Media(Cow::Borrowed(cards)),
        rendered: Rendered::NONE,
    }
}

pub fn carousel_media_owned(body: Body, cards: Vec<MediaCard>) -> CarouselMessage {
    CarouselMessage::check_media_cards(&cards);
    CarouselMessage {
        head: Head::body(body),
        cards: Cards::Media(Cow::Owned(cards)),
        rendered: Rendered::NONE,
    }
}

pub const fn carousel_products(body: Body, cards: &'static [ProductCard]) -> CarouselMessage {
    CarouselMessage::check_product_cards(cards);
    CarouselMessage {
        head: Head::body(body),
        cards: Cards::Product(Cow::Borrowed(cards)),
        rendered: Rendered::NONE,
    }
}

/// Stand-ins a failed expansion returns beside its `compile_error!`s, so
/// that the code around the call keeps its types. A program that contains
/// one does not compile; each is a valid message all the same, made by the
/// checking constructors.
pub mod placeholder {
    use crate::flow::{FlowAction, FlowRef};
    use crate::text::{
        Body, ButtonId, ButtonTitle, DisplayText, FlowCta, FlowName, ListButton, RowId, RowTitle,
        Url,
    };
    use crate::{ButtonMessage, CtaUrlMessage, FlowMessage, ListMessage, LocationRequest, Row};
    use crate::{ReplyButton, Section};

    const BODY: Body = Body::__checked("?");
    const ROWS: &[Row] = &[super::row(
        RowId::__checked("?"),
        RowTitle::__checked("?"),
        None,
    )];
    const SECTIONS: &[Section] = &[super::section(None, ROWS)];
    const BUTTONS: &[ReplyButton] = &[super::reply(
        ButtonId::__checked("?"),
        ButtonTitle::__checked("?"),
    )];

    pub const fn list() -> ListMessage {
        super::list(None, BODY, None, ListButton::__checked("?"), SECTIONS)
    }

    pub const fn buttons() -> ButtonMessage {
        super::buttons(None, BODY, None, BUTTONS)
    }

    pub const fn location() -> LocationRequest {
        super::location(BODY)
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
            DisplayText::__checked("?"),
            Url::__checked("https://example.com"),
        )
    }

    pub const fn product() -> crate::ProductMessage {
        super::product(
            None,
            None,
            crate::text::CatalogId::__checked("?"),
            crate::text::ProductRetailerId::__checked("?"),
        )
    }

    const PRODUCTS: &[crate::text::ProductRetailerId] =
        &[crate::text::ProductRetailerId::__checked("?")];
    const PRODUCT_SECTIONS: &[crate::ProductSection] = &[super::product_section(None, PRODUCTS)];

    pub const fn product_list() -> crate::ProductListMessage {
        super::product_list(
            crate::text::HeaderText::__checked("?"),
            BODY,
            None,
            crate::text::CatalogId::__checked("?"),
            PRODUCT_SECTIONS,
        )
    }

    pub const fn catalog() -> crate::CatalogMessage {
        super::catalog(BODY, None, None)
    }

    const PRODUCT_CARD: crate::carousel::ProductCard = super::product_card(
        crate::text::CatalogId::__checked("?"),
        crate::text::ProductRetailerId::__checked("?"),
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
            FlowRef::Name(FlowName::__checked("?")),
            FlowCta::__checked("?"),
            None,
            None,
            FlowAction::DataExchange,
        )
    }
}
