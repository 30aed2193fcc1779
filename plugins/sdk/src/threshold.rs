//! Comparing values with thresholds, on the full unrounded value.

use crate::{Text, Threshold, fmt_num, text};

/// Whether `value` meets `threshold` (GB/T 8170 full-value comparison: no
/// rounding before comparing). Qualitative and unbounded thresholds are met.
pub fn meets(value: f64, threshold: &Threshold) -> bool {
    match threshold {
        Threshold::AtMost(limit) => value <= *limit,
        Threshold::AtLeast(limit) => value >= *limit,
        Threshold::Within((low, high)) => *low <= value && value <= *high,
        Threshold::Qualitative(_) | Threshold::Unbounded => true,
    }
}

/// The threshold in words, with `unit`: `≤ 0.20 tCO2/tce`.
pub fn threshold_text(threshold: &Threshold, unit: &str, decimals: usize) -> Text {
    let n = |v: f64| fmt_num(v, decimals);
    let s = match threshold {
        Threshold::AtMost(v) => format!("≤ {} {unit}", n(*v)),
        Threshold::AtLeast(v) => format!("≥ {} {unit}", n(*v)),
        Threshold::Within((a, b)) => format!("{} – {} {unit}", n(*a), n(*b)),
        Threshold::Qualitative(t) => return t.clone(),
        Threshold::Unbounded => return text("无限值", "no threshold"),
    };
    text(s.trim_end(), s.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_the_full_value_not_the_rounded_one() {
        // 0.2004 rounds to 0.20 but exceeds 0.20: it fails.
        assert!(!meets(0.2004, &Threshold::AtMost(0.20)));
        assert!(meets(0.20, &Threshold::AtMost(0.20)));
        assert!(meets(90.0, &Threshold::AtLeast(90.0)));
        assert!(!meets(89.999, &Threshold::AtLeast(90.0)));
        assert!(meets(0.5, &Threshold::Within((0.4, 0.6))));
        assert!(!meets(0.61, &Threshold::Within((0.4, 0.6))));
    }

    #[test]
    fn writes_thresholds_with_their_unit() {
        assert_eq!(
            threshold_text(&Threshold::AtMost(0.2), "tCO2/tce", 2).en,
            "≤ 0.20 tCO2/tce"
        );
        assert_eq!(
            threshold_text(&Threshold::AtLeast(90.0), "%", 0).zh,
            "≥ 90 %"
        );
    }
}
