//! Writes the literal corpus that `literal_corpus.rs` compiles: 1,125
//! literal messages over all thirteen interactive kinds and text messages,
//! generated from a fixed seed.
//! Texts sit at and around every limit (1 character, the limit, one
//! below it) and hold quotes, backslashes, control characters, non-ASCII
//! letters and emoji; every optional key is present in some messages and
//! absent in others. Each text is drawn until the rules crate accepts it
//! for its field, so the corpus always compiles: the test is whether the
//! JSON the macro writes for each message equals what `Serialize` writes.
//!
//! `WA_CORPUS_SEED` picks another corpus (the default is fixed, so a build
//! is reproducible).

use std::fmt::Write as _;
use std::path::PathBuf;

use wa_interactive_core::{Field, Form};

/// Messages of each kind (the carousel's two card kinds count as one kind
/// each here, and text messages are one more: 15 generators).
const PER_KIND: usize = 75;

/// The characters texts are made of: plain, JSON-escaped, control,
/// non-ASCII, emoji, and a line separator (escaped by Rust's `Debug`).
const PIECES: &[char] = &[
    'a', 'b', 'Z', '0', ' ', '-', '/', '"', '\\', '\n', '\t', '\r', '\u{1}', '\u{1f}', '\u{7f}',
    'é', 'ü', '中', '🍕', '😀', '\u{2028}', '<', '&', '\'', '{', '}',
];

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn coin(&mut self) -> bool {
        self.next() & 1 == 1
    }
}

/// A length for a text of at most `max` characters: at or around a limit
/// half the time, anywhere else otherwise.
fn length(rng: &mut Rng, max: Option<usize>) -> usize {
    let max = max.unwrap_or(300);
    match rng.below(6) {
        0 => max,
        1 => max.saturating_sub(1).max(1),
        2 => 1,
        3 => 2.min(max),
        _ => rng.range(1, max),
    }
}

/// A text for `field` that the rules accept, ending in `suffix` (which
/// makes ids and titles unique within a message).
fn text(rng: &mut Rng, field: Field, suffix: &str) -> String {
    for _ in 0..1000 {
        let candidate = candidate(rng, field, suffix);
        if field.check(&candidate).is_ok() {
            return candidate;
        }
    }
    panic!("no valid text for {field:?}: the generator's pieces do not fit the rule");
}

fn candidate(rng: &mut Rng, field: Field, suffix: &str) -> String {
    let (prefix, max) = match field.form() {
        Form::Url => ("https://example.com/", field.max_chars()),
        _ => ("", field.max_chars()),
    };
    let total = length(rng, max);
    let fixed = prefix.chars().count() + suffix.chars().count();
    let free = total.saturating_sub(fixed);
    let mut out = String::from(prefix);
    for _ in 0..free {
        out.push(PIECES[rng.below(PIECES.len())]);
    }
    out.push_str(suffix);
    if matches!(field.form(), Form::Id) {
        // Ids may not start or end with whitespace: fix the ends, keep the middle.
        let chars: Vec<char> = out.chars().collect();
        out = chars
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                if (i == 0 || i + 1 == chars.len()) && c.is_whitespace() {
                    'x'
                } else {
                    c
                }
            })
            .collect();
    }
    out
}

/// A Rust string literal of `text`: escaped as `Debug` writes it, or raw
/// when it can be.
fn lit(rng: &mut Rng, text: &str) -> String {
    let raw_ok = !text.contains("\"#") && !text.chars().any(|c| c.is_control() && c != '\n');
    if raw_ok && rng.below(3) == 0 {
        format!("r#\"{text}\"#")
    } else {
        format!("{text:?}")
    }
}

/// One message's source: the macro invocation.
struct Source {
    out: String,
    rng: Rng,
}

impl Source {
    /// `key: "text",` for `field`.
    fn text(&mut self, key: &str, field: Field, suffix: &str) {
        let value = text(&mut self.rng, field, suffix);
        let value = lit(&mut self.rng, &value);
        let _ = write!(self.out, "{key}: {value}, ");
    }

    /// `key: "text",` half the time.
    fn maybe(&mut self, key: &str, field: Field) {
        if self.rng.coin() {
            self.text(key, field, "");
        }
    }

    fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    /// A header of any form: text, or an image, video or document by id or link.
    fn any_header(&mut self) {
        match self.rng.below(5) {
            0 => {}
            1 => self.text("header", Field::HeaderText, ""),
            n => {
                let kind = ["image", "video", "document"][n - 2];
                self.raw(&format!("header: {kind} {{ "));
                self.media();
                if kind == "document" {
                    self.maybe("filename", Field::Filename);
                }
                self.raw("}, ");
            }
        }
    }

    /// `id: …` or `link: …` of a media header.
    fn media(&mut self) {
        if self.rng.coin() {
            self.text("id", Field::MediaId, "");
        } else {
            self.text("link", Field::MediaLink, "");
        }
    }

    fn text_header(&mut self) {
        self.maybe("header", Field::HeaderText);
    }

    /// `n` counts in `1..=total` that add up to `total`, at least 1 each.
    fn split(&mut self, total: usize, parts: usize) -> Vec<usize> {
        let mut counts = vec![1; parts];
        for _ in parts..total {
            let i = self.rng.below(parts);
            counts[i] += 1;
        }
        counts
    }

    /// `sections: [ { title?, key: [ … ] }, … ]`: 1 to `max` items (item
    /// `n` written by `item`) in 1 to 10 sections, titled when there are
    /// several.
    fn sections(&mut self, max: usize, key: &str, mut item: impl FnMut(&mut Self, usize)) {
        let items = self.rng.range(1, max);
        let sections = self.rng.range(1, items.min(10));
        let counts = self.split(items, sections);
        self.raw("sections: [");
        let mut n = 0;
        for count in counts {
            self.raw("{ ");
            if sections > 1 || self.rng.coin() {
                self.text("title", Field::SectionTitle, "");
            }
            self.raw(&format!("{key}: ["));
            for _ in 0..count {
                item(self, n);
                n += 1;
            }
            self.raw("] }, ");
        }
        self.raw("]");
    }

