//! Where the live screen's effects land: the session's log, its draft and its exports. The
//! event loop runs effects against a [`Journal`]; the real one is the store's open session,
//! and tests use one held in memory.

use crate::export::{self, Format};
use crate::i18n::Catalog;
use crate::model::references::References;
use crate::model::{Draft, Event, EventKind, SessionState, Timestamp};
use crate::store::{OpenSession, create_private_dir, write_private};

/// A session the live screen can write to.
pub trait Journal {
    /// The folded state.
    fn state(&self) -> &SessionState;

    /// Every event, in log order.
    fn events(&self) -> &[Event];

    /// Appends `kinds` by `author` at `now`, durably, before returning; on failure nothing is
    /// applied and the error says why in a few words ("no space left on device").
    fn record(&mut self, author: &str, now: Timestamp, kinds: Vec<EventKind>)
    -> Result<(), String>;

    /// Writes the note being typed (`None` removes it).
    fn save_draft(&mut self, draft: Option<&Draft>) -> Result<(), String>;

    /// The note that was being typed when the session was last closed, if any.
    fn load_draft(&self) -> Option<Draft>;

    /// Writes the session's exports (Markdown, HTML, CSV, JSON) with `ui`'s words; returns
    /// the folder they are in.
    /// `viewer` is the panelist at this screen: what is withheld from them stays out;
    /// `references` are the candidate's reference calls, when known.
    fn export(
        &mut self,
        ui: &Catalog,
        now: Timestamp,
        viewer: &str,
        references: Option<&References>,
    ) -> Result<String, String>;

    /// Takes in what other writers recorded meanwhile; whether anything changed.
    fn refresh(&mut self) -> bool {
        false
    }
}

