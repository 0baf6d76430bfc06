//! The tables: which keys each mode has, in the order its help lists them.

use crossterm::event::{KeyCode, KeyModifiers};

use super::{Binding, Command, Key, Keymap, Typing};
use crate::model::NoteKind;

use KeyCode::{BackTab, Down, End, Enter, Esc, F, Home, Left, PageDown, PageUp, Right, Tab, Up};

const fn bind(
    keys: &'static [Key],
    command: Command,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        keys,
        command,
        help,
        hint,
    }
}

const fn plain(code: KeyCode) -> Key {
    Key::plain(code)
}

const fn ctrl(c: char) -> Key {
    Key::ctrl(c)
}

const fn alt(code: KeyCode) -> Key {
    Key::alt(code)
}

/// Keys of every mode while a session is open.
pub(super) const ALWAYS: &[Binding] =
    &[bind(&[ctrl('c')], Command::QuitNow, "help-quit-now", None)];

/// The help key, in every mode but the help itself.
pub(super) const HELP_KEY: &[Binding] = &[bind(
    &[plain(F(1))],
    Command::Help,
    "help-help",
    Some("hint-help"),
)];

/// The note line's keys, in every mode where typing goes into the note.
#[rustfmt::skip]
pub(super) const NOTE: &[Binding] = &[
    bind(&[plain(Enter)], Command::Commit, "help-commit", Some("hint-commit")),
    bind(&[alt(Enter), ctrl('j')], Command::Newline, "help-newline", None),
    bind(&[ctrl('t')], Command::NextKind, "help-next-kind", None),
    bind(&[alt(KeyCode::Char('1'))], Command::Kind(NoteKind::Note), "help-kind", None),
    bind(&[alt(KeyCode::Char('2'))], Command::Kind(NoteKind::Quote), "help-kind", None),
    bind(&[alt(KeyCode::Char('3'))], Command::Kind(NoteKind::RedFlag), "help-kind", None),
    bind(&[alt(KeyCode::Char('4'))], Command::Kind(NoteKind::GreenFlag), "help-kind", None),
    bind(&[alt(KeyCode::Char('5'))], Command::Kind(NoteKind::FollowUp), "help-kind", None),
    bind(&[alt(KeyCode::Char('6'))], Command::Kind(NoteKind::CheckWithReference), "help-kind", None),
    bind(&[alt(KeyCode::Char('7'))], Command::Kind(NoteKind::Feedback), "help-kind", None),
];

/// The live screen: the interview itself.
#[rustfmt::skip]
pub(super) const LIVE: &[Binding] = &[
    bind(&[ctrl('n'), plain(PageDown)], Command::NextQuestion, "help-next-question", Some("hint-next-question")),
    bind(&[ctrl('p'), plain(PageUp)], Command::PreviousQuestion, "help-previous-question", None),
    bind(&[plain(F(3))], Command::SkipQuestion, "help-skip-question", None),
    bind(&[plain(F(5))], Command::NextSection, "help-next-section", None),
    bind(&[ctrl('f')], Command::Search, "help-search", None),
    bind(&[plain(F(2))], Command::TogglePause, "help-pause", Some("hint-pause")),
    bind(&[plain(F(4))], Command::Answer, "help-answer", None),
    bind(&[plain(F(6))], Command::Ratings, "help-ratings", None),
    bind(&[plain(F(7))], Command::AddRole, "help-add-role", None),
    bind(&[plain(F(8))], Command::MarkReference, "help-reference", None),
    bind(&[plain(F(10))], Command::Scoring, "help-scoring", Some("hint-scoring")),
    bind(&[plain(F(12))], Command::Summary, "help-summary", Some("hint-summary")),
    bind(&[ctrl('e')], Command::End, "help-end", Some("hint-end")),
    bind(&[alt(Up)], Command::SelectOlderNote, "help-scroll-notes", None),
    bind(&[alt(Down)], Command::SelectNewerNote, "help-scroll-notes-down", None),
    bind(&[plain(F(9))], Command::EditNote, "help-edit-note", None),
    bind(&[Key { code: Down, modifiers: KeyModifiers::CONTROL }], Command::QuestionDown, "help-question-down", None),
    bind(&[Key { code: Up, modifiers: KeyModifiers::CONTROL }], Command::QuestionUp, "help-question-up", None),
    bind(&[ctrl('z')], Command::RestoreNote, "help-restore-note", None),
    bind(&[plain(Esc)], Command::ClearSelection, "help-clear-selection", None),
    bind(&[ctrl('q')], Command::Quit, "help-quit", Some("hint-quit")),
];

