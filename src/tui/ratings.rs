//! The 1–10 rule's form: two former managers and two colleagues, each a name (optional) and
//! the rating the candidate predicts they would give, classified as it is typed.

use super::text_input::TextInput;
use crate::model::rating::classify;
use crate::model::{EventKind, Rating, RatingSlot, SelfAwareness, SessionState};

/// The four slots, in the order they are asked.
pub const SLOTS: [RatingSlot; 4] = [
    RatingSlot::Manager1,
    RatingSlot::Manager2,
    RatingSlot::Colleague1,
    RatingSlot::Colleague2,
];

/// What was typed as a rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typed {
    /// Nothing.
    Empty,
    /// A whole number from 1 to 10.
    Valid(Rating),
    /// Anything else (`11`, `0`, `7.5`, `eight`): not saved, and the form says so.
    Invalid,
}

/// Reads a rating as typed: a whole number from 1 to 10, spaces around it allowed.
pub fn read_rating(text: &str) -> Typed {
    let text = text.trim();
    if text.is_empty() {
        return Typed::Empty;
    }
    text.parse::<u8>()
        .ok()
        .and_then(|n| Rating::try_from(n).ok())
        .map_or(Typed::Invalid, Typed::Valid)
}

/// The form's state: per slot a name field and a rating field.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RatingsForm {
    /// Names, per slot.
    pub names: [TextInput; 4],
    /// Ratings as typed, per slot.
    pub ratings: [TextInput; 4],
    /// The field with the cursor: slot × 2, + 1 for the rating.
    pub field: usize,
    /// Set when Enter found a rating that is not 1–10: nothing was saved.
    pub refused: bool,
}

impl RatingsForm {
    /// The form filled with what the session already holds.
    pub fn from_state(state: &SessionState) -> Self {
        let mut form = RatingsForm::default();
        for (i, slot) in SLOTS.iter().enumerate() {
            if let Some(r) = state.ratings.get(slot) {
                form.names[i] = TextInput::new(r.name.as_deref().unwrap_or(""));
                let rating = r.rating.map(|r| r.get().to_string()).unwrap_or_default();
                form.ratings[i] = TextInput::new(&rating);
            }
        }
        form
    }

    /// The field with the cursor.
    pub fn focused(&mut self) -> &mut TextInput {
        let slot = (self.field / 2) % SLOTS.len();
        if self.on_rating() {
            &mut self.ratings[slot]
        } else {
            &mut self.names[slot]
        }
    }

    /// Moves to the next field (`forward`) or the previous one.
    pub fn step(&mut self, forward: bool) {
        let n = SLOTS.len() * 2;
        self.field = if forward {
            (self.field + 1) % n
        } else {
            (self.field + n - 1) % n
        };
    }

    /// Whether the cursor is on a rating (else on a name).
    pub fn on_rating(&self) -> bool {
        self.field % 2 == 1
    }

    /// Slot `i`'s name and rating as they will be saved. A rating typed after the name, in
    /// the name field ("Anders Berg 8"), is taken as the rating when the rating field is
    /// empty.
    pub fn entry(&self, i: usize) -> (Option<String>, Typed) {
        let name = self.names[i].value();
        let typed = read_rating(&self.ratings[i].text());
        if typed != Typed::Empty {
            return (name, typed);
        }
        let Some(name) = name else {
            return (None, Typed::Empty);
        };
        match name.rsplit_once(' ') {
            Some((person, last)) => match read_rating(last) {
                Typed::Valid(r) => (Some(person.trim().to_owned()), Typed::Valid(r)),
                _ => (Some(name), Typed::Empty),
            },
            None => (Some(name), Typed::Empty),
        }
    }

    /// Whether any rating typed is not a whole number from 1 to 10.
    pub fn has_invalid(&self) -> bool {
        (0..SLOTS.len()).any(|i| self.entry(i).1 == Typed::Invalid)
    }

    /// What the valid ratings typed so far say.
    pub fn classification(&self) -> SelfAwareness {
        let ratings: Vec<Rating> = (0..SLOTS.len())
            .filter_map(|i| match self.entry(i).1 {
                Typed::Valid(r) => Some(r),
                Typed::Empty | Typed::Invalid => None,
            })
            .collect();
        classify(&ratings)
    }

    /// The events that record what changed against `state`; `None` while a rating is not
    /// 1–10 (nothing is saved until it is fixed).
    pub fn events(&self, state: &SessionState) -> Option<Vec<EventKind>> {
        if self.has_invalid() {
            return None;
        }
        let events = SLOTS
            .iter()
            .enumerate()
            .filter_map(|(i, slot)| {
                let (name, typed) = self.entry(i);
                let rating = match typed {
                    Typed::Valid(r) => Some(r),
                    Typed::Empty | Typed::Invalid => None,
                };
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
            .collect();
        Some(events)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rating(n: u8) -> Typed {
        Typed::Valid(Rating::try_from(n).unwrap())
    }

    #[test]
    fn ratings_are_whole_numbers_from_one_to_ten() {
        assert_eq!(read_rating(" 8 "), rating(8));
        assert_eq!(read_rating("10"), rating(10));
        for bad in ["0", "11", "7.5", "7,5", "75", "-3", "eight", "8/10"] {
            assert_eq!(read_rating(bad), Typed::Invalid, "{bad}");
        }
        assert_eq!(read_rating(""), Typed::Empty);
    }

    #[test]
    fn a_rating_typed_after_the_name_is_the_rating() {
        let mut form = RatingsForm::default();
        form.names[0] = TextInput::new("Anders Berg 8");
        assert_eq!(form.entry(0), (Some("Anders Berg".into()), rating(8)));
        form.names[1] = TextInput::new("Anders Berg 8");
        form.ratings[1] = TextInput::new("9");
        assert_eq!(
            form.entry(1),
            (Some("Anders Berg 8".into()), rating(9)),
            "the rating field wins"
        );
        form.names[2] = TextInput::new("Kari 2nd");
        assert_eq!(form.entry(2), (Some("Kari 2nd".into()), Typed::Empty));
    }

    #[test]
    fn an_invalid_rating_saves_nothing() {
        let state = crate::model::fold(&[crate::model::arbitrary::created()]).unwrap();
        let mut form = RatingsForm::default();
        form.ratings[0] = TextInput::new("8");
        form.ratings[1] = TextInput::new("11");
        assert!(form.has_invalid());
        assert_eq!(form.events(&state), None);
        form.ratings[1] = TextInput::new("9");
        assert_eq!(form.events(&state).map(|e| e.len()), Some(2));
    }
}