/// The deepest cause of an error, as the operating system words it: "No space left on device
/// (os error 28)" becomes "no space left on device".
pub fn cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut deepest = err;
    while let Some(source) = deepest.source() {
        deepest = source;
    }
    let text = deepest.to_string();
    let text = match text.find(" (os error") {
        Some(i) => &text[..i],
        None => &text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl Journal for OpenSession {
    fn state(&self) -> &SessionState {
        OpenSession::state(self)
    }

    fn events(&self) -> &[Event] {
        OpenSession::events(self)
    }

    fn record(
        &mut self,
        author: &str,
        now: Timestamp,
        kinds: Vec<EventKind>,
    ) -> Result<(), String> {
        OpenSession::record(self, author, now, kinds)
            .map(|_| ())
            .map_err(|err| {
                tracing::error!(%err, "an event could not be saved");
                cause(&err)
            })
    }

    fn save_draft(&mut self, draft: Option<&Draft>) -> Result<(), String> {
        let files = self.files();
        match draft {
            Some(draft) => files.save_draft(draft),
            None => files.clear_draft(),
        }
        .map_err(|err| {
            tracing::error!(%err, "the draft could not be saved");
            cause(&err)
        })
    }

    fn load_draft(&self) -> Option<Draft> {
        self.files().load_draft()
    }

    fn refresh(&mut self) -> bool {
        OpenSession::refresh(self).unwrap_or_else(|err| {
            tracing::warn!(%err, "could not read the other writers' logs");
            false
        })
    }

    fn export(
        &mut self,
        ui: &Catalog,
        now: Timestamp,
        viewer: &str,
        references: Option<&References>,
    ) -> Result<String, String> {
        // The screen's state leaves out what the viewer may not see yet; the export decides
        // that itself, from everything.
        let full = crate::model::fold_as(self.events(), Some(viewer)).map_err(|e| cause(&e))?;
        let state = &full;
        let dir = &self.files().exports;
        create_private_dir(dir).map_err(|e| cause(&e))?;
        for to in [Format::Md, Format::Html, Format::Csv, Format::Json] {
            let path = dir.join(export::file_name(state, to));
            let rendered = export::render(
                export::Subject {
                    events: self.events(),
                    state,
                    references,
                },
                export::Options {
                    to,
                    now,
                    ui: ui.lang(),
                    redact: false,
                    viewer: Some(viewer),
                },
            )
            .map_err(|e| cause(&e))?;
            write_private(&path, rendered.text.as_bytes()).map_err(|e| {
                tracing::error!(err = %e, "an export could not be written");
                cause(&e)
            })?;
        }
        Ok(dir.display().to_string())
    }
}

/// A session held in memory, for tests of the live screen without a disk: it folds what is
/// recorded as the store would, and can be told to fail.
#[cfg(test)]
#[derive(Debug, Clone)]
pub struct Memory {
    /// The events so far.
    pub events: Vec<Event>,
    /// Their fold.
    pub state: SessionState,
    /// The draft "on disk".
    pub draft: Option<Draft>,
    /// When set, every write fails with this reason.
    pub failing: Option<String>,
    /// How many writes were tried (events, drafts and exports).
    pub writes: usize,
    /// How many times the exports were written.
    pub exports: usize,
    /// The panelist the session is seen as, if any (see [`OpenSession::view_as`]).
    pub viewer: Option<String>,
    /// Events other writers recorded, taken in at the next refresh.
    pub arriving: Vec<Event>,
}

#[cfg(test)]
impl Memory {
    /// A session of `events` (the first must create it).
    pub fn new(events: Vec<Event>) -> Self {
        let state = crate::model::fold(&events).expect("a session's events");
        Memory {
            events,
            state,
            draft: None,
            failing: None,
            writes: 0,
            exports: 0,
            viewer: None,
            arriving: Vec::new(),
        }
    }

    /// The session as `viewer` sees it, as the store's open session does.
    pub fn seen_as(mut self, viewer: &str) -> Self {
        self.viewer = Some(viewer.to_owned());
        self.refold();
        self
    }

    fn refold(&mut self) {
        if let Some(viewer) = &self.viewer {
            let full = crate::model::fold_as(&self.events, Some(viewer)).expect("events");
            self.state = crate::model::blind::seen_by(&self.events, &full, viewer);
        }
    }

    fn write(&mut self) -> Result<(), String> {
        self.writes += 1;
        self.failing.clone().map_or(Ok(()), Err)
    }
}

#[cfg(test)]
impl Journal for Memory {
    fn state(&self) -> &SessionState {
        &self.state
    }

    fn events(&self) -> &[Event] {
        &self.events
    }

    fn record(
        &mut self,
        author: &str,
        now: Timestamp,
        kinds: Vec<EventKind>,
    ) -> Result<(), String> {
        self.write()?;
        let batch = crate::model::stamp(&self.state.clock, author, now, kinds, || {
            crate::model::EventId(uuid::Uuid::now_v7())
        });
        for event in &batch {
            self.state.apply(event);
        }
        self.events.extend(batch);
        self.refold();
        Ok(())
    }

    fn refresh(&mut self) -> bool {
        if self.arriving.is_empty() {
            return false;
        }
        let arrived = std::mem::take(&mut self.arriving);
        self.events = crate::model::union::union(vec![std::mem::take(&mut self.events), arrived]);
        self.state = crate::model::fold(&self.events).expect("events");
        self.refold();
        true
    }

    fn save_draft(&mut self, draft: Option<&Draft>) -> Result<(), String> {
        self.write()?;
        self.draft = draft.cloned();
        Ok(())
    }

    fn load_draft(&self) -> Option<Draft> {
        self.draft.clone()
    }

    fn export(
        &mut self,
        _ui: &Catalog,
        _now: Timestamp,
        _viewer: &str,
        _references: Option<&References>,
    ) -> Result<String, String> {
        self.write()?;
        self.exports += 1;
        Ok("exports/".into())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_cause_is_the_deepest_error_in_plain_words() {
        let io = std::io::Error::from_raw_os_error(28);
        let err = crate::store::StoreError::Write {
            path: "/x/y.jsonl".into(),
            source: io,
        };
        assert_eq!(super::cause(&err), "no space left on device");
    }
}
