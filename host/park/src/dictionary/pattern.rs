//! Key patterns: dotted segments, each a word, an alternation `{a|b|c}` or
//! `*`.

use super::ANY_NAME;

/// One segment of a key pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Segment {
    /// One of these words.
    Words(Vec<String>),
    /// Any word: a name the park chooses (`product.*.unit-energy`).
    Any,
}

impl Segment {
    fn allows(&self, word: &str) -> bool {
        match self {
            Segment::Words(words) => words.iter().any(|w| w == word),
            Segment::Any => is_word(word),
        }
    }
}

/// A word of a key: lowercase letters, digits and `-`.
pub(crate) fn is_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The segments of a pattern, or why it is not one.
pub(crate) fn parse(pattern: &str) -> Result<Vec<Segment>, &'static str> {
    let mut segments = Vec::new();
    for segment in pattern.split('.') {
        if segment == "*" {
            segments.push(Segment::Any);
            continue;
        }
        let words: Vec<String> = match segment.strip_prefix('{') {
            Some(rest) => rest
                .strip_suffix('}')
                .ok_or("an alternation is written `{a|b|c}`")?
                .split('|')
                .map(str::to_owned)
                .collect(),
            None => vec![segment.to_owned()],
        };
        for (i, word) in words.iter().enumerate() {
            if !is_word(word) {
                return Err(
                    "a segment is lowercase letters, digits and `-`, an alternation `{a|b|c}` of such words, or `*`",
                );
            }
            if words.get(..i).is_some_and(|before| before.contains(word)) {
                return Err("an alternation lists a word twice");
            }
        }
        segments.push(Segment::Words(words));
    }
    Ok(segments)
}

/// Whether each of `segments` is allowed by the pattern segment at its place.
pub(crate) fn matches(pattern: &[Segment], segments: &[&str]) -> bool {
    pattern.iter().zip(segments).all(|(p, s)| p.allows(s))
}

/// Whether some key matches both patterns, or a key of one starts a key of
/// the other.
pub(crate) fn overlap(a: &[Segment], b: &[Segment]) -> bool {
    a.iter().zip(b).all(|(x, y)| match (x, y) {
        (Segment::Any, _) | (_, Segment::Any) => true,
        (Segment::Words(x), Segment::Words(y)) => x.iter().any(|w| y.contains(w)),
    })
}

/// Every concrete key of a pattern, `*` shown as [`ANY_NAME`].
pub(crate) fn expand(pattern: &[Segment]) -> Vec<String> {
    let any = [ANY_NAME.to_owned()];
    let mut keys = vec![String::new()];
    for segment in pattern {
        let words: &[String] = match segment {
            Segment::Words(words) => words,
            Segment::Any => &any,
        };
        keys = keys
            .iter()
            .flat_map(|k| {
                words.iter().map(move |w| {
                    if k.is_empty() {
                        w.clone()
                    } else {
                        format!("{k}.{w}")
                    }
                })
            })
            .collect();
    }
    keys
}
