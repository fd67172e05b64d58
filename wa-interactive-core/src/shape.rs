//! The structure of each message kind, as both the macro and the runtime see
//! it, and the structural rules (required keys, counts, uniqueness,
//! exclusive keys) checked over it.
//!
//! A shape borrows its texts. A text is [`Text::Given`] when its value is
//! known here, [`Text::Checked`] when it is present but was already checked by
//! its type (a dynamic value in a macro literal), or [`Text::Absent`].

use std::collections::HashMap;

use crate::{Count, Field, Kind, Number, Path, Seg, Violation, limits};

/// One text slot of a shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text<'a> {
    /// Not given.
    Absent,
    /// Given, with this value.
    Given(&'a str),
    /// Given, and already checked by its type; its value is not known here.
    Checked,
}

impl Text<'_> {
    /// Whether the slot holds anything.
    pub fn is_present(self) -> bool {
        !matches!(self, Text::Absent)
    }
}

impl<'a> From<Option<&'a str>> for Text<'a> {
    fn from(value: Option<&'a str>) -> Self {
        value.map_or(Text::Absent, Text::Given)
    }
}

/// The kind of a media header.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MediaKind {
    /// `image`
    Image,
    /// `video`
    Video,
    /// `document`
    Document,
}

impl MediaKind {
    /// The API's name, used as both the header `type` and the key of the media object.
    pub const fn name(self) -> &'static str {
        match self {
            MediaKind::Image => "image",
            MediaKind::Video => "video",
            MediaKind::Document => "document",
        }
    }
}

/// A message header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Header<'a> {
    /// No header.
    Absent,
    /// A text header.
    Text(Text<'a>),
    /// An image, video or document header.
    Media(Media<'a>),
}

/// An image, video or document header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Media<'a> {
    /// Image, video or document.
    pub kind: MediaKind,
    /// The uploaded media's id.
    pub id: Text<'a>,
    /// The media's http(s) URL.
    pub link: Text<'a>,
    /// The file name shown for a document.
    pub filename: Text<'a>,
}

/// A list message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct List<'a> {
    /// The header (text only).
    pub header: Header<'a>,
    /// The body text.
    pub body: Text<'a>,
    /// The footer text.
    pub footer: Text<'a>,
    /// The menu button's text.
    pub button: Text<'a>,
    /// The sections; `None` when the key is missing.
    pub sections: Option<Vec<Section<'a>>>,
}

/// A list section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section<'a> {
    /// The section title.
    pub title: Text<'a>,
    /// The rows; `None` when the key is missing.
    pub rows: Option<Vec<Row<'a>>>,
}

/// A list row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row<'a> {
    /// The row id sent back when the row is picked.
    pub id: Text<'a>,
    /// The row title.
    pub title: Text<'a>,
    /// The row description.
    pub description: Text<'a>,
}

/// A reply-buttons message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Buttons<'a> {
    /// The header.
    pub header: Header<'a>,
    /// The body text.
    pub body: Text<'a>,
    /// The footer text.
    pub footer: Text<'a>,
    /// The buttons; `None` when the key is missing.
    pub buttons: Option<Vec<Reply<'a>>>,
}

/// A reply button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reply<'a> {
    /// The id sent back when the button is tapped.
    pub id: Text<'a>,
    /// The button title.
    pub title: Text<'a>,
}

/// A location request message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location<'a> {
    /// The body text.
    pub body: Text<'a>,
}

/// A text message (`"type": "text"`): its body; `preview_url` is a flag
/// with no rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextMessage<'a> {
    /// The text (`text.body`).
    pub body: Text<'a>,
}

/// A reaction (`"type": "reaction"`): the message it is on, and an emoji
/// (empty to take the reaction back; which emoji WhatsApp takes is
/// Meta's to check).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reaction<'a> {
    /// The id of the message reacted to (`reaction.message_id`).
    pub message_id: Text<'a>,
}

/// A contact-info request message (`request_contact_info`): a body and a
/// button WhatsApp labels; no header or footer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ContactInfo<'a> {
    /// Whether a header was given (this kind has none).
    pub header: bool,
    /// The body text.
    pub body: Text<'a>,
    /// Whether a footer was given (this kind has none).
    pub footer: bool,
}

/// A call permission request (`call_permission_request`): an optional
/// body and WhatsApp's buttons; no header or footer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallPermission<'a> {
    /// Whether a header was given (this kind has none).
    pub header: bool,
    /// The body text, which may be absent.
    pub body: Text<'a>,
    /// Whether a footer was given (this kind has none).
    pub footer: bool,
}

/// A voice call message (`voice_call`): a body and a button that calls
/// the business; no header or footer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VoiceCall<'a> {
    /// Whether a header was given (this kind has none).
    pub header: bool,
    /// The body text.
    pub body: Text<'a>,
    /// Whether a footer was given (this kind has none).
    pub footer: bool,
    /// The button's text.
    pub display_text: Text<'a>,
    /// How many minutes the button stays valid.
    pub ttl_minutes: Option<i64>,
    /// Data sent back with a call made from the button.
    pub payload: Text<'a>,
}

