//! The flags that choose what a run evaluates, shared by `zcp evaluate` and
//! `zcp batch`: the standards, their parameters, the year and the day.

use clap::Args;
use zcp::StandardSpec;
use zcp::chain::ParamArg;

use super::AsOfArgs;

/// Which standards, with which parameters, for which year and day.
#[derive(Debug, Args)]
pub(crate) struct SelectionArgs {
    /// Standard to evaluate against: `ID@REQ`; repeat for several, side by
    /// side. A standard that extends another runs after its base.
    #[arg(
        short = 's',
        long = "standard",
        required_unless_present = "all_bundled",
        value_name = "ID@REQ"
    )]
    pub(crate) standards: Vec<StandardSpec>,
    /// Every standard version bundled with zcp, side by side (national
    /// first, then by jurisdiction), before any given with `-s`.
    #[arg(long)]
    pub(crate) all_bundled: bool,
    /// A standard's parameter; repeatable. `ID:NAME=VALUE` is given to
    /// every version of ID in the run (bases included) that declares NAME,
    /// and is an error only when none does; `ID@REQ:NAME=VALUE` only to
    /// the versions matching REQ (`cn-zcp@1`, `cn-zcp@=2.0.0-draft.1`).
    /// The first `:` ends ID@REQ, the first `=` after it ends NAME; VALUE
    /// is the rest. A later one for the same version and name wins. Each
    /// run of the JSON report lists the parameters it received.
    #[arg(short = 'p', long = "param", value_name = "ID[@REQ]:NAME=VALUE")]
    pub(crate) params: Vec<ParamArg>,
    /// Assessment year (default: the latest year of each park).
    #[arg(long)]
    pub(crate) year: Option<i32>,
    #[command(flatten)]
    pub(crate) as_of: AsOfArgs,
}

impl SelectionArgs {
    /// The day asked for with `--as-of`.
    pub(crate) fn day(&self) -> Option<jiff::civil::Date> {
        self.as_of.as_of
    }

    /// The standards asked for: with `--all-bundled` every bundled version
    /// (in force on `--as-of`), then those given with `-s`.
    pub(crate) fn specs(&self, registry: &zcp::Registry) -> anyhow::Result<Vec<StandardSpec>> {
        let mut specs = if self.all_bundled {
            bundled(registry, self.day())
        } else {
            vec![]
        };
        specs.extend(self.standards.iter().cloned());
        if specs.is_empty() {
            let day = self.day().map(|d| d.to_string()).unwrap_or_default();
            anyhow::bail!(
                "no bundled standard is in force on {day} (a version without an effective date is in force on no date; `zcp standards` lists them)"
            );
        }
        Ok(specs)
    }
}

/// Each bundled standard version, exactly (`ID@=VERSION`): national first
/// (`CN` sorts before `CN-HN`), then by jurisdiction, id and version. With
/// `as_of`, only the versions in force that day (effective on or before it).
fn bundled(registry: &zcp::Registry, as_of: Option<jiff::civil::Date>) -> Vec<StandardSpec> {
    let mut plugins: Vec<_> = registry
        .plugins()
        .into_iter()
        .filter(|p| matches!(p.origin, zcp::Origin::Bundled(_)))
        .filter(|p| as_of.is_none_or(|day| p.info.effective.is_some_and(|e| e <= day)))
        .collect();
    plugins.sort_by(|a, b| a.info.jurisdiction.cmp(&b.info.jurisdiction));
    plugins
        .iter()
        .map(|p| StandardSpec::exact(&p.info.id, &p.info.version))
        .collect()
}
