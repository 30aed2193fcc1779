//! The parks of a batch, one at a time: park files, directories walked in
//! name order, JSONL files read line by line. Nothing here holds more than
//! one park's text, besides the names of the directory being walked.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use zcp_park::Format;

/// Where a park comes from: its file, and its line in a JSONL file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The file, as given or found under a directory given.
    pub file: PathBuf,
    /// 1-based line of a JSONL file; `None` for a park file.
    pub line: Option<u64>,
}

impl Source {
    /// How messages name it: `FILE` or `FILE:LINE`.
    pub fn label(&self) -> PathBuf {
        match self.line {
            Some(line) => PathBuf::from(format!("{}:{line}", self.file.display())),
            None => self.file.clone(),
        }
    }
}

/// What a source holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// A park file (`.toml`, `.json`), read by the worker that parses it,
    /// not by the reader walking the inputs.
    File,
    /// One line of a JSONL file: a park in the JSON format.
    Line(String),
    /// The source could not be read.
    Error(String),
}

/// One park to assess (or one input that failed to yield one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Where it comes from.
    pub source: Source,
    /// What it holds.
    pub body: Body,
}

/// What an input path holds, by its extension (any case).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A park file, `.toml` or `.json`.
    Park,
    /// A JSONL file, `.jsonl`.
    Lines,
}

fn kind(path: &Path) -> Option<Kind> {
    let extension = path.extension()?.to_str()?;
    if extension.eq_ignore_ascii_case("jsonl") {
        Some(Kind::Lines)
    } else {
        Format::from_path(path).map(|_| Kind::Park)
    }
}

/// Refuse, before any work, an input that does not exist or that is a
/// file of no kind a batch reads.
pub fn check(inputs: &[PathBuf]) -> Result<(), String> {
    for input in inputs {
        let metadata =
            std::fs::metadata(input).map_err(|e| format!("input `{}`: {e}", input.display()))?;
        if !metadata.is_dir() && kind(input).is_none() {
            return Err(format!(
                "input `{}` is not a park file (`.toml`, `.json`), a JSONL file (`.jsonl`) or a directory",
                input.display()
            ));
        }
    }
    Ok(())
}

/// Refuse an output the batch would read as one of its parks: an input
/// file, or a park or JSONL file under an input directory.
pub fn check_output(inputs: &[PathBuf], output: &Path) -> Result<(), String> {
    let Some(written) = absolute(output) else {
        return Ok(());
    };
    for input in inputs {
        let Ok(read) = input.canonicalize() else {
            continue;
        };
        let overlaps = if read.is_dir() {
            kind(output).is_some() && written.starts_with(&read)
        } else {
            written == read
        };
        if overlaps {
            return Err(format!(
                "the output `{}` would be read as a park of the input `{}`: write it elsewhere",
                output.display(),
                input.display()
            ));
        }
    }
    Ok(())
}

/// `path` with its directory resolved (the file itself need not exist).
fn absolute(path: &Path) -> Option<PathBuf> {
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    Some(parent.canonicalize().ok()?.join(path.file_name()?))
}

/// An entry of a directory being walked.
enum Entry {
    Dir(PathBuf),
    File(PathBuf, Kind),
    /// An input given that is of no kind a batch reads.
    Other(PathBuf),
}

/// The parks of the inputs, in order: each input in turn, a directory's
/// entries by name (subdirectories in their place), a JSONL file's lines.
pub struct Items<'a> {
    inputs: std::slice::Iter<'a, PathBuf>,
    /// The directories being walked, innermost last.
    dirs: Vec<std::vec::IntoIter<Entry>>,
    lines: Option<Lines>,
}

impl<'a> Items<'a> {
    /// The parks of `inputs`, read as the iterator advances.
    pub fn new(inputs: &'a [PathBuf]) -> Self {
        Items {
            inputs: inputs.iter(),
            dirs: Vec::new(),
            lines: None,
        }
    }

