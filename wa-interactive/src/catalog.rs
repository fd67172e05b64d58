//! Catalog messages: a "View catalog" button that opens the business's
//! whole catalog.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use wa_interactive_core::shape;

use crate::common::{
    CowStr, Head, TextObjectJson, body_footer_setters, deserialize_checked, head_getters, opt,
    opt_text,
};
use crate::error::{ValidationError, checked};
use crate::product::present_header;
use crate::read::{Present, from_json};
use crate::rendered::{JsonWriter, Rendered};
use crate::text::{Body, Footer, ProductRetailerId};

/// A catalog message (`"type": "catalog_message"`): no header, a body, an
/// optional footer, and optionally the product whose image is the thumbnail
/// (otherwise WhatsApp shows the first item of the catalog).
///
/// Made by [`catalog_message!`](crate::catalog_message), by
/// [`CatalogMessage::builder`], or by `Deserialize`; each checks every rule.
///
/// ```
/// use wa_interactive::CatalogMessage;
///
/// let msg = CatalogMessage::builder()
///     .body("Browse our catalog")
///     .thumbnail_product_retailer_id("2lc20305pt")
///     .build()?;
/// assert_eq!(
///     msg.interactive_json(),
///     r#"{"type":"catalog_message","body":{"text":"Browse our catalog"},"action":{"name":"catalog_message","parameters":{"thumbnail_product_retailer_id":"2lc20305pt"}}}"#
/// );
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct CatalogMessage {
    /// No header.
    pub(crate) head: Head,
    pub(crate) thumbnail: Option<ProductRetailerId>,
    pub(crate) rendered: Rendered,
}

impl CatalogMessage {
    /// A builder for a catalog message known only at run time.
    pub fn builder() -> CatalogBuilder {
        CatalogBuilder::default()
    }

    head_getters!(footer);

    /// The retailer id of the product whose image is the thumbnail.
    pub fn thumbnail_product_retailer_id(&self) -> Option<&ProductRetailerId> {
        self.thumbnail.as_ref()
    }

    /// Writes the `interactive` object.
    fn write(&self, w: &mut JsonWriter<'_>) {
        self.head.write(w, "catalog_message");
        w.key(false, "action");
        w.raw("{\"name\":\"catalog_message\"");
        if let Some(thumbnail) = &self.thumbnail {
            w.key(false, "parameters");
            w.raw("{");
            w.key(true, "thumbnail_product_retailer_id");
            w.string(thumbnail.as_str());
            w.raw("}");
        }
        w.raw("}}");
    }
}

impl Serialize for CatalogMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Parameters<'a>(&'a ProductRetailerId);
        impl Serialize for Parameters<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_struct("Parameters", 1)?;
                s.serialize_field("thumbnail_product_retailer_id", self.0)?;
                s.end()
            }
        }
        struct Action<'a>(Option<&'a ProductRetailerId>);
        impl Serialize for Action<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s =
                    serializer.serialize_struct("Action", 1 + usize::from(self.0.is_some()))?;
                s.serialize_field("name", "catalog_message")?;
                if let Some(thumbnail) = self.0 {
                    s.serialize_field("parameters", &Parameters(thumbnail))?;
                }
                s.end()
            }
        }
        let mut s = serializer.serialize_struct("CatalogMessage", self.head.fields() + 1)?;
        self.head.serialize(&mut s, "catalog_message")?;
        s.serialize_field("action", &Action(self.thumbnail.as_ref()))?;
        s.end()
    }
}

// ---- unchecked form ----

#[derive(Clone, Debug, Default, PartialEq)]
struct CatalogJson {
    /// Read so that a header is reported as a rule, not as an unknown key.
    header: Option<Present>,
    body: Option<TextObjectJson>,
    footer: Option<TextObjectJson>,
    action: CatalogActionJson,
}

from_json!(CatalogJson { "type" = "catalog_message", header, body, footer, action });

#[derive(Clone, Debug, Default, PartialEq)]
struct CatalogActionJson {
    parameters: Option<CatalogParametersJson>,
}

from_json!(CatalogActionJson (default) { "name" = "catalog_message", parameters });

#[derive(Clone, Debug, Default, PartialEq)]
struct CatalogParametersJson {
    thumbnail_product_retailer_id: Option<CowStr>,
}

from_json!(CatalogParametersJson {
    thumbnail_product_retailer_id
});

impl CatalogJson {
    fn shape(&self) -> shape::Catalog<'_> {
        let parameters = self.action.parameters.as_ref();
        shape::Catalog {
            header: present_header(self.header.as_ref()),
            body: opt_text(self.body.as_ref()),
            footer: opt_text(self.footer.as_ref()),
            thumbnail: opt(parameters.and_then(|p| p.thumbnail_product_retailer_id.as_ref())),
        }
    }

    fn into_message(self) -> Result<CatalogMessage, ValidationError> {
        checked(self.shape().check())?;
        let thumbnail = self
            .action
            .parameters
            .and_then(|p| p.thumbnail_product_retailer_id);
        Ok(CatalogMessage {
            head: Head::new(
                None,
                Body::from_checked(self.body.map(|b| b.text).unwrap_or_default()),
                self.footer.map(|f| Footer::from_checked(f.text)),
            ),
            thumbnail: thumbnail.map(ProductRetailerId::from_checked),
            rendered: Rendered::NONE,
        })
    }
}

deserialize_checked!(CatalogMessage, CatalogJson);

/// Builds a [`CatalogMessage`] from run-time content;
/// [`build`](CatalogBuilder::build) checks every rule and reports every
/// violation.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct CatalogBuilder {
    json: CatalogJson,
}

impl CatalogBuilder {
    body_footer_setters!();

    /// The retailer id of the product whose image is the thumbnail.
    pub fn thumbnail_product_retailer_id(mut self, id: impl Into<String>) -> Self {
        self.json.action.parameters = Some(CatalogParametersJson {
            thumbnail_product_retailer_id: Some(Cow::Owned(id.into())),
        });
        self
    }

    /// Checks every rule; the message, or every violation with its JSON path.
    pub fn build(self) -> Result<CatalogMessage, ValidationError> {
        self.json.into_message()
    }
}