    fn list(&mut self) -> &'static str {
        self.text_header();
        self.text("body", Field::Body, "");
        self.maybe("footer", Field::Footer);
        self.text("button", Field::ListButton, "");
        self.sections(10, "rows", |source, n| {
            source.raw("{ ");
            source.text("id", Field::RowId, &format!("#{n}"));
            source.text("title", Field::RowTitle, "");
            source.maybe("description", Field::RowDescription);
            source.raw("}, ");
        });
        "ListMessage = ::wa_interactive::interactive_list!"
    }

    fn buttons(&mut self) -> &'static str {
        self.any_header();
        self.text("body", Field::Body, "");
        self.maybe("footer", Field::Footer);
        self.raw("buttons: [");
        for i in 0..self.rng.range(1, 3) {
            self.raw("{ ");
            self.text("id", Field::ButtonId, &format!("#{i}"));
            self.text("title", Field::ButtonTitle, &format!("#{i}"));
            self.raw("}, ");
        }
        self.raw("]");
        "ButtonMessage = ::wa_interactive::reply_buttons!"
    }

    fn location(&mut self) -> &'static str {
        self.text("body", Field::Body, "");
        "LocationRequest = ::wa_interactive::location_request!"
    }

    fn cta_url(&mut self) -> &'static str {
        self.any_header();
        self.text("body", Field::Body, "");
        self.maybe("footer", Field::Footer);
        self.text("display_text", Field::DisplayText, "");
        self.text("url", Field::Url, "");
        "CtaUrlMessage = ::wa_interactive::cta_url!"
    }

    fn flow(&mut self) -> &'static str {
        self.text_header();
        self.text("body", Field::Body, "");
        self.maybe("footer", Field::Footer);
        if self.rng.coin() {
            self.raw("flow_message_version: \"3\", ");
        }
        if self.rng.coin() {
            self.text("flow_id", Field::FlowId, "");
        } else {
            self.text("flow_name", Field::FlowName, "");
        }
        self.text("flow_cta", Field::FlowCta, "");
        match self.rng.below(3) {
            0 => {}
            1 => self.raw("mode: \"draft\", "),
            _ => self.raw("mode: \"published\", "),
        }
        self.maybe("flow_token", Field::FlowToken);
        match self.rng.below(4) {
            0 => {}
            1 => self.raw("flow_action: \"navigate\", "),
            2 => {
                self.raw("flow_action: \"navigate\", flow_action_payload: { ");
                self.text("screen", Field::FlowScreen, "");
                self.raw("}, ");
            }
            _ => self.raw("flow_action: \"data_exchange\", "),
        }
        "FlowMessage = ::wa_interactive::flow_message!"
    }

    fn product(&mut self) -> &'static str {
        self.maybe("body", Field::Body);
        self.maybe("footer", Field::Footer);
        self.text("catalog_id", Field::CatalogId, "");
        self.text("product_retailer_id", Field::ProductRetailerId, "");
        "ProductMessage = ::wa_interactive::product_message!"
    }

    fn product_list(&mut self) -> &'static str {
        self.text("header", Field::HeaderText, "");
        self.text("body", Field::Body, "");
        self.maybe("footer", Field::Footer);
        self.text("catalog_id", Field::CatalogId, "");
        self.sections(30, "product_items", |source, n| {
            let id = text(&mut source.rng, Field::ProductRetailerId, &format!("#{n}"));
            let id = lit(&mut source.rng, &id);
            let _ = write!(source.out, "{id}, ");
        });
        "ProductListMessage = ::wa_interactive::product_list!"
    }

    fn catalog(&mut self) -> &'static str {
        self.text("body", Field::Body, "");
        self.maybe("footer", Field::Footer);
        self.maybe("thumbnail_product_retailer_id", Field::ProductRetailerId);
        "CatalogMessage = ::wa_interactive::catalog_message!"
    }

    fn media_carousel(&mut self) -> &'static str {
        self.text("body", Field::Body, "");
        let cards = self.rng.range(2, 10);
        let kind = if self.rng.coin() { "image" } else { "video" };
        let replies = self.rng.below(3);
        self.raw("cards: [");
        let mut n = 0;
        for _ in 0..cards {
            self.raw(&format!("{{ header: {kind} {{ "));
            self.media();
            self.raw("}, ");
            self.maybe("body", Field::CardBody);
            if replies == 0 {
                self.raw("url: { ");
                self.text("display_text", Field::DisplayText, "");
                self.text("url", Field::Url, "");
                self.raw("}, ");
            } else {
                self.raw("buttons: [");
                for i in 0..replies {
                    self.raw("{ ");
                    self.text("id", Field::ButtonId, &format!("#{n}"));
                    self.text("title", Field::ButtonTitle, &format!("#{i}"));
                    self.raw("}, ");
                    n += 1;
                }
                self.raw("], ");
            }
            self.raw("}, ");
        }
        self.raw("]");
        "CarouselMessage = ::wa_interactive::carousel!"
    }

    fn product_carousel(&mut self) -> &'static str {
        self.text("body", Field::Body, "");
        let catalog = text(&mut self.rng, Field::CatalogId, "");
        self.raw("cards: [");
        for i in 0..self.rng.range(2, 10) {
            let catalog = lit(&mut self.rng, &catalog);
            let _ = write!(self.out, "{{ catalog_id: {catalog}, ");
            self.text(
                "product_retailer_id",
                Field::ProductRetailerId,
                &format!("#{i}"),
            );
            self.raw("}, ");
        }
        self.raw("]");
        "CarouselMessage = ::wa_interactive::carousel!"
    }

    fn voice_call(&mut self) -> &'static str {
        self.text("body", Field::Body, "");
        self.maybe("display_text", Field::CallButtonText);
        if self.rng.coin() {
            let minutes = [1, 2, 43_199, 43_200, 10_080][self.rng.below(5)];
            let _ = write!(self.out, "ttl_minutes: {minutes}, ");
        }
        self.maybe("payload", Field::CallPayload);
        "VoiceCallMessage = ::wa_interactive::voice_call!"
    }

    fn call_permission(&mut self) -> &'static str {
        self.maybe("body", Field::Body);
        "CallPermissionRequest = ::wa_interactive::call_permission_request!"
    }

    fn text_message(&mut self) -> &'static str {
        self.text("body", Field::TextBody, "");
        match self.rng.below(3) {
            0 => {}
            1 => self.raw("preview_url: true, "),
            _ => self.raw("preview_url: false, "),
        }
        "TextMessage = ::wa_interactive::text_message!"
    }

    fn contact_info(&mut self) -> &'static str {
        self.text("body", Field::Body, "");
        "ContactInfoRequest = ::wa_interactive::request_contact_info!"
    }

    /// `{ name: …, in_pin_code: …, … }`: some of an address's fields.
    fn address_fields(&mut self, errors: bool) {
        self.raw("{ ");
        let mut any = false;
        let fields = wa_interactive_core::keys::ADDRESS_FIELDS;
        for (i, key) in fields.iter().enumerate() {
            // A third of the fields, and the last when none came before.
            let keep = self.rng.below(3) == 0 || (i + 1 == fields.len() && !any);
            if !keep {
                continue;
            }
            any = true;
            let field = match (errors, *key) {
                (true, _) => Field::AddressError,
                (false, "in_pin_code") => Field::PinCode,
                (false, _) => Field::AddressValue,
            };
            self.text(key, field, "");
        }
        self.raw("}");
    }

    fn address(&mut self) -> &'static str {
        self.text_header();
        self.text("body", Field::Body, "");
        self.maybe("footer", Field::Footer);
        self.raw("country: \"IN\", ");
        if self.rng.coin() {
            self.raw("values: ");
            self.address_fields(false);
            self.raw(", ");
        }
        if self.rng.coin() {
            self.raw("saved_addresses: [");
            for i in 0..self.rng.range(1, 3) {
                self.raw("{ ");
                self.text("id", Field::SavedAddressId, &format!("#{i}"));
                self.raw("value: ");
                self.address_fields(false);
                self.raw(" }, ");
            }
            self.raw("], ");
        }
        if self.rng.coin() {
            self.raw("validation_errors: ");
            self.address_fields(true);
            self.raw(", ");
        }
        "AddressMessage = ::wa_interactive::address_message!"
    }
}

