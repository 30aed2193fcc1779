//! Parks with a figure missing: one optional figure a standard reads is left
//! out, so that reports show `insufficient-data` (and a verdict
//! `incomplete` when the figure decides it), as real submissions do.

use crate::draw::Draw;
use crate::park::{Entry, SyntheticPark, Value};

/// Which figure to leave out: a profile key, or a key of the assessment
/// year, or of the year before it.
#[derive(Debug, Clone, Copy)]
enum Section {
    Profile,
    Assessed,
    Previous,
}

/// Leave out one optional figure of `park`, drawn among those it has; the
/// key left out, if any.
pub(crate) fn leave_out(park: &mut SyntheticPark, d: &mut Draw) -> Option<String> {
    let candidates = candidates(park);
    let total = u64::try_from(candidates.len()).unwrap_or(0);
    let (section, key) = candidates
        .into_iter()
        .nth(usize::try_from(d.below(total)).unwrap_or(0))?;
    let count = park.years.len();
    let entries = match section {
        Section::Profile => &mut park.profile,
        Section::Assessed => &mut park.years.get_mut(count.checked_sub(1)?)?.entries,
        Section::Previous => &mut park.years.get_mut(count.checked_sub(2)?)?.entries,
    };
    entries.retain(|e| e.key != key);
    Some(key)
}

fn candidates(park: &SyntheticPark) -> Vec<(Section, String)> {
    let has = |entries: &[Entry], key: &str| entries.iter().any(|e| e.key == key);
    let mut out = Vec::new();
    // Eligibility: the verdict of the national notice turns `incomplete`.
    for key in ["park.energy-carbon-metering", "park.major-incident-3y"] {
        if has(&park.profile, key) {
            out.push((Section::Profile, key.to_owned()));
        }
    }
    let count = park.years.len();
    if let Some(last) = count.checked_sub(1).and_then(|i| park.years.get(i)) {
        for e in &last.entries {
            let key = e.key.as_str();
            // The guiding rates, value added (Jiangsu), a product's limit,
            // a measured fuel's carbon content and a process factor (the
            // core indicator).
            let optional = matches!(
                key,
                "waste.solid.utilised" | "water.fresh-intake" | "economy.industrial-value-added"
            ) || key.ends_with(".carbon-content")
                || (key.starts_with("process.") && key.ends_with(".factor"))
                || (key.starts_with("product.") && key.contains(".level-2-"));
            if optional && matches!(e.value, Value::Quantity { .. }) {
                out.push((Section::Assessed, e.key.clone()));
            }
        }
    }
    // Hunan reads the revenue of the years before: one of them missing.
    if let Some(previous) = count.checked_sub(2).and_then(|i| park.years.get(i))
        && has(&previous.entries, "economy.revenue")
    {
        out.push((Section::Previous, "economy.revenue".to_owned()));
    }
    out
}
