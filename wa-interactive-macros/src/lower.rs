//! Pass 2: the parsed tree, read as one message kind. Unknown and repeated
//! keys and values of the wrong form are reported here; the result is an
//! intermediate form (`*Ir`) whose `shape()` the rules crate checks, and
//! from which `generate` writes the constructor. Every value's span is
//! recorded under its JSON path, so a violation reported at a path can be
//! pointed at the token it is about.

use std::collections::HashMap;

use proc_macro2::{Span, TokenStream};
use syn::LitStr;
use wa_interactive_core::shape::{self, FlowAction, FlowMode, MediaKind};
use wa_interactive_core::{Field, Path, Violation};

use crate::parse::{Object, Value};

/// A text slot.
pub(crate) enum T {
    Absent,
    /// A string literal and its value.
    Lit(LitStr, String),
    /// A run-time value of the field's checked text type.
    Expr(TokenStream, Span),
}

impl T {
    pub(crate) fn shape(&self) -> shape::Text<'_> {
        match self {
            T::Absent => shape::Text::Absent,
            T::Lit(_, value) => shape::Text::Given(value),
            T::Expr(..) => shape::Text::Checked,
        }
    }

    pub(crate) fn is_literal(&self) -> bool {
        !matches!(self, T::Expr(..))
    }
}

pub(crate) enum HeaderIr {
    Absent,
    Text(T),
    Media {
        kind: MediaKind,
        id: T,
        link: T,
        filename: T,
    },
}

impl HeaderIr {
    fn shape(&self) -> shape::Header<'_> {
        match self {
            HeaderIr::Absent => shape::Header::Absent,
            HeaderIr::Text(text) => shape::Header::Text(text.shape()),
            HeaderIr::Media {
                kind,
                id,
                link,
                filename,
            } => shape::Header::Media(shape::Media {
                kind: *kind,
                id: id.shape(),
                link: link.shape(),
                filename: filename.shape(),
            }),
        }
    }
}

pub(crate) struct ListIr {
    pub(crate) header: HeaderIr,
    pub(crate) body: T,
    pub(crate) footer: T,
    pub(crate) button: T,
    pub(crate) sections: Option<Vec<SectionIr>>,
}

pub(crate) struct SectionIr {
    pub(crate) title: T,
    pub(crate) rows: Option<Vec<RowIr>>,
}

pub(crate) struct RowIr {
    pub(crate) id: T,
    pub(crate) title: T,
    pub(crate) description: T,
}

impl ListIr {
    pub(crate) fn shape(&self) -> shape::List<'_> {
        shape::List {
            header: self.header.shape(),
            body: self.body.shape(),
            footer: self.footer.shape(),
            button: self.button.shape(),
            sections: self.sections.as_ref().map(|sections| {
                sections
                    .iter()
                    .map(|s| shape::Section {
                        title: s.title.shape(),
                        rows: s.rows.as_ref().map(|rows| {
                            rows.iter()
                                .map(|r| shape::Row {
                                    id: r.id.shape(),
                                    title: r.title.shape(),
                                    description: r.description.shape(),
                                })
                                .collect()
                        }),
                    })
                    .collect()
            }),
        }
    }
}

pub(crate) struct ButtonsIr {
    pub(crate) header: HeaderIr,
    pub(crate) body: T,
    pub(crate) footer: T,
    pub(crate) buttons: Option<Vec<ReplyIr>>,
}

pub(crate) struct ReplyIr {
    pub(crate) id: T,
    pub(crate) title: T,
}

impl ButtonsIr {
    pub(crate) fn shape(&self) -> shape::Buttons<'_> {
        shape::Buttons {
            header: self.header.shape(),
            body: self.body.shape(),
            footer: self.footer.shape(),
            buttons: self.buttons.as_ref().map(|buttons| {
                buttons
                    .iter()
                    .map(|b| shape::Reply {
                        id: b.id.shape(),
                        title: b.title.shape(),
                    })
                    .collect()
            }),
        }
    }
}

pub(crate) struct LocationIr {
    pub(crate) body: T,
}

impl LocationIr {
    pub(crate) fn shape(&self) -> shape::Location<'_> {
        shape::Location {
            body: self.body.shape(),
        }
    }
}

pub(crate) struct CtaIr {
    pub(crate) header: HeaderIr,
    pub(crate) body: T,
    pub(crate) footer: T,
    pub(crate) display_text: T,
    pub(crate) url: T,
}