/// The fields of an address, as the API names them, in the order they
/// are written: `values`, each saved address's `value` and
/// `validation_errors` take these keys and no others.
pub const ADDRESS_FIELDS: [&str; 11] = [
    "name",
    "phone_number",
    "in_pin_code",
    "house_number",
    "floor_number",
    "tower_number",
    "building_name",
    "address",
    "landmark_area",
    "city",
    "state",
];

/// The text field a value of the address field `key` is checked as.
pub fn address_field(key: &str) -> Field {
    if key == "in_pin_code" {
        Field::PinCode
    } else {
        Field::AddressValue
    }
}

/// A text for each of [`ADDRESS_FIELDS`], in that order.
pub type AddressFields<'a> = [Text<'a>; 11];

/// An address message (`address_message`, India only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address<'a> {
    /// The header (text only).
    pub header: Header<'a>,
    /// The body text.
    pub body: Text<'a>,
    /// The footer text.
    pub footer: Text<'a>,
    /// `country`, which must be `"IN"`.
    pub country: Text<'a>,
    /// The prefilled values.
    pub values: Option<AddressFields<'a>>,
    /// The addresses the user may pick from.
    pub saved_addresses: Option<Vec<SavedAddress<'a>>>,
    /// The message under each field that needs correcting.
    pub validation_errors: Option<AddressFields<'a>>,
}

/// A saved address of an address message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SavedAddress<'a> {
    /// Sent back as `saved_address_id` when the user picks it.
    pub id: Text<'a>,
    /// The address; `None` when the key is missing.
    pub value: Option<AddressFields<'a>>,
}

/// A CTA URL button message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CtaUrl<'a> {
    /// The header.
    pub header: Header<'a>,
    /// The body text.
    pub body: Text<'a>,
    /// The footer text.
    pub footer: Text<'a>,
    /// The button text.
    pub display_text: Text<'a>,
    /// The URL the button opens.
    pub url: Text<'a>,
}

/// Whether a flow opens on a given screen or asks the business's endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlowAction {
    /// `navigate`
    Navigate,
    /// `data_exchange`
    DataExchange,
}

impl FlowAction {
    /// The API's name.
    pub const fn name(self) -> &'static str {
        match self {
            FlowAction::Navigate => "navigate",
            FlowAction::DataExchange => "data_exchange",
        }
    }
}

/// Whether a flow is sent as a draft or published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlowMode {
    /// `draft`
    Draft,
    /// `published`
    Published,
}

impl FlowMode {
    /// The API's name.
    pub const fn name(self) -> &'static str {
        match self {
            FlowMode::Draft => "draft",
            FlowMode::Published => "published",
        }
    }
}

/// The `data` of a flow's `flow_action_payload`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlowData<'a> {
    /// No data.
    Absent,
    /// A non-empty JSON object, as JSON text.
    Object(&'a str),
    /// Present and valid; its text is not known here.
    Checked,
    /// Present, but not a non-empty object.
    Invalid,
}

/// A flow message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flow<'a> {
    /// The header.
    pub header: Header<'a>,
    /// The body text.
    pub body: Text<'a>,
    /// The footer text.
    pub footer: Text<'a>,
    /// `flow_message_version`; when absent, [`limits::FLOW_MESSAGE_VERSION`] is sent.
    pub version: Text<'a>,
    /// `flow_id`
    pub flow_id: Text<'a>,
    /// `flow_name`
    pub flow_name: Text<'a>,
    /// `flow_cta`
    pub flow_cta: Text<'a>,
    /// `flow_token`
    pub flow_token: Text<'a>,
    /// `mode`
    pub mode: Option<FlowMode>,
    /// `flow_action`
    pub action: FlowAction,
    /// `flow_action_payload`: the screen and the data.
    pub payload: Option<(Text<'a>, FlowData<'a>)>,
}

/// A single-product message (`product`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Product<'a> {
    /// A header, which this kind does not take.
    pub header: Header<'a>,
    /// The body text (optional for this kind).
    pub body: Text<'a>,
    /// The footer text.
    pub footer: Text<'a>,
    /// `action.catalog_id`
    pub catalog_id: Text<'a>,
    /// `action.product_retailer_id`
    pub product_retailer_id: Text<'a>,
}

/// A multi-product message (`product_list`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProductList<'a> {
    /// The header (required, text only).
    pub header: Header<'a>,
    /// The body text.
    pub body: Text<'a>,
    /// The footer text.
    pub footer: Text<'a>,
    /// `action.catalog_id`
    pub catalog_id: Text<'a>,
    /// The sections; `None` when the key is missing.
    pub sections: Option<Vec<ProductSection<'a>>>,
}

/// A section of a product list message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProductSection<'a> {
    /// The section title.
    pub title: Text<'a>,
    /// The retailer ids of its `product_items`; `None` when the key is missing.
    pub products: Option<Vec<Text<'a>>>,
}

/// A catalog message (`catalog_message`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Catalog<'a> {
    /// A header, which this kind does not take.
    pub header: Header<'a>,
    /// The body text.
    pub body: Text<'a>,
    /// The footer text.
    pub footer: Text<'a>,
    /// `action.parameters.thumbnail_product_retailer_id`
    pub thumbnail: Text<'a>,
}

