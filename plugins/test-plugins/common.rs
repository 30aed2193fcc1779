// Shared by the test plugins: a minimal, valid description.
fn minimal_info(id: &str, title: &str) -> zcp_sdk::StandardInfo {
    let t = |s: &str| zcp_sdk::text(s, s);
    zcp_sdk::StandardInfo {
        id: id.to_owned(),
        version: "1.0.0".to_owned(),
        title: t(title),
        issuer: t("zcp test suite"),
        source: t("none"),
        jurisdiction: "CN".to_owned(),
        status: zcp_sdk::Status::Draft,
        effective: None,
        extends: None,
        indicators: vec![],
        requires: vec![],
        parameters: vec![],
        defines: vec![],
        tiers: vec![],
        max_score: None,
    }
}
