//! A CTA URL message, with a URL made at run time.
//!
//! `cargo run --example cta_url`

use wa_interactive::cta_url;
use wa_interactive::text::Url;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let order = 1042;
    let url = Url::new(format!("https://example.com/orders/{order}"))?;
    let message = cta_url! {
        header: image { link: "https://example.com/banner.png" },
        body: "Your order has shipped.",
        footer: "Updated every hour",
        display_text: "Track order",
        url: url,
    };
    println!("{}", message.interactive_json());

    // A URL that is not http(s) is rejected when it is made.
    println!("{}", Url::new("ftp://example.com/orders").unwrap_err());
    Ok(())
}
