//! A small form of text fields, for popups that ask for a few words (a role, a reason).

use crossterm::event::{KeyCode, KeyEvent};

/// What a key did to the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKey {
    /// Keep editing.
    Editing,
    /// Enter: use what was typed.
    Submit,
    /// Esc: drop it.
    Cancel,
}

/// Text fields, one with the cursor.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextForm {
    /// The fields' text.
    pub fields: Vec<String>,
    /// The field with the cursor.
    pub at: usize,
}

impl TextForm {
    /// A form of `n` empty fields.
    pub fn new(n: usize) -> Self {
        TextForm {
            fields: vec![String::new(); n],
            at: 0,
        }
    }

    /// A form holding `values`.
    pub fn with(values: Vec<String>) -> Self {
        TextForm {
            fields: values,
            at: 0,
        }
    }

    /// Handles a key.
    pub fn key(&mut self, key: KeyEvent) -> FormKey {
        let n = self.fields.len().max(1);
        match key.code {
            KeyCode::Esc => return FormKey::Cancel,
            KeyCode::Enter => return FormKey::Submit,
            KeyCode::Tab | KeyCode::Down => self.at = (self.at + 1) % n,
            KeyCode::BackTab | KeyCode::Up => self.at = (self.at + n - 1) % n,
            KeyCode::Backspace => {
                if let Some(f) = self.fields.get_mut(self.at) {
                    f.pop();
                }
            }
            KeyCode::Char(c) => {
                if let Some(f) = self.fields.get_mut(self.at) {
                    f.push(c);
                }
            }
            _ => {}
        }
        FormKey::Editing
    }

    /// Field `i`, trimmed; `None` when empty.
    pub fn value(&self, i: usize) -> Option<String> {
        self.fields
            .get(i)
            .map(|f| f.trim().to_owned())
            .filter(|f| !f.is_empty())
    }
}
