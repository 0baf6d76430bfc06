//! Plain-text tables that line up with CJK and emoji (display width, not bytes or chars).

use std::borrow::Cow;

use unicode_width::UnicodeWidthStr;

pub use crate::text::{fit, pad_left};

/// Lays out rows in columns separated by two spaces; each column is as wide as its widest
/// cell, capped at `max[i]` columns. Numbers are right-aligned.
pub fn render(rows: &[Vec<String>], max: &[usize]) -> String {
    // Each cell cut to its column's cap, with its width; borrowed when it already fits (a
    // string is never wider than its length in bytes).
    let cells: Vec<Vec<(Cow<'_, str>, usize)>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .enumerate()
                .map(|(i, c)| {
                    let cap = max.get(i).copied().unwrap_or(usize::MAX);
                    // One line per row, whatever a name holds.
                    let shown = crate::text::visible::line(c);
                    let cell = if shown.len() <= cap {
                        shown
                    } else {
                        Cow::Owned(fit(&shown, cap))
                    };
                    let width = cell.width();
                    (cell, width)
                })
                .collect()
        })
        .collect();
    let columns = cells.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            cells
                .iter()
                .filter_map(|r| r.get(i))
                .map(|c| c.1)
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line_bytes: usize = widths.iter().map(|w| w + 2).sum::<usize>() + 1;
    let mut out = String::with_capacity(line_bytes * cells.len());
    for row in &cells {
        let start = out.len();
        for (i, (cell, width)) in row.iter().enumerate() {
            let pad = widths[i] - width;
            let numeric = !cell.is_empty() && cell.bytes().all(|b| b.is_ascii_digit());
            if numeric {
                out.extend(std::iter::repeat_n(' ', pad));
                out.push_str(cell);
            } else {
                out.push_str(cell);
                out.extend(std::iter::repeat_n(' ', pad));
            }
            if i + 1 < row.len() {
                out.push_str("  ");
            }
        }
        let kept = start + out[start..].trim_end().len();
        out.truncate(kept);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_with_cjk() {
        let rows = vec![
            vec!["王小明".to_owned(), "x".to_owned()],
            vec!["Ada".to_owned(), "y".to_owned()],
        ];
        let text = render(&rows, &[20, 20]);
        assert_eq!(text.lines().map(|l| l.width()).collect::<Vec<_>>(), [9, 9]);
        assert!(text.lines().all(|l| l.ends_with('x') || l.ends_with('y')));
    }
}
