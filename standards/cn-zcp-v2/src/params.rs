//! Parameters: those of `cn-zcp` 1.0.0, with the trial's two open points on
//! the core bands settled as the draft's own (provisional) parameters.

use cn_zcp::display::limit;
use cn_zcp::indicators::{BELOW_BAND_DEFAULT_THRESHOLD, BandEdge};
use cn_zcp::params::{BELOW_BAND_THRESHOLD, Settings};
use zcp_sdk::{EvaluationError, NumberRange, Parameter, ParameterValues, Params, inclusive, text};

/// The core threshold of the draft's small-park band, E < 200,000 tce
/// (tCO2/tce). In 1.0.0 this was `below-band-threshold`, for parks below
/// the published bands.
pub const SMALL_PARK_THRESHOLD: &str = "small-park-threshold";
/// Which band takes a park of exactly 1,000,000 tce, where the two printed
/// bands of the trial overlap: `upper` or `middle`.
pub const BAND_EDGE: &str = "band-edge-1000000";

/// `band-edge-1000000 = upper`: 1,000,000 tce takes 0.30, as in 1.0.0.
pub const EDGE_UPPER: &str = "upper";
/// `band-edge-1000000 = middle`: 1,000,000 tce takes 0.20.
pub const EDGE_MIDDLE: &str = "middle";

/// The parameters, as `describe` declares them: cn-zcp's, in its order,
/// `below-band-threshold` replaced by [`SMALL_PARK_THRESHOLD`] and followed
/// by [`BAND_EDGE`]. Both are provisional: no text settles them.
pub fn declared() -> Vec<Parameter> {
    let mut out = Vec::new();
    for p in cn_zcp::params::declared() {
        if p.name != BELOW_BAND_THRESHOLD {
            out.push(p);
            continue;
        }
        out.push(Parameter {
            name: SMALL_PARK_THRESHOLD.to_owned(),
            description: text(
                "本草案小型园区档（年综合能耗 E < 200,000 tce）的核心指标限值（tCO2/tce，不小于零的数）；试行指标体系未给出该档，默认取最严档 0.20（暂定）",
                "Core threshold (tCO2/tce, zero or more) of the draft's small-park band, E < 200,000 tce a year; the trial text gives no band there, the default applies the strictest band, 0.20 (provisional)",
            ),
            default_value: limit(BELOW_BAND_DEFAULT_THRESHOLD),
            values: ParameterValues::Number(NumberRange {
                min: inclusive(0.0),
                max: None,
            }),
            provisional: true,
        });
        out.push(Parameter {
            name: BAND_EDGE.to_owned(),
            description: text(
                "年综合能耗恰为 1,000,000 tce 的园区所属档位：试行指标体系的两档（20~100万、100万以上）在此重叠；upper 归入上档（限值 0.30，与 1.0.0 相同）或 middle 归入中档（限值 0.20）（暂定）",
                "The band of a park of exactly 1,000,000 tce, where the trial's two printed bands (200,000 to 1,000,000, and 1,000,000 and above) overlap: `upper` takes 0.30 (as 1.0.0) or `middle` takes 0.20 (provisional)",
            ),
            default_value: EDGE_UPPER.to_owned(),
            values: ParameterValues::OneOf(vec![EDGE_UPPER.to_owned(), EDGE_MIDDLE.to_owned()]),
            provisional: true,
        });
    }
    out
}

/// The parameters, parsed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DraftSettings {
    /// cn-zcp's settings: the accounting choices, the clean-energy
    /// definition, and the small-park threshold as its threshold below
    /// 200,000 tce.
    pub base: Settings,
    /// The band of exactly 1,000,000 tce.
    pub edge: BandEdge,
}

impl DraftSettings {
    /// Parse resolved parameters: cn-zcp's under their own names, parsed by
    /// cn-zcp (the small-park threshold as its `below-band-threshold`), and
    /// the band edge. A malformed value is `invalid-parameter`.
    pub fn parse(params: &Params) -> Result<Self, EvaluationError> {
        let mut base = Vec::new();
        for p in cn_zcp::params::declared() {
            let ours = if p.name == BELOW_BAND_THRESHOLD {
                SMALL_PARK_THRESHOLD
            } else {
                p.name.as_str()
            };
            base.push((p.name.clone(), params.get(ours)?.to_owned()));
        }
        let base = Settings::parse(&Params::resolve(&cn_zcp::params::declared(), &base)?)?;
        let edge = match params.get(BAND_EDGE)? {
            EDGE_UPPER => BandEdge::Upper,
            EDGE_MIDDLE => BandEdge::Middle,
            other => {
                return Err(EvaluationError::InvalidParameter(format!(
                    "parameter `{BAND_EDGE}` cannot be `{other}` (expected `{EDGE_UPPER}` or `{EDGE_MIDDLE}`)"
                )));
            }
        };
        Ok(DraftSettings { base, edge })
    }

    /// The threshold of the small-park band, tCO2/tce.
    pub fn small_park_threshold(&self) -> f64 {
        self.base.below_band_threshold
    }
}