/// The help overlay.
#[rustfmt::skip]
pub(super) const HELP: &[Binding] = &[
    bind(&[plain(Up)], Command::Up, "help-scroll-up", None),
    bind(&[plain(Down)], Command::Down, "help-scroll-down", Some("hint-scroll")),
    bind(&[plain(PageUp)], Command::PageUp, "help-page-up", None),
    bind(&[plain(PageDown)], Command::PageDown, "help-page-down", None),
    bind(&[plain(Esc), plain(F(1))], Command::Back, "help-close", Some("hint-close")),
];

/// "Quit?"
#[rustfmt::skip]
pub(super) const CONFIRM_QUIT: &[Binding] = &[
    bind(&[ctrl('q')], Command::Confirm, "help-confirm-quit", Some("hint-confirm-quit")),
    bind(&[plain(Esc)], Command::Back, "help-stay", Some("hint-stay")),
];

/// "Submit your scores?"
#[rustfmt::skip]
pub(super) const CONFIRM_SUBMIT: &[Binding] = &[
    bind(&[ctrl('s')], Command::Confirm, "help-confirm-submit", Some("hint-confirm-submit")),
    bind(&[plain(Esc)], Command::Back, "help-stay", Some("hint-stay")),
];

/// "Delete this note?"
#[rustfmt::skip]
pub(super) const CONFIRM_DELETE: &[Binding] = &[
    bind(&[ctrl('d')], Command::Confirm, "help-confirm-delete", Some("hint-confirm-delete")),
    bind(&[plain(Esc)], Command::Back, "help-stay", Some("hint-stay")),
];

/// "Reopen the interview?"
#[rustfmt::skip]
pub(super) const CONFIRM_REOPEN: &[Binding] = &[
    bind(&[ctrl('e')], Command::Confirm, "help-reopen-counted", Some("hint-reopen-counted")),
    bind(&[plain(F(2))], Command::LeaveOutGap, "help-reopen-left-out", Some("hint-reopen-left-out")),
    bind(&[plain(Esc)], Command::Back, "help-stay", Some("hint-stay")),
];

/// After a crash: did the call go on meanwhile?
#[rustfmt::skip]
pub(super) const DOWNTIME: &[Binding] = &[
    bind(&[plain(Esc)], Command::Confirm, "help-downtime-went-on", Some("hint-downtime-went-on")),
    bind(&[plain(F(2))], Command::LeaveOutGap, "help-downtime-stopped", Some("hint-downtime-stopped")),
];

/// The coverage check before ending.
#[rustfmt::skip]
pub(super) const END_CHECK: &[Binding] = &[
    bind(&[ctrl('e')], Command::Confirm, "help-confirm-end", Some("hint-confirm-end")),
    bind(&[plain(F(10))], Command::Scoring, "help-scoring", Some("hint-scoring")),
    bind(&[plain(Esc)], Command::Back, "help-keep-going", Some("hint-keep-going")),
];

