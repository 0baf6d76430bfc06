//! What each action does: a pure function of the screen's state, the session's state and the
//! time, which changes only the screen's state and returns what else is to happen — events to
//! record, the draft to save, exports to write — for the event loop to carry out.

use ratatui::layout::Rect;

use super::mode::{Confirm, Form, Mode, Purpose};
use super::ui::{SaveState, Ui, role};
use crate::model::{Draft, EventKind, NoteKind, QuestionId, SessionState, Timestamp};
use crate::tui::agenda;
use crate::tui::debrief::{Debriefing, Step as DebriefStep};
use crate::tui::keymap::{Command, Typing};
use crate::tui::ratings::RatingsForm;
use crate::tui::scoring::{Scoring, Step};
use crate::tui::search::Search;
use crate::tui::text_input::{self, Edit, TextInput};

/// Something for the live screen to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A key's command.
    Command(Command),
    /// A key's edit of the text being typed.
    Edit(Edit),
    /// Pasted text.
    Paste(String),
    /// Time passed (the loop woke up): the draft may be due.
    Tick,
    /// The terminal is now this size.
    Resize(Rect),
    /// Events were recorded (fsynced); then this, if anything.
    Recorded(Option<Then>),
    /// Events could not be recorded: why.
    RecordFailed(String),
    /// The draft is on disk.
    DraftSaved,
    /// The draft could not be written: why.
    DraftFailed(String),
    /// The exports were written (to this folder), or why not.
    Exported(Result<String, String>),
}

/// What happens next once recorded events are on disk.
#[derive(Debug, Clone, PartialEq)]
pub enum Then {
    /// The note typed was saved: the note line empties.
    NoteSaved,
    /// The mode in use closes.
    Close,
    /// A role was added; in the deep-dive, the talk goes to it.
    RoleAdded {
        /// Whether to go to its first question.
        go_there: bool,
    },
    /// A question was brought in from a bank: go to it.
    BroughtIn(QuestionId),
    /// A note was deleted: the confirmation and the form close.
    Deleted,
    /// The interview ended: the summary shows.
    Ended,
    /// The interview was reopened.
    Reopened,
}

/// What the event loop is to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Append these events, fsynced, as the panelist; then report [`Action::Recorded`] with
    /// `then`, or [`Action::RecordFailed`].
    Record {
        /// The events.
        events: Vec<EventKind>,
        /// What follows once they are saved.
        then: Option<Then>,
    },
    /// Write the draft (`None`: remove it); then report [`Action::DraftSaved`] or
    /// [`Action::DraftFailed`].
    SaveDraft(Option<Draft>),
    /// Write the exports; then report [`Action::Exported`].
    Export,
    /// Leave.
    Quit,
}

fn record(events: Vec<EventKind>, then: Option<Then>) -> Vec<Effect> {
    if events.is_empty() {
        return Vec::new();
    }
    vec![Effect::Record { events, then }]
}

/// Carries out `action` at `now` on the screen's state `ui`, given the session's `state`.
pub fn update(ui: &mut Ui, state: &SessionState, action: Action, now: Timestamp) -> Vec<Effect> {
    // Typing into the note line changes nothing else on screen: caches of the rest hold.
    let typing_a_note = matches!(action, Action::Edit(_) | Action::Paste(_))
        && ui.keymap().typing == Typing::Note
        && ui.selected_note.is_none();
    let quiet = typing_a_note || matches!(action, Action::Tick);
    let effects = match action {
        Action::Command(command) => self::command(ui, state, command, now),
        Action::Edit(edit) => {
            type_in(
                ui,
                state,
                now,
                |input| input.edit(edit),
                |area| text_input::apply(area, edit),
            );
            Vec::new()
        }
        Action::Paste(text) => {
            type_in(
                ui,
                state,
                now,
                |input| input.paste(&text),
                |area| {
                    area.insert_str(text_input::clean_paste(&text));
                },
            );
            Vec::new()
        }
        Action::Tick if ui.schedule.is_due(now) => vec![Effect::SaveDraft(ui.editor.draft(now))],
        Action::Tick => Vec::new(),
        Action::Resize(area) => {
            ui.area = area;
            Vec::new()
        }
        Action::Recorded(then) => {
            ui.save = SaveState::Saved;
            ui.sync(state);
            then.map_or_else(Vec::new, |then| after(ui, state, then, now))
        }
        Action::RecordFailed(reason) => {
            failed(ui, reason, now);
            Vec::new()
        }
        Action::DraftSaved => {
            ui.schedule.saved();
            ui.save = SaveState::Saved;
            Vec::new()
        }
        Action::DraftFailed(reason) => {
            ui.schedule.failed(now);
            failed(ui, reason, now);
            Vec::new()
        }
        Action::Exported(result) => {
            ui.notice = Some(match result {
                Ok(path) => ui
                    .catalog
                    .t_with("summary-exported", &[("path", path.into())]),
                Err(reason) => ui
                    .catalog
                    .t_with("summary-export-failed", &[("reason", reason.into())]),
            });
            Vec::new()
        }
    };
    if !quiet {
        ui.revision += 1;
    }
    effects
}

