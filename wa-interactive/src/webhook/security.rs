//! The checks every webhook endpoint needs: the signature of each POST and
//! the subscription handshake (GET).

use std::fmt;

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Why a POST's `X-Hub-Signature-256` does not prove it came from Meta.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SignatureError {
    /// No signature: the header is absent or empty.
    Missing,
    /// The header does not start with `sha256=`.
    WrongScheme,
    /// After `sha256=` there are not 64 hexadecimal digits.
    Malformed,
    /// A well-formed signature that does not match the body and the app secret.
    Mismatch,
    /// The app secret given to check against is empty: a configuration
    /// error (anyone could sign with it).
    EmptySecret,
}

impl fmt::Display for SignatureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SignatureError::Missing => "missing X-Hub-Signature-256 header",
            SignatureError::WrongScheme => "X-Hub-Signature-256 does not start with `sha256=`",
            SignatureError::Malformed => {
                "X-Hub-Signature-256 is not `sha256=` followed by 64 hexadecimal digits"
            }
            SignatureError::Mismatch => {
                "X-Hub-Signature-256 does not match the body: not signed with this app secret"
            }
            SignatureError::EmptySecret => "the app secret is empty: configure the app's secret",
        })
    }
}

impl std::error::Error for SignatureError {}

/// Checks the `X-Hub-Signature-256` header of a webhook POST: `sha256=`
/// and the hex HMAC-SHA256 of the raw body under the app secret. Pass `""`
/// when the header is absent. The comparison takes the same time wherever
/// the first differing byte is.
///
/// Hash the bytes exactly as received: re-serialised JSON differs (Meta
/// escapes non-ASCII text). An empty app secret is refused
/// ([`SignatureError::EmptySecret`]), whatever the header.
///
/// ```
/// use wa_interactive::webhook::{SignatureError, verify_signature};
///
/// let body = br#"{"object":"whatsapp_business_account","entry":[]}"#;
/// let header = "sha256=4a2c1b0bc53ee5e3cd2f4af2fc9a6fc8fbf8a6cc8c0cbe3ac1e6e5e5e6e7a9ba";
/// assert_eq!(verify_signature(b"app-secret", body, header), Err(SignatureError::Mismatch));
/// assert_eq!(verify_signature(b"app-secret", body, ""), Err(SignatureError::Missing));
/// ```
pub fn verify_signature(
    app_secret: &[u8],
    raw_body: &[u8],
    header: &str,
) -> Result<(), SignatureError> {
    if app_secret.is_empty() {
        return Err(SignatureError::EmptySecret);
    }
    let header = header.trim();
    if header.is_empty() {
        return Err(SignatureError::Missing);
    }
    let Some(hex) = header.strip_prefix("sha256=") else {
        return Err(SignatureError::WrongScheme);
    };
    let mut expected = [0u8; 32];
    decode_hex(hex, &mut expected).ok_or(SignatureError::Malformed)?;
    mac(app_secret, raw_body)
        .verify_slice(&expected)
        .map_err(|_| SignatureError::Mismatch)
}

/// The `X-Hub-Signature-256` value Meta sends with `raw_body`:
/// `sha256=` and the lowercase hex HMAC-SHA256 under the app secret. For
/// testing an endpoint with requests signed as Meta signs them.
///
/// ```
/// use wa_interactive::webhook::{signature_header, verify_signature};
///
/// let body = br#"{"object":"whatsapp_business_account","entry":[]}"#;
/// let header = signature_header(b"app-secret", body);
/// assert!(header.starts_with("sha256=") && header.len() == 7 + 64);
/// assert_eq!(verify_signature(b"app-secret", body, &header), Ok(()));
/// ```
pub fn signature_header(app_secret: &[u8], raw_body: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut header = String::with_capacity(7 + 64);
    header.push_str("sha256=");
    for byte in mac(app_secret, raw_body).finalize().into_bytes() {
        header.push(char::from(HEX[usize::from(byte >> 4)]));
        header.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
    header
}

/// HMAC-SHA256 of `body` under `secret`, updated and ready to finalize or verify.
fn mac(secret: &[u8], body: &[u8]) -> Hmac<Sha256> {
    // HMAC takes keys of any length: a long key is hashed, a short one padded.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret)
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of every length"));
    mac.update(body);
    mac
}

/// Decodes exactly `out.len() * 2` hex digits into `out`.
fn decode_hex(hex: &str, out: &mut [u8]) -> Option<()> {
    let bytes = hex.as_bytes();
    if bytes.len() != out.len() * 2 {
        return None;
    }
    for (byte, pair) in out.iter_mut().zip(bytes.chunks_exact(2)) {
        let digit = |c: u8| char::from(c).to_digit(16);
        let &[high, low] = pair else { return None };
        *byte = u8::try_from(digit(high)? << 4 | digit(low)?).ok()?;
    }
    Some(())
}

/// Why a subscription handshake is refused (answer 403).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SubscriptionError {
    /// `hub.mode` is absent or not `subscribe`.
    NotSubscribe,
    /// `hub.verify_token` is absent or not the token you configured.
    WrongToken,
    /// `hub.challenge` is absent.
    NoChallenge,
    /// `hub.challenge` is not plain digits (it would be echoed in the answer).
    BadChallenge,
    /// The verify token given to check against is empty: a configuration
    /// error (anyone could subscribe with it).
    EmptyVerifyToken,
}