/// The summary.
#[rustfmt::skip]
pub(super) const SUMMARY: &[Binding] = &[
    bind(&[plain(Up)], Command::Up, "help-scroll-up", None),
    bind(&[plain(Down)], Command::Down, "help-scroll-down", Some("hint-scroll")),
    bind(&[plain(PageUp)], Command::PageUp, "help-page-up", None),
    bind(&[plain(PageDown)], Command::PageDown, "help-page-down", None),
    bind(&[plain(Home)], Command::Top, "help-top", None),
    bind(&[plain(End)], Command::Bottom, "help-bottom", None),
    bind(&[ctrl('o')], Command::Export, "help-export", Some("hint-export")),
    bind(&[ctrl('g')], Command::Debrief, "help-debrief", Some("hint-debrief")),
    bind(&[plain(F(10))], Command::Scoring, "help-scoring", Some("hint-scoring")),
    bind(&[ctrl('e')], Command::End, "help-end-or-reopen", Some("hint-end")),
    bind(&[plain(Esc), plain(F(12))], Command::Back, "help-back-to-interview", Some("hint-back")),
];

/// The debrief: the panel's scores side by side.
#[rustfmt::skip]
pub(super) const DEBRIEF: &[Binding] = &[
    bind(&[plain(Up)], Command::Up, "help-criterion-up", None),
    bind(&[plain(Down)], Command::Down, "help-criterion-down", Some("hint-criterion")),
    bind(&[plain(Tab)], Command::Anchors, "help-anchors", Some("hint-anchors")),
    bind(&[plain(PageUp)], Command::PageUp, "help-panel-notes-up", None),
    bind(&[plain(PageDown)], Command::PageDown, "help-panel-notes-down", Some("hint-panel-notes")),
    bind(&[ctrl('w')], Command::Decide, "help-decide", Some("hint-decide")),
    bind(&[plain(F(10))], Command::Scoring, "help-scoring", None),
    bind(&[plain(F(12))], Command::Summary, "help-summary", None),
    bind(&[plain(Esc), ctrl('g')], Command::Back, "help-back-to-summary", Some("hint-back")),
];

/// The debrief: writing down the panel's decision.
#[rustfmt::skip]
pub(super) const DECISION: &[Binding] = &[
    bind(&[plain(Up)], Command::Up, "help-decision-up", None),
    bind(&[plain(Down)], Command::Down, "help-decision-down", Some("hint-decision")),
];

/// Scoring: the criteria.
#[rustfmt::skip]
pub(super) const SCORING: &[Binding] = &[
    bind(&[plain(Up)], Command::Up, "help-criterion-up", None),
    bind(&[plain(Down)], Command::Down, "help-criterion-down", Some("hint-criterion")),
    bind(&[plain(Left)], Command::Left, "help-level-down", None),
    bind(&[plain(Right)], Command::Right, "help-level-up", Some("hint-level")),
    bind(&[plain(Tab)], Command::Evidence, "help-evidence", Some("hint-evidence")),
    bind(&[ctrl('r')], Command::NextRecommendation, "help-recommendation", Some("hint-recommendation")),
    bind(&[ctrl('w')], Command::Rationale, "help-rationale", Some("hint-rationale")),
    bind(&[ctrl('s')], Command::Submit, "help-submit", Some("hint-submit")),
    bind(&[plain(F(12))], Command::Summary, "help-summary", None),
    bind(&[ctrl('e')], Command::End, "help-end", None),
    bind(&[plain(Esc), plain(F(10))], Command::Back, "help-back-to-interview", Some("hint-back")),
];

/// Scoring: picking the evidence.
#[rustfmt::skip]
pub(super) const EVIDENCE: &[Binding] = &[
    bind(&[plain(Up)], Command::Up, "help-note-up", None),
    bind(&[plain(Down)], Command::Down, "help-note-down", Some("hint-note")),
    bind(&[plain(Tab)], Command::TogglePick, "help-pick", Some("hint-pick")),
    bind(&[plain(Esc)], Command::Back, "help-evidence-done", Some("hint-done")),
];

