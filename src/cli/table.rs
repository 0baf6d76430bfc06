//! Plain-text tables that line up with CJK and emoji (display width, not bytes or chars).

use unicode_width::UnicodeWidthStr;

pub use crate::text::fit;

/// Lays out rows in columns separated by two spaces; each column is as wide as its widest
/// cell, capped at `max[i]` columns. Numbers are right-aligned.
pub fn render(rows: &[Vec<String>], max: &[usize]) -> String {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .enumerate()
                .map(|(i, c)| fit(c, max.get(i).copied().unwrap_or(usize::MAX)))
                .collect()
        })
        .collect();
    let columns = cells.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            cells
                .iter()
                .filter_map(|r| r.get(i))
                .map(|c| c.width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in &cells {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            let pad = " ".repeat(widths[i] - cell.width());
            let numeric = !cell.is_empty() && cell.bytes().all(|b| b.is_ascii_digit());
            if numeric {
                line.push_str(&pad);
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.push_str(&pad);
            }
            if i + 1 < row.len() {
                line.push_str("  ");
            }
        }
        out.push_str(line.trim_end());
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
