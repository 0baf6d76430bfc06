//! rapport — a terminal interview companion.
//!
//! A session is an append-only log of events ([`model::Event`]); its state is a pure fold of
//! that log ([`model::fold`]). The layers, from the bottom up: [`model`] (the pure domain),
//! [`content`] (formats, rubrics and question banks), [`store`] (session logs on disk),
//! [`export`] (summaries) and [`cli`] (the commands).
#![deny(clippy::unwrap_used, clippy::expect_used)]
#![warn(missing_docs)]

pub mod cli;
pub mod config;
pub mod content;
pub mod export;
pub mod i18n;
pub mod model;
pub mod schema;
pub mod store;
pub mod text;
pub mod tui;