impl fmt::Display for SubscriptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SubscriptionError::NotSubscribe => "hub.mode is not `subscribe`",
            SubscriptionError::WrongToken => "hub.verify_token does not match",
            SubscriptionError::NoChallenge => "hub.challenge is missing",
            SubscriptionError::BadChallenge => "hub.challenge is not plain digits",
            SubscriptionError::EmptyVerifyToken => {
                "the verify token is empty: configure the webhook's verify token"
            }
        })
    }
}

impl std::error::Error for SubscriptionError {}

/// Answers the GET handshake Meta sends when a webhook is subscribed:
/// `query` is the request's query string (`hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`,
/// percent-encoded as received). Returns the challenge to send back as the
/// body of a 200, or why to answer 403.
///
/// The token is compared in constant time (whatever its length); an empty
/// configured token and a challenge that is not plain digits are refused.
///
/// ```
/// use wa_interactive::webhook::verify_subscription;
///
/// let query = "hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=my%20token";
/// assert_eq!(verify_subscription(query, "my token").unwrap(), "1158201444");
/// assert!(verify_subscription(query, "another").is_err());
/// ```
pub fn verify_subscription(query: &str, verify_token: &str) -> Result<String, SubscriptionError> {
    if verify_token.is_empty() {
        return Err(SubscriptionError::EmptyVerifyToken);
    }
    let (mut mode, mut token, mut challenge) = (None, None, None);
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let slot = match percent_decode(key).as_str() {
            "hub.mode" => &mut mode,
            "hub.verify_token" => &mut token,
            "hub.challenge" => &mut challenge,
            _ => continue,
        };
        *slot = Some(percent_decode(value));
    }
    if mode.as_deref() != Some("subscribe") {
        return Err(SubscriptionError::NotSubscribe);
    }
    let token = token.ok_or(SubscriptionError::WrongToken)?;
    // Compared as fixed-length digests, in constant time: the time tells
    // neither where the first difference is nor the configured token's length.
    let expected = mac(b"hub.verify_token", verify_token.as_bytes())
        .finalize()
        .into_bytes();
    mac(b"hub.verify_token", token.as_bytes())
        .verify_slice(&expected)
        .map_err(|_| SubscriptionError::WrongToken)?;
    let challenge = challenge.ok_or(SubscriptionError::NoChallenge)?;
    if challenge.is_empty() || !challenge.bytes().all(|b| b.is_ascii_digit()) {
        return Err(SubscriptionError::BadChallenge);
    }
    Ok(challenge)
}

