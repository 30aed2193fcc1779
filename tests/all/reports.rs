//! `--format markdown`: the assessor's report, `describe` and `standards`, as
//! snapshots and as structure that holds whatever the wording.

use zcp::Limits;
use zcp::report::{Lang, ReportView, ViewOptions};
use zcp_test_artifacts::test_plugins::{PANICS, PROVINCE_1_0_0};

use crate::{evaluate, filters, load, zcp};

const EXAMPLES: [&str; 3] = [
    "examples/parks/coal-heavy.toml",
    "examples/parks/data-gaps.json",
    "examples/parks/ordos-green.toml",
];

/// The Markdown report of `report`, every row side by side.
fn render_report_markdown(report: &zcp::Report, lang: Lang) -> String {
    zcp::report::render_report_markdown(&ReportView::new(report, lang, ViewOptions::default()))
}

/// The shared filters, and full digests (standards, park files) too.
fn markdown_filters() -> Vec<(&'static str, &'static str)> {
    let mut filters = filters();
    filters.insert(0, (r"\b[0-9a-f]{64}\b", "[digest]"));
    filters
}

fn evaluate_markdown(lang: &str) -> String {
    let mut cmd = zcp();
    cmd.arg("evaluate")
        .args(EXAMPLES)
        .args(["-s", "cn-zcp@1", "--report-only", "--format", "markdown"])
        .args(["--lang", lang]);
    crate::stdout_of(&mut cmd, 0)
}

/// How many `|` in a line are not escaped by an odd run of backslashes.
/// The report of the Ordos-like example park under cn-zcp@1, for tests that alter it.
fn ordos_report() -> zcp::Report {
    let (runtime, registry, _dir) = load(Limits::default(), &[]);
    evaluate(
        &runtime,
        &registry,
        &["examples/parks/ordos-green.toml"],
        &["cn-zcp@1"],
    )
}

fn unescaped_pipes(line: &str) -> usize {
    let mut count = 0;
    let mut backslashes = 0;
    for c in line.chars() {
        if c == '|' && backslashes % 2 == 0 {
            count += 1;
        }
        backslashes = if c == '\\' { backslashes + 1 } else { 0 };
    }
    count
}

/// The cells of a table row: `|` not escaped by an odd run of backslashes
/// delimit them.
fn cells(row: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut backslashes = 0;
    for c in row.chars() {
        if c == '|' && backslashes % 2 == 0 {
            cells.push(String::new());
        } else if let Some(cell) = cells.last_mut() {
            cell.push(c);
        }
        backslashes = if c == '\\' { backslashes + 1 } else { 0 };
    }
    // Drop what lies outside the outer pipes.
    cells.remove(0);
    cells.pop();
    cells
}

/// Markdown hygiene that holds for any report: every table has a delimiter
/// row and as many cells in each row as in its header; no trailing spaces;
/// one blank line between blocks; one final newline. Returns the tables.
#[track_caller]
fn check_markdown(md: &str) -> Vec<Vec<Vec<String>>> {
    assert!(md.ends_with('\n') && !md.ends_with("\n\n"), "{md}");
    assert!(!md.contains("\n\n\n"), "two blank lines in a row:\n{md}");
    let lines: Vec<&str> = md.lines().collect();
    for (n, line) in lines.iter().enumerate() {
        assert_eq!(line.trim_end(), *line, "trailing space on line {}", n + 1);
    }
    let mut tables = Vec::new();
    let mut n = 0;
    while n < lines.len() {
        if !lines[n].starts_with('|') {
            // Outside tables, a pipe is escaped so that no text turns into one.
            assert_eq!(unescaped_pipes(lines[n]), 0, "line {}: {}", n + 1, lines[n]);
            n += 1;
            continue;
        }
        assert!(
            n == 0 || lines[n - 1].is_empty(),
            "a table must follow a blank line (line {})",
            n + 1
        );
        let start = n;
        while n < lines.len() && lines[n].starts_with('|') {
            assert!(lines[n].ends_with('|'), "line {}: {}", n + 1, lines[n]);
            n += 1;
        }
        let rows: Vec<Vec<String>> = lines[start..n].iter().map(|l| cells(l)).collect();
        assert!(
            rows.len() >= 2,
            "table without a delimiter row at line {}",
            start + 1
        );
        let width = rows[0].len();
        assert!(
            rows[1].iter().all(|c| c.trim() == "---"),
            "line {}: {}",
            start + 2,
            lines[start + 1]
        );
        for (i, row) in rows.iter().enumerate() {
            assert_eq!(
                row.len(),
                width,
                "line {} has {} cells, its header {width}: {}",
                start + i + 1,
                row.len(),
                lines[start + i]
            );
        }
        tables.push(rows);
    }
    tables
}

