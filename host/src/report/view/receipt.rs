//! The receipt: everything a report's result rests on, to reproduce it
//! (`zcp reproduce`): the result digest, host and contract versions, the
//! data dictionary, each standard by digest, each park file by digest, the
//! parameters and the limits every call ran under.

use std::time::Duration;

use super::clean;
use crate::limits::Limits;
use crate::record::Report;
use crate::report::{Lang, group_thousands, publisher_label, status_label};
use crate::runtime::Origin;

/// What a report rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Receipt {
    /// SHA-256 of the report without paths and load warnings.
    pub result_digest: String,
    /// zcp version.
    pub host_version: String,
    /// Contract (WIT) versions the host runs.
    pub wit_versions: Vec<String>,
    /// Parameters given, as `id:name=value`.
    pub parameters: Vec<String>,
    /// The data dictionary.
    pub dictionary: DictionaryView,
    /// Every standard used, bases included.
    pub standards: Vec<StandardReceipt>,
    /// Every park file that loaded.
    pub parks: Vec<ParkReceipt>,
    /// Each limit, named in words, with its value in its natural unit.
    pub limits: Vec<(&'static str, String)>,
}

/// The data dictionary of the run.
#[derive(Debug, Clone, PartialEq)]
pub struct DictionaryView {
    /// The shared dictionary's format version.
    pub version: i64,
    /// SHA-256 of the shared dictionary.
    pub digest: String,
    /// Keys the standards defined: pattern and `id@version`.
    pub defined: Vec<(String, String)>,
}

/// A standard as the receipt names it.
#[derive(Debug, Clone, PartialEq)]
pub struct StandardReceipt {
    /// `id@version`.
    pub label: String,
    /// Life-cycle status, in words.
    pub status: &'static str,
    /// The base it extends (a requirement).
    pub extends: Option<String>,
    /// Where it came from.
    pub origin: Origin,
    /// Who vouches for it, in words.
    pub publisher: String,
    /// Its contract version.
    pub wit_version: String,
    /// SHA-256 of the component.
    pub digest: String,
}

/// A park file as the receipt names it.
#[derive(Debug, Clone, PartialEq)]
pub struct ParkReceipt {
    /// Park id.
    pub id: String,
    /// The file, as given.
    pub file: String,
    /// Assessment year.
    pub year: Option<i32>,
    /// SHA-256 of the file.
    pub digest: String,
}

impl Receipt {
    pub(super) fn of(report: &Report, lang: Lang) -> Self {
        Receipt {
            result_digest: report.result_digest.clone(),
            host_version: report.host_version.clone(),
            wit_versions: report
                .wit_versions
                .iter()
                .map(|v| v.as_str().to_owned())
                .collect(),
            parameters: report
                .parameters
                .iter()
                .map(|p| clean(&p.to_string()))
                .collect(),
            dictionary: DictionaryView {
                version: report.dictionary.shared_version,
                digest: report.dictionary.shared_digest.clone(),
                defined: report
                    .dictionary
                    .defined
                    .iter()
                    .map(|(pattern, by)| (clean(pattern), clean(by)))
                    .collect(),
            },
            standards: report
                .standards
                .iter()
                .map(|s| StandardReceipt {
                    label: clean(&s.label),
                    status: status_label(s.status, lang),
                    extends: s.extends.as_deref().map(clean),
                    origin: match &s.origin {
                        Origin::Bundled(package) => Origin::Bundled(clean(package)),
                        Origin::File(path) => {
                            Origin::File(clean(&path.display().to_string()).into())
                        }
                    },
                    publisher: clean(&publisher_label(&s.publisher, lang)),
                    wit_version: s.wit_version.to_string(),
                    digest: s.digest.clone(),
                })
                .collect(),
            parks: report
                .parks
                .iter()
                .filter_map(|section| {
                    section.park.as_ref().map(|p| ParkReceipt {
                        id: clean(&p.id),
                        file: clean(&section.file.display().to_string()),
                        year: section.year,
                        digest: p.data_digest.clone(),
                    })
                })
                .collect(),
            limits: limits(&report.limits, lang),
        }
    }
}

/// Each limit, named in words.
fn limits(limits: &Limits, lang: Lang) -> Vec<(&'static str, String)> {
    vec![
        (
            lang.say("计算预算（fuel）", "CPU budget (fuel)"),
            count(limits.fuel),
        ),
        (
            lang.say("墙钟时间", "Wall clock"),
            duration(limits.wall_clock),
        ),
        (lang.say("内存", "Memory"), bytes(limits.memory_bytes)),
        (
            lang.say("表元素", "Table elements"),
            count(limits.table_elements),
        ),
        (
            lang.say("园区数据调用次数", "Park-data calls"),
            count(limits.host_calls),
        ),
        (
            lang.say("单个调用参数长度", "Park-data call argument"),
            bytes(limits.host_argument_bytes),
        ),
        (
            lang.say("主机工作量", "Host work"),
            bytes(usize::try_from(limits.host_work_bytes).unwrap_or(usize::MAX)),
        ),
        (
            lang.say("结果大小", "Result size"),
            bytes(limits.result_bytes),
        ),
        (
            lang.say(
                "输出捕获（stdout、stderr 各）",
                "Captured output (stdout, stderr each)",
            ),
            bytes(limits.output_bytes),
        ),
        (
            lang.say("数据溯源键数", "Lineage keys"),
            count(limits.lineage_keys),
        ),
    ]
}

fn count(n: impl ToString) -> String {
    group_thousands(&n.to_string())
}

fn bytes(n: usize) -> String {
    const KIB: usize = 1 << 10;
    const MIB: usize = 1 << 20;
    if n >= MIB && n.is_multiple_of(MIB) {
        format!("{} MiB", count(n / MIB))
    } else if n >= KIB && n.is_multiple_of(KIB) {
        format!("{} KiB", count(n / KIB))
    } else {
        format!("{} B", count(n))
    }
}

fn duration(d: Duration) -> String {
    if d.subsec_nanos() == 0 {
        format!("{} s", count(d.as_secs()))
    } else {
        format!("{} ms", count(d.as_millis()))
    }
}

#[cfg(test)]
mod tests {
    use super::{bytes, duration};
    use std::time::Duration;

    #[test]
    fn limits_in_their_natural_units() {
        assert_eq!(bytes(64 << 20), "64 MiB");
        assert_eq!(bytes(64 << 10), "64 KiB");
        assert_eq!(bytes(1500), "1,500 B");
        assert_eq!(duration(Duration::from_secs(10)), "10 s");
        assert_eq!(duration(Duration::from_millis(1500)), "1,500 ms");
    }
}
