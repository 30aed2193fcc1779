//! What a run asks for: each standard resolved with its bases, and the
//! parameters given on the command line checked against what they declare.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use jiff::civil::Date;
use semver::VersionReq;
use serde::Serialize;

use crate::model::Parameter;
use crate::registry::{Registry, StandardSpec};
use crate::runtime::Plugin;

/// A parameter given on the command line: `ID:NAME=VALUE` for every
/// version of `ID` in the run that declares `NAME`, or `ID@REQ:NAME=VALUE`
/// for the versions that match `REQ` (and declare it).
///
/// Read as: everything before the first `:` is `ID` or `ID@REQ` (neither an
/// id nor a semver requirement holds a `:`, while a requirement may hold
/// `=`, as in `@=1.0.0` or `@>=1, <2`); after it, `NAME` runs to the first
/// `=` and `VALUE` is the rest, `:` and `=` included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct ParamArg {
    /// Standard id it applies to.
    pub standard: String,
    /// The versions it applies to, as a semver requirement (`^1`,
    /// `=2.0.0-draft.1`); when absent, every version in the run that
    /// declares the parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub req: Option<VersionReq>,
    /// Parameter name.
    pub name: String,
    /// Value.
    pub value: String,
}

impl ParamArg {
    /// `ID` or `ID@REQ`: which versions it is for.
    fn target(&self) -> String {
        match &self.req {
            Some(req) => format!("{}@{req}", self.standard),
            None => self.standard.clone(),
        }
    }
}

impl fmt::Display for ParamArg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}={}", self.target(), self.name, self.value)
    }
}

impl FromStr for ParamArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let malformed = || {
            format!(
                "`{s}` is not `ID:NAME=VALUE` or `ID@REQ:NAME=VALUE` (e.g. `cn-zcp@1:equal-value-coefficient=0.2986`)"
            )
        };
        let (target, assignment) = s.split_once(':').ok_or_else(malformed)?;
        let (name, value) = assignment.split_once('=').ok_or_else(malformed)?;
        let (standard, req) = match target.split_once('@') {
            Some((id, req)) => (id, Some(req)),
            None => (target, None),
        };
        if standard.is_empty() || name.is_empty() {
            return Err(malformed());
        }
        let req = req
            .map(|req| match VersionReq::parse(req) {
                Ok(parsed) => Ok(parsed),
                Err(_) if req == "sha256" => Err(format!(
                    "`{s}`: a parameter names versions by requirement (`{standard}@1`, `{standard}@=1.0.0`), not by digest"
                )),
                Err(e) => Err(format!(
                    "`{req}` in `{s}` is not a version requirement: {e}"
                )),
            })
            .transpose()?;
        Ok(ParamArg {
            standard: standard.to_owned(),
            req,
            name: name.to_owned(),
            value: value.to_owned(),
        })
    }
}

/// A standard resolved with its bases, nearest first.
pub(crate) struct Chain {
    pub(crate) standard: Arc<Plugin>,
    pub(crate) bases: Vec<Arc<Plugin>>,
}

impl Chain {
    pub(crate) fn plugins(&self) -> impl Iterator<Item = &Arc<Plugin>> {
        std::iter::once(&self.standard).chain(&self.bases)
    }
}

pub(crate) fn resolve_chain(
    registry: &Registry,
    spec: &StandardSpec,
    as_of: Option<Date>,
    warnings: &mut Vec<String>,
) -> Result<Chain, String> {
    let mut chain: Vec<Arc<Plugin>> = Vec::new();
    let mut next = Some(spec.clone());
    while let Some(spec) = next.take() {
        let resolved = registry
            .resolve(&spec, as_of)
            .map_err(|e| match chain.last() {
                Some(derived) => format!(
                    "`{}` extends `{spec}`, which cannot be used: {e}",
                    derived.info.label()
                ),
                None => e.to_string(),
            })?;
        warnings.extend(resolved.warnings);
        let plugin = resolved.plugin;
        if chain.iter().any(|p| p.digest == plugin.digest) {
            let names: Vec<String> = chain
                .iter()
                .chain([&plugin])
                .map(|p| p.info.label())
                .collect();
            return Err(format!(
                "standards extend each other in a cycle: {}",
                names.join(" → ")
            ));
        }
        next = match &plugin.info.extends {
            Some(base) => Some(base.parse::<StandardSpec>().map_err(|e| {
                format!(
                    "`{}` declares `extends = {base}`, which is not `ID@REQ`: {e}",
                    plugin.info.label()
                )
            })?),
            None => None,
        };
        chain.push(plugin);
    }
    let standard = chain.remove(0);
    Ok(Chain {
        standard,
        bases: chain,
    })
}