/// Line numbers of the first blockquote (the caveats) and the first park heading.
fn banner_and_first_park(md: &str) -> (Option<usize>, Option<usize>) {
    let lines: Vec<&str> = md.lines().collect();
    (
        lines.iter().position(|l| l.starts_with('>')),
        lines.iter().position(|l| l.starts_with("## ")),
    )
}

#[test]
fn evaluate_examples_markdown_in_chinese() {
    let md = evaluate_markdown("zh");
    let tables = check_markdown(&md);
    assert!(
        tables.len() >= 3 * 4,
        "a summary and indicator tables per park"
    );
    let (banner, park) = banner_and_first_park(&md);
    assert!(banner.unwrap() < park.unwrap(), "the caveats come first");
    assert!(md.starts_with("# "), "{md}");
    insta::with_settings!({ filters => markdown_filters() }, {
        insta::assert_snapshot!("evaluate_examples_markdown_zh", md);
    });
}

#[test]
fn evaluate_examples_markdown_in_english() {
    let md = evaluate_markdown("en");
    check_markdown(&md);
    let (banner, park) = banner_and_first_park(&md);
    assert!(banner.unwrap() < park.unwrap(), "the caveats come first");
    insta::with_settings!({ filters => markdown_filters() }, {
        insta::assert_snapshot!("evaluate_examples_markdown_en", md);
    });
}

#[test]
fn describe_markdown() {
    let md = crate::stdout_of(
        zcp().args(["describe", "cn-zcp@1", "--format", "markdown"]),
        0,
    );
    let tables = check_markdown(&md);
    assert_eq!(tables.len(), 3, "indicators, parameters, data keys");
    insta::with_settings!({ filters => markdown_filters() }, {
        insta::assert_snapshot!("describe_markdown", md);
    });
}

#[test]
fn describe_markdown_in_chinese_is_well_formed() {
    let md = crate::stdout_of(
        zcp().args([
            "describe", "cn-zcp@1", "--format", "markdown", "--lang", "zh",
        ]),
        0,
    );
    assert_eq!(check_markdown(&md).len(), 3);
}

#[test]
fn standards_markdown_lists_the_bundled_standard() {
    let dir = crate::plugin_dir(&[PROVINCE_1_0_0]);
    let md = crate::stdout_of(
        zcp()
            .args(["standards", "--format", "markdown"])
            .arg("--standards-dir")
            .arg(dir.path()),
        0,
    );
    let tables = check_markdown(&md);
    assert_eq!(tables.len(), 1, "{md}");
    let labels: Vec<&str> = tables[0][2..].iter().map(|r| r[0].trim()).collect();
    // The bundled standards, two versions of cn-zcp among them, then the plugin.
    assert_eq!(
        labels.len(),
        zcp_artifacts::BUNDLED_STANDARDS.len() + 1,
        "{md}"
    );
    for label in [
        "`cn-zcp@1.0.0`",
        "`cn-zcp@2.0.0-draft.1`",
        "`fake-province@1.0.0`",
    ] {
        assert!(labels.contains(&label), "{label}: {md}");
    }
    let mut sorted = labels.clone();
    sorted.sort();
    assert_eq!(labels, sorted, "by id, then version: {md}");
    assert!(!md.contains('┌'), "not the terminal table");
}

