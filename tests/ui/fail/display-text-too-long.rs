use wa_interactive::cta_url;

// The text of a CTA URL button is at most 20 characters.
fn track() {
    let _ = cta_url! { body: "b", display_text: "Track your parcel now", url: "https://example.com" };
}

fn main() {}
