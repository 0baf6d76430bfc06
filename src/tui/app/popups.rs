//! What keys do while a popup is open, and what a finished popup records.

use crossterm::event::KeyEvent;

use super::{App, Popup};
use crate::model::{EventKind, RoleDetails, Timestamp};
use crate::tui::agenda;
use crate::tui::form::FormKey;
use crate::tui::keymap::Action;
use crate::tui::keymap::LIVE;
use crate::tui::ratings::Outcome;

impl App {
    pub(super) fn popup_key(&mut self, popup: Popup, key: KeyEvent, now: Timestamp) {
        use crossterm::event::KeyCode;
        let ctrl_d = key.code == crossterm::event::KeyCode::Char('d')
            && key
                .modifiers
                .contains(crossterm::event::KeyModifiers::CONTROL);
        if let (Popup::EditNote(note), true) = (&popup, ctrl_d) {
            let note = *note;
            if self.record(now, vec![EventKind::NoteDeleted { note }]) {
                self.popup = None;
                self.selected_note = None;
            }
            return;
        }
        if matches!(
            popup,
            Popup::AddRole | Popup::Reference(_) | Popup::Answer(..) | Popup::EditNote(_)
        ) {
            match self.form.key(key) {
                FormKey::Editing => {}
                FormKey::Cancel => self.popup = None,
                FormKey::Submit => self.submit_form(popup, now),
            }
            return;
        }
        if popup == Popup::Search {
            use crossterm::event::KeyCode;
            match key.code {
                KeyCode::Esc => self.popup = None,
                KeyCode::Up => self.search.select(false),
                KeyCode::Down | KeyCode::Tab => self.search.select(true),
                KeyCode::Backspace => {
                    self.search.query.pop();
                    self.search.refresh();
                }
                KeyCode::Char(c) => {
                    self.search.query.push(c);
                    self.search.refresh();
                }
                KeyCode::Enter => self.bring_in(now),
                _ => {}
            }
            return;
        }
        if popup == Popup::Scoring {
            use crate::tui::scoring::Outcome as Scored;
            match self.scoring.key(key, self.session.state(), &self.author) {
                Scored::Nothing => {}
                Scored::Close => self.popup = None,
                Scored::Record(events) => {
                    self.record(now, events);
                }
            }
            return;
        }
        if popup == Popup::Ratings {
            match self.ratings.key(key) {
                Outcome::Editing => {}
                Outcome::Cancel => self.popup = None,
                Outcome::Save => {
                    let events = self.ratings.events(self.session.state());
                    if events.is_empty() || self.record(now, events) {
                        self.popup = None;
                    }
                }
            }
            return;
        }
        match (popup, key.code) {
            (Popup::Downtime { from, to }, KeyCode::Char(c @ ('y' | 'Y' | 'n' | 'N'))) => {
                let call_went_on = c.eq_ignore_ascii_case(&'y');
                if self.record(
                    now,
                    vec![EventKind::DowntimeRecorded {
                        from,
                        to,
                        call_went_on,
                    }],
                ) {
                    self.popup = None;
                }
            }
            (Popup::ConfirmQuit, KeyCode::Char('y' | 'Y')) => self.act(Action::QuitNow, now),
            (_, KeyCode::Char('c'))
                if key
                    .modifiers
                    .contains(crossterm::event::KeyModifiers::CONTROL) =>
            {
                self.act(Action::QuitNow, now)
            }
            (Popup::ConfirmQuit, _)
            | (Popup::Help { .. }, KeyCode::Esc | KeyCode::F(1) | KeyCode::Char('q' | '?')) => {
                self.popup = None
            }
            (Popup::Help { scroll }, KeyCode::Up | KeyCode::PageUp) => {
                let step = if key.code == KeyCode::Up { 1 } else { 10 };
                let scroll = scroll.saturating_sub(step);
                self.popup = Some(Popup::Help { scroll });
            }
            (Popup::Help { scroll }, KeyCode::Down | KeyCode::PageDown) => {
                let step = if key.code == KeyCode::Down { 1 } else { 10 };
                let scroll = (scroll + step).min(LIVE.len().saturating_sub(1));
                self.popup = Some(Popup::Help { scroll });
            }
            _ => {}
        }
    }

    /// Goes to the question chosen in the search; a bank question joins the section shown.
    fn bring_in(&mut self, now: Timestamp) {
        let Some(chosen) = self.search.chosen().cloned() else {
            return;
        };
        if !chosen.planned {
            let state = self.session.state();
            let Some(stop) = self.stops.get(self.at) else {
                return;
            };
            let section = state.plan.format.sections[stop.section].id.clone();
            let question = Box::new(chosen.question.clone());
            if !self.record(now, vec![EventKind::QuestionAdded { section, question }]) {
                return;
            }
            self.stops = agenda::stops(self.session.state());
        }
        self.popup = None;
        let id = chosen.question.id;
        if let Some(to) = self
            .stops
            .iter()
            .position(|s| s.question.as_ref() == Some(&id))
        {
            self.go_to(to, now);
        }
    }

    /// Records what the role or reference form holds.
    fn submit_form(&mut self, popup: Popup, now: Timestamp) {
        match popup {
            Popup::AddRole => {
                let (Some(employer), title) = (self.form.value(0), self.form.value(1)) else {
                    return; // an employer is the least a role needs
                };
                let details = RoleDetails {
                    employer,
                    title: title.unwrap_or_default(),
                    from: self.form.value(2),
                    to: self.form.value(3),
                    manager: self.form.value(4),
                    call_reference: None,
                };
                if self.record(now, vec![EventKind::RoleAdded { details }]) {
                    self.popup = None;
                    let role = self.session.state().roles.last().map(|r| r.id);
                    self.stops = agenda::stops(self.session.state());
                    if let Some(first) = self
                        .stops
                        .iter()
                        .position(|s| s.role.is_some() && s.role == role)
                    {
                        self.go_to(first, now);
                    }
                }
            }
            Popup::Reference(role) => {
                let Some(mut details) = self.role(role).map(|r| r.details.clone()) else {
                    return;
                };
                details.call_reference = self.form.value(0);
                if self.record(now, vec![EventKind::RoleEdited { role, details }]) {
                    self.popup = None;
                }
            }
            Popup::Answer(question, role) => {
                let Some(summary) = self.form.value(0) else {
                    return;
                };
                if self.record(
                    now,
                    vec![EventKind::QuestionAnswered {
                        question,
                        role,
                        summary,
                    }],
                ) {
                    self.popup = None;
                }
            }
            Popup::EditNote(note) => {
                let Some(text) = self.form.value(0) else {
                    return;
                };
                let Some(kind) = self.session.state().note(&note).map(|n| n.kind) else {
                    return;
                };
                if self.record(
                    now,
                    vec![EventKind::NoteEdited {
                        note,
                        note_kind: kind,
                        text,
                    }],
                ) {
                    self.popup = None;
                }
            }
            Popup::Help { .. }
            | Popup::ConfirmQuit
            | Popup::Downtime { .. }
            | Popup::Ratings
            | Popup::Search
            | Popup::Scoring => {}
        }
    }
}
