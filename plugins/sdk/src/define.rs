//! Constructors for the data keys a standard defines (`describe().defines`).
//!
//! A standard owns the namespace `x-<its id>`: `x-cn-hn-zcp.tech-revenue`.
//! The host checks the namespace and merges the definitions into the run's
//! dictionary; a park file may then give the key like any shared one.

use crate::{KeyDefinition, KeyKind, KeyScope, QuantityKind, Sign, text};

/// A number with a unit of `dimension` (`energy`, `currency`, `mass`, …: a
/// dimension of the host's unit table), zero or more when `sign` is
/// [`Sign::NonNegative`]; the park may give it in any unit of that dimension.
pub fn define_quantity(
    key: &str,
    dimension: &str,
    sign: Sign,
    scope: KeyScope,
    zh: impl Into<String>,
    en: impl Into<String>,
) -> KeyDefinition {
    definition(
        key,
        KeyKind::Quantity(QuantityKind {
            dimension: dimension.to_owned(),
            sign,
        }),
        scope,
        zh,
        en,
    )
}

/// A string, one of `values` (any string when `values` is empty).
pub fn define_text(
    key: &str,
    values: &[&str],
    scope: KeyScope,
    zh: impl Into<String>,
    en: impl Into<String>,
) -> KeyDefinition {
    let values = values.iter().map(|v| (*v).to_owned()).collect();
    definition(key, KeyKind::Text(values), scope, zh, en)
}

/// A yes/no fact.
pub fn define_flag(
    key: &str,
    scope: KeyScope,
    zh: impl Into<String>,
    en: impl Into<String>,
) -> KeyDefinition {
    definition(key, KeyKind::Flag, scope, zh, en)
}

fn definition(
    key: &str,
    kind: KeyKind,
    scope: KeyScope,
    zh: impl Into<String>,
    en: impl Into<String>,
) -> KeyDefinition {
    KeyDefinition {
        key: key.to_owned(),
        kind,
        scope,
        description: text(zh, en),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantity_keys_carry_their_dimension_and_sign() {
        let d = define_quantity(
            "x-t.revenue",
            "currency",
            Sign::NonNegative,
            KeyScope::Year,
            "收入",
            "Revenue",
        );
        assert_eq!(d.key, "x-t.revenue");
        assert_eq!(
            d.kind,
            KeyKind::Quantity(QuantityKind {
                dimension: "currency".into(),
                sign: Sign::NonNegative
            })
        );
        assert_eq!(d.scope, KeyScope::Year);
        assert_eq!(d.description, text("收入", "Revenue"));
    }

    #[test]
    fn text_keys_list_their_values_and_flags_have_none() {
        let t = define_text(
            "x-t.park-type",
            &["chemical", "non-chemical"],
            KeyScope::Profile,
            "园区类型",
            "Park type",
        );
        assert_eq!(
            t.kind,
            KeyKind::Text(vec!["chemical".into(), "non-chemical".into()])
        );
        assert_eq!(t.scope, KeyScope::Profile);
        let f = define_flag("x-t.certified", KeyScope::Profile, "已认证", "Certified");
        assert_eq!(f.kind, KeyKind::Flag);
        assert_eq!(f.description.en, "Certified");
    }
}