/// A form field that takes typing: the rationale, a role, a search.
#[rustfmt::skip]
pub(super) const FIELD: &[Binding] = &[
    bind(&[plain(Enter)], Command::Save, "help-save-form", Some("hint-save")),
    bind(&[plain(Esc)], Command::Back, "help-cancel", Some("hint-cancel")),
];

/// Forms of several fields: a role, the 1–10 rule.
#[rustfmt::skip]
pub(super) const FIELDS: &[Binding] = &[
    bind(&[plain(Tab), plain(Down)], Command::NextField, "help-next-field", Some("hint-next-field")),
    bind(&[plain(BackTab), plain(Up)], Command::PreviousField, "help-previous-field", None),
];

/// Editing a saved note.
#[rustfmt::skip]
pub(super) const EDIT_NOTE: &[Binding] = &[
    bind(&[alt(Enter), ctrl('j')], Command::Newline, "help-newline", None),
    bind(&[ctrl('t')], Command::NextKind, "help-edit-kind", Some("hint-next-kind")),
    bind(&[ctrl('d')], Command::DeleteNote, "help-delete-note", Some("hint-delete")),
];

/// Finding a question.
#[rustfmt::skip]
pub(super) const SEARCH: &[Binding] = &[
    bind(&[plain(Up)], Command::Up, "help-match-up", None),
    bind(&[plain(Down), plain(Tab)], Command::Down, "help-match-down", Some("hint-choose")),
    bind(&[plain(Enter)], Command::Save, "help-go-there", Some("hint-go-there")),
    bind(&[plain(Esc)], Command::Back, "help-cancel", Some("hint-cancel")),
];

/// The home screen's list: no session is open, so letters are commands.
#[rustfmt::skip]
pub(super) const HOME_LIST: &[Binding] = &[
    bind(&[plain(Up), plain(KeyCode::Char('k'))], Command::Up, "help-row-up", None),
    bind(&[plain(Down), plain(KeyCode::Char('j'))], Command::Down, "help-row-down", Some("hint-choose")),
    bind(&[plain(Enter)], Command::Save, "help-continue", Some("hint-continue")),
    bind(&[plain(KeyCode::Char('n'))], Command::NewInterview, "help-new-interview", Some("hint-new-interview")),
    bind(&[plain(KeyCode::Char('d'))], Command::Demo, "help-demo", Some("hint-demo")),
    bind(&[plain(KeyCode::Char('c'))], Command::Compare, "help-compare", Some("hint-compare")),
    bind(&[plain(F(8))], Command::CallReference, "help-call-reference", Some("hint-call-reference")),
    bind(&[plain(KeyCode::Delete)], Command::Forget, "help-delete-session", Some("hint-delete")),
    bind(&[plain(KeyCode::Char('q')), plain(Esc), ctrl('c')], Command::QuitNow, "help-leave", Some("hint-quit")),
];

/// The home screen's view of a plan: its candidates side by side, and its calibration.
#[rustfmt::skip]
pub(super) const HOME_PLAN: &[Binding] = &[
    bind(&[plain(Left)], Command::Left, "help-sort-left", None),
    bind(&[plain(Right)], Command::Right, "help-sort-right", Some("hint-sort")),
    bind(&[plain(KeyCode::Char('r'))], Command::ReverseSort, "help-reverse-sort", Some("hint-reverse-sort")),
    bind(&[plain(Up), plain(KeyCode::Char('k'))], Command::Up, "help-candidate-up", None),
    bind(&[plain(Down), plain(KeyCode::Char('j'))], Command::Down, "help-candidate-down", None),
    bind(&[plain(Tab)], Command::NextField, "help-plan-tab", Some("hint-plan-tab")),
    bind(&[plain(KeyCode::Char('p'))], Command::NextPlan, "help-next-plan", Some("hint-next-plan")),
    bind(&[plain(Enter)], Command::Save, "help-open-candidate", Some("hint-open-candidate")),
    bind(&[plain(Esc), plain(KeyCode::Char('q'))], Command::Back, "help-back-to-list", Some("hint-back")),
    bind(&[ctrl('c')], Command::QuitNow, "help-leave", None),
];

