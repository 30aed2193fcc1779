//! One evaluation: the draft's parameters, cn-zcp's findings with the
//! draft's bands, the verdict of 1.0.0, then the score and the tier.

use zcp_sdk::{Assumption, Evaluation, EvaluationError, Params, ParkData, text, verdict_of};

use crate::bands::DraftBands;
use crate::describe::{ID, VERSION};
use crate::params::{self, DraftSettings};
use crate::summary;
use crate::tiers;

/// The assumption that puts "illustrative draft" in the banner of every report.
pub const ILLUSTRATIVE_DRAFT: &str = "illustrative-draft";

/// Evaluate the park served by `data` with the evaluator's `parameters`.
pub fn evaluate(
    data: &dyn ParkData,
    parameters: &[(String, String)],
) -> Result<Evaluation, EvaluationError> {
    let params = Params::resolve(&params::declared(), parameters)?;
    let settings = DraftSettings::parse(&params)?;
    let bands = DraftBands {
        small_park_threshold: settings.small_park_threshold(),
        edge: settings.edge,
    };
    let label = format!("{ID} {VERSION}");
    let found = cn_zcp::evaluate::findings(
        data,
        &settings.base,
        &bands,
        params.is_given(cn_zcp::params::EQUAL_VALUE_COEFFICIENT),
        &label,
    )?;
    let mut results = found.results;
    // The draft declares cn-zcp's indicator ids, no others.
    if let Some(r) = results
        .iter()
        .find(|r| !cn_zcp::describe::is_declared(&r.id))
    {
        return Err(EvaluationError::Internal(format!(
            "result `{}` is not an indicator {label} declares",
            r.id
        )));
    }
    // The verdict of 1.0.0: eligibility and core decide, guiding never does.
    let verdict = verdict_of(&results);
    let scored = tiers::score(&mut results, verdict);
    let summary = summary::summary(verdict, &results, &bands, scored.score, scored.tier);
    let mut assumptions = vec![illustrative()];
    assumptions.extend(params.assumptions());
    assumptions.extend(tiers::assumptions());
    assumptions.extend(found.constants);
    let mut notes = vec![scored.note];
    notes.extend(found.notes);
    Ok(Evaluation {
        verdict,
        summary: Some(summary),
        tier: scored.tier.map(str::to_owned),
        score: Some(scored.score),
        results,
        assumptions,
        notes,
    })
}

/// The first assumption of every evaluation: this is not an official text.
fn illustrative() -> Assumption {
    Assumption {
        name: ILLUSTRATIVE_DRAFT.to_owned(),
        value: "not an official text".to_owned(),
        provisional: true,
        description: text(
            "示例性草案：国家标准《零碳产业园区建设导则》（计划号 20231975-T-469）尚无公开文本；本版本由发改环资〔2025〕910号附件1、3、4 的指标、定为参数的试行未决之处和示例性分级构成，结论仅供示意，不是按任何正式标准的评价",
            "Illustrative draft: the national standard 《零碳产业园区建设导则》 (plan 20231975-T-469) has no published text; this version is made of the indicators of 发改环资〔2025〕910号 attachments 1, 3 and 4, the trial's open points settled as parameters and an illustrative tier ladder: its result is for illustration, not an assessment under any official standard",
        ),
    }
}
