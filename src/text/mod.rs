//! Text measured in terminal columns (CJK and emoji take two): never `len()` for layout.

pub mod fairness;
pub mod names;
pub mod visible;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Cuts `text` to at most `width` columns, ending with `…` when it was cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// A list of key hints ("F1 help · Enter save · …") packed into rows of at most `width`
/// columns, each hint whole: a hint is never cut in two, and one wider than a row is cut
/// with `…`.
pub fn hint_rows(text: &str, width: usize) -> Vec<String> {
    const SEPARATOR: &str = " · ";
    let mut rows: Vec<String> = Vec::new();
    for hint in text.split(SEPARATOR) {
        match rows.last_mut() {
            Some(row) if row.width() + SEPARATOR.width() + hint.width() <= width => {
                row.push_str(SEPARATOR);
                row.push_str(hint);
            }
            _ => rows.push(fit(hint, width)),
        }
    }
    rows
}

/// `text` broken into lines of at most `width` columns where Unicode's line-breaking rules
/// (UAX #14) allow: between words, between CJK characters, never before "，。？！：；、" or a
/// closing bracket. A word longer than a line is cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let options = textwrap::Options::new(width.max(1))
        .word_separator(textwrap::WordSeparator::UnicodeBreakProperties)
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
        .break_words(true);
    text.split('\n')
        .flat_map(|line| {
            let wrapped = textwrap::wrap(line, &options);
            if wrapped.is_empty() {
                vec![String::new()]
            } else {
                wrapped.into_iter().map(|l| l.into_owned()).collect()
            }
        })
        .collect()
}

/// `text` wrapped to `width` columns after a lead of `lead` columns on the first line, the
/// lines after it indented as far (a hanging indent).
pub fn hanging(text: &str, lead: usize, width: usize) -> Vec<String> {
    wrap(text, width.saturating_sub(lead).max(1))
}

/// `text` as a list entry of `room` columns that `others` (its siblings) also fill: when they
/// begin alike so far that `fit` would cut them to the same words, the shared words give way
/// to "…" and the entry starts where it differs ("Tell me about a time you …" twice becomes
/// "…turned an upset customer" and "…had to say no").
pub fn distinct(text: &str, others: &[String], room: usize) -> String {
    let words: Vec<&str> = text.split_inclusive(' ').collect();
    let shared = others
        .iter()
        .map(|other| {
            let theirs: Vec<&str> = other.split_inclusive(' ').collect();
            words
                .iter()
                .zip(&theirs)
                .take_while(|(a, b)| a == b)
                .count()
        })
        .max()
        .unwrap_or(0);
    let prefix: String = words[..shared].concat();
    // Only when the part that differs would not show; a few words of context stay.
    if shared == 0 || prefix.width() + 8 < room {
        return text.to_owned();
    }
    let kept = shared.saturating_sub(1);
    format!("…{}", words[kept..].concat())
}

/// `text` followed by spaces up to `width` columns.
pub fn pad_right(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

/// Spaces up to `width` columns, then `text`.
pub fn pad_left(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(text.width())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_are_packed_whole_into_rows() {
        let hints = "F1 help · Enter save · Ctrl-N next · 帮助说明";
        assert_eq!(hint_rows(hints, 80), vec![hints]);
        assert_eq!(
            hint_rows(hints, 24),
            vec!["F1 help · Enter save", "Ctrl-N next · 帮助说明"]
        );
        assert_eq!(
            hint_rows(hints, 7),
            vec!["F1 help", "Enter …", "Ctrl-N…", "帮助说…"]
        );
        assert!(hint_rows(hints, 21).iter().all(|row| row.width() <= 21));
    }

    #[test]
    fn lines_break_by_unicode_rules_and_cjk_punctuation_never_starts_a_line() {
        assert_eq!(wrap("calm under pressure", 10), ["calm under", "pressure"]);
        let zh = wrap("上一份工作把重复进线减少了两成，客户满意度也提高了。", 12);
        assert!(zh.len() > 1, "{zh:?}");
        assert!(!zh[0].is_empty(), "no empty first line before CJK text");
        for line in &zh {
            assert!(line.width() <= 12, "{line}");
            assert!(!line.starts_with(['，', '。']), "{zh:?}");
        }
        assert_eq!(wrap("a\nb", 5), ["a", "b"]);
        assert_eq!(hanging("one two three", 4, 12), ["one two", "three"]);
    }

    #[test]
    fn entries_that_begin_alike_show_where_they_differ() {
        let others = ["Tell me about a time you had to say no to a customer".to_owned()];
        let text = "Tell me about a time you turned an upset customer around";
        assert_eq!(distinct(text, &others, 60), text, "room enough: as it is");
        assert_eq!(
            distinct(text, &others, 24),
            "…you turned an upset customer around"
        );
        assert_eq!(distinct("Anything else?", &others, 10), "Anything else?");
    }

    #[test]
    fn fits_wide_characters_by_columns() {
        assert_eq!(fit("王小明先生", 6), "王小…");
        assert_eq!(fit("Ada", 6), "Ada");
        assert_eq!(fit("Ada Lovelace", 6).width(), 6);
        assert_eq!(fit("😀😀😀", 4), "😀…");
        assert_eq!(fit("anything", 0), "");
    }

    #[test]
    fn pads_by_columns() {
        assert_eq!(pad_right("王", 4), "王  ");
        assert_eq!(pad_left("5 分钟", 8), "  5 分钟");
        assert_eq!(pad_left("too wide", 3), "too wide");
    }
}