/// A carousel (`carousel`) of media cards or of product cards.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Carousel<'a> {
    /// A header, which this kind does not take.
    pub header: Header<'a>,
    /// The body text.
    pub body: Text<'a>,
    /// A footer, which this kind does not take.
    pub footer: Text<'a>,
    /// The cards; `None` when the key is missing.
    pub cards: Option<Vec<Card<'a>>>,
}

/// A carousel card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Card<'a> {
    /// An image or video card with a URL button or quick replies.
    Media(MediaCard<'a>),
    /// A product of a catalog.
    Product(ProductCard<'a>),
}

/// A carousel's media card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MediaCard<'a> {
    /// `card_index` as given; `None` where the position gives it.
    pub index: Option<u64>,
    /// The header (an image or a video).
    pub header: Header<'a>,
    /// The card's body text.
    pub body: Text<'a>,
    /// The URL button: its `display_text` and `url`.
    pub url: Option<(Text<'a>, Text<'a>)>,
    /// The quick-reply buttons.
    pub buttons: Option<Vec<Reply<'a>>>,
}

/// A carousel's product card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProductCard<'a> {
    /// `card_index` as given; `None` where the position gives it.
    pub index: Option<u64>,
    /// `action.catalog_id`
    pub catalog_id: Text<'a>,
    /// `action.product_retailer_id`
    pub product_retailer_id: Text<'a>,
}

/// Collects the violations of one message. The path of what is being
/// checked is kept as a stack, so a path is only built when it is reported.
struct Checker {
    out: Vec<Violation>,
    at: Vec<Seg>,
}

impl Checker {
    fn new() -> Self {
        Checker {
            out: Vec::new(),
            at: Vec::with_capacity(8),
        }
    }

    /// The path of what is being checked, followed by `then`.
    fn path(&self, then: &[Seg]) -> Path {
        let mut segs = self.at.clone();
        segs.extend_from_slice(then);
        Path::from_segs(&segs)
    }

    /// Reports `kind` at the current path followed by `then`.
    fn report(&mut self, then: &[Seg], kind: Kind) {
        let path = self.path(then);
        self.out.push(Violation { path, kind });
    }

    /// Runs `f` with `segs` added to the current path.
    fn within(&mut self, segs: &[Seg], f: impl FnOnce(&mut Self)) {
        let depth = self.at.len();
        self.at.extend_from_slice(segs);
        f(self);
        self.at.truncate(depth);
    }

    /// Checks the text at `key`; a `required` one reports `Missing` when absent.
    fn text(&mut self, text: Text<'_>, field: Field, key: &'static str, required: bool) {
        match text {
            Text::Given(value) => {
                if let Err(problem) = field.check(value) {
                    self.report(&[Seg::Key(key)], Kind::Text { field, problem });
                }
            }
            Text::Absent if required => self.report(&[Seg::Key(key)], Kind::Missing { key }),
            Text::Absent | Text::Checked => {}
        }
    }

    /// `body` and `footer` are objects `{"text": …}`: a missing body is reported at `body`.
    fn wrapped_text(&mut self, text: Text<'_>, field: Field, key: &'static str, required: bool) {
        if text.is_present() {
            self.within(&[Seg::Key(key)], |c| c.text(text, field, "text", false));
        } else if required {
            self.report(&[Seg::Key(key)], Kind::Missing { key });
        }
    }

    fn body_footer(&mut self, body: Text<'_>, footer: Text<'_>) {
        self.wrapped_text(body, Field::Body, "body", true);
        self.wrapped_text(footer, Field::Footer, "footer", false);
    }

    /// A header or footer given to `message`, a kind that has neither.
    fn no_header_footer(&mut self, header: bool, footer: bool, message: &'static str) {
        if header {
            self.report(&[Seg::Key("header")], Kind::NoHeader { message });
        }
        if footer {
            self.report(&[Seg::Key("footer")], Kind::NoFooter { message });
        }
    }

    fn header(&mut self, header: &Header<'_>, text_only: bool) {
        match header {
            Header::Absent => {}
            Header::Text(text) => {
                self.within(&[Seg::Key("header")], |c| {
                    c.text(*text, Field::HeaderText, "text", true);
                });
            }
            Header::Media(_) if text_only => {
                self.report(&[Seg::Key("header")], Kind::ListHeaderNotText);
            }
            Header::Media(media) => {
                self.within(&[Seg::Key("header"), Seg::Key(media.kind.name())], |c| {
                    match (media.id.is_present(), media.link.is_present()) {
                        (true, true) => c.report(&[Seg::Key("link")], Kind::MediaIdAndLink),
                        (false, false) => c.report(&[], Kind::MediaIdOrLinkMissing),
                        _ => {}
                    }
                    c.text(media.id, Field::MediaId, "id", false);
                    c.text(media.link, Field::MediaLink, "link", false);
                    if media.filename.is_present() && media.kind != MediaKind::Document {
                        c.report(&[Seg::Key("filename")], Kind::FilenameNotDocument);
                    } else {
                        c.text(media.filename, Field::Filename, "filename", false);
                    }
                });
            }
        }
    }

