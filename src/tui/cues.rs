//! Time cues: from how many minutes left in a section the clock stands out, and the minutes
//! at which the terminal's bell rings (when the settings turn it on; it is off by default).

/// When the clock cues the interviewer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cues {
    /// The minutes left at which a cue falls, highest first.
    minutes: Vec<u32>,
    /// Whether a cue rings the bell.
    bell: bool,
    /// The section and its time left when last looked at.
    last: Option<(usize, i64)>,
}

/// The cue when the settings name none: two minutes left.
const DEFAULT_MINUTES: [u32; 1] = [2];

impl Default for Cues {
    fn default() -> Self {
        Cues::new(None, false)
    }
}

impl Cues {
    /// Cues at `minutes` left (two minutes when `None` or empty), ringing the bell if `bell`.
    pub fn new(minutes: Option<&[u32]>, bell: bool) -> Self {
        let mut minutes: Vec<u32> = minutes
            .filter(|m| !m.is_empty())
            .unwrap_or(&DEFAULT_MINUTES)
            .to_vec();
        minutes.sort_unstable_by(|a, b| b.cmp(a));
        minutes.dedup();
        Cues {
            minutes,
            bell,
            last: None,
        }
    }

    /// Whether `remaining_ms` left is within the first cue (the clock shows it).
    pub fn showing(&self, remaining_ms: i64) -> bool {
        let first = self.minutes.first().copied().unwrap_or(0);
        remaining_ms <= i64::from(first) * 60_000
    }

    /// Whether the bell should ring now: section `section` has `remaining_ms` left, and since
    /// it was last looked at, in the same section, its clock went past a cue.
    pub fn ring(&mut self, section: usize, remaining_ms: i64) -> bool {
        let before = self.last.replace((section, remaining_ms));
        let Some((was, before)) = before.filter(|_| self.bell) else {
            return false;
        };
        was == section
            && self.minutes.iter().any(|m| {
                let at = i64::from(*m) * 60_000;
                before > at && remaining_ms <= at
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bell_rings_once_at_each_cue_and_only_when_on() {
        let mut quiet = Cues::new(Some(&[5, 1]), false);
        assert!(!quiet.ring(0, 301_000) && !quiet.ring(0, 299_000));
        let mut cues = Cues::new(Some(&[1, 5]), true);
        assert!(!cues.ring(0, 301_000), "nothing to compare with yet");
        assert!(cues.ring(0, 300_000), "five minutes left");
        assert!(!cues.ring(0, 299_000), "once");
        assert!(cues.ring(0, 59_000), "one minute left");
        assert!(!cues.ring(1, 30_000), "a new section starts afresh");
        assert!(cues.showing(300_000) && !cues.showing(300_001));
        assert!(Cues::default().showing(120_000) && !Cues::default().showing(120_001));
    }
}
