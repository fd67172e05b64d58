//! When to send a request again, and how long to wait first.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::time::Duration;

/// How the client retries a request that certainly was not accepted: a rate
/// limit (HTTP 429, Graph codes 130429 and 131056) or a connection that
/// could not be made. Nothing else is ever retried; see
/// [`Error::may_have_been_delivered`](super::Error::may_have_been_delivered).
///
/// The wait before a retry is the answer's `Retry-After` when it has one,
/// else an exponential backoff with jitter: a random time between half and
/// all of `base_delay × 2ⁿ⁻¹` before retry `n`, at most `max_delay`.
///
/// ```
/// use std::time::Duration;
/// use wa_interactive::client::RetryPolicy;
///
/// let patient = RetryPolicy { max_attempts: 6, ..RetryPolicy::default() };
/// assert_eq!(patient.base_delay, Duration::from_millis(500));
/// assert_eq!(RetryPolicy::NONE.max_attempts, 1);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// How many times a request is sent at most, the first time included
    /// (`1`: never retried; `0` counts as `1`).
    pub max_attempts: u32,
    /// The backoff before the first retry, doubled for each next one.
    pub base_delay: Duration,
    /// The longest wait before a retry. A `Retry-After` longer than this is
    /// not waited out: the error is returned, with
    /// [`retry_after`](super::Error::retry_after) for the caller to plan with.
    pub max_delay: Duration,
}

impl RetryPolicy {
    /// Never retry: every error is returned at once.
    pub const NONE: RetryPolicy = RetryPolicy {
        max_attempts: 1,
        base_delay: Duration::ZERO,
        max_delay: Duration::ZERO,
    };

    /// The wait before retry `retry` (1 for the first), with jitter.
    pub(super) fn backoff(&self, retry: u32) -> Duration {
        let doublings = retry.saturating_sub(1).min(31);
        let full = self
            .base_delay
            .saturating_mul(1 << doublings)
            .min(self.max_delay);
        let half = full / 2;
        half + half.mul_f64(random_fraction())
    }
}

impl Default for RetryPolicy {
    /// Four attempts, backoff from half a second, waits of at most 30 s.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
        }
    }
}

/// 64 random bits, different each call (not for secrets): each
/// `RandomState` is seeded differently, so hashing nothing through a new one
/// gives an unpredictable value without a dependency.
pub(super) fn random_u64() -> u64 {
    RandomState::new().build_hasher().finish()
}

/// A number in `[0, 1)`, different each call.
fn random_fraction() -> f64 {
    let bits = random_u64() >> 11;
    #[allow(clippy::cast_precision_loss)] // 53 bits fit an f64 mantissa exactly
    let fraction = bits as f64 / (1u64 << 53) as f64;
    fraction
}

/// A `Retry-After` header in seconds (`"2"`, `"0.5"`); an HTTP date or
/// anything else is ignored, and the backoff used instead.
pub(super) fn parse_retry_after(value: &[u8]) -> Option<Duration> {
    let text = std::str::from_utf8(value).ok()?.trim();
    let seconds: f64 = text.parse().ok()?;
    Duration::try_from_secs_f64(seconds).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_and_stays_under_the_cap() {
        let policy = RetryPolicy {
            max_attempts: 10,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(1),
        };
        for _ in 0..200 {
            let first = policy.backoff(1);
            assert!((50..=100).contains(&first.as_millis()), "{first:?}");
            let third = policy.backoff(3);
            assert!((200..=400).contains(&third.as_millis()), "{third:?}");
            let late = policy.backoff(u32::MAX);
            assert!((500..=1000).contains(&late.as_millis()), "{late:?}");
        }
        // Jitter: the waits are not all the same.
        let waits: std::collections::HashSet<_> = (0..50).map(|_| policy.backoff(1)).collect();
        assert!(waits.len() > 1);
        assert_eq!(RetryPolicy::NONE.backoff(1), Duration::ZERO);
    }

    #[test]
    fn retry_after_in_seconds() {
        assert_eq!(parse_retry_after(b"2"), Some(Duration::from_secs(2)));
        assert_eq!(
            parse_retry_after(b" 0.5 "),
            Some(Duration::from_millis(500))
        );
        assert_eq!(parse_retry_after(b"0"), Some(Duration::ZERO));
        for bad in [
            &b"Wed, 21 Oct 2015 07:28:00 GMT"[..],
            b"-1",
            b"NaN",
            b"inf",
            b"1e30",
            b"",
            b"\xff",
        ] {
            assert_eq!(parse_retry_after(bad), None, "{bad:?}");
        }
    }
}