    /// Reports a header on a kind that takes none.
    fn no_header(&mut self, header: &Header<'_>, holder: &'static str) {
        if *header != Header::Absent {
            self.report(&[Seg::Key("header")], Kind::HeaderNotAllowed { holder });
        }
    }

    /// The `title` of one of `sections` sections: required when there is
    /// more than one, checked as a section title when given.
    fn section_title(&mut self, title: Text<'_>, sections: usize) {
        if sections > 1 && !title.is_present() {
            self.report(
                &[Seg::Key("title")],
                Kind::SectionTitleRequired { sections },
            );
        }
        self.text(title, Field::SectionTitle, "title", false);
    }

    /// Reports `TooFew` at the current path followed by `key` when `total`
    /// is below the count's minimum.
    fn too_few(&mut self, count: Count, total: usize, key: &'static str) {
        if total < count.min() {
            self.report(
                &[Seg::Key(key)],
                Kind::TooFew {
                    count,
                    found: total,
                },
            );
        }
    }

    /// Reports `TooMany` at the current path followed by `then` when the
    /// item counted `nth` (1-based) is past the count's maximum; each such
    /// item is reported where it stands.
    fn too_many(&mut self, count: Count, nth: usize, then: &[Seg]) {
        if nth > count.max() {
            self.report(then, Kind::TooMany { count, nth });
        }
    }

    fn into_result(self) -> Result<(), Vec<Violation>> {
        if self.out.is_empty() {
            Ok(())
        } else {
            Err(self.out)
        }
    }
}

/// Remembers values that must be unique and where each was first used
/// (`L`, a locator the caller turns into a path only when reporting).
struct Unique<'a, L> {
    field: Field,
    seen: HashMap<&'a str, L>,
}

impl<'a, L: Copy> Unique<'a, L> {
    fn new(field: Field, capacity: usize) -> Self {
        Unique {
            field,
            seen: HashMap::with_capacity(capacity),
        }
    }

    /// The kind to report when `text` was seen before (at the locator given
    /// to `path`), otherwise remembers it at `here`.
    fn see(&mut self, text: Text<'a>, here: L, path: impl Fn(L) -> Path) -> Option<Kind> {
        let Text::Given(value) = text else {
            return None;
        };
        if let Some(first) = self.seen.get(value) {
            Some(Kind::Duplicate {
                field: self.field,
                value: value.to_owned(),
                first: path(*first),
            })
        } else {
            self.seen.insert(value, here);
            None
        }
    }
}

const ACTION: Seg = Seg::Key("action");

impl Header<'_> {
    /// Every rule a header breaks, as the header of a message that takes
    /// any kind (reply buttons, CTA URL, flow); paths start at `header`.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        c.header(self, false);
        c.into_result()
    }
}

impl List<'_> {
    /// Every rule a list message breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        c.header(&self.header, true);
        c.body_footer(self.body, self.footer);
        c.within(&[ACTION], |c| {
            c.text(self.button, Field::ListButton, "button", true);
            let Some(sections) = &self.sections else {
                c.report(&[Seg::Key("sections")], Kind::Missing { key: "sections" });
                return;
            };
            c.too_few(Count::Sections, sections.len(), "sections");
            let mut ids = Unique::new(Field::RowId, 10);
            let id_path = |(i, j): (usize, usize)| {
                Path::from_segs(&[
                    ACTION,
                    Seg::Key("sections"),
                    Seg::Index(i),
                    Seg::Key("rows"),
                    Seg::Index(j),
                    Seg::Key("id"),
                ])
            };
            let mut rows_seen = 0;
            for (i, section) in sections.iter().enumerate() {
                c.within(&[Seg::Key("sections"), Seg::Index(i)], |c| {
                    c.too_many(Count::Sections, i + 1, &[]);
                    c.section_title(section.title, sections.len());
                    let Some(rows) = &section.rows else {
                        c.report(&[Seg::Key("rows")], Kind::Missing { key: "rows" });
                        return;
                    };
                    c.too_few(Count::SectionRows, rows.len(), "rows");
                    for (j, row) in rows.iter().enumerate() {
                        rows_seen += 1;
                        c.within(&[Seg::Key("rows"), Seg::Index(j)], |c| {
                            c.too_many(Count::Rows, rows_seen, &[]);
                            c.text(row.id, Field::RowId, "id", true);
                            if let Some(kind) = ids.see(row.id, (i, j), id_path) {
                                c.report(&[Seg::Key("id")], kind);
                            }
                            c.text(row.title, Field::RowTitle, "title", true);
                            c.text(row.description, Field::RowDescription, "description", false);
                        });
                    }
                });
            }
        });
        c.into_result()
    }
}

