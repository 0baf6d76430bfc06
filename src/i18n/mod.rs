//! The words on screen: Fluent message catalogs, one per language, embedded at build time.
//!
//! The UI language is independent of the question language: an English-speaking interviewer
//! can run a Danish interview. A message missing in a catalog falls back to English.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::model::Lang;

/// The catalog files: (language, contents).
const CATALOGS: [(Lang, &str); 5] = [
    (Lang::En, include_str!("../../i18n/en.ftl")),
    (Lang::Nb, include_str!("../../i18n/nb.ftl")),
    (Lang::Da, include_str!("../../i18n/da.ftl")),
    (Lang::Lv, include_str!("../../i18n/lv.ftl")),
    (Lang::Zh, include_str!("../../i18n/zh.ftl")),
];

/// Messages in one UI language, with English behind it.
pub struct Catalog {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    english: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("lang", &self.lang).finish()
    }
}

impl Catalog {
    /// The catalog of `lang`.
    pub fn new(lang: Lang) -> Self {
        Catalog {
            lang,
            bundle: bundle(lang),
            english: bundle(Lang::En),
        }
    }

    /// The UI language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named arguments.
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// Whether `answer`, typed at a yes/no prompt, is yes in this language: one of its words
    /// for it (`confirm-yes-words`: j or ja in Norwegian and Danish, y in English), any case.
    pub fn is_yes(&self, answer: &str) -> bool {
        let answer = answer.trim().to_lowercase();
        !answer.is_empty()
            && self
                .t("confirm-yes-words")
                .split(',')
                .any(|word| word.trim().to_lowercase() == answer)
    }

    /// Whether the catalog of this language itself has `id` (not through the fallback).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in [&self.bundle, &self.english] {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
                tracing::warn!(id, ?errors, "a message did not format");
            }
        }
        id.to_owned()
    }
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let source = CATALOGS
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or("", |(_, text)| text);
    let locale = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new(vec![locale]);
    // Without this, Fluent wraps arguments in Unicode isolation marks that terminals show.
    bundle.set_use_isolating(false);
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, errors)| {
            tracing::error!(?lang, ?errors, "a catalog has syntax errors");
            partial
        });
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(?lang, ?errors, "a catalog has duplicate messages");
    }
    bundle
}

/// The message ids of the English catalog, which every other catalog must also have.
pub fn message_ids() -> Vec<String> {
    CATALOGS[0]
        .1
        .lines()
        .filter(|l| !l.starts_with(['#', ' ', '\t', '*', '[']) && l.contains(" ="))
        .filter_map(|l| l.split(" =").next())
        .map(str::to_owned)
        .collect()
}

/// The UI language: `--ui-lang` if given, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, in
/// POSIX order of precedence), else English.
pub fn ui_lang(flag: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Lang {
    flag.or_else(|| {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| env(name).filter(|v| !v.is_empty()))
            .map(|v| v.parse::<Lang>().ok())
            .next()
            .flatten()
    })
    .unwrap_or(Lang::En)
}

/// A day as `lang` writes it: 22.11.2026 in Norwegian, Danish and Latvian, 2026年11月22日 in
/// Chinese, 22 Nov 2026 in (British) English. The month's short name is English's own.
pub fn date(lang: Lang, t: crate::model::Timestamp) -> String {
    match lang {
        Lang::Nb | Lang::Da | Lang::Lv => t.format("%d.%m.%Y").to_string(),
        Lang::Zh => t.format("%Y年%-m月%-d日").to_string(),
        Lang::En => t.format("%-d %b %Y").to_string(),
    }
}

/// A day and its time of day (24-hour, as all five write it): "22.11.2026 14:05".
pub fn date_time(lang: Lang, t: crate::model::Timestamp) -> String {
    format!("{} {}", date(lang, t), t.format("%H:%M"))
}

/// Interview time as `mm:ss`, or `h:mm:ss` past an hour.
pub fn clock(ms: u64) -> String {
    let s = ms / 1000;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{:02}:{:02}", s / 60, s % 60)
    }
}

/// The message id of the 1–10 rule's classification.
pub fn class_message(class: crate::model::SelfAwareness) -> &'static str {
    use crate::model::SelfAwareness::*;
    match class {
        Incomplete => "class-incomplete",
        LacksSelfAwareness => "class-lacks-self-awareness",
        MayHaveOverstated => "class-may-have-overstated",
        Credible => "class-credible",
        Mixed => "class-mixed",
    }
}

/// The message id naming an overall recommendation.
pub fn recommendation_message(r: crate::model::Recommendation) -> &'static str {
    use crate::model::Recommendation::*;
    match r {
        StrongNo => "rec-strong-no",
        No => "rec-no",
        Yes => "rec-yes",
        StrongYes => "rec-strong-yes",
    }
}