/// Decodes `application/x-www-form-urlencoded` text; invalid escapes and
/// invalid UTF-8 are kept as they are or replaced, never a panic.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = |j: usize| bytes.get(j).and_then(|c| char::from(*c).to_digit(16));
        match b {
            b'+' => out.push(b' '),
            b'%' => {
                if let (Some(h), Some(l)) = (hex(i + 1), hex(i + 2)) {
                    out.extend(u8::try_from(h << 4 | l).ok());
                    i += 2;
                } else {
                    out.push(b'%');
                }
            }
            _ => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sign(secret: &[u8], body: &[u8]) -> String {
        signature_header(secret, body)
    }

    #[test]
    fn accepts_the_right_signature_in_either_case() {
        let body = "{\"a\":\"é\"}".as_bytes();
        let header = sign(b"secret", body);
        assert_eq!(verify_signature(b"secret", body, &header), Ok(()));
        assert_eq!(
            verify_signature(
                b"secret",
                body,
                &header.to_uppercase().replace("SHA256=", "sha256=")
            ),
            Ok(())
        );
    }

    #[test]
    fn rejects_each_bad_class_distinctly() {
        let body = b"{}";
        let good = sign(b"secret", body);
        assert_eq!(
            verify_signature(b"secret", body, ""),
            Err(SignatureError::Missing)
        );
        assert_eq!(
            verify_signature(b"secret", body, "  "),
            Err(SignatureError::Missing)
        );
        assert_eq!(
            verify_signature(b"secret", body, &good.replace("sha256=", "sha1=")),
            Err(SignatureError::WrongScheme)
        );
        assert_eq!(
            verify_signature(b"secret", body, "sha256=abc"),
            Err(SignatureError::Malformed)
        );
        assert_eq!(
            verify_signature(b"secret", body, &format!("{}zz", &good[..good.len() - 2])),
            Err(SignatureError::Malformed)
        );
        assert_eq!(
            verify_signature(b"secret", body, &format!("{good}00")),
            Err(SignatureError::Malformed)
        );
        assert_eq!(
            verify_signature(b"other", body, &good),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify_signature(b"secret", b"{ }", &good),
            Err(SignatureError::Mismatch)
        );
        // Multibyte text where hex digits are expected is malformed, not a panic.
        assert_eq!(
            verify_signature(b"secret", body, &format!("sha256={}", "é".repeat(32))),
            Err(SignatureError::Malformed)
        );
    }

    #[test]
    fn subscription_handshake() {
        let q = "hub.mode=subscribe&hub.challenge=42&hub.verify_token=t%C3%A9st+1";
        assert_eq!(verify_subscription(q, "tést 1"), Ok("42".into()));
        assert_eq!(
            verify_subscription(q, "tést 2"),
            Err(SubscriptionError::WrongToken)
        );
        assert_eq!(
            verify_subscription(
                "hub.mode=unsubscribe&hub.verify_token=t&hub.challenge=1",
                "t"
            ),
            Err(SubscriptionError::NotSubscribe)
        );
        assert_eq!(
            verify_subscription("hub.mode=subscribe&hub.verify_token=t", "t"),
            Err(SubscriptionError::NoChallenge)
        );
        assert_eq!(
            verify_subscription("", "t"),
            Err(SubscriptionError::NotSubscribe)
        );
        assert_eq!(
            verify_subscription(
                "%%%&=&hub.mode=subscribe&hub.verify_token=%zz&hub.challenge=7%",
                "%zz"
            ),
            Err(SubscriptionError::BadChallenge)
        );
        assert_eq!(
            verify_subscription(
                "%%%&=&hub.mode=subscribe&hub.verify_token=%zz&hub.challenge=%37",
                "%zz"
            ),
            Ok("7".into())
        );
    }

    #[test]
    fn secure_defaults() {
        // An empty secret or token is a configuration error, whatever is sent.
        let body = b"{}";
        assert_eq!(
            verify_signature(b"", body, &sign(b"", body)),
            Err(SignatureError::EmptySecret)
        );
        assert_eq!(
            verify_subscription("hub.mode=subscribe&hub.verify_token=&hub.challenge=1", ""),
            Err(SubscriptionError::EmptyVerifyToken)
        );
        // A challenge is echoed into the answer: only digits are.
        for challenge in [
            "",
            "abc",
            "1%0D%0ASet-Cookie:x",
            "<script>",
            "12 3",
            "%EF%BC%91",
        ] {
            let q = format!("hub.mode=subscribe&hub.verify_token=t&hub.challenge={challenge}");
            assert_eq!(
                verify_subscription(&q, "t"),
                Err(SubscriptionError::BadChallenge),
                "{challenge}"
            );
        }
        // A token that is a prefix, an extension or differs in the last byte is wrong.
        for token in ["secret-toke", "secret-token-", "secret-tokeN", ""] {
            let q = format!("hub.mode=subscribe&hub.verify_token={token}&hub.challenge=1");
            assert_eq!(
                verify_subscription(&q, "secret-token"),
                Err(SubscriptionError::WrongToken),
                "{token}"
            );
        }
    }
}
