//! Literal messages whose texts need escaping (quotes, backslashes, line
//! breaks, control characters, non-ASCII): the macro writes each one's JSON
//! and the compiler compares it with the fields, so that they compile at
//! all shows the two agree; the JSON they carry must also be what `Serialize`
//! writes from the fields.

use wa_interactive::{
    AddressMessage, ButtonMessage, CallPermissionRequest, CarouselMessage, CatalogMessage,
    ContactInfoRequest, CtaUrlMessage, FlowMessage, Interactive, ListMessage, LocationRequest,
    ProductListMessage, ProductMessage, VoiceCallMessage, address_message, call_permission_request,
    carousel, catalog_message, cta_url, flow_message, interactive_list, location_request,
    product_list, product_message, reply_buttons, request_contact_info, voice_call,
};

static LIST: ListMessage = interactive_list! {
    header: "Say \"hi\"",
    body: "Line one\nline\ttwo \\ back\u{1}slash, é, 🍕",
    footer: "\u{1f}end\u{7f}",
    button: "Open \"menu\"",
    sections: [
        { title: "A\\B", rows: [ { id: "a\"1", title: "Tab\there", description: "Form\u{c}feed\u{8}" } ] },
        { title: "Ñandú", rows: [ { id: "b\\2", title: "Two" } ] },
    ],
};

static BUTTONS: ButtonMessage = reply_buttons! {
    header: document { link: "https://example.com/a.pdf", filename: "a \"b\".pdf" },
    body: "Pick\r\none",
    buttons: [ { id: "x\"y", title: "Yes \\ no" }, { id: "z", title: "Zé" } ],
};

static LOCATION: LocationRequest = location_request! { body: "Where\u{0}?" };

static CTA: CtaUrlMessage = cta_url! {
    header: image { id: "12\"34" },
    body: "Open \"this\"",
    footer: "a\\b",
    display_text: "Go \"now\"",
    url: "https://example.com/a?b=\"c\"",
};

static FLOW: FlowMessage = flow_message! {
    body: "Book \"now\"\n",
    flow_id: "12\\34",
    flow_cta: "Book \"it\"",
    flow_token: "tok\"en",
    flow_action: "navigate",
    flow_action_payload: { screen: "WELCOME" },
};

static PRODUCT: ProductMessage = product_message! {
    body: "The \"best\" one",
    footer: "\\o/",
    catalog_id: "cat\"1",
    product_retailer_id: "sku\\1",
};

static PRODUCTS: ProductListMessage = product_list! {
    header: "Our \"picks\"",
    body: "Choose\none",
    catalog_id: "cat",
    sections: [
        { title: "A \"b\"", product_items: [ "s\"1", "s\\2" ] },
        { title: "Two", product_items: [ "s3" ] },
    ],
};

static CATALOG: CatalogMessage = catalog_message! {
    body: "See \"all\"",
    thumbnail_product_retailer_id: "sku\"1",
};

static CAROUSEL: CarouselMessage = carousel! {
    body: "Cards \"here\"",
    cards: [
        {
            header: image { link: "https://example.com/a.jpg" },
            body: "One\n\"card\"",
            buttons: [ { id: "a\"1", title: "Learn \\ more" } ],
        },
        {
            header: image { link: "https://example.com/b.jpg" },
            buttons: [ { id: "b\\1", title: "Tab\tbed" } ],
        },
    ],
};

static CALL: VoiceCallMessage = voice_call! {
    body: "Call \"us\"",
    display_text: "Call \\ now",
    ttl_minutes: 60,
    payload: "p\"1\n",
};

static MAY_WE_CALL: CallPermissionRequest = call_permission_request! { body: "May we \"call\"?" };

static SHARE: ContactInfoRequest = request_contact_info! { body: "Share \"your\" number" };

static ADDRESS: AddressMessage = address_message! {
    header: "Your \"address\"",
    body: "Where\nto?",
    country: "IN",
    values: { name: "A \"B\"", in_pin_code: "123456" },
    saved_addresses: [ { id: "home\"1", value: { city: "Delhi\\NCR" } } ],
    validation_errors: { city: "Not \"there\"" },
};

#[test]
fn the_json_a_literal_carries_is_what_serialize_writes() {
    let messages: Vec<Interactive> = vec![
        LIST.clone().into(),
        BUTTONS.clone().into(),
        LOCATION.clone().into(),
        CTA.clone().into(),
        FLOW.clone().into(),
        PRODUCT.clone().into(),
        PRODUCTS.clone().into(),
        CATALOG.clone().into(),
        CAROUSEL.clone().into(),
        CALL.clone().into(),
        MAY_WE_CALL.clone().into(),
        SHARE.clone().into(),
        ADDRESS.clone().into(),
    ];
    for message in messages {
        let carried = message.interactive_json();
        assert!(
            matches!(carried, std::borrow::Cow::Borrowed(_)),
            "{} carries its JSON",
            message.kind()
        );
        assert_eq!(carried, serde_json::to_string(&message).unwrap());
        let back: Interactive = serde_json::from_str(&carried).unwrap();
        assert_eq!(back, message);
    }
}
