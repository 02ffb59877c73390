//! The benchmark programs: every `benches/*.py`, with its sizes from its
//! header line `# bench: scale=N check=M` (the timed argument and the small
//! one `--check` uses) and its C twin `benches/NAME.c` when there is one.

use std::path::Path;

pub struct Program {
    /// The file name without `.py`.
    pub name: String,
    /// `sys.argv[1]` for timed runs.
    pub scale: u32,
    /// `sys.argv[1]` for `--check`.
    pub check_scale: u32,
    /// Whether `benches/NAME.c` exists.
    pub has_c: bool,
}

impl Program {
    pub fn script(&self) -> String {
        format!("{}.py", self.name)
    }
}

/// The programs of `benches_dir`, by name; `only` (when not empty) keeps
/// those named.
pub fn discover(benches_dir: &Path, only: &[String]) -> Result<Vec<Program>, String> {
    let entries = std::fs::read_dir(benches_dir)
        .map_err(|e| format!("cannot read {}: {e}", benches_dir.display()))?;
    let mut programs = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".py"))
        else {
            continue;
        };
        if !only.is_empty() && !only.iter().any(|o| o == name) {
            continue;
        }
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let (scale, check_scale) = parse_header(&text)
            .ok_or_else(|| format!("{}: no `# bench: scale=N check=M` line", path.display()))?;
        programs.push(Program {
            name: name.to_string(),
            scale,
            check_scale,
            has_c: benches_dir.join(format!("{name}.c")).is_file(),
        });
    }
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    if let Some(missing) = only
        .iter()
        .find(|o| !programs.iter().any(|p| &p.name == *o))
    {
        return Err(format!("no benchmark named {missing} in benches/"));
    }
    if programs.is_empty() {
        return Err("benches/ holds no programs".into());
    }
    Ok(programs)
}

fn parse_header(text: &str) -> Option<(u32, u32)> {
    let line = text.lines().find_map(|l| l.strip_prefix("# bench:"))?;
    let mut scale = None;
    let mut check = None;
    for field in line.split_whitespace() {
        match field.split_once('=') {
            Some(("scale", v)) => scale = v.parse().ok(),
            Some(("check", v)) => check = v.parse().ok(),
            _ => return None,
        }
    }
    Some((scale?, check?))
}

#[cfg(test)]
mod tests {
    use super::parse_header;

    #[test]
    fn header_gives_both_sizes() {
        assert_eq!(
            parse_header("# a comment\n# bench: scale=12 check=1\nimport sys\n"),
            Some((12, 1))
        );
        assert_eq!(parse_header("# bench: scale=12\n"), None);
        assert_eq!(parse_header("# bench: scale=x check=1\n"), None);
        assert_eq!(parse_header("import sys\n"), None);
    }
}