/// A write failed: the screen says so, and since when nothing has been saved.
fn failed(ui: &mut Ui, reason: String, now: Timestamp) {
    let since = match &ui.save {
        SaveState::Failed { since, .. } => *since,
        SaveState::Saved => now,
    };
    ui.save = SaveState::Failed { reason, since };
}

/// Types into what the mode in use types into: the note line, or the mode's field.
fn type_in(
    ui: &mut Ui,
    state: &SessionState,
    now: Timestamp,
    field: impl FnOnce(&mut TextInput),
    note: impl FnOnce(&mut ratatui_textarea::TextArea<'static>),
) {
    match ui.keymap().typing {
        Typing::Note => type_into_note(ui, state, now, note),
        Typing::Field => match ui.mode_mut() {
            Some(Mode::Form(form)) => {
                form.problem = None;
                if let Some(input) = form.focused() {
                    field(input);
                }
            }
            Some(Mode::Ratings(form)) => {
                form.refused = false;
                field(form.focused());
            }
            Some(Mode::Search(search)) => {
                field(&mut search.query);
                search.refresh();
            }
            Some(Mode::Scoring(Scoring {
                step: Step::Rationale(input),
                ..
            })) => field(input),
            Some(Mode::Debrief(Debriefing {
                step: DebriefStep::Decision { rationale, .. },
                ..
            })) => field(rationale),
            _ => {}
        },
        Typing::Nothing => {}
    }
}

/// Types into the note: its first keystroke stamps its time and the stop it belongs to.
fn type_into_note(
    ui: &mut Ui,
    state: &SessionState,
    now: Timestamp,
    edit: impl FnOnce(&mut ratatui_textarea::TextArea<'static>),
) {
    edit(&mut ui.editor.area);
    ui.editor.recheck();
    if ui.editor.is_empty() {
        ui.editor.started = None;
        ui.editor.anchor = None;
    } else if ui.editor.started.is_none() {
        ui.editor.started = Some((now, state.clock.elapsed_at(now)));
        ui.editor.anchor = Some(ui.anchor(state));
    }
    ui.schedule.changed(now);
    ui.selected_note = None;
}

fn command(ui: &mut Ui, state: &SessionState, command: Command, now: Timestamp) -> Vec<Effect> {
    // The note line's keys and the ones every mode has.
    let editing_a_note =
        matches!(ui.mode(), Some(Mode::Form(f)) if matches!(f.purpose, Purpose::EditNote(_)));
    match command {
        Command::QuitNow => return vec![Effect::SaveDraft(ui.editor.draft(now)), Effect::Quit],
        Command::Help => {
            ui.open(Mode::Help { scroll: 0 });
            return Vec::new();
        }
        Command::Commit => return commit(ui, state, now),
        Command::Newline => {
            // Into what typing goes into: the note line, or a field of several lines.
            type_in(ui, state, now, TextInput::newline, |area| {
                area.insert_newline()
            });
            return Vec::new();
        }
        Command::NextKind if editing_a_note => {
            if let Some(Mode::Form(form)) = ui.mode_mut() {
                form.kind = next_kind(form.kind);
            }
            return Vec::new();
        }
        Command::NextKind => {
            ui.editor.kind = next_kind(ui.editor.kind);
            ui.schedule.changed(now);
            return Vec::new();
        }
        Command::Kind(kind) => {
            ui.editor.kind = kind;
            ui.schedule.changed(now);
            return Vec::new();
        }
        _ => {}
    }
    match ui.mode() {
        None => super::live::command(ui, state, command, now),
        Some(Mode::Help { .. }) => help(ui, command),
        Some(Mode::Confirm(confirm)) => {
            let confirm = *confirm;
            self::confirm(ui, state, confirm, command, now)
        }
        Some(Mode::Downtime { from, to }) => {
            let (from, to) = (*from, *to);
            let call_went_on = match command {
                Command::Confirm => true,
                Command::LeaveOutGap => false,
                _ => return Vec::new(),
            };
            let answer = EventKind::DowntimeRecorded {
                from,
                to,
                call_went_on,
            };
            record(vec![answer], Some(Then::Close))
        }
        Some(Mode::EndCheck) => match command {
            Command::Confirm => record(vec![EventKind::SessionEnded], Some(Then::Ended)),
            Command::Scoring => {
                ui.open(Mode::Scoring(Scoring::default()));
                Vec::new()
            }
            Command::Back => close(ui),
            _ => Vec::new(),
        },
        Some(Mode::Summary { .. }) => summary(ui, state, command, now),
        Some(Mode::Debrief(_)) => super::debrief::command(ui, state, command),
        Some(Mode::Scoring(_)) => super::scoring::command(ui, state, command),
        Some(Mode::Form(_)) => super::forms::form(ui, state, command, now),
        Some(Mode::Ratings(_)) => super::forms::ratings(ui, state, command),
        Some(Mode::Search(_)) => super::forms::search(ui, state, command, now),
    }
}

/// The kind after `kind`, in the order Ctrl-T cycles.
fn next_kind(kind: NoteKind) -> NoteKind {
    let i = NoteKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
    NoteKind::ALL[(i + 1) % NoteKind::ALL.len()]
}

/// Closes the mode in use.
pub(super) fn close(ui: &mut Ui) -> Vec<Effect> {
    ui.close();
    Vec::new()
}

/// Saves the note typed, anchored where its first keystroke was typed.
fn commit(ui: &mut Ui, state: &SessionState, now: Timestamp) -> Vec<Effect> {
    let text = ui.editor.text();
    let text = text.trim();
    if text.is_empty() {
        return Vec::new();
    }
    let (started_at, started_ms) = ui
        .editor
        .started
        .unwrap_or_else(|| (now, state.clock.elapsed_at(now)));
    let note = EventKind::NoteAdded {
        note_kind: ui.editor.kind,
        text: text.to_owned(),
        anchor: ui.editor.anchor.clone().unwrap_or_else(|| ui.anchor(state)),
        started_at,
        started_ms,
    };
    record(vec![note], Some(Then::NoteSaved))
}

fn help(ui: &mut Ui, command: Command) -> Vec<Effect> {
    let keys = ui.keymap_beneath_help().bindings().count();
    if let Some(Mode::Help { scroll }) = ui.mode_mut() {
        *scroll = match command {
            Command::Up => scroll.saturating_sub(1),
            Command::Down => (*scroll + 1).min(keys.saturating_sub(1)),
            Command::PageUp => scroll.saturating_sub(10),
            Command::PageDown => (*scroll + 10).min(keys.saturating_sub(1)),
            Command::Back => return close(ui),
            _ => *scroll,
        };
    }
    Vec::new()
}

fn confirm(
    ui: &mut Ui,
    state: &SessionState,
    confirm: Confirm,
    command: Command,
    now: Timestamp,
) -> Vec<Effect> {
    match (confirm, command) {
        (_, Command::Back) => close(ui),
        (Confirm::Quit, Command::Confirm) => {
            vec![Effect::SaveDraft(ui.editor.draft(now)), Effect::Quit]
        }
        (Confirm::Submit, Command::Confirm) => {
            record(vec![EventKind::PanelistSubmitted], Some(Then::Close))
        }
        (Confirm::Delete(note), Command::Confirm) => {
            record(vec![EventKind::NoteDeleted { note }], Some(Then::Deleted))
        }
        (Confirm::Reopen, Command::Confirm | Command::LeaveOutGap) if state.ended_at.is_some() => {
            let gap_counts = command == Command::Confirm;
            record(
                vec![EventKind::SessionReopened { gap_counts }],
                Some(Then::Reopened),
            )
        }
        _ => Vec::new(),
    }
}

fn summary(ui: &mut Ui, state: &SessionState, command: Command, now: Timestamp) -> Vec<Effect> {
    let step: i32 = match command {
        Command::Up => -1,
        Command::Down => 1,
        Command::PageUp => -10,
        Command::PageDown => 10,
        Command::Top => i32::MIN / 2,
        Command::Bottom => i32::MAX / 2,
        Command::Export => return vec![Effect::Export],
        Command::Debrief => {
            ui.open(Mode::Debrief(Debriefing::default()));
            return Vec::new();
        }
        Command::Scoring => {
            ui.open(Mode::Scoring(Scoring::default()));
            return Vec::new();
        }
        Command::End => return super::live::end(ui, state),
        Command::Back => return close(ui),
        _ => return Vec::new(),
    };
    let end = i32::from(crate::tui::view::summary_scroll_end(ui, state, now));
    if let Some(Mode::Summary { scroll }) = ui.mode_mut() {
        let to = (i32::from(*scroll) + step).clamp(0, end);
        *scroll = u16::try_from(to).unwrap_or(0);
    }
    Vec::new()
}

/// What follows once events are on disk.
fn after(ui: &mut Ui, state: &SessionState, then: Then, now: Timestamp) -> Vec<Effect> {
    match then {
        Then::NoteSaved => {
            ui.editor = super::ui::NoteEditor::new(super::ui::placeholder(&ui.catalog));
            ui.selected_note = None;
            vec![Effect::SaveDraft(None)]
        }
        Then::Close => close(ui),
        Then::Deleted => {
            ui.modes
                .retain(|m| !matches!(m, Mode::Confirm(_) | Mode::Form(_)));
            ui.selected_note = None;
            Vec::new()
        }
        Then::Ended => {
            ui.modes.clear();
            ui.notice = None;
            ui.open(Mode::Summary { scroll: 0 });
            Vec::new()
        }
        Then::Reopened => {
            ui.modes.clear();
            Vec::new()
        }
        Then::RoleAdded { go_there } => {
            close(ui);
            let newest = state.roles.last().map(|r| r.id);
            let first = ui
                .stops
                .iter()
                .position(|s| s.role.is_some() && s.role == newest);
            match first {
                Some(first) if go_there => super::live::go_to(ui, state, first, true, now),
                _ => Vec::new(),
            }
        }
        Then::BroughtIn(id) => {
            close(ui);
            let to = ui
                .stops
                .iter()
                .position(|s| s.question.as_ref() == Some(&id));
            to.map_or_else(Vec::new, |to| super::live::go_to(ui, state, to, true, now))
        }
    }
}

/// Opens the form that edits note `back` places from the newest (0 = the newest).
pub(super) fn edit_note(ui: &mut Ui, state: &SessionState) -> Vec<Effect> {
    let notes = state.visible_notes();
    let back = ui.selected_note.unwrap_or(0);
    if let Some(note) = notes.len().checked_sub(back + 1).map(|i| notes[i]) {
        let mut form = Form::new(Purpose::EditNote(note.id), &[note.text.as_str()]);
        form.kind = note.kind;
        ui.open(Mode::Form(form));
    }
    Vec::new()
}

/// Opens the 1–10 rule's form; in a reference call, the referee's own rating.
pub(super) fn ratings(ui: &mut Ui, state: &SessionState) -> Vec<Effect> {
    if state.header.reference.is_some() {
        let given = state.referee_rating.map(|r| r.get().to_string());
        let form = Form::new(Purpose::RefereeRating, &[given.as_deref().unwrap_or("")]);
        ui.open(Mode::Form(form));
    } else {
        ui.open(Mode::Ratings(Box::new(RatingsForm::from_state(state))));
    }
    Vec::new()
}

/// Opens the search over the plan's and the banks' questions.
pub(super) fn search(ui: &mut Ui, state: &SessionState) -> Vec<Effect> {
    let (lang, second) = super::ui::langs(state);
    let langs: Vec<_> = [Some(lang), second].into_iter().flatten().collect();
    let search = Search::new(&state.plan, &ui.bank, &langs);
    ui.open(Mode::Search(Box::new(search)));
    Vec::new()
}

/// Opens the reference form for the role shown, or the newest role.
pub(super) fn reference(ui: &mut Ui, state: &SessionState) -> Vec<Effect> {
    let shown = ui.stop().and_then(|s| s.role);
    let Some(id) = shown.or_else(|| state.roles.last().map(|r| r.id)) else {
        return Vec::new();
    };
    let reason = role(state, id).and_then(|r| r.details.call_reference.clone());
    let form = Form::new(Purpose::Reference(id), &[reason.as_deref().unwrap_or("")]);
    ui.open(Mode::Form(form));
    Vec::new()
}

/// Whether the stop shown is in the deep-dive.
pub(super) fn in_deep_dive(ui: &Ui, state: &SessionState) -> bool {
    ui.stop()
        .is_some_and(|s| agenda::is_deep_dive(&state.plan, s.section))
}
