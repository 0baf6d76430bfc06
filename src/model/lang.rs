//! The languages rapport ships content and screens in, and text kept per language.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A language of questions, rubrics and screens.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English, the fallback for anything missing.
    En,
    /// Norwegian Bokmål.
    Nb,
    /// Danish.
    Da,
    /// Latvian.
    Lv,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// Every language, in the order they are listed to users.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Nb, Lang::Da, Lang::Lv, Lang::Zh];

    /// The language's own name for itself (the same in every interface language).
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Nb => "Norsk bokmål",
            Lang::Da => "Dansk",
            Lang::Lv => "Latviešu",
            Lang::Zh => "中文",
        }
    }

    /// The language's code as used in files and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nb => "nb",
            Lang::Da => "da",
            Lang::Lv => "lv",
            Lang::Zh => "zh",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error for a language code rapport does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language '{0}' (expected one of en, nb, da, lv, zh)")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        // Accept locale forms too: `nb_NO.UTF-8`, `zh-CN`, `no` for Norwegian.
        let base = lower.split(['_', '-', '.']).next().unwrap_or("");
        match base {
            "en" => Ok(Lang::En),
            "nb" | "no" | "nn" => Ok(Lang::Nb),
            "da" => Ok(Lang::Da),
            "lv" => Ok(Lang::Lv),
            "zh" => Ok(Lang::Zh),
            _ => Err(UnknownLang(s.to_owned())),
        }
    }
}

/// Text kept per language. Lookups fall back to English, and say when they did.
pub type Localized<T> = BTreeMap<Lang, T>;

/// A localized value picked for one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Picked<'a, T> {
    /// The value.
    pub value: &'a T,
    /// The language it is actually in (English when it fell back).
    pub lang: Lang,
}

impl<T> Picked<'_, T> {
    /// Whether the wanted language was missing and another one was used.
    pub fn is_fallback(&self, wanted: Lang) -> bool {
        self.lang != wanted
    }
}

/// Picks `wanted` from `texts`, else English, else any language present.
pub fn pick<T>(texts: &Localized<T>, wanted: Lang) -> Option<Picked<'_, T>> {
    texts
        .get_key_value(&wanted)
        .or_else(|| texts.get_key_value(&Lang::En))
        .or_else(|| texts.iter().next())
        .map(|(lang, value)| Picked { value, lang: *lang })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_locales() {
        assert_eq!("nb".parse(), Ok(Lang::Nb));
        assert_eq!("nb_NO.UTF-8".parse(), Ok(Lang::Nb));
        assert_eq!("zh-CN".parse(), Ok(Lang::Zh));
        assert_eq!("DA".parse(), Ok(Lang::Da));
        assert!("sv".parse::<Lang>().is_err());
    }

    #[test]
    fn pick_falls_back_to_english_and_says_so() {
        let texts: Localized<&str> = [(Lang::En, "Hello"), (Lang::Nb, "Hei")].into();
        let nb = pick(&texts, Lang::Nb).unwrap();
        assert_eq!((*nb.value, nb.is_fallback(Lang::Nb)), ("Hei", false));
        let lv = pick(&texts, Lang::Lv).unwrap();
        assert_eq!((*lv.value, lv.is_fallback(Lang::Lv)), ("Hello", true));
        assert!(pick(&Localized::<&str>::new(), Lang::En).is_none());
    }
}
