//! Message headers: text, or an image, video or document.

use std::borrow::Cow;

use crate::common::CowStr;
use crate::read::{At, FormError, FromJson, Json, Object, from_json, peek_tag, read, unknown_tag};
use crate::rendered::JsonWriter;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use wa_interactive_core::shape::{self, MediaKind};

use crate::text::{Filename, HeaderText, MediaId, MediaLink};

/// The header of a reply-buttons, CTA URL or flow message.
#[derive(Clone, Debug, PartialEq)]
pub enum Header {
    /// A text header.
    Text(HeaderText),
    /// An image header.
    Image(Media),
    /// A video header.
    Video(Media),
    /// A document header, with the file name shown for it.
    Document {
        /// The document.
        media: Media,
        /// The file name shown.
        filename: Option<Filename>,
    },
}

/// Where a header's media is: an uploaded media id or an http(s) link.
#[derive(Clone, Debug, PartialEq)]
pub enum Media {
    /// An uploaded media's id.
    Id(MediaId),
    /// An http(s) URL.
    Link(MediaLink),
}

impl Media {
    /// The `{"id": …}` or `{"link": …}` object, with a document's filename.
    fn write(&self, w: &mut JsonWriter<'_>, filename: Option<&Filename>) {
        w.raw("{");
        match self {
            Media::Id(id) => {
                w.key(true, "id");
                w.string(id.as_str());
            }
            Media::Link(link) => {
                w.key(true, "link");
                w.string(link.as_str());
            }
        }
        if let Some(filename) = filename {
            w.field("filename", filename.as_str());
        }
        w.raw("}");
    }
}

impl Header {
    /// The header object's JSON.
    pub(crate) fn write(&self, w: &mut JsonWriter<'_>) {
        w.raw("{");
        w.key(true, "type");
        match self {
            Header::Text(text) => {
                w.string("text");
                w.field("text", text.as_str());
            }
            Header::Image(media) => {
                w.string("image");
                w.key(false, "image");
                media.write(w, None);
            }
            Header::Video(media) => {
                w.string("video");
                w.key(false, "video");
                media.write(w, None);
            }
            Header::Document { media, filename } => {
                w.string("document");
                w.key(false, "document");
                media.write(w, filename.as_ref());
            }
        }
        w.raw("}");
    }
}

impl Serialize for Header {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct MediaObj<'a>(&'a Media, Option<&'a Filename>);
        impl Serialize for MediaObj<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let len = 1 + usize::from(self.1.is_some());
                let mut s = serializer.serialize_struct("Media", len)?;
                match self.0 {
                    Media::Id(id) => s.serialize_field("id", id)?,
                    Media::Link(link) => s.serialize_field("link", link)?,
                }
                if let Some(filename) = self.1 {
                    s.serialize_field("filename", filename)?;
                }
                s.end()
            }
        }
        let mut s = serializer.serialize_struct("Header", 2)?;
        match self {
            Header::Text(text) => {
                s.serialize_field("type", "text")?;
                s.serialize_field("text", text)?;
            }
            Header::Image(m) => {
                s.serialize_field("type", "image")?;
                s.serialize_field("image", &MediaObj(m, None))?;
            }
            Header::Video(m) => {
                s.serialize_field("type", "video")?;
                s.serialize_field("video", &MediaObj(m, None))?;
            }
            Header::Document { media, filename } => {
                s.serialize_field("type", "document")?;
                s.serialize_field("document", &MediaObj(media, filename.as_ref()))?;
            }
        }
        s.end()
    }
}

fn media_shape<'a>(
    kind: MediaKind,
    id: Option<&'a str>,
    link: Option<&'a str>,
    filename: Option<&'a str>,
) -> shape::Header<'a> {
    shape::Header::Media(shape::Media {
        kind,
        id: id.into(),
        link: link.into(),
        filename: filename.into(),
    })
}

impl<'de> Deserialize<'de> for Header {
    /// Reads a header object and checks it with the rules of a header that
    /// may be of any kind; paths in the error start at `header`.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let json: HeaderJson = read(deserializer)?;
        crate::error::checked(json.shape().check()).map_err(serde::de::Error::custom)?;
        Ok(json.into_checked())
    }
}

/// A header as given to a builder or read from JSON, before it is checked.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum HeaderJson {
    Text { text: CowStr },
    Image { image: MediaJson },
    Video { video: MediaJson },
    Document { document: MediaJson },
}

/// The kinds of header, by their `type`.
const HEADER_KINDS: &[&str] = &["text", "image", "video", "document"];

