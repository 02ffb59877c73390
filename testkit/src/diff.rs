//! A line diff for test failures: a unified diff (`-` expected lines that
//! are missing, `+` lines that appeared instead, with context) over the
//! longest common subsequence of the two texts' lines.

/// Lines of context around each change.
const CONTEXT: usize = 3;
/// Above this many line pairs the LCS table is too large: compare the
/// texts as one changed block instead.
const MAX_TABLE: usize = 4_000_000;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Edit {
    Same,
    Removed,
    Added,
}

/// The edit script turning `old` into `new`, line by line.
fn diff_lines<'a>(old: &[&'a str], new: &[&'a str]) -> Vec<(Edit, &'a str)> {
    // Common prefix and suffix need no table.
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let a = &old[prefix..old.len() - suffix];
    let b = &new[prefix..new.len() - suffix];
    let mut edits: Vec<(Edit, &str)> = old[..prefix].iter().map(|l| (Edit::Same, *l)).collect();
    if (a.len() + 1) * (b.len() + 1) > MAX_TABLE {
        edits.extend(a.iter().map(|l| (Edit::Removed, *l)));
        edits.extend(b.iter().map(|l| (Edit::Added, *l)));
    } else {
        // lcs[i][j]: length of the longest common subsequence of a[i..], b[j..].
        let width = b.len() + 1;
        let mut lcs = vec![0u32; (a.len() + 1) * width];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                lcs[i * width + j] = if a[i] == b[j] {
                    lcs[(i + 1) * width + j + 1] + 1
                } else {
                    lcs[(i + 1) * width + j].max(lcs[i * width + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            if i < a.len() && j < b.len() && a[i] == b[j] {
                edits.push((Edit::Same, a[i]));
                i += 1;
                j += 1;
            } else if i < a.len()
                && (j == b.len() || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])
            {
                // Removals first, as diff(1) shows them.
                edits.push((Edit::Removed, a[i]));
                i += 1;
            } else {
                edits.push((Edit::Added, b[j]));
                j += 1;
            }
        }
    }
    edits.extend(old[old.len() - suffix..].iter().map(|l| (Edit::Same, *l)));
    edits
}

/// A unified diff (`---`/`+++` headers, `@@` hunks with CONTEXT lines).
pub fn unified_diff(old_name: &str, new_name: &str, old: &str, new: &str) -> String {
    // Lines keep their newline, so a missing final one is a difference.
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
    let edits = diff_lines(&old_lines, &new_lines);
    let mut out = format!("--- {old_name}\n+++ {new_name}\n");
    // Positions (in `edits`) of the changes, grouped into hunks.
    let changes: Vec<usize> = (0..edits.len())
        .filter(|&k| edits[k].0 != Edit::Same)
        .collect();
    let mut hunks: Vec<(usize, usize)> = Vec::new();
    for &k in &changes {
        let start = k.saturating_sub(CONTEXT);
        let end = (k + CONTEXT + 1).min(edits.len());
        match hunks.last_mut() {
            Some(last) if start <= last.1 => last.1 = end,
            _ => hunks.push((start, end)),
        }
    }
    // Line numbers at the start of each edit.
    let mut old_at = Vec::with_capacity(edits.len() + 1);
    let mut new_at = Vec::with_capacity(edits.len() + 1);
    let (mut o, mut n) = (1usize, 1usize);
    for (edit, _) in &edits {
        old_at.push(o);
        new_at.push(n);
        match edit {
            Edit::Same => {
                o += 1;
                n += 1;
            }
            Edit::Removed => o += 1,
            Edit::Added => n += 1,
        }
    }
    for (start, end) in hunks {
        let old_count = edits[start..end]
            .iter()
            .filter(|(e, _)| *e != Edit::Added)
            .count();
        let new_count = edits[start..end]
            .iter()
            .filter(|(e, _)| *e != Edit::Removed)
            .count();
        out.push_str(&format!(
            "@@ -{},{} +{},{} @@\n",
            old_at[start], old_count, new_at[start], new_count
        ));
        for (edit, line) in &edits[start..end] {
            let sign = match edit {
                Edit::Same => ' ',
                Edit::Removed => '-',
                Edit::Added => '+',
            };
            out.push(sign);
            out.push_str(line);
            if !line.ends_with('\n') {
                out.push_str("\n\\ No newline at end of file\n");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::unified_diff;

    #[test]
    fn identical_texts_have_no_hunks() {
        assert_eq!(unified_diff("a", "b", "x\ny\n", "x\ny\n"), "--- a\n+++ b\n");
    }

    #[test]
    fn a_changed_line_shows_with_context() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n";
        let new = "1\n2\n3\n4\nfive\n6\n7\n8\n";
        assert_eq!(
            unified_diff("a", "b", old, new),
            "--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
        );
    }

    #[test]
    fn insertions_deletions_and_missing_newline() {
        let diff = unified_diff("a", "b", "x\n", "x\ny");
        assert_eq!(
            diff,
            "--- a\n+++ b\n@@ -1,1 +1,2 @@\n x\n+y\n\\ No newline at end of file\n"
        );
        let diff = unified_diff("a", "b", "p\nq\nr\n", "p\nr\n");
        assert_eq!(diff, "--- a\n+++ b\n@@ -1,3 +1,2 @@\n p\n-q\n r\n");
    }
}
