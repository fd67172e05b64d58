//! Product, product list and catalog messages, as statics and with
//! run-time text; each equals its builder twin.
use wa_interactive::product_list::ProductSectionDraft;
use wa_interactive::text::{Body, CatalogId, Footer, ProductRetailerId, SectionTitle};
use wa_interactive::{
    CatalogMessage, ProductListMessage, ProductMessage, catalog_message, product_list,
    product_message,
};

// No body: it is optional for this kind.
static ITEM: ProductMessage = product_message! {
    catalog_id: "194836987003835",
    product_retailer_id: "di9ozbzfi4",
};

static PICKS: ProductListMessage = product_list! {
    header: "Our picks",
    body: "Tap to browse",
    footer: "Prices include tax",
    catalog_id: "194836987003835",
    sections: [
        { title: "Plants", product_items: ["SKU-1", "SKU-2"] },
        { title: "Pots", product_items: ["SKU-3"] },
    ],
};

// One section needs no title.
const ONE: ProductListMessage = product_list! {
    header: "Our pick",
    body: "Just this one",
    catalog_id: "194836987003835",
    sections: [ { product_items: ["SKU-1"] } ],
};

static SHOP: CatalogMessage = catalog_message! {
    body: "Browse our catalog",
    footer: "Best grocery deals on WhatsApp!",
    thumbnail_product_retailer_id: "2lc20305pt",
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sku = String::from("di9ozbzfi4");
    let item = product_message! {
        body: Body::new(format!("Still thinking about {sku}?"))?,
        footer: Footer::new("Free shipping")?,
        catalog_id: CatalogId::new("194836987003835")?,
        product_retailer_id: ProductRetailerId::new(sku.clone())?,
    };
    assert_eq!(
        item,
        ProductMessage::builder()
            .body(format!("Still thinking about {sku}?"))
            .footer("Free shipping")
            .catalog_id("194836987003835")
            .product_retailer_id(sku)
            .build()?
    );
    assert_eq!(ITEM.body(), None);

    let season = "Spring";
    let picks = product_list! {
        header: "Our picks",
        body: Body::new(format!("{season} favourites"))?,
        catalog_id: "194836987003835",
        sections: [
            { title: SectionTitle::new(season)?, product_items: ["SKU-1"] },
            { title: "Pots", product_items: ["SKU-3"] },
        ],
    };
    assert_eq!(
        picks,
        ProductListMessage::builder()
            .header("Our picks")
            .body(format!("{season} favourites"))
            .catalog_id("194836987003835")
            .section(ProductSectionDraft::new().title(season).product("SKU-1"))
            .section(ProductSectionDraft::new().title("Pots").product("SKU-3"))
            .build()?
    );
    assert_eq!(PICKS.products().count(), 3);
    assert_eq!(ONE.sections().len(), 1);

    let shop = catalog_message! { body: Body::new("Browse")? };
    assert_eq!(shop, CatalogMessage::builder().body("Browse").build()?);
    assert!(SHOP.thumbnail_product_retailer_id().is_some());
    Ok(())
}
