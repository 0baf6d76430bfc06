//! What keys do while a popup is open, and what a finished popup records.

use crossterm::event::KeyEvent;

use super::{App, Popup};
use crate::export::{self, Format};
use crate::model::{EventKind, RoleDetails, Timestamp};
use crate::store::{create_private_dir, write_private};
use crate::tui::agenda;
use crate::tui::form::FormKey;
use crate::tui::keymap::Action;
use crate::tui::keymap::LIVE;
use crate::tui::ratings::Outcome;

impl App {
    pub(super) fn popup_key(&mut self, popup: Popup, key: KeyEvent, now: Timestamp) {
        use crossterm::event::{KeyCode, KeyModifiers};
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        // Ctrl-C quits at once, saving, whatever is open.
        if ctrl && key.code == KeyCode::Char('c') {
            return self.act(Action::QuitNow, now);
        }
        let ctrl_d = ctrl && key.code == KeyCode::Char('d');
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
            if key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
            {
                return; // Ctrl-E is not e (evidence)
            }
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
            (Popup::EndCheck, KeyCode::Char('y' | 'Y')) => self.end(now),
            (Popup::EndCheck | Popup::Summary { .. }, KeyCode::F(10)) => {
                self.act(Action::Scoring, now)
            }
            (Popup::Summary { .. }, KeyCode::Char('e')) => self.act(Action::End, now),
            (Popup::Summary { .. }, KeyCode::Char(c)) if export_format(c).is_some() => {
                if let Some(to) = export_format(c) {
                    self.export_to_file(to, now);
                }
            }
            (Popup::Summary { scroll }, code) if scroll_step(code).is_some() => {
                let step = scroll_step(code).unwrap_or(0);
                let scroll = scroll
                    .saturating_add_signed(step)
                    .min(self.summary_end.get());
                self.popup = Some(Popup::Summary { scroll });
            }
            (Popup::ConfirmQuit, _)
            | (Popup::EndCheck, KeyCode::Esc | KeyCode::Char('n' | 'N'))
            | (Popup::Summary { .. }, KeyCode::Esc | KeyCode::F(12) | KeyCode::Char('q'))
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
                    let state = self.session.state();
                    let role = state.roles.last().map(|r| r.id);
                    let shown = self.stops.get(self.at).cloned();
                    self.stops = agenda::stops(state);
                    // In the deep-dive, the new role is where the talk goes next. Roles taken
                    // from the CV before it (in the opening, say) wait on the agenda: going
                    // there would move the section clock and mark a question asked.
                    let in_deep_dive = shown
                        .as_ref()
                        .is_some_and(|s| agenda::is_deep_dive(&state.plan, s.section));
                    let first = self
                        .stops
                        .iter()
                        .position(|s| s.role.is_some() && s.role == role);
                    match (in_deep_dive, first) {
                        (true, Some(first)) => self.go_to(first, now),
                        _ => {
                            if let Some(at) =
                                shown.and_then(|s| self.stops.iter().position(|t| *t == s))
                            {
                                self.at = at;
                            }
                        }
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
            | Popup::EndCheck
            | Popup::Summary { .. }
            | Popup::Ratings
            | Popup::Search
            | Popup::Scoring => {}
        }
    }
}

/// The export a key on the summary writes.
fn export_format(c: char) -> Option<Format> {
    match c {
        'm' => Some(Format::Md),
        'h' => Some(Format::Html),
        'c' => Some(Format::Csv),
        'j' => Some(Format::Json),
        _ => None,
    }
}

/// How many rows a key scrolls the summary by.
fn scroll_step(code: crossterm::event::KeyCode) -> Option<i16> {
    use crossterm::event::KeyCode;
    match code {
        KeyCode::Up => Some(-1),
        KeyCode::Down => Some(1),
        KeyCode::PageUp => Some(-10),
        KeyCode::PageDown => Some(10),
        KeyCode::Home => Some(i16::MIN),
        KeyCode::End => Some(i16::MAX),
        _ => None,
    }
}

impl App {
    /// Ends the interview (once it is on disk) and shows the summary.
    fn end(&mut self, now: Timestamp) {
        if self.record(now, vec![EventKind::SessionEnded]) {
            self.popup = Some(Popup::Summary { scroll: 0 });
        }
    }

    /// Writes the session as `to` into its exports folder and says where (or why not).
    fn export_to_file(&mut self, to: Format, now: Timestamp) {
        let state = self.session.state();
        let dir = &self.session.files().exports;
        let path = dir.join(export::file_name(state, to));
        let written = export::render(to, self.session.events(), state, now, self.ui.lang(), false)
            .map_err(|e| e.to_string())
            .and_then(|rendered| {
                create_private_dir(dir).map_err(|e| e.to_string())?;
                write_private(&path, rendered.text.as_bytes()).map_err(|e| e.to_string())
            });
        self.notice = Some(match written {
            Ok(()) => self.ui.t_with(
                "summary-exported",
                &[("path", path.display().to_string().into())],
            ),
            Err(reason) => self
                .ui
                .t_with("summary-export-failed", &[("reason", reason.into())]),
        });
    }
}