type Kind = fn(&mut Source) -> &'static str;

const KINDS: &[(&str, Kind)] = &[
    ("list", Source::list),
    ("button", Source::buttons),
    ("location_request_message", Source::location),
    ("cta_url", Source::cta_url),
    ("flow", Source::flow),
    ("product", Source::product),
    ("product_list", Source::product_list),
    ("catalog_message", Source::catalog),
    ("carousel of media cards", Source::media_carousel),
    ("carousel of product cards", Source::product_carousel),
    ("voice_call", Source::voice_call),
    ("call_permission_request", Source::call_permission),
    ("request_contact_info", Source::contact_info),
    ("address_message", Source::address),
    ("text", Source::text_message),
];

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=WA_CORPUS_SEED");
    let seed = std::env::var("WA_CORPUS_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_2026_u64);
    let mut rng = Rng(seed | 1);
    let mut items = String::new();
    let mut entries = String::new();
    for n in 0..PER_KIND * KINDS.len() {
        let (name, kind) = KINDS[n % KINDS.len()];
        let mut source = Source {
            out: String::new(),
            rng: Rng(rng.next() | 1),
        };
        let head = kind(&mut source);
        let (ty, mac) = head.split_once(" = ").unwrap_or((head, ""));
        // Most are statics, some constants: both are the literal path.
        let item = if n % 7 == 3 { "const" } else { "static" };
        let _ = writeln!(
            items,
            "{item} M{n}: ::wa_interactive::{ty} = {mac} {{ {} }};",
            source.out
        );
        let _ = writeln!(entries, "    ({n}, {name:?}, M{n}.clone().into()),");
    }
    let corpus = format!(
        "// Generated by build.rs (seed {seed:#x}).\n{items}\n\
         /// Every message of the corpus: its number, its kind, the message.\n\
         pub fn corpus() -> ::std::vec::Vec<(usize, &'static str, ::wa_interactive::Message)> {{\n    vec![\n{entries}    ]\n}}\n"
    );
    let out =
        PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("literal_corpus.rs");
    if let Err(error) = std::fs::write(&out, corpus) {
        panic!("cannot write {}: {error}", out.display());
    }
}
