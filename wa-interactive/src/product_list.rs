//! Multi-product messages: up to 30 products of one catalog, in up to 10
//! sections.

use std::borrow::Cow;

use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};
use wa_interactive_core::shape;

use crate::common::{
    CowStr, Head, TextObjectJson, body_footer_setters, deserialize_checked, head_getters, opt,
    opt_text,
};
use crate::error::{ValidationError, checked};
use crate::header::HeaderJson;
use crate::read::from_json;
use crate::rendered::{JsonWriter, Rendered};
use crate::text::{Body, CatalogId, Footer, ProductRetailerId, SectionTitle};

/// A multi-product message (`"type": "product_list"`): a text header, a
/// body, an optional footer, and sections of products of one catalog.
///
/// Made by [`product_list!`](macro@crate::product_list), by
/// [`ProductListMessage::builder`], or by `Deserialize`; each checks every
/// rule.
#[derive(Clone, Debug, PartialEq)]
pub struct ProductListMessage {
    /// The header is text, and always present.
    pub(crate) head: Head,
    pub(crate) catalog_id: CatalogId,
    pub(crate) sections: Cow<'static, [ProductSection]>,
    pub(crate) rendered: Rendered,
}

/// A section of a product list message: an optional title and the
/// retailer ids of its products.
#[derive(Clone, Debug, PartialEq)]
pub struct ProductSection {
    pub(crate) title: Option<SectionTitle>,
    pub(crate) products: Cow<'static, [ProductRetailerId]>,
}

impl ProductListMessage {
    /// A builder for a product list known only at run time.
    pub fn builder() -> ProductListBuilder {
        ProductListBuilder::default()
    }

    head_getters!(text);

    /// The catalog the products are in.
    pub fn catalog_id(&self) -> &CatalogId {
        &self.catalog_id
    }

    /// The sections.
    pub fn sections(&self) -> &[ProductSection] {
        &self.sections
    }

    /// Every product's retailer id, across sections.
    pub fn products(&self) -> impl Iterator<Item = &ProductRetailerId> {
        self.sections.iter().flat_map(|s| s.products.iter())
    }

    /// Writes the `interactive` object.
    fn write(&self, w: &mut JsonWriter<'_>) {
        self.head.write(w, "product_list");
        w.key(false, "action");
        w.raw("{");
        w.key(true, "catalog_id");
        w.string(self.catalog_id.as_str());
        w.key(false, "sections");
        let sections = &self.sections;
        w.array(sections.len(), &mut |w, i| {
            let section = &sections[i];
            let products = &section.products;
            let title = section.title.as_ref().map(SectionTitle::as_str);
            w.section(title, "product_items", products.len(), &mut |w, p| {
                w.raw("{");
                w.key(true, "product_retailer_id");
                w.string(products[p].as_str());
                w.raw("}");
            });
        });
        w.raw("}}");
    }
}

impl ProductSection {
    /// The title.
    pub fn title(&self) -> Option<&SectionTitle> {
        self.title.as_ref()
    }

    /// The retailer ids of the section's products.
    pub fn products(&self) -> &[ProductRetailerId] {
        &self.products
    }
}

/// `{"product_retailer_id": …}`
struct ProductItem<'a>(&'a ProductRetailerId);

impl Serialize for ProductItem<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("ProductItem", 1)?;
        s.serialize_field("product_retailer_id", self.0)?;
        s.end()
    }
}

impl Serialize for ProductSection {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Items<'a>(&'a [ProductRetailerId]);
        impl Serialize for Items<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_seq(Some(self.0.len()))?;
                for id in self.0 {
                    s.serialize_element(&ProductItem(id))?;
                }
                s.end()
            }
        }
        let fields = 1 + usize::from(self.title.is_some());
        let mut s = serializer.serialize_struct("ProductSection", fields)?;
        if let Some(title) = &self.title {
            s.serialize_field("title", title)?;
        }
        s.serialize_field("product_items", &Items(&self.products))?;
        s.end()
    }
}

impl Serialize for ProductListMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Action<'a>(&'a ProductListMessage);
        impl Serialize for Action<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_struct("Action", 2)?;
                s.serialize_field("catalog_id", &self.0.catalog_id)?;
                s.serialize_field("sections", &self.0.sections)?;
                s.end()
            }
        }
        let mut s = serializer.serialize_struct("ProductListMessage", self.head.fields() + 1)?;
        self.head.serialize(&mut s, "product_list")?;
        s.serialize_field("action", &Action(self))?;
        s.end()
    }
}

// ---- unchecked form ----

#[derive(Clone, Debug, Default, PartialEq)]
struct ProductListJson {
    header: Option<HeaderJson>,
    body: Option<TextObjectJson>,
    footer: Option<TextObjectJson>,
    action: Option<ProductListActionJson>,
}

from_json!(ProductListJson { "type" = "product_list", header, body, footer, action });

#[derive(Clone, Debug, Default, PartialEq)]
struct ProductListActionJson {
    catalog_id: Option<CowStr>,
    sections: Option<Vec<ProductSectionJson>>,
}

from_json!(ProductListActionJson {
    catalog_id,
    sections
});

#[derive(Clone, Debug, Default, PartialEq)]
struct ProductSectionJson {
    title: Option<CowStr>,
    product_items: Option<Vec<ProductItemJson>>,
}

from_json!(ProductSectionJson {
    title,
    product_items
});

#[derive(Clone, Debug, Default, PartialEq)]
struct ProductItemJson {
    product_retailer_id: Option<CowStr>,
}

