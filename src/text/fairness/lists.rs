//! The term lists built into rapport, one JSON file per language in `fairness/`.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::Category;
use crate::model::Lang;

/// A term list that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ListError {
    /// The file is not a term list.
    #[error("fairness/{lang}.json: {source}")]
    Parse {
        /// Its language.
        lang: &'static str,
        /// Why.
        #[source]
        source: serde_json::Error,
    },
    /// A category the guard does not know.
    #[error("fairness/{lang}.json: unknown category {id:?}")]
    Category {
        /// Its language.
        lang: &'static str,
        /// The id given.
        id: String,
    },
    /// The file says it is another language.
    #[error("fairness/{lang}.json says it is {said:?}")]
    Lang {
        /// The file's language.
        lang: &'static str,
        /// What it says.
        said: Lang,
    },
}

/// A term file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    lang: Lang,
    terms: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    not: Vec<String>,
}

/// One language's terms, by category, and the phrases that only look like them.
#[derive(Debug, Clone, Default)]
pub struct List {
    /// Each term with what it touches on.
    pub terms: Vec<(Category, String)>,
    /// Phrases that contain a term but mean something else ("an old customer").
    pub not: Vec<String>,
}

fn text_of(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../../fairness/en.json"),
        Lang::Nb => include_str!("../../../fairness/nb.json"),
        Lang::Da => include_str!("../../../fairness/da.json"),
        Lang::Lv => include_str!("../../../fairness/lv.json"),
        Lang::Zh => include_str!("../../../fairness/zh.json"),
    }
}

/// The built-in list of `lang`.
pub fn builtin(lang: Lang) -> Result<List, ListError> {
    parse(lang, text_of(lang))
}

/// The list of `lang` in `text`.
pub fn parse(lang: Lang, text: &str) -> Result<List, ListError> {
    let code = lang.code();
    let file: File =
        serde_json::from_str(text).map_err(|source| ListError::Parse { lang: code, source })?;
    if file.lang != lang {
        return Err(ListError::Lang {
            lang: code,
            said: file.lang,
        });
    }
    let mut terms = Vec::new();
    for (id, list) in file.terms {
        let category = Category::of_id(&id).ok_or(ListError::Category { lang: code, id })?;
        terms.extend(
            list.into_iter()
                .map(|t| t.trim().to_owned())
                .filter(|t| !t.is_empty())
                .map(|t| (category, t)),
        );
    }
    Ok(List {
        terms,
        not: file.not,
    })
}