#[test]
fn pipes_in_plugin_text_are_escaped() {
    let mut report = ordos_report();
    let evaluation = report.parks[0].runs[0].evaluation.as_mut().unwrap();
    let explanation = &mut evaluation.results[0].explanation;
    explanation.zh = "甲 | 乙\n--- | ---".to_owned();
    explanation.en = "a | b\n--- | ---".to_owned();
    let description = &mut evaluation.assumptions[0].description;
    description.zh = "参数 | 说明".to_owned();
    description.en = "parameter | description".to_owned();
    let indicator = report.standards[0].indicators.values_mut().next().unwrap();
    indicator.title.zh = "标题 | 二".to_owned();
    indicator.title.en = "title | two".to_owned();
    for (lang, words) in [
        (Lang::Zh, ["甲 \\| 乙", "参数 \\| 说明"]),
        (Lang::En, ["a \\| b", "parameter \\| description"]),
    ] {
        let md = render_report_markdown(&report, lang);
        check_markdown(&md);
        for escaped in words {
            assert!(md.contains(escaped), "`{escaped}` not in\n{md}");
        }
        // The explanation's second line stays inside its list item and is no delimiter row.
        assert!(md.contains("\n  --- \\| ---\n"), "{md}");
    }
}

#[test]
fn the_banner_appears_first_exactly_when_something_is_provisional() {
    let mut report = ordos_report();
    let provisional: Vec<String> = report.parks[0].runs[0]
        .evaluation
        .as_ref()
        .unwrap()
        .assumptions
        .iter()
        .filter(|a| a.provisional)
        .map(|a| format!("`{}` = `{}`", a.name, a.value))
        .collect();
    assert!(
        !provisional.is_empty(),
        "cn-zcp rests on provisional values"
    );
    let md = render_report_markdown(&report, Lang::En);
    let (banner, park) = banner_and_first_park(&md);
    let (banner, park) = (banner.unwrap(), park.unwrap());
    assert!(banner < park);
    let quote: Vec<&str> = md
        .lines()
        .skip(banner)
        .take_while(|l| l.starts_with('>'))
        .collect();
    for assumption in &provisional {
        assert!(
            quote.iter().any(|l| l.contains(assumption.as_str())),
            "{assumption} not in the banner:\n{md}"
        );
    }

    for a in &mut report.parks[0].runs[0]
        .evaluation
        .as_mut()
        .unwrap()
        .assumptions
    {
        a.provisional = false;
    }
    let md = render_report_markdown(&report, Lang::En);
    check_markdown(&md);
    assert_eq!(
        banner_and_first_park(&md).0,
        None,
        "no caveat, no banner:\n{md}"
    );
}

#[test]
fn base_results_are_attributed_to_their_layer() {
    let (runtime, registry, _dir) = load(Limits::default(), &[PROVINCE_1_0_0]);
    let report = evaluate(
        &runtime,
        &registry,
        &["tests/data/w1-green.toml"],
        &["fake-province@1"],
    );
    let md = render_report_markdown(&report, Lang::En);
    check_markdown(&md);
    let row = |id: &str| -> Vec<&str> {
        md.lines()
            .filter(|l| l.starts_with("| ") && l.contains(&format!("`{id}`")))
            .collect()
    };
    let boundary = row("eligibility.boundary");
    assert_eq!(boundary.len(), 1, "{md}");
    assert!(boundary[0].contains("`cn-zcp@1.0.0`"), "{}", boundary[0]);
    // The derived standard's own result overrides the base one, unattributed.
    let core = row("core.carbon-per-energy");
    assert_eq!(core.len(), 1, "{md}");
    assert!(!core[0].contains("`cn-zcp@1.0.0`"), "{}", core[0]);
}

