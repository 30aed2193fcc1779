//! Calendar dates as zcp reads them: a standard's `effective` date and
//! `--as-of DATE`, both written `YYYY-MM-DD` and nothing else.

use jiff::civil::Date;

use crate::contract::shown;

/// `text` as a calendar date written exactly `YYYY-MM-DD`: `2025` (a year)
/// and `2025-07-08T00:00` (a time) are refused, as is a day the calendar
/// lacks (`2025-02-30`, `2025-13-01`).
pub fn parse(text: &str) -> Result<Date, String> {
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shaped {
        return Err(format!(
            "`{}` is not a date written YYYY-MM-DD (e.g. `2025-07-08`)",
            shown(text)
        ));
    }
    text.parse::<Date>()
        .map_err(|_| format!("`{text}` is not a day of the calendar (YYYY-MM-DD)"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn a_date_is_yyyy_mm_dd_and_a_real_day() {
        assert_eq!(parse("2025-07-08").unwrap(), jiff::civil::date(2025, 7, 8));
        assert_eq!(parse("2024-02-29").unwrap(), jiff::civil::date(2024, 2, 29));
        for shapeless in [
            "2025",
            "2025-07",
            "garbage",
            "",
            "2025-7-8",
            "20250708",
            "2025-07-08T00:00",
            " 2025-07-08",
            "2025/07/08",
            "２０２５-07-08",
        ] {
            assert_eq!(
                parse(shapeless).unwrap_err(),
                format!(
                    "`{}` is not a date written YYYY-MM-DD (e.g. `2025-07-08`)",
                    shown(shapeless)
                ),
                "{shapeless}"
            );
        }
        for impossible in ["2025-13-01", "2025-02-29", "2025-04-31", "2025-00-10"] {
            assert_eq!(
                parse(impossible).unwrap_err(),
                format!("`{impossible}` is not a day of the calendar (YYYY-MM-DD)")
            );
        }
    }
}