impl Buttons<'_> {
    /// Every rule a reply-buttons message breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        c.header(&self.header, false);
        c.body_footer(self.body, self.footer);
        c.within(&[ACTION], |c| {
            let Some(buttons) = &self.buttons else {
                c.report(&[Seg::Key("buttons")], Kind::Missing { key: "buttons" });
                return;
            };
            c.too_few(Count::Buttons, buttons.len(), "buttons");
            let mut ids = Unique::new(Field::ButtonId, 3);
            let mut titles = Unique::new(Field::ButtonTitle, 3);
            let path = |key| {
                move |i: usize| {
                    Path::from_segs(&[
                        ACTION,
                        Seg::Key("buttons"),
                        Seg::Index(i),
                        Seg::Key("reply"),
                        Seg::Key(key),
                    ])
                }
            };
            for (i, button) in buttons.iter().enumerate() {
                c.within(&[Seg::Key("buttons"), Seg::Index(i)], |c| {
                    c.too_many(Count::Buttons, i + 1, &[]);
                    c.within(&[Seg::Key("reply")], |c| {
                        c.text(button.id, Field::ButtonId, "id", true);
                        if let Some(kind) = ids.see(button.id, i, path("id")) {
                            c.report(&[Seg::Key("id")], kind);
                        }
                        c.text(button.title, Field::ButtonTitle, "title", true);
                        if let Some(kind) = titles.see(button.title, i, path("title")) {
                            c.report(&[Seg::Key("title")], kind);
                        }
                    });
                });
            }
        });
        c.into_result()
    }
}

impl Location<'_> {
    /// Every rule a location request message breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        c.body_footer(self.body, Text::Absent);
        c.into_result()
    }
}

impl TextMessage<'_> {
    /// How errors name this kind.
    pub const NAME: &'static str = "a text message";

    /// Every rule a text message breaks: a body of 1 to 4096 characters.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        c.text(self.body, Field::TextBody, "body", true);
        c.into_result()
    }
}

impl Reaction<'_> {
    /// Every rule a reaction breaks: the message id is required.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        c.text(
            self.message_id,
            Field::ReactionMessageId,
            "message_id",
            true,
        );
        c.into_result()
    }
}

impl ContactInfo<'_> {
    /// How errors name this kind.
    pub const NAME: &'static str = "a contact-info request";

    /// Every rule a contact-info request breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        body_only(self.header, self.body, self.footer, true, Self::NAME)
    }
}

impl CallPermission<'_> {
    /// How errors name this kind.
    pub const NAME: &'static str = "a call permission request";

    /// Every rule a call permission request breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        body_only(self.header, self.body, self.footer, false, Self::NAME)
    }
}

/// The rules of a kind whose only text is its body.
fn body_only(
    header: bool,
    body: Text<'_>,
    footer: bool,
    required: bool,
    message: &'static str,
) -> Result<(), Vec<Violation>> {
    let mut c = Checker::new();
    c.no_header_footer(header, false, message);
    c.wrapped_text(body, Field::Body, "body", required);
    c.no_header_footer(false, footer, message);
    c.into_result()
}

const PARAMETERS: [Seg; 2] = [ACTION, Seg::Key("parameters")];

impl Checker {
    /// The texts of an address's fields, at `key`; each checked as
    /// `field(key)` (a value or an error message).
    fn address_fields(
        &mut self,
        fields: &AddressFields<'_>,
        key: &'static str,
        field: fn(&str) -> Field,
    ) {
        self.within(&[Seg::Key(key)], |c| {
            for (name, text) in ADDRESS_FIELDS.iter().zip(fields) {
                c.text(*text, field(name), name, false);
            }
        });
    }
}

impl Address<'_> {
    /// How errors name this kind.
    pub const NAME: &'static str = "an address message";

    /// Every rule an address message breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        if let Header::Media(_) = self.header {
            let message = Self::NAME;
            c.report(&[Seg::Key("header")], Kind::HeaderNotText { message });
        } else {
            c.header(&self.header, true);
        }
        c.body_footer(self.body, self.footer);
        c.within(&PARAMETERS, |c| {
            match self.country {
                Text::Given(found) if found != limits::ADDRESS_COUNTRY => {
                    let found = found.to_owned();
                    c.report(&[Seg::Key("country")], Kind::Country { found });
                }
                country => c.text(country, Field::AddressValue, "country", true),
            }
            if let Some(values) = &self.values {
                c.address_fields(values, "values", address_field);
            }
            if let Some(saved) = &self.saved_addresses {
                let mut ids = Unique::new(Field::SavedAddressId, saved.len());
                let id_path = |i: usize| {
                    Path::from_segs(&[
                        ACTION,
                        Seg::Key("parameters"),
                        Seg::Key("saved_addresses"),
                        Seg::Index(i),
                        Seg::Key("id"),
                    ])
                };
                for (i, address) in saved.iter().enumerate() {
                    c.within(&[Seg::Key("saved_addresses"), Seg::Index(i)], |c| {
                        c.text(address.id, Field::SavedAddressId, "id", true);
                        if let Some(kind) = ids.see(address.id, i, id_path) {
                            c.report(&[Seg::Key("id")], kind);
                        }
                        match &address.value {
                            Some(value) => c.address_fields(value, "value", address_field),
                            None => c.report(&[Seg::Key("value")], Kind::Missing { key: "value" }),
                        }
                    });
                }
            }
            if let Some(errors) = &self.validation_errors {
                c.address_fields(errors, "validation_errors", |_| Field::AddressError);
            }
        });
        c.into_result()
    }
}