impl CtaIr {
    pub(crate) fn shape(&self) -> shape::CtaUrl<'_> {
        shape::CtaUrl {
            header: self.header.shape(),
            body: self.body.shape(),
            footer: self.footer.shape(),
            display_text: self.display_text.shape(),
            url: self.url.shape(),
        }
    }
}

pub(crate) struct FlowIr {
    pub(crate) header: HeaderIr,
    pub(crate) body: T,
    pub(crate) footer: T,
    pub(crate) version: T,
    pub(crate) flow_id: T,
    pub(crate) flow_name: T,
    pub(crate) flow_cta: T,
    pub(crate) flow_token: T,
    pub(crate) mode: Option<FlowMode>,
    pub(crate) action: FlowAction,
    /// `flow_action_payload`: its screen.
    pub(crate) screen: Option<T>,
}

impl FlowIr {
    pub(crate) fn shape(&self) -> shape::Flow<'_> {
        shape::Flow {
            header: self.header.shape(),
            body: self.body.shape(),
            footer: self.footer.shape(),
            version: self.version.shape(),
            flow_id: self.flow_id.shape(),
            flow_name: self.flow_name.shape(),
            flow_cta: self.flow_cta.shape(),
            flow_token: self.flow_token.shape(),
            mode: self.mode,
            action: self.action,
            payload: self
                .screen
                .as_ref()
                .map(|s| (s.shape(), shape::FlowData::Absent)),
        }
    }
}

/// Why a field takes only a literal.
const IDS_LITERAL: &str = "ids are checked for uniqueness at compile time";
const TITLES_LITERAL: &str = "button titles are checked for uniqueness at compile time";

/// The errors and spans collected while lowering.
pub(crate) struct Lower {
    pub(crate) errors: Vec<syn::Error>,
    spans: HashMap<Path, Span>,
    /// Values already reported as malformed: the rules crate's findings at
    /// or below them would only repeat the error ("`body` is required").
    reported: Vec<Path>,
    root: Span,
}

/// The values of one object's known keys.
struct Keys<'o> {
    found: Vec<(&'static str, &'o Value)>,
}

impl<'o> Keys<'o> {
    fn get(&self, key: &str) -> Option<&'o Value> {
        self.found.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }
}

impl Lower {
    pub(crate) fn new(root: Span) -> Self {
        Lower {
            errors: Vec::new(),
            spans: HashMap::new(),
            reported: Vec::new(),
            root,
        }
    }

    fn error(&mut self, span: Span, message: impl std::fmt::Display) {
        self.errors.push(syn::Error::new(span, message));
    }

    /// Reports a malformed value at `path`.
    fn malformed(&mut self, path: &Path, span: Span, message: impl std::fmt::Display) {
        self.error(span, message);
        self.reported.push(path.clone());
    }

    fn record(&mut self, path: &Path, span: Span) {
        self.spans.entry(path.clone()).or_insert(span);
    }

    /// The span of `path`, or of the nearest enclosing thing that has one.
    fn span_of(&self, path: &Path) -> Span {
        let mut path = path.clone();
        loop {
            if let Some(span) = self.spans.get(&path) {
                return *span;
            }
            if path.segs().is_empty() {
                return self.root;
            }
            path = path.parent();
        }
    }

    /// Turns the rules crate's violations into errors at the tokens they are about.
    pub(crate) fn violations(&mut self, result: Result<(), Vec<Violation>>) {
        let Err(violations) = result else { return };
        for v in violations {
            let missing = matches!(v.kind, wa_interactive_core::Kind::Missing { .. });
            let repeats = self.reported.iter().any(|r| {
                v.path.segs().starts_with(r.segs())
                    || (missing && r.segs().starts_with(v.path.segs()))
            });
            if repeats {
                continue;
            }
            let span = match v.kind {
                // A missing key is reported at the braces of the object that lacks it.
                wa_interactive_core::Kind::Missing { .. } => self.span_of(&v.path.parent()),
                _ => self.span_of(&v.path),
            };
            self.error(span, &v.kind);
            if let wa_interactive_core::Kind::Duplicate { first, .. } = &v.kind {
                let first = self.span_of(first);
                self.error(first, "first used here");
            }
        }
    }