#[test]
fn side_by_side_with_a_failed_run_shows_its_error_and_the_draft() {
    let (runtime, registry, _dir) = load(Limits::default(), &[PANICS]);
    let report = evaluate(
        &runtime,
        &registry,
        &["examples/parks/coal-heavy.toml"],
        &["test-panics", "cn-zcp@1"],
    );
    let error = report.parks[0].runs[0].error.as_ref().unwrap().to_string();
    for lang in [Lang::Zh, Lang::En] {
        let md = render_report_markdown(&report, lang);
        let tables = check_markdown(&md);
        assert!(
            tables
                .iter()
                .any(|t| t[0].len() == 3 && t[0][1].contains("`test-panics@")),
            "a matrix of indicators × the two standards:\n{md}"
        );
        let first_line = error.lines().next().unwrap();
        assert!(
            md.contains(first_line.trim()),
            "`{first_line}` not in\n{md}"
        );
        let (banner, park) = banner_and_first_park(&md);
        assert!(banner.unwrap() < park.unwrap());
        let banner_text: Vec<&str> = md
            .lines()
            .skip(banner.unwrap())
            .take_while(|l| l.starts_with('>'))
            .collect();
        assert!(
            banner_text
                .iter()
                .any(|l| l.contains("`test-panics@1.0.0`")),
            "the draft is in the banner:\n{md}"
        );
        assert_eq!(md, render_report_markdown(&report, lang), "deterministic");
    }
}

/// `--changed-only` leaves out of the side-by-side grid the indicators
/// whose outcome is the same under every standard that has them; each
/// standard's section still lists every indicator.
#[test]
fn changed_only_shows_the_rows_whose_outcome_differs() {
    let run = |extra: &[&str]| {
        let mut cmd = zcp();
        cmd.args(["evaluate", "examples/parks/ordos-green.toml"])
            .args(["-s", "cn-zcp@1", "-s", "cn-js-zcp@1"])
            .args(extra);
        crate::stdout_of(&mut cmd, 0)
    };
    let grid = |table: &str| -> String {
        let start = table.find("══").unwrap();
        let end = table.find("\n── ").unwrap();
        table[start..end].to_owned()
    };
    let (all, changed) = (run(&[]), run(&["--changed-only"]));
    for differs in ["guiding.solid-waste-utilisation", "guiding.water-reuse"] {
        assert!(grid(&changed).contains(differs), "{changed}");
    }
    for same in ["guiding.waste-energy-utilisation", "info.co2-emissions"] {
        assert!(grid(&all).contains(same), "{all}");
        assert!(!grid(&changed).contains(same), "{changed}");
        assert_eq!(all.matches(same).count(), changed.matches(same).count() + 1);
    }
    assert!(
        grid(&changed).contains("(--changed-only: 2 of "),
        "{changed}"
    );

    let md = run(&["--changed-only", "--format", "markdown"]);
    check_markdown(&md);
    assert!(md.contains("(--changed-only: 2 of "), "{md}");

    // With one standard there is no grid to filter: said, not refused.
    let stderr = crate::stderr_of(
        zcp().args([
            "evaluate",
            "examples/parks/ordos-green.toml",
            "-s",
            "cn-zcp@1",
            "--changed-only",
        ]),
        0,
    );
    assert!(
        stderr.contains("with one standard there is nothing to filter"),
        "{stderr}"
    );

    let stderr = crate::stderr_of(
        zcp().args([
            "evaluate",
            "examples/parks/ordos-green.toml",
            "-s",
            "cn-zcp@1",
            "--changed-only",
            "--format",
            "json",
        ]),
        2,
    );
    assert!(
        stderr.contains("`--changed-only` filters the rows a person reads"),
        "{stderr}"
    );
}
