//! One message of every interactive kind, written as compile-checked
//! literals and printed as the request body posted to
//! `/{version}/{phone-number-id}/messages`. Runs offline.
//!
//! `cargo run --example all_kinds`

use wa_interactive::{
    Interactive, OutgoingMessage, cta_url, flow_message, interactive_list, location_request,
    reply_buttons,
};

/// The first kinds: lists, reply buttons, location requests, CTA URLs, flows.
fn first_kinds() -> Vec<(&'static str, Interactive)> {
    vec![
        (
            "list",
            interactive_list! {
                body: "Pick a time that suits you.",
                button: "View slots",
                sections: [ { rows: [ { id: "slot-0900", title: "09:00" }, { id: "slot-1000", title: "10:00" } ] } ],
            }
            .into(),
        ),
        (
            "reply buttons",
            reply_buttons! {
                body: "Confirm your order?",
                buttons: [ { id: "confirm", title: "Yes, confirm" }, { id: "cancel", title: "No, cancel" } ],
            }
            .into(),
        ),
        (
            "location request",
            location_request! { body: "Where should we deliver your order?" }.into(),
        ),
        (
            "CTA URL",
            cta_url! { body: "Your parcel is on its way.", display_text: "Track parcel", url: "https://example.com/track/42" }.into(),
        ),
        (
            "flow",
            flow_message! { body: "Book your table in a few taps.", flow_name: "table_booking", flow_cta: "Book now" }.into(),
        ),
    ]
}

// ---- products, catalogs and carousels ----

/// Products of a catalog, the catalog itself, and carousels of media and product cards.
fn commerce_kinds() -> Vec<(&'static str, Interactive)> {
    use wa_interactive::{carousel, catalog_message, product_list, product_message};
    vec![
        (
            "product",
            product_message! {
                body: "Here is the item you asked about",
                footer: "Free shipping over $50",
                catalog_id: "194836987003835",
                product_retailer_id: "di9ozbzfi4",
            }
            .into(),
        ),
        (
            "product list",
            product_list! {
                header: "Our picks",
                body: "Tap to browse",
                catalog_id: "194836987003835",
                sections: [
                    { title: "Plants", product_items: ["SKU-1", "SKU-2"] },
                    { title: "Pots", product_items: ["SKU-3"] },
                ],
            }
            .into(),
        ),
        (
            "catalog",
            catalog_message! {
                body: "Browse our catalog and add items to your cart.",
                thumbnail_product_retailer_id: "2lc20305pt",
            }
            .into(),
        ),
        (
            "carousel of media cards",
            carousel! {
                body: "Which plant would you like to know more about?",
                cards: [
                    {
                        header: image { link: "https://example.com/echeveria.png" },
                        body: "*Blue Echeveria*\nPowder-blue leaves",
                        buttons: [ { id: "learn-echeveria", title: "Learn more" } ],
                    },
                    {
                        header: image { link: "https://example.com/haworthia.png" },
                        body: "*Zebra Haworthia*\nStriped leaves",
                        buttons: [ { id: "learn-haworthia", title: "Learn more" } ],
                    },
                ],
            }
            .into(),
        ),
        (
            "carousel of product cards",
            carousel! {
                body: "Check out our featured products!",
                cards: [
                    { catalog_id: "194836987003835", product_retailer_id: "di9ozbzfi4" },
                    { catalog_id: "194836987003835", product_retailer_id: "nqryix03ez" },
                ],
            }
            .into(),
        ),
    ]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for (kind, message) in first_kinds().into_iter().chain(commerce_kinds()) {
        let request = OutgoingMessage::new("15551234567", message);
        let pretty = serde_json::to_string_pretty(&serde_json::to_value(&request)?)?;
        println!("# {kind}\n{pretty}\n");
    }
    Ok(())
}
