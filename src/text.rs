//! Text measured in terminal columns (CJK and emoji take two): never `len()` for layout.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_wide_characters_by_columns() {
        assert_eq!(fit("王小明先生", 6), "王小…");
        assert_eq!(fit("Ada", 6), "Ada");
        assert_eq!(fit("Ada Lovelace", 6).width(), 6);
        assert_eq!(fit("😀😀😀", 4), "😀…");
        assert_eq!(fit("anything", 0), "");
    }
}