    /// The next entry to open: from the innermost directory, else the next input.
    fn next_entry(&mut self) -> Option<Entry> {
        while let Some(dir) = self.dirs.last_mut() {
            match dir.next() {
                Some(entry) => return Some(entry),
                None => {
                    self.dirs.pop();
                }
            }
        }
        let input = self.inputs.next()?;
        Some(match kind(input) {
            // A path given that is a directory is walked whatever its name.
            _ if input.is_dir() => Entry::Dir(input.clone()),
            Some(kind) => Entry::File(input.clone(), kind),
            None => Entry::Other(input.clone()),
        })
    }
}

impl Iterator for Items<'_> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(lines) = &mut self.lines {
                match lines.next() {
                    Some(item) => return Some(item),
                    None => self.lines = None,
                }
            }
            match self.next_entry()? {
                Entry::Dir(dir) => match list(&dir) {
                    Ok(entries) => self.dirs.push(entries.into_iter()),
                    Err(e) => {
                        return Some(failed(dir, format!("cannot read the directory: {e}")));
                    }
                },
                Entry::File(file, Kind::Park) => {
                    return Some(Item {
                        source: Source { file, line: None },
                        body: Body::File,
                    });
                }
                Entry::Other(file) => {
                    return Some(failed(
                        file,
                        "not a park file (`.toml`, `.json`) or a JSONL file (`.jsonl`)".into(),
                    ));
                }
                Entry::File(file, Kind::Lines) => match File::open(&file) {
                    Ok(opened) => self.lines = Some(Lines::new(file, opened)),
                    Err(e) => return Some(failed(file, format!("cannot read the file: {e}"))),
                },
            }
        }
    }
}

fn failed(file: PathBuf, reason: String) -> Item {
    let message = format!("{}: {reason}", file.display());
    Item {
        source: Source { file, line: None },
        body: Body::Error(message),
    }
}

/// A directory's entries that a batch reads, by name: subdirectories (not
/// hidden, not through a symbolic link, which could loop) and park and
/// JSONL files (through links too).
fn list(dir: &Path) -> std::io::Result<Vec<Entry>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if !entry.file_name().to_string_lossy().starts_with('.') {
            names.push((entry.file_name(), entry.file_type()?));
        }
    }
    names.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(names
        .into_iter()
        .filter_map(|(name, file_type)| {
            let path = dir.join(name);
            if file_type.is_dir() {
                Some(Entry::Dir(path))
            } else if file_type.is_symlink() && path.is_dir() {
                None
            } else {
                kind(&path).map(|kind| Entry::File(path, kind))
            }
        })
        .collect())
}

/// The parks of a JSONL file, one per non-blank line.
struct Lines {
    file: PathBuf,
    reader: BufReader<File>,
    line: u64,
    buffer: Vec<u8>,
    done: bool,
}

impl Lines {
    fn new(file: PathBuf, opened: File) -> Self {
        Lines {
            file,
            reader: BufReader::new(opened),
            line: 0,
            buffer: Vec::new(),
            done: false,
        }
    }
}

