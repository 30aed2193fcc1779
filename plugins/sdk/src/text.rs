//! Bilingual text and number formatting for explanations.

use crate::Text;

/// Text in both languages.
pub fn text(zh: impl Into<String>, en: impl Into<String>) -> Text {
    Text {
        zh: zh.into(),
        en: en.into(),
    }
}

/// `value` with `decimals` places and thousands separators: `1,234,567.89`.
///
/// For display only: comparisons always use the full value.
pub fn fmt_num(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let fixed = format!("{:.*}", decimals, value.abs());
    let (int, frac) = fixed
        .split_once('.')
        .map_or((fixed.as_str(), None), |(i, f)| (i, Some(f)));
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if value < 0.0 && fixed.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "-"
    } else {
        ""
    };
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

#[cfg(test)]
mod tests {
    use super::fmt_num;

    #[test]
    fn groups_thousands_and_rounds_for_display() {
        assert_eq!(fmt_num(262_080.0, 0), "262,080");
        assert_eq!(fmt_num(18_678.6, 1), "18,678.6");
        assert_eq!(fmt_num(0.071_27, 4), "0.0713");
        assert_eq!(fmt_num(-1_234.5, 1), "-1,234.5");
        assert_eq!(fmt_num(-0.000_01, 2), "0.00");
        assert_eq!(fmt_num(999.0, 0), "999");
    }
}
