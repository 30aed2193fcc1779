//! The assumptions (parameters and constants applied) each result rests
//! on, compared by name: a layered standard's own first, then its bases'.

use serde::Serialize;

use super::Changes;
use crate::model::Assumption;
use crate::record::StandardRun;

/// An assumption, with the layer whose run applied it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assumed {
    /// The standard (`id@version`) whose run applied it.
    pub layer: String,
    /// The assumption.
    #[serde(flatten)]
    pub assumption: Assumption,
}

/// An assumption both results rest on, with a different value or
/// provisional flag.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssumptionChange {
    /// Its name.
    pub name: String,
    /// In A.
    pub a: Assumed,
    /// In B.
    pub b: Assumed,
}

/// The assumptions a run rests on, its own first, then its bases' (each
/// name once: a derived standard's applies over its base's).
fn assumptions(run: &StandardRun) -> Vec<Assumed> {
    let mut out: Vec<Assumed> = Vec::new();
    for layer in std::iter::successors(Some(run), |r| r.base.as_deref()) {
        for a in layer.evaluation.iter().flat_map(|e| &e.assumptions) {
            if !out.iter().any(|o| o.assumption.name == a.name) {
                out.push(Assumed {
                    layer: layer.standard.clone(),
                    assumption: a.clone(),
                });
            }
        }
    }
    out
}

pub(super) fn compare_assumptions(
    a: &StandardRun,
    b: &StandardRun,
) -> Changes<Assumed, AssumptionChange> {
    let (a, b) = (assumptions(a), assumptions(b));
    let find =
        |list: &[Assumed], name: &str| list.iter().find(|x| x.assumption.name == name).cloned();
    let mut changes = Changes::default();
    for x in &a {
        match find(&b, &x.assumption.name) {
            None => changes.only_in_a.push(x.clone()),
            Some(y)
                if x.assumption.value != y.assumption.value
                    || x.assumption.provisional != y.assumption.provisional =>
            {
                changes.changed.push(AssumptionChange {
                    name: x.assumption.name.clone(),
                    a: x.clone(),
                    b: y,
                });
            }
            Some(_) => {}
        }
    }
    changes.only_in_b = b
        .into_iter()
        .filter(|y| find(&a, &y.assumption.name).is_none())
        .collect();
    changes
}
