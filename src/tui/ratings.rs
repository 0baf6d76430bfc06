//! The 1–10 rule's form: two former managers and two colleagues, each a name (optional) and
//! the rating the candidate predicts they would give, classified as it is typed.

use crossterm::event::{KeyCode, KeyEvent};

use crate::model::rating::classify;
use crate::model::{EventKind, Rating, RatingSlot, SelfAwareness, SessionState};

/// The four slots, in the order they are asked.
pub const SLOTS: [RatingSlot; 4] = [
    RatingSlot::Manager1,
    RatingSlot::Manager2,
    RatingSlot::Colleague1,
    RatingSlot::Colleague2,
];

/// What a key did to the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Keep editing.
    Editing,
    /// Save what was entered.
    Save,
    /// Close without saving.
    Cancel,
}

/// The form's state: per slot a name and a rating as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RatingsForm {
    /// Names, per slot.
    pub names: [String; 4],
    /// Ratings as typed, per slot.
    pub ratings: [String; 4],
    /// The field with the cursor: slot × 2, + 1 for the rating.
    pub field: usize,
}

impl RatingsForm {
    /// The form filled with what the session already holds.
    pub fn from_state(state: &SessionState) -> Self {
        let mut form = RatingsForm::default();
        for (i, slot) in SLOTS.iter().enumerate() {
            if let Some(r) = state.ratings.get(slot) {
                form.names[i] = r.name.clone().unwrap_or_default();
                form.ratings[i] = r.rating.map(|r| r.get().to_string()).unwrap_or_default();
            }
        }
        form
    }

    /// Handles a key.
    pub fn key(&mut self, key: KeyEvent) -> Outcome {
        let slot = self.field / 2;
        match key.code {
            KeyCode::Esc => return Outcome::Cancel,
            KeyCode::Enter => return Outcome::Save,
            KeyCode::Tab | KeyCode::Down => self.field = (self.field + 1) % 8,
            KeyCode::BackTab | KeyCode::Up => self.field = (self.field + 7) % 8,
            KeyCode::Backspace => {
                self.text(slot).pop();
            }
            KeyCode::Char(c) if !self.on_rating() => self.names[slot].push(c),
            KeyCode::Char(c) if c.is_ascii_digit() && self.ratings[slot].len() < 2 => {
                self.ratings[slot].push(c);
            }
            _ => {}
        }
        Outcome::Editing
    }

    /// Whether the cursor is on a rating (else on a name).
    fn on_rating(&self) -> bool {
        self.field % 2 == 1
    }

    fn text(&mut self, slot: usize) -> &mut String {
        if self.on_rating() {
            &mut self.ratings[slot]
        } else {
            &mut self.names[slot]
        }
    }

    /// The rating typed in a slot, if it is a whole number from 1 to 10.
    pub fn rating(&self, slot: usize) -> Option<Rating> {
        self.ratings[slot]
            .parse::<u8>()
            .ok()
            .and_then(|n| Rating::try_from(n).ok())
    }

    /// What the ratings typed so far say.
    pub fn classification(&self) -> SelfAwareness {
        let ratings: Vec<Rating> = (0..4).filter_map(|i| self.rating(i)).collect();
        classify(&ratings)
    }

    /// The events that record what changed against `state` (invalid ratings are left out).
    pub fn events(&self, state: &SessionState) -> Vec<EventKind> {
        SLOTS
            .iter()
            .enumerate()
            .filter_map(|(i, slot)| {
                let name = Some(self.names[i].trim().to_owned()).filter(|n| !n.is_empty());
                let rating = self.rating(i);
                let before = state.ratings.get(slot);
                let unchanged = before.map_or(name.is_none() && rating.is_none(), |b| {
                    b.name == name && b.rating == rating
                });
                (!unchanged).then_some(EventKind::RatingPredicted {
                    slot: *slot,
                    name,
                    rating,
                })
            })
            .collect()
    }
}
