//! A crash and what comes back: the draft on a timer, the question of the gap, the stop shown
//! and the question a draft was typed at; and a disk that fails.

use super::*;

#[test]
fn the_draft_is_saved_on_a_timer_not_per_keystroke_and_comes_back() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    ctrl(&mut l.app, 't', 10);
    type_text(&mut l.app, "half a thou", 10);
    l.app.tick(at(10));
    assert_eq!(l.app.journal.draft, None, "not yet due");
    l.app.tick(at(11));
    let draft = l.app.journal.draft.clone().unwrap();
    assert_eq!(
        (draft.text.as_str(), draft.note_kind, draft.started_ms),
        ("half a thou", NoteKind::Quote, 10_000)
    );
    key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 12);
    assert_eq!(
        l.app.journal.draft, None,
        "a committed note leaves no draft"
    );
    assert!(matches!(
        l.app.journal.events.last().unwrap().kind,
        EventKind::NoteAdded { .. }
    ));
}

#[test]
fn after_a_crash_resume_asks_whether_the_call_went_on_and_the_clock_follows() {
    for (answer, elapsed_at_700) in [(KeyCode::Esc, 700_000), (KeyCode::F(2), 700_000 - 290_000)] {
        let mut l = live("screen-20", Lang::En, None, Lang::En);
        type_text(&mut l.app, "Stayed calm", 100);
        key(&mut l.app, KeyCode::Enter, KeyModifiers::NONE, 110);
        type_text(&mut l.app, "typed just before the crash", 120);
        l.app.tick(at(121));
        // The last sign of life is the draft saved at 121 s; rapport is back at 411 s.
        let mut l = reopen(l, 411);
        assert_eq!(
            l.app.ui.editor.text(),
            "typed just before the crash",
            "the draft is back"
        );
        let downtime = Mode::Downtime {
            from: at(121),
            to: at(411),
        };
        assert_eq!(mode(&l.app), Some(&downtime));
        let shown = screen(&l.app, 80, 24, 411);
        assert!(shown.contains("04:50"), "the gap is shown: {shown}");
        type_text(&mut l.app, ", yes no", 412);
        assert_eq!(mode(&l.app), Some(&downtime), "typing answers nothing");
        assert_eq!(
            l.app.ui.editor.text(),
            "typed just before the crash, yes no",
            "typing goes on into the note"
        );
        press(&mut l.app, answer, 412);
        assert_eq!(mode(&l.app), None);
        assert_eq!(
            l.app.state().clock_at(at(700)).elapsed_ms,
            elapsed_at_700,
            "answer {answer:?}"
        );
        assert_eq!(mode(&reopen(l, 420).app), None, "asked once");
    }
}

#[test]
fn after_a_crash_resume_returns_to_the_stop_shown_and_the_draft_keeps_its_question() {
    let mut l = live("deep-120", Lang::En, None, Lang::En);
    ctrl(&mut l.app, 'n', 10);
    for (i, employer) in ["Fjordkraft", "Elkjøp"].iter().enumerate() {
        press(&mut l.app, KeyCode::F(7), 20 + i as i64);
        type_text(&mut l.app, employer, 20);
        press(&mut l.app, KeyCode::Enter, 20 + i as i64);
    }
    // Back to Fjordkraft's first question (Ctrl-P, as an interviewer would), note on it.
    let fjordkraft = l.app.state().roles[0].id;
    while l.app.ui.stop().and_then(|s| s.role) != Some(fjordkraft) {
        ctrl(&mut l.app, 'p', 30);
    }
    while l
        .app
        .ui
        .stops
        .get(l.app.ui.at.wrapping_sub(1))
        .is_some_and(|s| s.role == Some(fjordkraft))
    {
        ctrl(&mut l.app, 'p', 30);
    }
    let shown = l.app.ui.stop().cloned().unwrap();
    type_text(&mut l.app, "Ran the complaints desk alone", 40);
    // One more question on, still typing; then the laptop dies.
    ctrl(&mut l.app, 'n', 45);
    let next = l.app.ui.stop().cloned().unwrap();
    type_text(&mut l.app, " for a year", 46);
    l.app.tick(at(48));
    let mut l = reopen(l, 50);
    assert_eq!(l.app.ui.stop(), Some(&next), "back where the screen was");
    press(&mut l.app, KeyCode::Esc, 51); // the call went on
    press(&mut l.app, KeyCode::Enter, 52);
    let note = l.app.state().notes.last().unwrap();
    assert_eq!(note.text, "Ran the complaints desk alone for a year");
    assert_eq!(
        (note.anchor.question.as_ref(), note.anchor.role),
        (shown.question.as_ref(), Some(fjordkraft)),
        "filed under the question it was typed at, not Elkjøp's"
    );
    let p = l
        .app
        .state()
        .question_progress(shown.question.as_ref().unwrap(), Some(fjordkraft));
    assert!(
        p.is_some_and(|p| p.asked),
        "reached with Ctrl-P and noted on: asked"
    );
}

#[test]
fn a_failing_disk_is_retried_later_and_later_and_the_banner_says_why() {
    let mut l = live("screen-20", Lang::En, None, Lang::En);
    l.app.journal.failing = Some("no space left on device".into());
    type_text(&mut l.app, "typed while the disk is full", 10);
    // The loop wakes up many times a second at most; each wake-up is a tick.
    for ms in (1000..=20_000).step_by(50) {
        l.app.tick(at(10) + Duration::milliseconds(ms));
    }
    let tries = l.app.journal.writes;
    assert!(
        (3..=6).contains(&tries),
        "a save 1 s after typing, then 2, 4, 8 s later: {tries} tries in 20 s"
    );
    let shown = screen(&l.app, 120, 40, 30);
    assert!(
        shown.contains("NOT SAVED since 14:00:11: no space left on device"),
        "{shown}"
    );
    assert!(shown.contains("Nothing after that is on disk"), "{shown}");
    press(&mut l.app, KeyCode::Enter, 31);
    assert!(
        l.app.state().notes.is_empty(),
        "the note could not be saved…"
    );
    assert_eq!(
        l.app.ui.editor.text(),
        "typed while the disk is full",
        "…so it stays in the note line"
    );
    l.app.journal.failing = None;
    press(&mut l.app, KeyCode::Enter, 32);
    assert_eq!(l.app.state().notes.len(), 1);
    assert!(screen(&l.app, 120, 40, 32).contains("✓ saved"));
}