impl VoiceCall<'_> {
    /// How errors name this kind.
    pub const NAME: &'static str = "a voice call message";

    /// Every rule a voice call message breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        c.no_header_footer(self.header, false, Self::NAME);
        c.body_footer(self.body, Text::Absent);
        c.no_header_footer(false, self.footer, Self::NAME);
        c.within(&PARAMETERS, |c| {
            c.text(
                self.display_text,
                Field::CallButtonText,
                "display_text",
                false,
            );
            if let Some(found) = self.ttl_minutes {
                let number = Number::CallTtlMinutes;
                if !number.admits(found) {
                    c.report(
                        &[Seg::Key(number.key())],
                        Kind::OutOfRange { number, found },
                    );
                }
            }
            c.text(self.payload, Field::CallPayload, "payload", false);
        });
        c.into_result()
    }
}

impl CtaUrl<'_> {
    /// Every rule a CTA URL message breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        c.header(&self.header, false);
        c.body_footer(self.body, self.footer);
        c.within(&PARAMETERS, |c| {
            c.text(self.display_text, Field::DisplayText, "display_text", true);
            c.text(self.url, Field::Url, "url", true);
        });
        c.into_result()
    }
}

impl Flow<'_> {
    /// Every rule a flow message breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        c.header(&self.header, false);
        c.body_footer(self.body, self.footer);
        c.within(&PARAMETERS, |c| {
            if let Text::Given(version) = self.version {
                if version != limits::FLOW_MESSAGE_VERSION {
                    let found = version.to_owned();
                    c.report(
                        &[Seg::Key("flow_message_version")],
                        Kind::FlowVersion { found },
                    );
                }
            }
            match (self.flow_id.is_present(), self.flow_name.is_present()) {
                (true, true) => c.report(&[Seg::Key("flow_name")], Kind::FlowIdAndName),
                (false, false) => c.report(&[], Kind::FlowIdOrNameMissing),
                _ => {}
            }
            c.text(self.flow_id, Field::FlowId, "flow_id", false);
            c.text(self.flow_name, Field::FlowName, "flow_name", false);
            c.text(self.flow_cta, Field::FlowCta, "flow_cta", true);
            c.text(self.flow_token, Field::FlowToken, "flow_token", false);
            let payload = Seg::Key("flow_action_payload");
            // With `navigate` the payload, its screen (the flow's first
            // screen by default) and its data are all optional.
            match (self.action, &self.payload) {
                (FlowAction::DataExchange, Some(_)) => {
                    c.report(&[payload], Kind::PayloadWithoutNavigate);
                }
                (FlowAction::Navigate, Some((screen, data))) => c.within(&[payload], |c| {
                    c.text(*screen, Field::FlowScreen, "screen", false);
                    if *data == FlowData::Invalid {
                        c.report(&[Seg::Key("data")], Kind::FlowDataNotObject);
                    }
                }),
                (_, None) => {}
            }
        });
        c.into_result()
    }
}

impl Product<'_> {
    /// Every rule a single-product message breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        c.no_header(&self.header, "a product message");
        c.wrapped_text(self.body, Field::Body, "body", false);
        c.wrapped_text(self.footer, Field::Footer, "footer", false);
        c.within(&[ACTION], |c| {
            c.text(self.catalog_id, Field::CatalogId, "catalog_id", true);
            c.text(
                self.product_retailer_id,
                Field::ProductRetailerId,
                "product_retailer_id",
                true,
            );
        });
        c.into_result()
    }
}

impl ProductList<'_> {
    /// Every rule a multi-product message breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        match self.header {
            Header::Absent => c.report(&[Seg::Key("header")], Kind::Missing { key: "header" }),
            Header::Media(_) => c.report(&[Seg::Key("header")], Kind::ProductListHeaderNotText),
            Header::Text(_) => c.header(&self.header, true),
        }
        c.body_footer(self.body, self.footer);
        c.within(&[ACTION], |c| {
            c.text(self.catalog_id, Field::CatalogId, "catalog_id", true);
            let Some(sections) = &self.sections else {
                c.report(&[Seg::Key("sections")], Kind::Missing { key: "sections" });
                return;
            };
            c.too_few(Count::ProductSections, sections.len(), "sections");
            let mut ids = Unique::new(Field::ProductRetailerId, 30);
            let id_path = |(i, j): (usize, usize)| {
                Path::from_segs(&[
                    ACTION,
                    Seg::Key("sections"),
                    Seg::Index(i),
                    Seg::Key("product_items"),
                    Seg::Index(j),
                    Seg::Key("product_retailer_id"),
                ])
            };
            let mut seen = 0;
            for (i, section) in sections.iter().enumerate() {
                c.within(&[Seg::Key("sections"), Seg::Index(i)], |c| {
                    c.too_many(Count::ProductSections, i + 1, &[]);
                    c.section_title(section.title, sections.len());
                    let Some(products) = &section.products else {
                        let key = "product_items";
                        c.report(&[Seg::Key(key)], Kind::Missing { key });
                        return;
                    };
                    c.too_few(Count::SectionProducts, products.len(), "product_items");
                    for (j, id) in products.iter().enumerate() {
                        seen += 1;
                        c.within(&[Seg::Key("product_items"), Seg::Index(j)], |c| {
                            c.too_many(Count::Products, seen, &[]);
                            let key = "product_retailer_id";
                            c.text(*id, Field::ProductRetailerId, key, true);
                            if let Some(kind) = ids.see(*id, (i, j), id_path) {
                                c.report(&[Seg::Key(key)], kind);
                            }
                        });
                    }
                });
            }
        });
        c.into_result()
    }
}