from_json!(ProductItemJson {
    product_retailer_id
});

impl ProductListJson {
    fn shape(&self) -> shape::ProductList<'_> {
        let action = self.action.as_ref();
        shape::ProductList {
            header: self
                .header
                .as_ref()
                .map_or(shape::Header::Absent, HeaderJson::shape),
            body: opt_text(self.body.as_ref()),
            footer: opt_text(self.footer.as_ref()),
            catalog_id: opt(action.and_then(|a| a.catalog_id.as_ref())),
            sections: action.and_then(|a| a.sections.as_ref()).map(|sections| {
                sections
                    .iter()
                    .map(|s| shape::ProductSection {
                        title: opt(s.title.as_ref()),
                        products: s.product_items.as_ref().map(|items| {
                            items
                                .iter()
                                .map(|item| opt(item.product_retailer_id.as_ref()))
                                .collect()
                        }),
                    })
                    .collect()
            }),
        }
    }

    fn into_message(self) -> Result<ProductListMessage, ValidationError> {
        checked(self.shape().check())?;
        let action = self.action.unwrap_or_default();
        let sections = action
            .sections
            .unwrap_or_default()
            .into_iter()
            .map(|s| ProductSection {
                title: s.title.map(SectionTitle::from_checked),
                products: s
                    .product_items
                    .unwrap_or_default()
                    .into_iter()
                    .map(|item| {
                        ProductRetailerId::from_checked(
                            item.product_retailer_id.unwrap_or_default(),
                        )
                    })
                    .collect(),
            });
        Ok(ProductListMessage {
            // The check accepts only a text header here.
            head: Head::new(
                self.header.map(HeaderJson::into_checked),
                Body::from_checked(self.body.map(|b| b.text).unwrap_or_default()),
                self.footer.map(|f| Footer::from_checked(f.text)),
            ),
            catalog_id: CatalogId::from_checked(action.catalog_id.unwrap_or_default()),
            sections: Cow::Owned(sections.collect()),
            rendered: Rendered::NONE,
        })
    }
}

deserialize_checked!(ProductListMessage, ProductListJson);

/// Builds a [`ProductListMessage`] from run-time content;
/// [`build`](ProductListBuilder::build) checks every rule and reports every
/// violation.
///
/// ```
/// use wa_interactive::ProductListMessage;
/// use wa_interactive::product_list::ProductSectionDraft;
///
/// let skus = ["SKU-1", "SKU-2", "SKU-3"];
/// let msg = ProductListMessage::builder()
///     .header("Our picks")
///     .body("Tap to browse")
///     .catalog_id("194836987003835")
///     .section(ProductSectionDraft::new().products(skus))
///     .build()?;
/// assert_eq!(msg.products().count(), 3);
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct ProductListBuilder {
    json: ProductListJson,
}

impl Default for ProductListBuilder {
    /// A builder with no sections yet (building it reports "needs at least 1 section").
    fn default() -> Self {
        let action = ProductListActionJson {
            catalog_id: None,
            sections: Some(Vec::new()),
        };
        ProductListBuilder {
            json: ProductListJson {
                action: Some(action),
                ..ProductListJson::default()
            },
        }
    }
}

impl ProductListBuilder {
    /// The header text (a product list's header is always text, and required).
    pub fn header(mut self, text: impl Into<String>) -> Self {
        self.json.header = Some(HeaderJson::Text {
            text: Cow::Owned(text.into()),
        });
        self
    }

    body_footer_setters!();

    /// The catalog the products are in.
    pub fn catalog_id(mut self, id: impl Into<String>) -> Self {
        self.json
            .action
            .get_or_insert_with(Default::default)
            .catalog_id = Some(Cow::Owned(id.into()));
        self
    }

    /// Adds a section.
    pub fn section(mut self, section: ProductSectionDraft) -> Self {
        let action = self.json.action.get_or_insert_with(Default::default);
        action
            .sections
            .get_or_insert_with(Vec::new)
            .push(section.json);
        self
    }

    /// Adds sections.
    pub fn sections(self, sections: impl IntoIterator<Item = ProductSectionDraft>) -> Self {
        sections.into_iter().fold(self, ProductListBuilder::section)
    }

    /// Checks every rule; the message, or every violation with its JSON path.
    pub fn build(self) -> Result<ProductListMessage, ValidationError> {
        self.json.into_message()
    }
}

/// A product list section for [`ProductListBuilder`].
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct ProductSectionDraft {
    json: ProductSectionJson,
}

impl Default for ProductSectionDraft {
    fn default() -> Self {
        ProductSectionDraft {
            json: ProductSectionJson {
                title: None,
                product_items: Some(Vec::new()),
            },
        }
    }
}

impl ProductSectionDraft {
    /// A section with no title and no products yet.
    pub fn new() -> Self {
        ProductSectionDraft::default()
    }

    /// The section title.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.json.title = Some(Cow::Owned(title.into()));
        self
    }

    /// Adds a product by its retailer id.
    pub fn product(mut self, product_retailer_id: impl Into<String>) -> Self {
        self.json
            .product_items
            .get_or_insert_with(Vec::new)
            .push(ProductItemJson {
                product_retailer_id: Some(Cow::Owned(product_retailer_id.into())),
            });
        self
    }

    /// Adds products by their retailer ids.
    pub fn products<T: Into<String>>(self, ids: impl IntoIterator<Item = T>) -> Self {
        ids.into_iter().fold(self, ProductSectionDraft::product)
    }
}
