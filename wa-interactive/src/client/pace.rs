//! Pacing: at most so many requests a second from one phone number.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Mutex;
use tokio::time::Instant;

/// A token bucket that holds one token, refilled every `interval` (the
/// generic cell rate algorithm): requests start `interval` apart, in the
/// order they asked, however many wait. No burst is saved up while idle, so
/// a broadcast stays under the rate from its first second.
///
/// The request whose turn is next holds the lock while it sleeps, and the
/// next turn is planned when it wakes: after a stall (a busy runtime) the
/// waiting requests go on one interval apart rather than all at once. A
/// request late by less than an interval keeps the schedule, so timer
/// granularity does not slow the pace; at most two requests start within
/// any one interval. A request dropped while it waits gives its turn to the
/// next.
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
        // tokio's mutex is fair: waiters get it in the order they asked.
        let mut next = self.next.lock().await;
        let now = Instant::now();
        let start = match *next {
            Some(at) if at + self.interval > now => at,
            _ => now,
        };
        if start > now {
            tokio::time::sleep_until(start).await;
        }
        // Woken more than an interval late (a stalled runtime): plan the next
        // turn from now, so that the queue does not follow in a burst.
        let woke = Instant::now();
        let base = if woke > start + self.interval {
            woke
        } else {
            start
        };
        *next = Some(base + self.interval);
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

    #[tokio::test(start_paused = true)]
    async fn after_a_stall_the_waiting_requests_go_on_one_interval_apart() {
        let pacer = Pacer::new(10).unwrap();
        let t0 = Instant::now();
        pacer.wait().await;
        // Three requests queue up behind the next turn (at 100 ms)...
        let starts = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let mut tasks = Vec::new();
        for i in 0..3 {
            let (pacer, starts) = (pacer.clone(), starts.clone());
            tasks.push(tokio::spawn(async move {
                pacer.wait().await;
                starts.lock().unwrap().push((i, t0.elapsed()));
            }));
        }
        tokio::task::yield_now().await;
        // ...and the runtime runs none of them for half a second.
        tokio::time::advance(Duration::from_millis(500)).await;
        for task in tasks {
            task.await.unwrap();
        }
        let starts = starts.lock().unwrap().clone();
        let ms = Duration::from_millis;
        assert_eq!(starts, [(0, ms(500)), (1, ms(600)), (2, ms(700))]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_request_dropped_while_waiting_gives_its_turn_to_the_next() {
        let pacer = Pacer::new(10).unwrap();
        let t0 = Instant::now();
        pacer.wait().await;
        let _ = tokio::time::timeout(Duration::from_millis(50), pacer.wait()).await;
        pacer.wait().await;
        assert_eq!(t0.elapsed(), Duration::from_millis(100));
    }
}