    /// The values of `object`'s keys; unknown and repeated keys are errors.
    fn keys<'o>(&mut self, object: &'o Object, what: &str, known: &[&'static str]) -> Keys<'o> {
        let mut found: Vec<(&'static str, &'o Value)> = Vec::new();
        let mut first_spans: Vec<(&'static str, Span)> = Vec::new();
        for entry in &object.entries {
            let name = entry.key.to_string();
            let name = name.strip_prefix("r#").unwrap_or(&name);
            match known.iter().find(|k| **k == name) {
                Some(key) => {
                    if let Some((_, first)) = first_spans.iter().find(|(k, _)| k == key) {
                        let first = *first;
                        self.error(entry.key.span(), format!("`{key}` is given twice"));
                        self.error(first, "first given here");
                    } else {
                        first_spans.push((key, entry.key.span()));
                        found.push((key, &entry.value));
                    }
                }
                None => self.error(
                    entry.key.span(),
                    format!(
                        "unknown key `{name}` in {what}; expected one of: {}",
                        known.join(", ")
                    ),
                ),
            }
        }
        Keys { found }
    }

    /// A text value for `field` at `path`. `literal_only` says why only a
    /// literal will do, for fields checked across values.
    fn text(
        &mut self,
        value: Option<&Value>,
        field: Field,
        path: &Path,
        literal_only: Option<&str>,
    ) -> T {
        let Some(value) = value else { return T::Absent };
        self.record(path, value.span());
        match value {
            Value::Str(lit) => T::Lit(lit.clone(), lit.value()),
            Value::Expr { span, tokens } => match literal_only {
                Some(why) => {
                    self.malformed(
                        path,
                        *span,
                        format!("{field} must be a string literal: {why} (for values known only at run time, use the message's builder)"),
                    );
                    T::Absent
                }
                None => T::Expr(tokens.clone(), *span),
            },
            other => {
                let expected = match literal_only {
                    Some(_) => "a string literal".to_owned(),
                    None => format!(
                        "a string literal or a `wa_interactive::text::{}`",
                        field.type_name()
                    ),
                };
                self.malformed(path, other.span(), format!("{field} must be {expected}"));
                T::Absent
            }
        }
    }

    /// `body: …` or `footer: …`: a text sent as `{"text": …}`.
    fn wrapped(&mut self, keys: &Keys<'_>, key: &'static str, field: Field) -> T {
        let path = Path::root().key(key);
        if let Some(value) = keys.get(key) {
            self.record(&path, value.span());
        }
        self.text(keys.get(key), field, &path.key("text"), None)
    }

    fn header(&mut self, value: Option<&Value>) -> HeaderIr {
        let path = Path::root().key("header");
        let Some(value) = value else {
            return HeaderIr::Absent;
        };
        self.record(&path, value.span());
        let Value::Tagged { tag, body } = value else {
            return HeaderIr::Text(self.text(
                Some(value),
                Field::HeaderText,
                &path.key("text"),
                None,
            ));
        };
        let kind = match tag.to_string().as_str() {
            "image" => MediaKind::Image,
            "video" => MediaKind::Video,
            "document" => MediaKind::Document,
            other => {
                self.error(tag.span(), format!("unknown header kind `{other}`; expected one of: image, video, document, or a string literal for a text header"));
                return HeaderIr::Absent;
            }
        };
        let path = path.key(kind.name());
        self.record(&path, body.span);
        let known: &[&'static str] = match kind {
            MediaKind::Document => &["id", "link", "filename"],
            MediaKind::Image | MediaKind::Video => &["id", "link"],
        };
        let what = match kind {
            MediaKind::Image => "an image header",
            MediaKind::Video => "a video header",
            MediaKind::Document => "a document header",
        };
        let keys = self.keys(body, what, known);
        HeaderIr::Media {
            kind,
            id: self.text(keys.get("id"), Field::MediaId, &path.key("id"), None),
            link: self.text(keys.get("link"), Field::MediaLink, &path.key("link"), None),
            filename: self.text(
                keys.get("filename"),
                Field::Filename,
                &path.key("filename"),
                None,
            ),
        }
    }

    /// An array of objects at `path`; other forms are errors.
    fn objects<'o>(
        &mut self,
        value: Option<&'o Value>,
        path: &Path,
        what: &str,
    ) -> Option<Vec<&'o Object>> {
        let value = value?;
        self.record(path, value.span());
        let Value::Array { items, .. } = value else {
            let message = format!("{what} must be a list: `[ {{ … }}, … ]`");
            self.malformed(path, value.span(), message);
            return None;
        };
        let mut objects = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            match item {
                Value::Object(object) => {
                    self.record(&path.index(i), object.span);
                    objects.push(object);
                }
                other => {
                    let message = format!("each item of {what} must be an object `{{ … }}`");
                    self.malformed(path, other.span(), message);
                }
            }
        }
        Some(objects)
    }

    pub(crate) fn list(&mut self, root: &Object) -> ListIr {
        let keys = self.keys(
            root,
            "a list message",
            &["header", "body", "footer", "button", "sections"],
        );
        let action = Path::root().key("action");
        let header = self.header(keys.get("header"));
        let body = self.wrapped(&keys, "body", Field::Body);
        let footer = self.wrapped(&keys, "footer", Field::Footer);
        let button = self.text(
            keys.get("button"),
            Field::ListButton,
            &action.key("button"),
            None,
        );
        let sections_path = action.key("sections");
        let sections = self
            .objects(keys.get("sections"), &sections_path, "`sections`")
            .map(|sections| {
                sections
                    .into_iter()
                    .enumerate()
                    .map(|(i, section)| {
                        let at = sections_path.index(i);
                        let keys = self.keys(section, "a section", &["title", "rows"]);
                        let rows_path = at.key("rows");
                        let rows =
                            self.objects(keys.get("rows"), &rows_path, "`rows`")
                                .map(|rows| {
                                    rows.into_iter()
                                        .enumerate()
                                        .map(|(j, row)| {
                                            let at = rows_path.index(j);
                                            let keys = self.keys(
                                                row,
                                                "a row",
                                                &["id", "title", "description"],
                                            );
                                            RowIr {
                                                id: self.text(
                                                    keys.get("id"),
                                                    Field::RowId,
                                                    &at.key("id"),
                                                    Some(IDS_LITERAL),
                                                ),
                                                title: self.text(
                                                    keys.get("title"),
                                                    Field::RowTitle,
                                                    &at.key("title"),
                                                    None,
                                                ),
                                                description: self.text(
                                                    keys.get("description"),
                                                    Field::RowDescription,
                                                    &at.key("description"),
                                                    None,
                                                ),
                                            }
                                        })
                                        .collect()
                                });
                        SectionIr {
                            title: self.text(
                                keys.get("title"),
                                Field::SectionTitle,
                                &at.key("title"),
                                None,
                            ),
                            rows,
                        }
                    })
                    .collect()
            });
        ListIr {
            header,
            body,
            footer,
            button,
            sections,
        }
    }

    pub(crate) fn buttons(&mut self, root: &Object) -> ButtonsIr {
        let keys = self.keys(
            root,
            "a reply-buttons message",
            &["header", "body", "footer", "buttons"],
        );
        let path = Path::root().key("action").key("buttons");
        let header = self.header(keys.get("header"));
        let body = self.wrapped(&keys, "body", Field::Body);
        let footer = self.wrapped(&keys, "footer", Field::Footer);
        let buttons = self
            .objects(keys.get("buttons"), &path, "`buttons`")
            .map(|buttons| {
                buttons
                    .into_iter()
                    .enumerate()
                    .map(|(i, button)| {
                        let at = path.index(i).key("reply");
                        let keys = self.keys(button, "a button", &["id", "title"]);
                        ReplyIr {
                            id: self.text(
                                keys.get("id"),
                                Field::ButtonId,
                                &at.key("id"),
                                Some(IDS_LITERAL),
                            ),
                            title: self.text(
                                keys.get("title"),
                                Field::ButtonTitle,
                                &at.key("title"),
                                Some(TITLES_LITERAL),
                            ),
                        }
                    })
                    .collect()
            });
        ButtonsIr {
            header,
            body,
            footer,
            buttons,
        }
    }

    pub(crate) fn location(&mut self, root: &Object) -> LocationIr {
        let keys = self.keys(root, "a location request", &["body"]);
        LocationIr {
            body: self.wrapped(&keys, "body", Field::Body),
        }
    }

    pub(crate) fn cta(&mut self, root: &Object) -> CtaIr {
        let keys = self.keys(
            root,
            "a CTA URL message",
            &["header", "body", "footer", "display_text", "url"],
        );
        let at = Path::root().key("action").key("parameters");
        CtaIr {
            header: self.header(keys.get("header")),
            body: self.wrapped(&keys, "body", Field::Body),
            footer: self.wrapped(&keys, "footer", Field::Footer),
            display_text: self.text(
                keys.get("display_text"),
                Field::DisplayText,
                &at.key("display_text"),
                None,
            ),
            url: self.text(keys.get("url"), Field::Url, &at.key("url"), None),
        }
    }

    /// A literal naming one of `choices`; `None` (and an error) otherwise.
    /// `then` is what an invalid choice makes meaningless to check.
    fn choice<C: Copy>(
        &mut self,
        value: Option<&Value>,
        key: &str,
        choices: &[(&str, C)],
        then: &Path,
    ) -> Option<C> {
        let value = value?;
        let names: Vec<String> = choices
            .iter()
            .map(|(name, _)| format!("\"{name}\""))
            .collect();
        if let Value::Str(lit) = value {
            let given = lit.value();
            if let Some((_, c)) = choices.iter().find(|(name, _)| *name == given) {
                return Some(*c);
            }
        }
        let message = format!("`{key}` must be one of: {}", names.join(", "));
        self.malformed(then, value.span(), message);
        None
    }

    /// `flow_action_payload: { screen }`: the screen, when the payload is given.
    fn flow_payload(&mut self, value: Option<&Value>, payload_path: &Path) -> Option<T> {
        match value {
            None => None,
            Some(Value::Object(payload)) => {
                self.record(payload_path, payload.span);
                let keys = self.keys(payload, "`flow_action_payload`", &["screen", "data"]);
                if let Some(data) = keys.get("data") {
                    self.error(
                        data.span(),
                        "`data` is not checked at compile time; build flows with initial data with `FlowMessage::builder()`",
                    );
                }
                Some(self.text(
                    keys.get("screen"),
                    Field::FlowScreen,
                    &payload_path.key("screen"),
                    None,
                ))
            }
            Some(other) => {
                let message = "`flow_action_payload` must be an object: `{ screen: \"…\" }`";
                self.malformed(payload_path, other.span(), message);
                None
            }
        }
    }

    pub(crate) fn flow(&mut self, root: &Object) -> FlowIr {
        let keys = self.keys(
            root,
            "a flow message",
            &[
                "header",
                "body",
                "footer",
                "flow_message_version",
                "flow_id",
                "flow_name",
                "flow_cta",
                "mode",
                "flow_token",
                "flow_action",
                "flow_action_payload",
            ],
        );
        let at = Path::root().key("action").key("parameters");
        let header = self.header(keys.get("header"));
        let body = self.wrapped(&keys, "body", Field::Body);
        let footer = self.wrapped(&keys, "footer", Field::Footer);
        let payload_path = at.key("flow_action_payload");
        let mode = self.choice(
            keys.get("mode"),
            "mode",
            &[
                ("draft", FlowMode::Draft),
                ("published", FlowMode::Published),
            ],
            &at.key("mode"),
        );
        let action = self
            .choice(
                keys.get("flow_action"),
                "flow_action",
                &[
                    ("navigate", FlowAction::Navigate),
                    ("data_exchange", FlowAction::DataExchange),
                ],
                &payload_path,
            )
            .unwrap_or(FlowAction::Navigate);
        let screen = self.flow_payload(keys.get("flow_action_payload"), &payload_path);
        let version = match keys.get("flow_message_version") {
            Some(Value::Str(lit)) => {
                self.record(&at.key("flow_message_version"), lit.span());
                T::Lit(lit.clone(), lit.value())
            }
            Some(other) => {
                self.error(
                    other.span(),
                    "`flow_message_version` must be the string literal \"3\"",
                );
                T::Absent
            }
            None => T::Absent,
        };
        FlowIr {
            header,
            body,
            footer,
            version,
            flow_id: self.text(keys.get("flow_id"), Field::FlowId, &at.key("flow_id"), None),
            flow_name: self.text(
                keys.get("flow_name"),
                Field::FlowName,
                &at.key("flow_name"),
                None,
            ),
            flow_cta: self.text(
                keys.get("flow_cta"),
                Field::FlowCta,
                &at.key("flow_cta"),
                None,
            ),
            flow_token: self.text(
                keys.get("flow_token"),
                Field::FlowToken,
                &at.key("flow_token"),
                None,
            ),
            mode,
            action,
            screen,
        }
    }
}
