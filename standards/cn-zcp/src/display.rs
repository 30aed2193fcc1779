//! Numbers for explanations: rounded for display only, with the full value
//! shown wherever the rounding hides a digit.

use zcp_sdk::fmt_num;

/// An amount: up to 4 decimals, trailing zeros dropped (`258,090`, `6,486.6`).
pub fn amount(value: f64) -> String {
    trim(fmt_num(value, 4), 0)
}

/// A coefficient: up to 6 decimals, at least 3 (`0.1229`, `13.300`, `0.03412`).
pub fn coef(value: f64) -> String {
    trim(fmt_num(value, 6), 3)
}

/// An intensity: 4 decimals, followed by the full value when the rounding is
/// not exact (`0.0713 (0.0712706044…)`, `0.2000 (0.2000001)`).
pub fn intensity(value: f64) -> String {
    rounded(value, 4)
}

/// A percentage: 2 decimals, followed by the full value when the rounding is
/// not exact (`99.06 (99.0620…)`, `80.00 (79.9999)`).
pub fn percent(value: f64) -> String {
    rounded(value, 2)
}

fn rounded(value: f64, decimals: usize) -> String {
    let shown = fmt_num(value, decimals);
    if shown.replace(',', "").parse::<f64>().ok() == Some(value) {
        return shown;
    }
    let long = format!("{value:.10}");
    let exact = long.parse::<f64>().ok() == Some(value);
    let long = trim(long, 4);
    if exact {
        format!("{shown} ({long})")
    } else {
        format!("{shown} ({long}…)")
    }
}

/// A threshold or limit: 2 decimals, more if needed (`0.20`, `0.25`, `0.215`).
pub fn limit(value: f64) -> String {
    trim(fmt_num(value, 6), 2)
}

/// An amount with its unit: `300 t`, `300 × 10^4 m3`.
pub fn quantity(value: f64, unit: &str) -> String {
    if unit.starts_with("10^") {
        format!("{} × {unit}", amount(value))
    } else {
        format!("{} {unit}", amount(value))
    }
}

/// Keys in backticks, comma-separated, and the verb that agrees with them:
/// ``(`a`, `b`, "are")``.
pub fn key_list(keys: &[String]) -> (String, &'static str) {
    let list = keys
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    (list, if keys.len() == 1 { "is" } else { "are" })
}

/// Drop trailing zeros after the decimal point, keeping `min_decimals`.
fn trim(s: String, min_decimals: usize) -> String {
    let Some(dot) = s.find('.') else { return s };
    let bytes = s.as_bytes();
    let mut end = s.len();
    while end > dot + 1 + min_decimals && bytes[end - 1] == b'0' {
        end -= 1;
    }
    if end == dot + 1 {
        end = dot;
    }
    s[..end].to_owned()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn amounts_drop_trailing_zeros() {
        assert_eq!(amount(258_089.999_999_999_97), "258,090");
        assert_eq!(amount(6_486.6), "6,486.6");
        assert_eq!(amount(-1e-12), "0");
        assert_eq!(amount(-491.6), "-491.6");
    }

    #[test]
    fn key_lists_agree_with_their_verb() {
        let one = ["a.b".to_owned()];
        assert_eq!(key_list(&one), ("`a.b`".to_owned(), "is"));
        let two = ["a".to_owned(), "b".to_owned()];
        assert_eq!(key_list(&two), ("`a`, `b`".to_owned(), "are"));
    }

    #[test]
    fn coefficients_keep_three_decimals() {
        assert_eq!(coef(13.3), "13.300");
        assert_eq!(coef(0.1229), "0.1229");
        assert_eq!(coef(0.03412), "0.03412");
        assert_eq!(coef(0.11), "0.110");
    }

    #[test]
    fn intensities_show_the_full_value_when_rounded() {
        assert_eq!(intensity(18_678.6 / 262_080.0), "0.0713 (0.0712706044…)");
        assert_eq!(intensity(0.200_000_1), "0.2000 (0.2000001)");
        assert_eq!(intensity(0.25), "0.2500");
        assert_eq!(percent(80.0), "80.00");
        assert_eq!(percent(79.999_9), "80.00 (79.9999)");
        assert_eq!(limit(0.2), "0.20");
        assert_eq!(limit(0.215), "0.215");
    }
}