/// The message id naming a note kind.
pub fn kind_message(kind: crate::model::NoteKind) -> &'static str {
    use crate::model::NoteKind::*;
    match kind {
        Note => "kind-note",
        Quote => "kind-quote",
        RedFlag => "kind-red-flag",
        GreenFlag => "kind-green-flag",
        FollowUp => "kind-follow-up",
        CheckWithReference => "kind-check-with-reference",
        Feedback => "kind-feedback",
    }
}

/// The marker a note kind gets on screen and in exports (distinct without colour too).
pub fn kind_marker(kind: crate::model::NoteKind) -> &'static str {
    use crate::model::NoteKind::*;
    match kind {
        Note => "·",
        Quote => "❝",
        RedFlag => "✗",
        GreenFlag => "✓",
        FollowUp => "→",
        CheckWithReference => "☎",
        Feedback => "✉",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_each_languages_conventions() {
        let t = crate::model::arbitrary::at(-86_400); // 22 November 2026, 10:00
        let day = |lang| date(lang, t);
        assert_eq!(day(Lang::Nb), "22.11.2026");
        assert_eq!(day(Lang::Da), "22.11.2026");
        assert_eq!(day(Lang::Lv), "22.11.2026");
        assert_eq!(day(Lang::Zh), "2026年11月22日");
        assert_eq!(day(Lang::En), "22 Nov 2026");
        assert!(date_time(Lang::Nb, t).starts_with("22.11.2026 "));
    }

    #[test]
    fn yes_is_each_languages_own_word() {
        let yes = |lang, answer: &str| Catalog::new(lang).is_yes(answer);
        for lang in [Lang::Nb, Lang::Da, Lang::Lv] {
            assert!(yes(lang, "j") && yes(lang, "Ja"), "{lang}");
            assert!(!yes(lang, "n"), "{lang}");
            assert!(
                Catalog::new(lang).t("delete-confirm").ends_with("[j/N]"),
                "{lang}"
            );
        }
        for lang in [Lang::En, Lang::Zh] {
            assert!(yes(lang, "y") && !yes(lang, "j"), "{lang}");
            assert!(
                Catalog::new(lang).t("delete-confirm").ends_with("[y/N]"),
                "{lang}"
            );
        }
    }

    #[test]
    fn every_message_exists_in_every_catalog() {
        let ids = message_ids();
        assert!(ids.len() > 30, "{ids:?}");
        for lang in Lang::ALL {
            let catalog = Catalog::new(lang);
            let missing: Vec<&String> = ids.iter().filter(|id| !catalog.has(id)).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        }
    }

    #[test]
    fn every_catalog_parses_without_errors() {
        for (lang, text) in CATALOGS {
            assert!(
                FluentResource::try_new(text.to_owned()).is_ok(),
                "{lang} has syntax errors"
            );
        }
    }

    #[test]
    fn arguments_and_plurals_format_without_isolation_marks() {
        let en = Catalog::new(Lang::En);
        let one = en.t_with("notes-count", &[("count", 1.into())]);
        assert_eq!(one, "1 note");
        assert_eq!(en.t_with("notes-count", &[("count", 3.into())]), "3 notes");
        let left = en.t_with("header-remaining", &[("time", "12:00".into())]);
        assert_eq!(left, "12:00 left");
        let lv = Catalog::new(Lang::Lv);
        assert_ne!(
            lv.t_with("notes-count", &[("count", 1.into())]),
            lv.t_with("notes-count", &[("count", 2.into())])
        );
    }

    #[test]
    fn the_ui_language_comes_from_the_flag_then_the_locale() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(
            ui_lang(Some(Lang::Zh), env(&[("LANG", "nb_NO.UTF-8")])),
            Lang::Zh
        );
        assert_eq!(ui_lang(None, env(&[("LANG", "nb_NO.UTF-8")])), Lang::Nb);
        assert_eq!(
            ui_lang(None, env(&[("LC_ALL", "da_DK.UTF-8"), ("LANG", "lv_LV")])),
            Lang::Da
        );
        assert_eq!(ui_lang(None, env(&[("LANG", "C.UTF-8")])), Lang::En);
        assert_eq!(ui_lang(None, env(&[])), Lang::En);
    }

    #[test]
    fn clock_is_minutes_and_seconds_then_hours() {
        assert_eq!(clock(0), "00:00");
        assert_eq!(clock(754_999), "12:34");
        assert_eq!(clock(7_265_000), "2:01:05");
    }
}
