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
    let fixed = fixed_digits(value.abs(), decimals);
    let (int, frac) = fixed
        .split_once('.')
        .map_or((fixed.as_str(), None), |(i, f)| (i, Some(f)));
    let negative = value < 0.0 && fixed.bytes().any(|c| c.is_ascii_digit() && c != b'0');
    let mut out = String::with_capacity(fixed.len() + int.len() / 3 + 1);
    if negative {
        out.push('-');
    }
    for (i, c) in int.char_indices() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// `value` (not negative) with exactly `decimals` decimals, as
/// `format!("{value:.decimals$}")` writes it: the exact binary value rounded.
///
/// Fast path, same digits: when the shortest representation of `value`
/// (`{}`) has at most `decimals` decimals and one unit in the last place of
/// `value` is below `10^-decimals`, the exact value lies within half an ulp
/// of that representation, so rounding it to `decimals` gives that
/// representation padded with zeros. This avoids exact formatting (and its
/// big-number fallback), the main cost of explanations in a guest.
fn fixed_digits(value: f64, decimals: usize) -> String {
    // 2^-52 · value bounds one ulp of value from above.
    let ulp_below_step = decimals <= 15 && value * f64::EPSILON < 10f64.powi(-(decimals as i32));
    if ulp_below_step {
        let shortest = value.to_string();
        let shown_decimals = shortest.split_once('.').map_or(0, |(_, f)| f.len());
        if shown_decimals <= decimals && !shortest.contains('e') {
            let mut fixed = shortest;
            if decimals > 0 {
                if shown_decimals == 0 {
                    fixed.push('.');
                }
                fixed.extend(std::iter::repeat_n('0', decimals - shown_decimals));
            }
            return fixed;
        }
    }
    format!("{value:.decimals$}")
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

    /// The fast path gives exactly what exact formatting gives.
    #[test]
    fn fixed_digits_match_exact_formatting() {
        let values = [
            0.0,
            1.0,
            0.5,
            0.25,
            0.125,
            0.35,
            2.675,
            1e-7,
            123_456.789,
            262_080.0,
            0.1 + 0.2,
            4.35,
            1e15,
            4.5e11,
            9_007_199_254_740_993.0,
            1e23,
            18_678.6 / 262_080.0,
            79.999_9,
        ];
        for value in values {
            for decimals in 0..=12 {
                assert_eq!(
                    super::fixed_digits(value, decimals),
                    format!("{value:.decimals$}"),
                    "{value} with {decimals} decimals"
                );
            }
        }
        // A deterministic spread of values of every magnitude.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let value = f64::from_bits(x >> 2) % 1e12;
            let value = if value.is_finite() { value.abs() } else { 1.5 };
            let short = (value * 1000.0).round() / 1000.0;
            for v in [value, short] {
                for decimals in [0, 1, 2, 3, 4, 6, 10] {
                    assert_eq!(
                        super::fixed_digits(v, decimals),
                        format!("{v:.decimals$}"),
                        "{v} with {decimals}"
                    );
                }
            }
        }
    }
}