/// The home screen's view of a plan, on its calibration.
#[rustfmt::skip]
pub(super) const HOME_CALIBRATION: &[Binding] = &[
    bind(&[plain(Up), plain(KeyCode::Char('k'))], Command::Up, "help-scroll-up", None),
    bind(&[plain(Down), plain(KeyCode::Char('j'))], Command::Down, "help-scroll-down", Some("hint-scroll")),
    bind(&[plain(Tab)], Command::NextField, "help-plan-tab", Some("hint-plan-tab-candidates")),
    bind(&[plain(KeyCode::Char('p'))], Command::NextPlan, "help-next-plan", Some("hint-next-plan")),
    bind(&[plain(Esc), plain(KeyCode::Char('q'))], Command::Back, "help-back-to-list", Some("hint-back")),
    bind(&[ctrl('c')], Command::QuitNow, "help-leave", None),
];

/// "Call a referee" on the home screen: typing records the candidate's consent.
#[rustfmt::skip]
pub(super) const HOME_CALLING: &[Binding] = &[
    bind(&[plain(Up)], Command::Up, "help-referee-up", None),
    bind(&[plain(Down)], Command::Down, "help-referee-down", Some("hint-choose")),
    bind(&[plain(Enter)], Command::Save, "help-start-call", Some("hint-start-call")),
    bind(&[plain(Esc)], Command::Back, "help-cancel", Some("hint-back")),
    bind(&[ctrl('c')], Command::QuitNow, "help-leave", None),
];

/// "Delete this interview?" on the home screen.
#[rustfmt::skip]
pub(super) const HOME_DELETE: &[Binding] = &[
    bind(&[plain(KeyCode::Delete)], Command::Confirm, "help-confirm-delete-session", Some("hint-confirm-delete-session")),
    bind(&[plain(Esc)], Command::Back, "help-stay", Some("hint-stay")),
    bind(&[ctrl('c')], Command::QuitNow, "help-leave", None),
];

/// The home screen's form for a new interview.
#[rustfmt::skip]
pub(super) const HOME_FORM: &[Binding] = &[
    bind(&[plain(Tab), plain(Down)], Command::NextField, "help-next-field", Some("hint-next-field")),
    bind(&[plain(BackTab), plain(Up)], Command::PreviousField, "help-previous-field", None),
    bind(&[plain(Left)], Command::Left, "help-choice-left", None),
    bind(&[plain(Right)], Command::Right, "help-choice-right", Some("hint-change")),
    bind(&[plain(Enter)], Command::Save, "help-start", Some("hint-start")),
    bind(&[plain(Esc)], Command::Back, "help-cancel", Some("hint-back")),
    bind(&[ctrl('c')], Command::QuitNow, "help-leave", None),
];

