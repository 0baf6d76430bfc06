//! Exports of a session.
