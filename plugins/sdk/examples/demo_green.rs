//! `demo-green`: a small standard, worked in full. One core indicator, the
//! share of on-site renewable power in the park's electricity, with a
//! threshold by band: 20 % for a heavy-industry park, 40 % for any other.
//! The band is a fact the shared data dictionary lacks, so the standard
//! defines the key in its own namespace: `x-demo-green.park-type`.

use zcp_sdk::*;

/// The standard.
pub struct DemoGreen;

const GRID: &str = "electricity.grid-purchased";
const ON_SITE: &str = "electricity.on-site-renewable";
/// Defined by this standard, in the namespace it owns: `x-<its id>`.
const PARK_TYPE: &str = "x-demo-green.park-type";
const SHARE: &str = "core.on-site-renewable-share";

/// Each band: the park type, when it applies (zh, en), the minimum share in %.
const BANDS: [(&str, &str, &str, f64); 2] = [
    ("heavy-industry", "重工业园区", "heavy-industry parks", 20.0),
    ("other", "其他园区", "other parks", 40.0),
];

fn requirement(key: &str, unit: &str, required: bool, zh: &str, en: &str) -> DataRequirement {
    DataRequirement {
        key: key.into(),
        unit: unit.into(),
        required,
        description: text(zh, en),
    }
}

impl Standard for DemoGreen {
    fn describe() -> StandardInfo {
        let thresholds = BANDS
            .iter()
            .map(|(_, zh, en, min)| BandedThreshold {
                applies_when: text(*zh, *en),
                threshold: Threshold::AtLeast(*min),
            })
            .collect();
        StandardInfo {
            id: "demo-green".into(),
            version: "1.0.0".into(),
            title: text(
                "示例：自发可再生电力占比",
                "Example: on-site renewable share",
            ),
            issuer: text("zcp-sdk 示例", "zcp-sdk example"),
            source: text("zcp-sdk README", "zcp-sdk README"),
            jurisdiction: "CN".into(),
            status: Status::Draft,
            effective: None,
            extends: None,
            indicators: vec![Indicator {
                id: SHARE.into(),
                title: text("自发可再生电力占比", "On-site renewable share"),
                kind: IndicatorKind::Core,
                unit: "%".into(),
                thresholds,
                description: text(
                    "自发可再生电力 ÷（电网购电 + 自发可再生电力）",
                    "on-site renewable ÷ (grid purchase + on-site renewable)",
                ),
                group: None,
                weight: None,
            }],
            requires: vec![
                requirement(GRID, "MWh", true, "电网购电量", "Grid purchase"),
                // Absent means none: a park without generation does not list it.
                requirement(ON_SITE, "MWh", false, "自发可再生电力", "On-site renewable"),
                requirement(PARK_TYPE, "", true, "园区类型", "Park type"),
            ],
            parameters: vec![],
            defines: vec![define_text(
                PARK_TYPE,
                &["heavy-industry", "other"],
                KeyScope::Profile,
                "园区类型（决定适用的阈值）",
                "Park type (decides the threshold that applies)",
            )],
            tiers: vec![],
            max_score: None,
        }
    }

    fn evaluate(
        data: &dyn ParkData,
        _parameters: &[(String, String)],
        _base: Option<Evaluation>,
    ) -> Result<Evaluation, EvaluationError> {
        let inputs = Inputs::fetch(data, &Self::describe().requires);
        let band = data
            .text(PARK_TYPE)
            .and_then(|t| BANDS.iter().find(|(park_type, ..)| *park_type == t));
        let mut used = inputs.present(&[GRID, ON_SITE]);
        let mut missing = inputs.absent(&[GRID]);
        match band {
            Some(_) => used.push(PARK_TYPE.into()),
            None => missing.push(PARK_TYPE.into()),
        }
        let (grid, on_site) = (inputs.get(GRID), inputs.or_zero(ON_SITE));
        let (outcome, value, threshold, applies, explanation) = match (grid, band) {
            (Some(grid), Some((_, zh, en, min))) => {
                let total = grid + on_site;
                if total <= 0.0 {
                    return Err(EvaluationError::InvalidData(format!(
                        "the park uses no electricity (`{GRID}` {grid} MWh, `{ON_SITE}` {on_site} MWh)"
                    )));
                }
                let share = 100.0 * on_site / total;
                let threshold = Threshold::AtLeast(*min);
                let outcome = if meets(share, &threshold) {
                    Outcome::Pass
                } else {
                    Outcome::Fail
                };
                let figures = format!(
                    "{} / ({} + {}) MWh = {} %, {}",
                    fmt_num(on_site, 0),
                    fmt_num(grid, 0),
                    fmt_num(on_site, 0),
                    fmt_num(share, 1),
                    threshold_text(&threshold, "%", 0).en,
                );
                let explanation = text(format!("{figures}（{zh}）"), format!("{figures} ({en})"));
                (
                    outcome,
                    Some(share),
                    threshold,
                    Some(text(*zh, *en)),
                    explanation,
                )
            }
            _ => {
                let why = format!("missing: {}", missing.join(", "));
                let threshold = Threshold::Unbounded;
                (
                    Outcome::InsufficientData,
                    None,
                    threshold,
                    None,
                    text(why.clone(), why),
                )
            }
        };
        let result = IndicatorResult {
            id: SHARE.into(),
            kind: IndicatorKind::Core,
            outcome,
            value,
            unit: "%".into(),
            threshold,
            band: applies,
            score: None,
            explanation,
            used,
            missing,
        };
        Ok(Evaluation {
            verdict: verdict_of(std::slice::from_ref(&result)),
            summary: Some(result.explanation.clone()),
            tier: None,
            score: None,
            results: vec![result],
            assumptions: vec![],
            notes: vec![],
        })
    }
}

// The component's export; it expands only when built for wasm32.
zcp_sdk::export_standard!(DemoGreen);

#[cfg(test)]
mod tests {
    use super::*;

    /// A park of `park_type` buying 80,000 MWh and generating 20,000 MWh:
    /// a share of 20 %.
    fn park(park_type: &str) -> FakePark {
        FakePark::for_standard(2025, &DemoGreen::describe())
            .text(PARK_TYPE, park_type)
            .quantity(GRID, 80_000.0, "MWh")
            .quantity(ON_SITE, 20_000.0, "MWh")
    }

    #[test]
    fn the_threshold_follows_the_park_type() -> Result<(), EvaluationError> {
        let heavy = DemoGreen::evaluate(&park("heavy-industry"), &[], None)?;
        assert_eq!(heavy.results[0].value, Some(20.0));
        assert_eq!(heavy.results[0].outcome, Outcome::Pass, "20 % meets ≥ 20 %");
        assert_eq!(heavy.verdict, Verdict::Qualified);

        let other = DemoGreen::evaluate(&park("other"), &[], None)?;
        assert_eq!(other.results[0].threshold, Threshold::AtLeast(40.0));
        assert_eq!(other.verdict, Verdict::NotQualified);
        Ok(())
    }

    #[test]
    fn a_park_without_its_type_is_incomplete() -> Result<(), EvaluationError> {
        let park = park("other").without(PARK_TYPE);
        let e = DemoGreen::evaluate(&park, &[], None)?;
        assert_eq!(e.results[0].missing, vec![PARK_TYPE.to_owned()]);
        assert_eq!(e.verdict, Verdict::Incomplete);
        Ok(())
    }
}