impl FromJson for HeaderJson {
    fn from_json(json: Json, at: At<'_>) -> Result<Self, FormError> {
        let kind = peek_tag(&json, at, "type")?;
        let Some(&kind) = HEADER_KINDS.iter().find(|k| **k == kind) else {
            return Err(unknown_tag(at, "type", kind, HEADER_KINDS));
        };
        // `type` and the key of the kind's content, which has its name.
        let mut object = Object::new(json, at, &["type", kind])?;
        object.tag("type", kind, true)?;
        Ok(match kind {
            "text" => HeaderJson::Text {
                text: object.take(kind)?,
            },
            "image" => HeaderJson::Image {
                image: object.take(kind)?,
            },
            "video" => HeaderJson::Video {
                video: object.take(kind)?,
            },
            _ => HeaderJson::Document {
                document: object.take(kind)?,
            },
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct MediaJson {
    id: Option<CowStr>,
    link: Option<CowStr>,
    filename: Option<CowStr>,
}

from_json!(MediaJson { id, link, filename });

impl HeaderJson {
    pub(crate) fn shape(&self) -> shape::Header<'_> {
        fn media(kind: MediaKind, m: &MediaJson) -> shape::Header<'_> {
            media_shape(
                kind,
                m.id.as_deref(),
                m.link.as_deref(),
                m.filename.as_deref(),
            )
        }
        match self {
            HeaderJson::Text { text } => shape::Header::Text(shape::Text::Given(text)),
            HeaderJson::Image { image } => media(MediaKind::Image, image),
            HeaderJson::Video { video } => media(MediaKind::Video, video),
            HeaderJson::Document { document } => media(MediaKind::Document, document),
        }
    }

    /// The checked header; call only after `shape()` passed its check.
    pub(crate) fn into_checked(self) -> Header {
        let media = |m: MediaJson| match (m.id, m.link) {
            (Some(id), _) => Media::Id(MediaId::from_checked(id)),
            (None, link) => Media::Link(MediaLink::from_checked(link.unwrap_or_default())),
        };
        match self {
            HeaderJson::Text { text } => Header::Text(HeaderText::from_checked(text)),
            HeaderJson::Image { image } => Header::Image(media(image)),
            HeaderJson::Video { video } => Header::Video(media(video)),
            HeaderJson::Document { document } => {
                let filename = document.filename.clone().map(Filename::from_checked);
                Header::Document {
                    media: media(document),
                    filename,
                }
            }
        }
    }
}

/// A header for a builder: text, or an image, video or document by media id or link.
///
/// Its texts are checked when the message is built.
///
/// ```
/// use wa_interactive::HeaderDraft;
///
/// let text: HeaderDraft = "Your order".into();
/// let image = HeaderDraft::image_link("https://example.com/cake.png");
/// let doc = HeaderDraft::document_id("1234567890").filename("menu.pdf");
/// # let _ = (text, image, doc);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct HeaderDraft(pub(crate) HeaderJson);

/// A document header for a builder, which may carry a file name.
#[derive(Clone, Debug, PartialEq)]
pub struct DocumentDraft(MediaJson);

impl HeaderDraft {
    /// A text header.
    pub fn text(text: impl Into<String>) -> Self {
        HeaderDraft(HeaderJson::Text {
            text: Cow::Owned(text.into()),
        })
    }

    /// An image header by uploaded media id.
    pub fn image_id(id: impl Into<String>) -> Self {
        HeaderDraft(HeaderJson::Image {
            image: MediaJson {
                id: Some(Cow::Owned(id.into())),
                ..MediaJson::default()
            },
        })
    }

    /// An image header by http(s) link.
    pub fn image_link(link: impl Into<String>) -> Self {
        HeaderDraft(HeaderJson::Image {
            image: MediaJson {
                link: Some(Cow::Owned(link.into())),
                ..MediaJson::default()
            },
        })
    }

    /// A video header by uploaded media id.
    pub fn video_id(id: impl Into<String>) -> Self {
        HeaderDraft(HeaderJson::Video {
            video: MediaJson {
                id: Some(Cow::Owned(id.into())),
                ..MediaJson::default()
            },
        })
    }

    /// A video header by http(s) link.
    pub fn video_link(link: impl Into<String>) -> Self {
        HeaderDraft(HeaderJson::Video {
            video: MediaJson {
                link: Some(Cow::Owned(link.into())),
                ..MediaJson::default()
            },
        })
    }

    /// A document header by uploaded media id.
    pub fn document_id(id: impl Into<String>) -> DocumentDraft {
        DocumentDraft(MediaJson {
            id: Some(Cow::Owned(id.into())),
            ..MediaJson::default()
        })
    }

    /// A document header by http(s) link.
    pub fn document_link(link: impl Into<String>) -> DocumentDraft {
        DocumentDraft(MediaJson {
            link: Some(Cow::Owned(link.into())),
            ..MediaJson::default()
        })
    }
}

impl DocumentDraft {
    /// The file name shown for the document.
    #[must_use]
    pub fn filename(mut self, filename: impl Into<String>) -> Self {
        self.0.filename = Some(Cow::Owned(filename.into()));
        self
    }
}

impl From<DocumentDraft> for HeaderDraft {
    fn from(document: DocumentDraft) -> Self {
        HeaderDraft(HeaderJson::Document {
            document: document.0,
        })
    }
}

impl From<&str> for HeaderDraft {
    fn from(text: &str) -> Self {
        HeaderDraft::text(text)
    }
}

impl From<&String> for HeaderDraft {
    fn from(text: &String) -> Self {
        HeaderDraft::text(text)
    }
}

impl From<String> for HeaderDraft {
    fn from(text: String) -> Self {
        HeaderDraft::text(text)
    }
}

impl From<Header> for HeaderDraft {
    fn from(header: Header) -> Self {
        let media = |m: Media, filename: Option<Filename>| {
            let (id, link) = match m {
                Media::Id(id) => (Some(id.into_inner()), None),
                Media::Link(link) => (None, Some(link.into_inner())),
            };
            MediaJson {
                id,
                link,
                filename: filename.map(Filename::into_inner),
            }
        };
        HeaderDraft(match header {
            Header::Text(text) => HeaderJson::Text {
                text: text.into_inner(),
            },
            Header::Image(m) => HeaderJson::Image {
                image: media(m, None),
            },
            Header::Video(m) => HeaderJson::Video {
                video: media(m, None),
            },
            Header::Document { media: m, filename } => HeaderJson::Document {
                document: media(m, filename),
            },
        })
    }
}
