//! A line diff for test failures: the longest common subsequence of the
//! expected and actual lines, printed with `-` for expected lines that are
//! missing and `+` for lines that appeared instead, with a little context.

/// Lines of context kept around each change.
const CONTEXT: usize = 2;
/// Past this many lines on either side, the quadratic table is not built;
/// both outputs are shown whole instead.
const MAX_LINES: usize = 2000;

pub fn render(expected: &str, actual: &str) -> String {
    let old: Vec<&str> = expected.lines().collect();
    let new: Vec<&str> = actual.lines().collect();
    if old.len() > MAX_LINES || new.len() > MAX_LINES {
        return format!("--- expected\n{expected}\n+++ actual\n{actual}");
    }
    // lcs[i][j]: length of the LCS of old[i..] and new[j..].
    let mut lcs = vec![vec![0u32; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            lcs[i][j] = if old[i] == new[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut lines: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            lines.push((' ', old[i]));
            i += 1;
            j += 1;
        } else if i < old.len() && (j == new.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            lines.push(('-', old[i]));
            i += 1;
        } else {
            lines.push(('+', new[j]));
            j += 1;
        }
    }
    if expected.ends_with('\n') != actual.ends_with('\n') {
        lines.push(('!', "(the outputs differ in their final newline)"));
    }
    let changed: Vec<usize> = (0..lines.len()).filter(|&k| lines[k].0 != ' ').collect();
    let mut out = String::from("--- expected\n+++ actual\n");
    let mut last_shown: Option<usize> = None;
    for (k, &(mark, text)) in lines.iter().enumerate() {
        let near = changed.iter().any(|&c| c.abs_diff(k) <= CONTEXT);
        if !near {
            continue;
        }
        if last_shown.is_some_and(|last| k > last + 1) || (last_shown.is_none() && k > 0) {
            out.push_str("@@\n");
        }
        out.push(mark);
        out.push_str(text);
        out.push('\n');
        last_shown = Some(k);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn shows_changed_lines_with_context() {
        let diff = render("a\nb\nc\nd\n", "a\nB\nc\nd\n");
        assert!(diff.contains("-b\n+B\n"), "{diff}");
        assert!(diff.contains(" a\n"), "{diff}");
    }

    #[test]
    fn reports_a_missing_final_newline() {
        assert!(render("a\n", "a").contains("final newline"));
    }
}
