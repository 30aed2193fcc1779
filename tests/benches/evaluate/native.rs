//! The bundled standards' rule crates compiled natively, fed by the same
//! park data the host serves to components: the limit the sandbox is
//! measured against.

use std::sync::Arc;

use zcp_park::{DeclaredQuantity, Dictionary, Park, YearView};
use zcp_sdk::{Evaluation, EvaluationError, ParkData, Standard};

/// One standard's rules, natively.
pub struct NativeStandard {
    /// `id@version`, as the sandboxed plugin describes itself.
    pub label: String,
    evaluate: RulesFn,
    /// Its declared requirements, resolved once against the dictionary
    /// (`None`: text, flag or family, not served by `declared`).
    declared: Vec<Option<DeclaredQuantity>>,
    /// The standard it extends, run first.
    base: Option<Box<NativeStandard>>,
    /// Its indicator ids, its base's first.
    pub indicator_ids: Vec<String>,
    /// The highest total score it declares.
    pub max_score: Option<f64>,
}

type Evaluated = Result<Evaluation, EvaluationError>;

/// `Standard::evaluate` of a rule crate.
type RulesFn = fn(&dyn ParkData, &[(String, String)], Option<Evaluation>) -> Evaluated;

impl NativeStandard {
    fn of<S: Standard>(dictionary: &Dictionary, base: Option<NativeStandard>) -> NativeStandard {
        let info = S::describe();
        let declared = info
            .requires
            .iter()
            .map(|r| {
                let family = r.key.split('.').any(|s| s == "*");
                (!family && !r.unit.is_empty())
                    .then(|| DeclaredQuantity::new(dictionary, &r.key, &r.unit).ok())
                    .flatten()
            })
            .collect();
        let mut indicator_ids: Vec<String> =
            base.iter().flat_map(|b| b.indicator_ids.clone()).collect();
        for indicator in &info.indicators {
            if !indicator_ids.contains(&indicator.id) {
                indicator_ids.push(indicator.id.clone());
            }
        }
        NativeStandard {
            label: format!("{}@{}", info.id, info.version),
            evaluate: S::evaluate,
            declared,
            base: base.map(Box::new),
            indicator_ids,
            max_score: info.max_score,
        }
    }

    /// Evaluate `park` for `year`: its base first, as the host does.
    pub fn evaluate(&self, park: &Park, year: i32) -> Evaluated {
        self.evaluate_layered(park, year)
            .map(|(_, evaluation)| evaluation)
    }

    /// The base's evaluation, if any, and this standard's.
    pub fn evaluate_layered(
        &self,
        park: &Park,
        year: i32,
    ) -> Result<(Option<Evaluation>, Evaluation), EvaluationError> {
        let base = match &self.base {
            Some(base) => Some(base.evaluate(park, year)?),
            None => None,
        };
        let view = park
            .year(year)
            .map_err(|e| EvaluationError::InvalidData(e.to_string()))?;
        let data = NativePark {
            view,
            declared: &self.declared,
        };
        let evaluation = (self.evaluate)(&data, &[], base.clone())?;
        Ok((base, evaluation))
    }
}

/// Every bundled standard natively, in the order of the bundled list.
pub fn bundled(dictionary: &Arc<Dictionary>) -> Vec<NativeStandard> {
    let national = || NativeStandard::of::<cn_zcp::CnZcp>(dictionary, None);
    vec![
        national(),
        NativeStandard::of::<cn_zcp_v2::CnZcpV2>(dictionary, None),
        NativeStandard::of::<cn_nm_zcp::CnNmZcp>(dictionary, Some(national())),
        NativeStandard::of::<cn_hn_zcp::CnHnZcp>(dictionary, None),
        NativeStandard::of::<cn_js_zcp::CnJsZcp>(dictionary, None),
        NativeStandard::of::<t_zcp_scored::TZcpScored>(dictionary, None),
    ]
}

/// A park's year served natively, as the host's park-data functions serve it.
struct NativePark<'a> {
    view: YearView<'a>,
    declared: &'a [Option<DeclaredQuantity>],
}

impl ParkData for NativePark<'_> {
    fn declared(&self) -> Vec<Option<f64>> {
        self.declared
            .iter()
            .map(|q| {
                q.as_ref()
                    .and_then(|q| self.view.declared(q).ok().flatten())
            })
            .collect()
    }

    fn quantity(&self, key: &str, unit: &str) -> Result<Option<f64>, String> {
        self.view.quantity(key, unit).map_err(|e| e.to_string())
    }

    fn text(&self, key: &str) -> Option<String> {
        self.view.text(key)
    }

    fn flag(&self, key: &str) -> Option<bool> {
        self.view.flag(key)
    }

    fn series(&self, key: &str, unit: &str) -> Result<Option<Vec<f64>>, String> {
        self.view.series(key, unit).map_err(|e| e.to_string())
    }

    fn series_by_year(&self, key: &str, unit: &str) -> Result<Vec<(i32, f64)>, String> {
        self.view
            .series_by_year(key, unit)
            .map_err(|e| e.to_string())
    }

    fn keys(&self, prefix: &str) -> Vec<String> {
        self.view.keys(prefix)
    }

    fn year(&self) -> i32 {
        self.view.year()
    }
}
