//! Single-product messages: one product of a catalog, shown with its image,
//! price and an "add to cart" button.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use wa_interactive_core::shape;

use crate::common::{
    CowStr, TextObjectJson, Wrapped, body_footer_setters, deserialize_checked, head_getters, opt,
    opt_text,
};
use crate::error::{ValidationError, checked};
use crate::read::{Present, from_json};
use crate::rendered::{JsonWriter, Rendered};
use crate::text::{Body, CatalogId, Footer, ProductRetailerId};

/// A single-product message (`"type": "product"`): no header, an optional
/// body and footer, and the product by its catalog and retailer id.
///
/// Made by [`product_message!`](crate::product_message), by
/// [`ProductMessage::builder`], or by `Deserialize`; each checks every rule.
///
/// ```
/// use wa_interactive::ProductMessage;
///
/// let msg = ProductMessage::builder()
///     .body("Here is the item you asked about")
///     .catalog_id("194836987003835")
///     .product_retailer_id("di9ozbzfi4")
///     .build()?;
/// assert_eq!(
///     msg.interactive_json(),
///     r#"{"type":"product","body":{"text":"Here is the item you asked about"},"action":{"catalog_id":"194836987003835","product_retailer_id":"di9ozbzfi4"}}"#
/// );
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct ProductMessage {
    pub(crate) body: Option<Body>,
    pub(crate) footer: Option<Footer>,
    pub(crate) catalog_id: CatalogId,
    pub(crate) product_retailer_id: ProductRetailerId,
    pub(crate) rendered: Rendered,
}

impl ProductMessage {
    /// A builder for a product message known only at run time.
    pub fn builder() -> ProductBuilder {
        ProductBuilder::default()
    }

    /// The body text (optional for this kind).
    pub fn body(&self) -> Option<&Body> {
        self.body.as_ref()
    }

    /// The footer text.
    pub fn footer(&self) -> Option<&Footer> {
        self.footer.as_ref()
    }

    /// The catalog the product is in.
    pub fn catalog_id(&self) -> &CatalogId {
        &self.catalog_id
    }

    /// The product's retailer id (its SKU in the catalog).
    pub fn product_retailer_id(&self) -> &ProductRetailerId {
        &self.product_retailer_id
    }

    head_getters!(json);

    /// Writes the `interactive` object.
    fn write(&self, w: &mut JsonWriter<'_>) {
        w.raw("{");
        w.key(true, "type");
        w.string("product");
        if let Some(body) = &self.body {
            w.wrapped("body", body.as_str());
        }
        if let Some(footer) = &self.footer {
            w.wrapped("footer", footer.as_str());
        }
        w.key(false, "action");
        w.raw("{");
        w.key(true, "catalog_id");
        w.string(self.catalog_id.as_str());
        w.field("product_retailer_id", self.product_retailer_id.as_str());
        w.raw("}}");
    }
}

impl Serialize for ProductMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Action<'a>(&'a ProductMessage);
        impl Serialize for Action<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_struct("Action", 2)?;
                s.serialize_field("catalog_id", &self.0.catalog_id)?;
                s.serialize_field("product_retailer_id", &self.0.product_retailer_id)?;
                s.end()
            }
        }
        let fields = 2 + usize::from(self.body.is_some()) + usize::from(self.footer.is_some());
        let mut s = serializer.serialize_struct("ProductMessage", fields)?;
        s.serialize_field("type", "product")?;
        if let Some(body) = &self.body {
            s.serialize_field("body", &Wrapped(body))?;
        }
        if let Some(footer) = &self.footer {
            s.serialize_field("footer", &Wrapped(footer))?;
        }
        s.serialize_field("action", &Action(self))?;
        s.end()
    }
}

// ---- unchecked form ----

#[derive(Clone, Debug, Default, PartialEq)]
struct ProductJson {
    /// Read so that a header is reported as a rule, not as an unknown key.
    header: Option<Present>,
    body: Option<TextObjectJson>,
    footer: Option<TextObjectJson>,
    action: Option<ProductActionJson>,
}

from_json!(ProductJson { "type" = "product", header, body, footer, action });

#[derive(Clone, Debug, Default, PartialEq)]
struct ProductActionJson {
    catalog_id: Option<CowStr>,
    product_retailer_id: Option<CowStr>,
}

from_json!(ProductActionJson {
    catalog_id,
    product_retailer_id
});

/// A shape header for a header that is present in JSON but not taken by its kind.
pub(crate) fn present_header(header: Option<&Present>) -> shape::Header<'static> {
    match header {
        Some(_) => shape::Header::Text(shape::Text::Checked),
        None => shape::Header::Absent,
    }
}

impl ProductJson {
    fn shape(&self) -> shape::Product<'_> {
        let action = self.action.as_ref();
        shape::Product {
            header: present_header(self.header.as_ref()),
            body: opt_text(self.body.as_ref()),
            footer: opt_text(self.footer.as_ref()),
            catalog_id: opt(action.and_then(|a| a.catalog_id.as_ref())),
            product_retailer_id: opt(action.and_then(|a| a.product_retailer_id.as_ref())),
        }
    }

    fn into_message(self) -> Result<ProductMessage, ValidationError> {
        checked(self.shape().check())?;
        let action = self.action.unwrap_or_default();
        Ok(ProductMessage {
            body: self.body.map(|b| Body::from_checked(b.text)),
            footer: self.footer.map(|f| Footer::from_checked(f.text)),
            catalog_id: CatalogId::from_checked(action.catalog_id.unwrap_or_default()),
            product_retailer_id: ProductRetailerId::from_checked(
                action.product_retailer_id.unwrap_or_default(),
            ),
            rendered: Rendered::NONE,
        })
    }

    fn action(&mut self) -> &mut ProductActionJson {
        self.action.get_or_insert_with(Default::default)
    }
}

deserialize_checked!(ProductMessage, ProductJson);

/// Builds a [`ProductMessage`] from run-time content;
/// [`build`](ProductBuilder::build) checks every rule and reports every
/// violation.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ProductBuilder {
    json: ProductJson,
}

impl ProductBuilder {
    body_footer_setters!();

    /// The catalog the product is in.
    pub fn catalog_id(mut self, id: impl Into<String>) -> Self {
        self.json.action().catalog_id = Some(Cow::Owned(id.into()));
        self
    }

    /// The product's retailer id (its SKU in the catalog).
    pub fn product_retailer_id(mut self, id: impl Into<String>) -> Self {
        self.json.action().product_retailer_id = Some(Cow::Owned(id.into()));
        self
    }

    /// Checks every rule; the message, or every violation with its JSON path.
    pub fn build(self) -> Result<ProductMessage, ValidationError> {
        self.json.into_message()
    }
}
