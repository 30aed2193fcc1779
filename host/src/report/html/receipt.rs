//! The appendix of an HTML report: what is needed to reproduce it.

use maud::{Markup, html};

use crate::report::view::ReportView;
use crate::runtime::Origin;

/// The receipt: digests, versions, the dictionary, standards, park files
/// and limits.
pub(super) fn receipt(view: &ReportView) -> Markup {
    let lang = view.lang;
    let receipt = &view.receipt;
    let dictionary = &receipt.dictionary;
    html! {
        section.receipt {
            h2 { (lang.say("附录：复核信息", "Appendix: receipt")) }
            dl.facts {
                dt { (lang.say("结果摘要（zcp reproduce 据此复核）", "Result digest (zcp reproduce checks it)")) }
                dd { code.digest { (receipt.result_digest) } }
                dt { (lang.say("zcp 版本", "zcp version")) }
                dd { (receipt.host_version) }
                dt { (lang.say("主机支持的评价接口（WIT）版本", "Contract (WIT) versions the host runs")) }
                dd { (receipt.wit_versions.join(", ")) }
                dt { (lang.say("数据字典", "Data dictionary")) }
                dd {
                    (lang.say("版本 ", "version ")) (dictionary.version)
                    (lang.say("，SHA-256 ", ", SHA-256 ")) code.digest { (dictionary.digest) }
                    @if !dictionary.defined.is_empty() {
                        (lang.say("；标准定义的键：", "; keys the standards define: "))
                        @for (i, (pattern, by)) in dictionary.defined.iter().enumerate() {
                            @if i > 0 { ", " }
                            code { (pattern) } " (" code { (by) } ")"
                        }
                    }
                }
                dt { (lang.say("给定的参数", "Parameters given")) }
                dd {
                    @if receipt.parameters.is_empty() {
                        (lang.say("无（均取默认值）", "none (defaults apply)"))
                    }
                    @for (i, parameter) in receipt.parameters.iter().enumerate() {
                        @if i > 0 { ", " }
                        code { (parameter) }
                    }
                }
            }
            h3 { (lang.say("标准", "Standards")) }
            table.receipt-standards {
                thead {
                    tr {
                        th scope="col" { (lang.say("标准", "Standard")) }
                        th scope="col" { (lang.say("状态", "Status")) }
                        th scope="col" { (lang.say("扩展自", "Extends")) }
                        th scope="col" { (lang.say("来源", "Origin")) }
                        th scope="col" { (lang.say("发布者", "Publisher")) }
                        th scope="col" { "WIT" }
                        th scope="col" { "SHA-256" }
                    }
                }
                tbody {
                    @for s in &receipt.standards {
                        tr {
                            td { code { (s.label) } }
                            td { (s.status) }
                            td { @if let Some(base) = &s.extends { code { (base) } } @else { "—" } }
                            td {
                                @match &s.origin {
                                    Origin::Bundled(package) => { (lang.say("内置 ", "bundled ")) code { (package) } },
                                    Origin::File(path) => code { (path.display().to_string()) },
                                }
                            }
                            td { (s.publisher) }
                            td { (s.wit_version) }
                            td { code.digest { (s.digest) } }
                        }
                    }
                }
            }
            @if !receipt.parks.is_empty() {
                h3 { (lang.say("园区数据", "Park data")) }
                table.receipt-parks {
                    thead {
                        tr {
                            th scope="col" { (lang.say("园区", "Park")) }
                            th scope="col" { (lang.say("文件", "File")) }
                            th scope="col" { (lang.say("年度", "Year")) }
                            th scope="col" { "SHA-256" }
                        }
                    }
                    tbody {
                        @for park in &receipt.parks {
                            tr {
                                td { code { (park.id) } }
                                td { code { (park.file) } }
                                td { (park.year.map_or_else(|| "—".to_owned(), |y| y.to_string())) }
                                td { code.digest { (park.digest) } }
                            }
                        }
                    }
                }
            }
            h3 { (lang.say("资源限制（每次调用）", "Limits (per call)")) }
            table.receipt-limits {
                thead {
                    tr {
                        th scope="col" { (lang.say("限制", "Limit")) }
                        th scope="col" { (lang.say("取值", "Value")) }
                    }
                }
                tbody {
                    @for (name, value) in &receipt.limits {
                        tr { td { (name) } td { (value) } }
                    }
                }
            }
        }
    }
}