impl Iterator for Lines {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.done {
            self.buffer.clear();
            match self.reader.read_until(b'\n', &mut self.buffer) {
                Ok(0) => self.done = true,
                Ok(_) => {
                    self.line += 1;
                    if self.buffer.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let source = Source {
                        file: self.file.clone(),
                        line: Some(self.line),
                    };
                    let body = match std::str::from_utf8(&self.buffer) {
                        Ok(text) => Body::Line(text.trim_end().to_owned()),
                        Err(_) => {
                            Body::Error(format!("{}: not UTF-8 text", source.label().display()))
                        }
                    };
                    return Some(Item { source, body });
                }
                Err(e) => {
                    // A read error mid-file ends the file: its place is lost.
                    self.done = true;
                    return Some(Item {
                        body: Body::Error(format!(
                            "{}: cannot read the file after line {}: {e}",
                            self.file.display(),
                            self.line
                        )),
                        source: Source {
                            file: self.file.clone(),
                            line: Some(self.line + 1),
                        },
                    });
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(text: &str) -> Vec<(Option<u64>, Body)> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("parks.jsonl");
        std::fs::write(&path, text).unwrap();
        Items::new(&[path])
            .map(|item| (item.source.line, item.body))
            .collect()
    }

    #[test]
    fn jsonl_lines_keep_their_numbers_and_blank_lines_are_skipped() {
        let read = lines_of("{\"id\":\"a\"}\n\n   \n{\"id\":\"b\"}\r\n{\"id\":\"c\"}");
        assert_eq!(
            read,
            vec![
                (Some(1), Body::Line("{\"id\":\"a\"}".into())),
                (Some(4), Body::Line("{\"id\":\"b\"}".into())),
                (Some(5), Body::Line("{\"id\":\"c\"}".into())),
            ]
        );
        assert_eq!(lines_of(""), vec![]);
        assert_eq!(lines_of("\n\n"), vec![]);
    }

    #[test]
    fn a_line_that_is_not_utf8_is_an_error_in_its_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("parks.jsonl");
        std::fs::write(&path, b"{}\n\xff\xfe\n{}\n").unwrap();
        let read: Vec<_> = Items::new(std::slice::from_ref(&path)).collect();
        assert_eq!(read.len(), 3);
        assert_eq!(read[1].source.line, Some(2));
        assert_eq!(
            read[1].body,
            Body::Error(format!("{}:2: not UTF-8 text", path.display()))
        );
        assert_eq!(read[2].body, Body::Line("{}".into()));
    }

    #[test]
    fn a_directory_is_walked_by_name_into_subdirectories() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("b")).unwrap();
        std::fs::create_dir_all(root.join(".hidden")).unwrap();
        for file in [
            "c.toml",
            "a.json",
            "b/x.toml",
            "notes.txt",
            ".hidden/y.toml",
        ] {
            std::fs::write(root.join(file), "").unwrap();
        }
        std::fs::write(root.join("b/z.jsonl"), "{}\n\n{}\n").unwrap();
        let found: Vec<String> = Items::new(&[root.to_path_buf()])
            .map(|item| {
                let label = item.source.label();
                let relative = label.strip_prefix(root).unwrap();
                relative.display().to_string()
            })
            .collect();
        assert_eq!(
            found,
            ["a.json", "b/x.toml", "b/z.jsonl:1", "b/z.jsonl:3", "c.toml"]
        );
    }

    #[test]
    fn inputs_that_do_not_exist_or_hold_no_parks_are_refused_before_starting() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.toml");
        assert!(
            check(std::slice::from_ref(&missing))
                .unwrap_err()
                .starts_with(&format!("input `{}`: ", missing.display()))
        );
        let text = dir.path().join("notes.txt");
        std::fs::write(&text, "").unwrap();
        assert_eq!(
            check(std::slice::from_ref(&text)).unwrap_err(),
            format!(
                "input `{}` is not a park file (`.toml`, `.json`), a JSONL file (`.jsonl`) or a directory",
                text.display()
            )
        );
        assert_eq!(check(&[dir.path().to_path_buf()]), Ok(()));
    }

    #[test]
    fn an_output_the_batch_would_read_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let parks = dir.path().join("parks");
        std::fs::create_dir(&parks).unwrap();
        let jsonl = dir.path().join("parks.jsonl");
        std::fs::write(&jsonl, "").unwrap();
        let inputs = [parks.clone(), jsonl.clone()];
        let refused = |output: &Path| check_output(&inputs, output).is_err();
        assert!(refused(&parks.join("results.jsonl")));
        assert!(refused(&jsonl));
        assert!(refused(&dir.path().join("parks/../parks.jsonl")));
        assert!(
            !refused(&parks.join("results.csv")),
            "a CSV file is not read"
        );
        assert!(!refused(&dir.path().join("results.jsonl")));
    }
}