impl Catalog<'_> {
    /// Every rule a catalog message breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        c.no_header(&self.header, "a catalog message");
        c.body_footer(self.body, self.footer);
        c.within(&PARAMETERS, |c| {
            let key = "thumbnail_product_retailer_id";
            c.text(self.thumbnail, Field::ProductRetailerId, key, false);
        });
        c.into_result()
    }
}

/// What a media card's buttons are, to compare cards.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CardButtons {
    Url,
    Replies(usize),
}

impl CardButtons {
    fn of(card: &MediaCard<'_>) -> Option<Self> {
        match (&card.url, &card.buttons) {
            (Some(_), None) => Some(CardButtons::Url),
            (None, Some(buttons)) => Some(CardButtons::Replies(buttons.len())),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            CardButtons::Url => "a URL button",
            CardButtons::Replies(_) => "quick-reply buttons",
        }
    }
}

/// The kind of a card's header, when it is an image or a video.
fn card_media(header: &Header<'_>) -> Option<MediaKind> {
    match header {
        Header::Media(m) if m.kind != MediaKind::Document => Some(m.kind),
        _ => None,
    }
}

impl Carousel<'_> {
    /// Every rule a carousel breaks.
    pub fn check(&self) -> Result<(), Vec<Violation>> {
        let mut c = Checker::new();
        c.no_header(&self.header, "a carousel");
        c.wrapped_text(self.body, Field::Body, "body", true);
        if self.footer.is_present() {
            let holder = "a carousel";
            c.report(&[Seg::Key("footer")], Kind::FooterNotAllowed { holder });
        }
        c.within(&[ACTION], |c| {
            let Some(cards) = &self.cards else {
                c.report(&[Seg::Key("cards")], Kind::Missing { key: "cards" });
                return;
            };
            c.too_few(Count::Cards, cards.len(), "cards");
            let mut ids = Unique::new(Field::ButtonId, 20);
            let id_path = |(i, j): (usize, usize)| {
                Path::from_segs(&[
                    ACTION,
                    Seg::Key("cards"),
                    Seg::Index(i),
                    ACTION,
                    Seg::Key("buttons"),
                    Seg::Index(j),
                    Seg::Key("quick_reply"),
                    Seg::Key("id"),
                ])
            };
            let first = cards.first();
            for (i, card) in cards.iter().enumerate() {
                c.within(&[Seg::Key("cards"), Seg::Index(i)], |c| {
                    c.too_many(Count::Cards, i + 1, &[]);
                    let index = match card {
                        Card::Media(m) => m.index,
                        Card::Product(p) => p.index,
                    };
                    if let Some(found) = index.filter(|n| usize::try_from(*n) != Ok(i)) {
                        let kind = Kind::CardIndex { expected: i, found };
                        c.report(&[Seg::Key("card_index")], kind);
                    }
                    match (card, first) {
                        (Card::Media(card), Some(Card::Media(first))) => {
                            c.media_card(card, first, |j, reply| {
                                ids.see(reply.id, (i, j), id_path)
                            });
                        }
                        (Card::Product(card), Some(Card::Product(first))) => {
                            c.product_card(card, first);
                        }
                        _ => c.report(&[], Kind::MixedCards),
                    }
                });
            }
        });
        c.into_result()
    }
}

