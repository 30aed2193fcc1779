//! How the core indicator's size band is chosen and reported (附件3): the
//! band a park's comprehensive energy consumption falls in, its threshold,
//! and the words that report it.
//!
//! cn-zcp 1.0.0 reads the trial text with [`TrialBands`]. A successor that
//! settles the trial's open points differently (the band below 200,000 tce,
//! the overlap of the printed bands at exactly 1,000,000 tce) implements
//! [`CoreBands`] with its own words, and reuses the accounting, the core
//! result and the summary of this crate through
//! [`indicators::computed_in`](crate::indicators::computed_in),
//! [`evaluate::findings`](crate::evaluate::findings) and
//! [`summary::summary_in`](crate::summary::summary_in).

use zcp_sdk::{Text, Threshold, text, threshold_text};

use crate::display::{amount, limit};
use crate::indicators::{BELOW_BAND_DEFAULT_THRESHOLD, Band, CORE_UNIT};
use crate::params::BELOW_BAND_THRESHOLD;

/// The band chosen for one park, with everything a report says about it.
#[derive(Debug, Clone, PartialEq)]
pub struct ChosenBand {
    /// The core threshold of the band, tCO2/tce (at most).
    pub threshold: f64,
    /// When the band applies, in the words `describe` declares
    /// (`applies-when`): the core result's `band`.
    pub applies_when: Text,
    /// The band in the core result's explanation, with the park's energy
    /// consumption and the threshold: `band: 200,000 ≤ 633,990 < 1,000,000
    /// tce, threshold ≤ 0.20 tCO2/tce`.
    pub explanation: Text,
    /// The band's range in a few characters, for the verdict summary:
    /// `200,000–1,000,000 tce`.
    pub range: String,
}

/// The size bands of the core indicator, as one version of the standard
/// reads them.
pub trait CoreBands {
    /// The band of `energy_tce`, the unrounded comprehensive energy
    /// consumption that is also the indicator's denominator.
    fn choose(&self, energy_tce: f64) -> ChosenBand;
}

/// The bands of the trial text as cn-zcp 1.0.0 reads them: 200,000 ≤ E <
/// 1,000,000 tce at 0.20, E ≥ 1,000,000 at 0.30 (the overlap at exactly
/// 1,000,000 taken by the upper band), and below 200,000 tce, where the text
/// publishes no band, the parameter `below-band-threshold`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrialBands {
    /// The threshold below 200,000 tce (parameter `below-band-threshold`).
    pub below_band_threshold: f64,
}

impl CoreBands for TrialBands {
    fn choose(&self, energy_tce: f64) -> ChosenBand {
        let band = Band::of(energy_tce);
        let limit_value = band.threshold(self.below_band_threshold);
        let th = threshold_text(&Threshold::AtMost(limit_value), CORE_UNIT, 2);
        let e = amount(energy_tce);
        let explanation = match band {
            Band::Middle => text(
                format!("档位：200,000 ≤ {e} < 1,000,000 tce，限值 {}", th.zh),
                format!("band: 200,000 ≤ {e} < 1,000,000 tce, threshold {}", th.en),
            ),
            Band::Upper => text(
                format!("档位：{e} ≥ 1,000,000 tce，限值 {}", th.zh),
                format!("band: {e} ≥ 1,000,000 tce, threshold {}", th.en),
            ),
            Band::Below => text(
                format!(
                    "综合能耗 {e} tce 低于通知给出的档位（200,000 tce 起），所用限值 {} 来自参数 {BELOW_BAND_THRESHOLD} = {}（暂定，默认 {} 即最严档）",
                    th.zh,
                    limit(limit_value),
                    limit(BELOW_BAND_DEFAULT_THRESHOLD)
                ),
                format!(
                    "the energy consumption {e} tce is below the published bands (which start at 200,000 tce); the threshold {} applied comes from the parameter {BELOW_BAND_THRESHOLD} = {} (provisional; default {}, the strictest band)",
                    th.en,
                    limit(limit_value),
                    limit(BELOW_BAND_DEFAULT_THRESHOLD)
                ),
            ),
        };
        ChosenBand {
            threshold: limit_value,
            applies_when: band.applies_when(),
            explanation,
            range: band.range().to_owned(),
        }
    }
}