/// The live screen.
pub static LIVE_KEYS: Keymap = Keymap {
    parts: &[NOTE, LIVE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// The help overlay.
pub static HELP_KEYS: Keymap = Keymap {
    parts: &[HELP, NOTE, ALWAYS],
    typing: Typing::Note,
};
/// "Quit?"
pub static CONFIRM_QUIT_KEYS: Keymap = Keymap {
    parts: &[CONFIRM_QUIT, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// "Submit your scores?"
pub static CONFIRM_SUBMIT_KEYS: Keymap = Keymap {
    parts: &[CONFIRM_SUBMIT, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// "Delete this note?"
pub static CONFIRM_DELETE_KEYS: Keymap = Keymap {
    parts: &[CONFIRM_DELETE, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// "Reopen the interview?"
pub static CONFIRM_REOPEN_KEYS: Keymap = Keymap {
    parts: &[CONFIRM_REOPEN, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// The crash question.
pub static DOWNTIME_KEYS: Keymap = Keymap {
    parts: &[DOWNTIME, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// The coverage check before ending.
pub static END_CHECK_KEYS: Keymap = Keymap {
    parts: &[END_CHECK, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// The summary.
pub static SUMMARY_KEYS: Keymap = Keymap {
    parts: &[SUMMARY, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// The debrief.
pub static DEBRIEF_KEYS: Keymap = Keymap {
    parts: &[DEBRIEF, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// The debrief's decision.
pub static DECISION_KEYS: Keymap = Keymap {
    parts: &[FIELD, DECISION, HELP_KEY, ALWAYS],
    typing: Typing::Field,
};
/// Scoring.
pub static SCORING_KEYS: Keymap = Keymap {
    parts: &[SCORING, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// Picking evidence.
pub static EVIDENCE_KEYS: Keymap = Keymap {
    parts: &[EVIDENCE, NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Note,
};
/// One text field: the rationale, an answer summary, a reference's reason.
pub static FIELD_KEYS: Keymap = Keymap {
    parts: &[FIELD, HELP_KEY, ALWAYS],
    typing: Typing::Field,
};
/// Several text fields: a new role, the 1–10 rule.
pub static FIELDS_KEYS: Keymap = Keymap {
    parts: &[FIELD, FIELDS, HELP_KEY, ALWAYS],
    typing: Typing::Field,
};
/// Editing a saved note.
pub static EDIT_NOTE_KEYS: Keymap = Keymap {
    parts: &[FIELD, EDIT_NOTE, HELP_KEY, ALWAYS],
    typing: Typing::Field,
};
/// Finding a question.
pub static SEARCH_KEYS: Keymap = Keymap {
    parts: &[SEARCH, HELP_KEY, ALWAYS],
    typing: Typing::Field,
};
/// The home screen's list.
pub static HOME_LIST_KEYS: Keymap = Keymap {
    parts: &[HOME_LIST],
    typing: Typing::Nothing,
};
/// "Delete this interview?"
pub static HOME_DELETE_KEYS: Keymap = Keymap {
    parts: &[HOME_DELETE],
    typing: Typing::Nothing,
};
/// The home screen's form.
pub static HOME_FORM_KEYS: Keymap = Keymap {
    parts: &[HOME_FORM],
    typing: Typing::Field,
};
/// The home screen's view of a plan.
pub static HOME_PLAN_KEYS: Keymap = Keymap {
    parts: &[HOME_PLAN],
    typing: Typing::Nothing,
};
/// The home screen's view of a plan, on its calibration.
pub static HOME_CALIBRATION_KEYS: Keymap = Keymap {
    parts: &[HOME_CALIBRATION],
    typing: Typing::Nothing,
};
/// "Call a referee" on the home screen.
pub static HOME_CALLING_KEYS: Keymap = Keymap {
    parts: &[HOME_CALLING],
    typing: Typing::Field,
};

/// Every keymap of a session, for the tests of the key contract.
#[cfg(test)]
pub static SESSION_KEYMAPS: [&Keymap; 19] = [
    &LIVE_KEYS,
    &HELP_KEYS,
    &CONFIRM_QUIT_KEYS,
    &CONFIRM_SUBMIT_KEYS,
    &CONFIRM_DELETE_KEYS,
    &CONFIRM_REOPEN_KEYS,
    &DOWNTIME_KEYS,
    &END_CHECK_KEYS,
    &SUMMARY_KEYS,
    &DEBRIEF_KEYS,
    &DECISION_KEYS,
    &SCORING_KEYS,
    &EVIDENCE_KEYS,
    &FIELD_KEYS,
    &FIELDS_KEYS,
    &EDIT_NOTE_KEYS,
    &SEARCH_KEYS,
    &HOME_FORM_KEYS,
    &HOME_CALLING_KEYS,
];