impl Checker {
    /// A media card, compared with the carousel's first; `unique` reports
    /// a quick reply's id seen before.
    fn media_card<'a>(
        &mut self,
        card: &MediaCard<'a>,
        first: &MediaCard<'a>,
        mut unique: impl FnMut(usize, &Reply<'a>) -> Option<Kind>,
    ) {
        match (&card.header, card_media(&card.header)) {
            (Header::Absent, _) => {
                self.report(&[Seg::Key("header")], Kind::Missing { key: "header" });
            }
            (_, None) => self.report(&[Seg::Key("header")], Kind::CardHeaderNotImageOrVideo),
            (header, Some(kind)) => {
                self.header(header, false);
                if let Some(first) = card_media(&first.header).filter(|f| *f != kind) {
                    let kind = Kind::CardHeaderKind {
                        first: first.name(),
                        found: kind.name(),
                    };
                    self.report(&[Seg::Key("header")], kind);
                }
            }
        }
        self.wrapped_text(card.body, Field::CardBody, "body", false);
        self.within(&[ACTION], |c| {
            match (&card.url, &card.buttons) {
                (Some(_), Some(_)) => c.report(&[], Kind::CardUrlAndButtons),
                (None, None) => c.report(&[], Kind::CardUrlOrButtonsMissing),
                _ => {}
            }
            if let Some((display_text, url)) = card.url {
                c.within(&[Seg::Key("parameters")], |c| {
                    c.text(display_text, Field::DisplayText, "display_text", true);
                    c.text(url, Field::Url, "url", true);
                });
            }
            if let Some(buttons) = &card.buttons {
                c.too_few(Count::QuickReplies, buttons.len(), "buttons");
                for (j, reply) in buttons.iter().enumerate() {
                    c.within(&[Seg::Key("buttons"), Seg::Index(j)], |c| {
                        c.too_many(Count::QuickReplies, j + 1, &[]);
                        c.within(&[Seg::Key("quick_reply")], |c| {
                            c.text(reply.id, Field::ButtonId, "id", true);
                            if let Some(kind) = unique(j, reply) {
                                c.report(&[Seg::Key("id")], kind);
                            }
                            c.text(reply.title, Field::ButtonTitle, "title", true);
                        });
                    });
                }
            }
            match (CardButtons::of(first), CardButtons::of(card)) {
                (Some(CardButtons::Replies(first)), Some(CardButtons::Replies(found)))
                    if first != found =>
                {
                    let kind = Kind::CardButtonCount { first, found };
                    c.report(&[Seg::Key("buttons")], kind);
                }
                (Some(a), Some(b)) if a.name() != b.name() => {
                    let kind = Kind::CardButtonKind {
                        first: a.name(),
                        found: b.name(),
                    };
                    c.report(&[], kind);
                }
                _ => {}
            }
        });
    }

    /// A product card, compared with the carousel's first.
    fn product_card(&mut self, card: &ProductCard<'_>, first: &ProductCard<'_>) {
        self.within(&[ACTION], |c| {
            c.text(card.catalog_id, Field::CatalogId, "catalog_id", true);
            if let (Text::Given(a), Text::Given(b)) = (first.catalog_id, card.catalog_id) {
                if a != b {
                    let first = a.to_owned();
                    c.report(&[Seg::Key("catalog_id")], Kind::CatalogMismatch { first });
                }
            }
            let key = "product_retailer_id";
            c.text(
                card.product_retailer_id,
                Field::ProductRetailerId,
                key,
                true,
            );
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::TextProblem;

    fn row(id: &'static str) -> Row<'static> {
        Row {
            id: Text::Given(id),
            title: Text::Given("t"),
            description: Text::Absent,
        }
    }

    fn list(sections: Vec<Section<'static>>) -> List<'static> {
        List {
            header: Header::Absent,
            body: Text::Given("b"),
            footer: Text::Absent,
            button: Text::Given("go"),
            sections: Some(sections),
        }
    }

    #[test]
    fn rows_are_counted_across_sections_and_ids_are_unique_across_them() {
        let ids: Vec<&'static str> = (0..12).map(|i| &*format!("r{i}").leak()).collect();
        let a = Section {
            title: Text::Given("A"),
            rows: Some(ids[..6].iter().map(|id| row(id)).collect()),
        };
        let mut b_rows: Vec<_> = ids[6..].iter().map(|id| row(id)).collect();
        b_rows.push(row("r0"));
        let b = Section {
            title: Text::Given("B"),
            rows: Some(b_rows),
        };
        let errors = list(vec![a, b]).check().unwrap_err();
        let rendered: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            rendered,
            [
                "action.sections[1].rows[4]: a list message has at most 10 rows in total; this is row 11",
                "action.sections[1].rows[5]: a list message has at most 10 rows in total; this is row 12",
                "action.sections[1].rows[6]: a list message has at most 10 rows in total; this is row 13",
                "action.sections[1].rows[6].id: duplicate row id \"r0\"",
            ]
        );
    }

    #[test]
    fn section_title_required_with_two_sections() {
        let a = Section {
            title: Text::Absent,
            rows: Some(vec![row("a")]),
        };
        let b = Section {
            title: Text::Given("B"),
            rows: Some(vec![row("b")]),
        };
        let errors = list(vec![a.clone(), b]).check().unwrap_err();
        assert_eq!(errors[0].kind, Kind::SectionTitleRequired { sections: 2 });
        assert_eq!(list(vec![a]).check(), Ok(()));
    }

    #[test]
    fn reports_every_problem() {
        let l = List {
            header: Header::Text(Text::Given("")),
            body: Text::Absent,
            footer: Text::Given(&"f".repeat(61)),
            button: Text::Given(&"b".repeat(21)),
            sections: Some(vec![]),
        };
        let kinds: Vec<Kind> = l.check().unwrap_err().into_iter().map(|v| v.kind).collect();
        assert_eq!(
            kinds,
            [
                Kind::Text {
                    field: Field::HeaderText,
                    problem: TextProblem::Empty
                },
                Kind::Missing { key: "body" },
                Kind::Text {
                    field: Field::Footer,
                    problem: TextProblem::TooLong { chars: 61, max: 60 }
                },
                Kind::Text {
                    field: Field::ListButton,
                    problem: TextProblem::TooLong { chars: 21, max: 20 }
                },
                Kind::TooFew {
                    count: Count::Sections,
                    found: 0
                },
            ]
        );
    }
}
