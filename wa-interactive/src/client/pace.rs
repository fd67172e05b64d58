//! Pacing: at most so many requests a second from one phone number.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::time::Instant;

/// A token bucket of one token refilled every `interval` (the generic cell
/// rate algorithm): requests start at least `interval` apart, in the order
/// they asked, however many wait. A burst never exceeds the rate, so a
/// broadcast stays under the account's throughput from its first second.
#[derive(Clone, Debug)]
pub(super) struct Pacer {
    interval: Duration,
    /// When the next request may start. Shared by the clones of a client.
    next: Arc<Mutex<Option<Instant>>>,
}

impl Pacer {
    /// `per_second` requests a second; `None` for 0 (no pacing).
    pub(super) fn new(per_second: u32) -> Option<Pacer> {
        (per_second > 0).then(|| Pacer {
            interval: Duration::from_secs(1) / per_second,
            next: Arc::new(Mutex::new(None)),
        })
    }

    /// Waits for this request's turn.
    pub(super) async fn wait(&self) {
        let now = Instant::now();
        let start = {
            // The lock is held for a few instructions, never across an await;
            // a poisoned lock still holds a valid instant.
            let mut next = self.next.lock().unwrap_or_else(PoisonError::into_inner);
            let start = next.map_or(now, |at| at.max(now));
            *next = Some(start + self.interval);
            start
        };
        if start > now {
            tokio::time::sleep_until(start).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_is_no_pacing() {
        assert!(Pacer::new(0).is_none());
        assert_eq!(
            Pacer::new(80).unwrap().interval,
            Duration::from_micros(12_500)
        );
    }

    #[tokio::test(start_paused = true)]
    async fn requests_start_one_interval_apart_in_order() {
        let pacer = Pacer::new(10).unwrap();
        let t0 = Instant::now();
        let mut starts = Vec::new();
        for _ in 0..5 {
            pacer.wait().await;
            starts.push(t0.elapsed());
        }
        let expected: Vec<_> = (0..5).map(|i| Duration::from_millis(100 * i)).collect();
        assert_eq!(starts, expected);
        // A pause longer than the interval leaves no saved-up burst.
        tokio::time::sleep(Duration::from_secs(5)).await;
        let before = Instant::now();
        pacer.wait().await;
        pacer.wait().await;
        assert_eq!(before.elapsed(), Duration::from_millis(100));
    }
}