/// The parameters each plugin of a run receives, by plugin digest: the
/// names and values passed to its `evaluate`, in the order given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Assigned(BTreeMap<String, Vec<(String, String)>>);

impl Assigned {
    /// What `plugin` receives.
    pub(crate) fn of(&self, plugin: &Plugin) -> Vec<(String, String)> {
        self.0.get(&plugin.digest).cloned().unwrap_or_default()
    }
}

/// Give each parameter to the versions it is for: with a requirement, the
/// versions of its id in the run (bases included) that match it;
/// without, every version of its id in the run; of those, the ones that
/// declare the name. Errors when its id is not in the run, when no version
/// matches its requirement, when none of the versions it is for declares
/// it, or when one that declares it refuses its value. A later parameter
/// for the same version and name replaces an earlier one.
pub(crate) fn assign_parameters(
    chains: &[Chain],
    parameters: &[ParamArg],
) -> Result<Assigned, String> {
    let mut plugins: Vec<&Arc<Plugin>> = Vec::new();
    for plugin in chains.iter().flat_map(Chain::plugins) {
        if !plugins.iter().any(|p| p.digest == plugin.digest) {
            plugins.push(plugin);
        }
    }
    let labels = |list: &[&Arc<Plugin>]| -> String {
        list.iter()
            .map(|p| p.info.label())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut assigned = Assigned::default();
    for arg in parameters {
        let same_id: Vec<&Arc<Plugin>> = plugins
            .iter()
            .copied()
            .filter(|p| p.info.id == arg.standard)
            .collect();
        if same_id.is_empty() {
            let ids: BTreeSet<&str> = plugins.iter().map(|p| p.info.id.as_str()).collect();
            return Err(format!(
                "`--param {}:{}` names standard `{}`, which this run does not use (it uses: {})",
                arg.target(),
                arg.name,
                arg.standard,
                ids.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
        let targeted: Vec<&Arc<Plugin>> = same_id
            .iter()
            .copied()
            .filter(|p| arg.req.as_ref().is_none_or(|r| r.matches(&p.info.version)))
            .collect();
        if targeted.is_empty() {
            return Err(format!(
                "`--param {}:{}` matches no version of `{}` in this run (it uses: {})",
                arg.target(),
                arg.name,
                arg.standard,
                labels(&same_id)
            ));
        }
        let declaring: Vec<(&Arc<Plugin>, &Parameter)> = targeted
            .iter()
            .filter_map(|p| Some((*p, p.info.parameters.iter().find(|d| d.name == arg.name)?)))
            .collect();
        if declaring.is_empty() {
            return Err(undeclared(arg, &targeted));
        }
        for (plugin, declared) in declaring {
            if let Some(reason) = declared.values.refuse(&arg.value) {
                return Err(format!(
                    "parameter `{}` of `{}` cannot be `{}` ({reason})",
                    arg.name,
                    plugin.info.label(),
                    arg.value,
                ));
            }
            let given = assigned.0.entry(plugin.digest.clone()).or_default();
            given.retain(|(name, _)| *name != arg.name);
            given.push((arg.name.clone(), arg.value.clone()));
        }
    }
    Ok(assigned)
}

/// None of `versions` declares the parameter: what each has instead.
fn undeclared(arg: &ParamArg, versions: &[&Arc<Plugin>]) -> String {
    let has = |plugin: &Plugin| -> String {
        let known: Vec<&str> = plugin
            .info
            .parameters
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        if known.is_empty() {
            "none".to_owned()
        } else {
            known.join(", ")
        }
    };
    match versions {
        [one] => format!(
            "`{}` has no parameter `{}` (it has: {})",
            one.info.label(),
            arg.name,
            has(one)
        ),
        many => format!(
            "no version of `{}` in this run has a parameter `{}` ({})",
            arg.target(),
            arg.name,
            many.iter()
                .map(|p| format!("`{}` has: {}", p.info.label(), has(p)))
                .collect::<Vec<_>>()
                .join("; ")
        ),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn parsed(s: &str) -> (String, Option<String>, String, String) {
        let p: ParamArg = s.parse().unwrap();
        assert_eq!(p.to_string().parse::<ParamArg>().unwrap(), p, "round trip");
        (p.standard, p.req.map(|r| r.to_string()), p.name, p.value)
    }

    fn owned(
        id: &str,
        req: Option<&str>,
        name: &str,
        value: &str,
    ) -> (String, Option<String>, String, String) {
        (id.into(), req.map(Into::into), name.into(), value.into())
    }

    #[test]
    fn a_parameter_is_read_up_to_the_first_colon_then_up_to_the_first_equals() {
        assert_eq!(
            parsed("cn-zcp:equal-value-coefficient=0.29"),
            owned("cn-zcp", None, "equal-value-coefficient", "0.29")
        );
        // The requirement holds `=` before the name's: the first `:` ends it.
        assert_eq!(
            parsed("cn-zcp@=1.0.0:equal-value-coefficient=0.29"),
            owned("cn-zcp", Some("=1.0.0"), "equal-value-coefficient", "0.29")
        );
        assert_eq!(
            parsed("cn-zcp@>=1, <2:below-band-threshold=0.3"),
            owned("cn-zcp", Some(">=1, <2"), "below-band-threshold", "0.3")
        );
        assert_eq!(
            parsed("cn-zcp@=2.0.0-draft.1:small-park-threshold=0.3"),
            owned(
                "cn-zcp",
                Some("=2.0.0-draft.1"),
                "small-park-threshold",
                "0.3"
            )
        );
        assert_eq!(
            parsed("cn-zcp@1:equal-value-coefficient=0.29"),
            owned("cn-zcp", Some("^1"), "equal-value-coefficient", "0.29")
        );
        // The value is the rest, `:` and `=` included; it may be empty.
        assert_eq!(
            parsed("cn-zcp@=1.0.0:note=a:b=c"),
            owned("cn-zcp", Some("=1.0.0"), "note", "a:b=c")
        );
        assert_eq!(parsed("x:n=="), owned("x", None, "n", "="));
        assert_eq!(parsed("x:n="), owned("x", None, "n", ""));
    }

    #[test]
    fn a_malformed_parameter_says_what_is_expected() {
        let shape = |s: &str| {
            format!(
                "`{s}` is not `ID:NAME=VALUE` or `ID@REQ:NAME=VALUE` (e.g. `cn-zcp@1:equal-value-coefficient=0.2986`)"
            )
        };
        for s in [
            "cn-zcp",
            "cn-zcp=1",
            "cn-zcp:name",
            ":n=1",
            "cn-zcp:=1",
            "@1:n=1",
            "cn-zcp@1=n:v",
        ] {
            assert_eq!(s.parse::<ParamArg>().unwrap_err(), shape(s), "{s}");
        }
        let err = "cn-zcp@one:n=1".parse::<ParamArg>().unwrap_err();
        assert!(
            err.starts_with("`one` in `cn-zcp@one:n=1` is not a version requirement: "),
            "{err}"
        );
        assert!("cn-zcp@:n=1".parse::<ParamArg>().is_err());
        assert_eq!(
            "cn-zcp@sha256:39fa08311d40:n=1"
                .parse::<ParamArg>()
                .unwrap_err(),
            "`cn-zcp@sha256:39fa08311d40:n=1`: a parameter names versions by requirement (`cn-zcp@1`, `cn-zcp@=1.0.0`), not by digest"
        );
    }

    #[test]
    fn a_bare_parameter_serializes_as_before_and_a_requirement_beside_it() {
        let bare: ParamArg = "cn-zcp:k=1".parse().unwrap();
        assert_eq!(
            serde_json::to_value(&bare).unwrap(),
            serde_json::json!({"standard": "cn-zcp", "name": "k", "value": "1"})
        );
        let versioned: ParamArg = "cn-zcp@=1.0.0:k=1".parse().unwrap();
        let json = serde_json::to_value(&versioned).unwrap();
        assert_eq!(json["req"], "=1.0.0");
        assert_eq!(serde_json::from_value::<ParamArg>(json).unwrap(), versioned);
    }
}
