//! The draft's core bands: those of the trial (附件3), with its two open
//! points settled as parameters. The band below 200,000 tce is a declared
//! band of the draft, the small-park band (`small-park-threshold`); a park
//! of exactly 1,000,000 tce, where the printed bands overlap, takes the band
//! `band-edge-1000000` names. The selection is cn-zcp's
//! ([`Band::of_with_edge`]), the thresholds of the two printed bands are
//! cn-zcp's constants; only the words are the draft's.

use cn_zcp::bands::{ChosenBand, CoreBands};
use cn_zcp::display::{amount, limit};
use cn_zcp::indicators::{BAND_UPPER_TCE, BELOW_BAND_DEFAULT_THRESHOLD, Band, BandEdge, CORE_UNIT};
use zcp_sdk::{Text, Threshold, text, threshold_text};

use crate::params::{BAND_EDGE, EDGE_MIDDLE, EDGE_UPPER, SMALL_PARK_THRESHOLD};

/// The bands of cn-zcp 2.0.0-draft.1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DraftBands {
    /// The threshold of the small-park band, E < 200,000 tce (tCO2/tce).
    pub small_park_threshold: f64,
    /// The band of exactly 1,000,000 tce.
    pub edge: BandEdge,
}

impl DraftBands {
    /// The bands with the parameters' defaults: what `describe` declares.
    pub fn defaults() -> Self {
        DraftBands {
            small_park_threshold: BELOW_BAND_DEFAULT_THRESHOLD,
            edge: BandEdge::Upper,
        }
    }

    /// When `band` applies under this edge, as `describe` declares it (for
    /// the default edge) and the core result reports it. The two printed
    /// bands keep the words of 1.0.0 under the default edge, so that the
    /// rows of the two versions read alike.
    pub fn applies_when(&self, band: Band) -> Text {
        match (band, self.edge) {
            (Band::Below, _) => text(
                format!(
                    "E < 200,000 tce（本草案的小型园区档，限值为暂定参数 {SMALL_PARK_THRESHOLD}）"
                ),
                format!(
                    "E < 200,000 tce (the draft's small-park band; threshold: provisional parameter {SMALL_PARK_THRESHOLD})"
                ),
            ),
            (Band::Middle, BandEdge::Upper) => text(
                "200,000 ≤ E < 1,000,000 tce（E 为年综合能耗）",
                "200,000 ≤ E < 1,000,000 tce (E: annual comprehensive energy consumption)",
            ),
            (Band::Middle, BandEdge::Middle) => text(
                format!(
                    "200,000 ≤ E ≤ 1,000,000 tce（E 为年综合能耗；{BAND_EDGE} = {EDGE_MIDDLE}）"
                ),
                format!(
                    "200,000 ≤ E ≤ 1,000,000 tce (E: annual comprehensive energy consumption; {BAND_EDGE} = {EDGE_MIDDLE})"
                ),
            ),
            (Band::Upper, BandEdge::Upper) => text("E ≥ 1,000,000 tce", "E ≥ 1,000,000 tce"),
            (Band::Upper, BandEdge::Middle) => text(
                format!("E > 1,000,000 tce（{BAND_EDGE} = {EDGE_MIDDLE}）"),
                format!("E > 1,000,000 tce ({BAND_EDGE} = {EDGE_MIDDLE})"),
            ),
        }
    }

    /// The parameter value naming the edge.
    fn edge_value(&self) -> &'static str {
        match self.edge {
            BandEdge::Upper => EDGE_UPPER,
            BandEdge::Middle => EDGE_MIDDLE,
        }
    }
}

impl CoreBands for DraftBands {
    fn choose(&self, energy_tce: f64) -> ChosenBand {
        let band = Band::of_with_edge(energy_tce, self.edge);
        let threshold = band.threshold(self.small_park_threshold);
        let th = threshold_text(&Threshold::AtMost(threshold), CORE_UNIT, 2);
        let e = amount(energy_tce);
        let (middle_op, upper_op) = match self.edge {
            BandEdge::Upper => ("<", "≥"),
            BandEdge::Middle => ("≤", ">"),
        };
        let mut explanation = match band {
            Band::Middle => text(
                format!(
                    "档位：200,000 ≤ {e} {middle_op} 1,000,000 tce，限值 {}",
                    th.zh
                ),
                format!(
                    "band: 200,000 ≤ {e} {middle_op} 1,000,000 tce, threshold {}",
                    th.en
                ),
            ),
            Band::Upper => text(
                format!("档位：{e} {upper_op} 1,000,000 tce，限值 {}", th.zh),
                format!("band: {e} {upper_op} 1,000,000 tce, threshold {}", th.en),
            ),
            Band::Below => text(
                format!(
                    "档位：{e} < 200,000 tce（本草案的小型园区档），限值 {} 来自参数 {SMALL_PARK_THRESHOLD} = {}（暂定：试行指标体系未给出 200,000 tce 以下的档位；默认 {} 即最严档）",
                    th.zh,
                    limit(threshold),
                    limit(BELOW_BAND_DEFAULT_THRESHOLD)
                ),
                format!(
                    "band: {e} < 200,000 tce (the draft's small-park band), threshold {} from the parameter {SMALL_PARK_THRESHOLD} = {} (provisional: the trial text publishes no band below 200,000 tce; default {}, the strictest band)",
                    th.en,
                    limit(threshold),
                    limit(BELOW_BAND_DEFAULT_THRESHOLD)
                ),
            ),
        };
        // Exactly on the edge the printed bands overlap: say which parameter
        // settled it. Compared exactly, as the band itself is chosen.
        if energy_tce == BAND_UPPER_TCE {
            let edge = self.edge_value();
            explanation.zh.push_str(&format!(
                "（恰为 1,000,000 tce：试行指标体系的两档在此重叠，按参数 {BAND_EDGE} = {edge} 取限值 {}；暂定，默认 {EDGE_UPPER}）",
                limit(threshold)
            ));
            explanation.en.push_str(&format!(
                " (exactly 1,000,000 tce, where the trial's two printed bands overlap: the parameter {BAND_EDGE} = {edge} takes {}; provisional, default {EDGE_UPPER})",
                limit(threshold)
            ));
        }
        let range = match (band, self.edge) {
            (Band::Below, _) => "< 200,000 tce",
            (Band::Middle, _) => "200,000–1,000,000 tce",
            (Band::Upper, BandEdge::Upper) => "≥ 1,000,000 tce",
            (Band::Upper, BandEdge::Middle) => "> 1,000,000 tce",
        };
        ChosenBand {
            threshold,
            applies_when: self.applies_when(band),
            explanation,
            range: range.to_owned(),
        }
    }
}
