//! Checking one value against its dictionary entry: kind, unit, sign.

use crate::closest;
use crate::dictionary::{KeyDef, KeyKind, Scope, Sign};
use crate::error::{Location, ParkError};
use crate::park::{Fact, Format};
use crate::tree::Node;
use crate::units::{self, Dimension, UnitError};

use super::{Loader, Section, join, unique};

impl Loader<'_> {
    pub(super) fn leaf(&mut self, section: &mut Section, key: String, def: &KeyDef, node: &Node) {
        let at = section.at;
        if !section.written.insert(key.clone()) {
            return self.push(ParkError::DuplicateKey {
                path: self.path(),
                at,
                key,
            });
        }
        let belongs = match at {
            Location::Profile => Scope::Profile,
            Location::Year(_) => Scope::Year,
        };
        if def.scope != belongs {
            return self.push(ParkError::WrongScope {
                path: self.path(),
                at,
                key,
                scope: def.scope,
            });
        }
        let fact = match (&def.kind, node) {
            (KeyKind::Quantity { dimension, sign }, _) => {
                self.quantity(at, &key, *dimension, *sign, node)
            }
            (KeyKind::Text { values }, Node::Str(s)) => match values {
                Some(allowed) if !allowed.contains(s) => {
                    self.push(ParkError::NotAllowed {
                        path: self.path(),
                        at,
                        key: key.clone(),
                        value: s.clone(),
                        allowed: allowed.clone(),
                    });
                    None
                }
                _ => Some(Fact::Text(s.clone())),
            },
            (KeyKind::Flag, Node::Bool(b)) => Some(Fact::Flag(*b)),
            (KeyKind::Text { .. }, _) => self.wrong_kind(at, &key, "a text in quotes".into(), node),
            (KeyKind::Flag, _) => self.wrong_kind(at, &key, "`true` or `false`".into(), node),
        };
        if let Some(fact) = fact {
            section.facts.insert(key, fact);
        }
    }

    fn wrong_kind(
        &mut self,
        at: Location,
        key: &str,
        expected: String,
        found: &Node,
    ) -> Option<Fact> {
        self.push(ParkError::WrongKind {
            path: self.path(),
            at,
            key: key.to_owned(),
            expected,
            found: found.describe(),
        });
        None
    }

    /// How a quantity is written in this file's syntax.
    fn quantity_shape(&self, dimension: Dimension) -> String {
        let unit = dimension.base().symbol;
        match self.format {
            Format::Toml => format!("`{{ value = ..., unit = \"{unit}\" }}`"),
            Format::Json => format!("`{{\"value\": ..., \"unit\": \"{unit}\"}}`"),
        }
    }

    fn quantity(
        &mut self,
        at: Location,
        key: &str,
        dimension: Dimension,
        sign: Sign,
        node: &Node,
    ) -> Option<Fact> {
        let Node::Table(members) = node else {
            let shape = self.quantity_shape(dimension);
            return self.wrong_kind(at, key, shape, node);
        };
        let (mut value, mut unit) = (None, None);
        let mut dups = Vec::new();
        for (field, child) in unique(members, |f| dups.push(crate::clip(&join(key, f)))) {
            match field {
                "value" => value = Some(child),
                "unit" => unit = Some(child),
                other => self.push(ParkError::UnknownQuantityField {
                    path: self.path(),
                    at,
                    key: key.to_owned(),
                    field: crate::clip(other),
                    suggestion: closest(other, &["value", "unit"]),
                }),
            }
        }
        for key in dups {
            self.push(ParkError::DuplicateKey {
                path: self.path(),
                at,
                key,
            });
        }
        if value.is_none() {
            self.missing(at, key, "value", dimension);
        }
        if unit.is_none() {
            self.missing(at, key, "unit", dimension);
        }
        let value = value.and_then(|v| self.quantity_value(at, key, sign, v));
        let unit = unit.and_then(|u| self.quantity_unit(at, key, dimension, u));
        Some(Fact::Quantity {
            value: value?,
            unit: unit?,
        })
    }

    fn missing(&mut self, at: Location, key: &str, field: &'static str, dimension: Dimension) {
        self.push(ParkError::MissingQuantityField {
            path: self.path(),
            at,
            key: key.to_owned(),
            field,
            expected: self.quantity_shape(dimension),
        });
    }

    fn quantity_value(&mut self, at: Location, key: &str, sign: Sign, node: &Node) -> Option<f64> {
        let key = key.to_owned();
        let value = match node {
            Node::Num(n) => *n,
            other => {
                self.push(ParkError::QuantityFieldType {
                    path: self.path(),
                    at,
                    key,
                    field: "value",
                    expected: "a number",
                    found: other.describe(),
                });
                return None;
            }
        };
        if !value.is_finite() {
            self.push(ParkError::NotFinite {
                path: self.path(),
                at,
                key,
                value,
            });
            None
        } else if sign == Sign::NonNegative && value < 0.0 {
            self.push(ParkError::Negative {
                path: self.path(),
                at,
                key,
                value,
            });
            None
        } else {
            Some(value)
        }
    }

    fn quantity_unit(
        &mut self,
        at: Location,
        key: &str,
        dimension: Dimension,
        node: &Node,
    ) -> Option<&'static units::Unit> {
        let symbol = match node {
            Node::Str(s) => s,
            other => {
                self.push(ParkError::QuantityFieldType {
                    path: self.path(),
                    at,
                    key: key.to_owned(),
                    field: "unit",
                    expected: "a unit symbol in quotes",
                    found: other.describe(),
                });
                return None;
            }
        };
        let error = match units::unit(symbol) {
            Ok(unit) if unit.dimension == dimension => return Some(unit),
            Ok(unit) => ParkError::WrongDimension {
                path: self.path(),
                at,
                key: key.to_owned(),
                unit: symbol.trim().to_owned(),
                unit_dimension: unit.dimension,
                key_dimension: dimension,
            },
            Err(UnitError::Unknown { .. }) => ParkError::UnknownUnit {
                path: self.path(),
                at,
                key: key.to_owned(),
                unit: crate::clip(symbol),
                suggestion: units::suggest_in(symbol, dimension),
                dimension,
            },
            Err(UnitError::UnknownDimension { .. }) => return None,
        };
        self.push(error);
        None
    }
}
