//! What a run asks for: each standard resolved with its bases, and the
//! parameters given on the command line checked against what they declare.

use std::collections::BTreeSet;
use std::str::FromStr;
use std::sync::Arc;

use serde::Serialize;

use crate::registry::{Registry, StandardSpec};
use crate::runtime::Plugin;

/// A parameter given on the command line: `ID:NAME=VALUE`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct ParamArg {
    /// Standard id it applies to (every version of it).
    pub standard: String,
    /// Parameter name.
    pub name: String,
    /// Value.
    pub value: String,
}

impl FromStr for ParamArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parsed = s.split_once(':').and_then(|(standard, rest)| {
            let (name, value) = rest.split_once('=')?;
            (!standard.is_empty() && !name.is_empty()).then(|| ParamArg {
                standard: standard.to_owned(),
                name: name.to_owned(),
                value: value.to_owned(),
            })
        });
        parsed.ok_or_else(|| {
            format!("`{s}` is not `ID:NAME=VALUE` (e.g. `cn-zcp:equal-value-coefficient=0.2986`)")
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
    as_of: Option<&str>,
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
        warnings.extend(resolved.warning);
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

pub(crate) fn check_parameters(chains: &[Chain], parameters: &[ParamArg]) -> Result<(), String> {
    for arg in parameters {
        let versions: Vec<&Arc<Plugin>> = chains
            .iter()
            .flat_map(Chain::plugins)
            .filter(|p| p.info.id == arg.standard)
            .collect();
        if versions.is_empty() {
            let ids: BTreeSet<&str> = chains
                .iter()
                .flat_map(Chain::plugins)
                .map(|p| p.info.id.as_str())
                .collect();
            return Err(format!(
                "`--param {}:{}` names standard `{}`, which this run does not use (it uses: {})",
                arg.standard,
                arg.name,
                arg.standard,
                ids.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
        for plugin in versions {
            let Some(declared) = plugin.info.parameters.iter().find(|p| p.name == arg.name) else {
                let known: Vec<&str> = plugin
                    .info
                    .parameters
                    .iter()
                    .map(|p| p.name.as_str())
                    .collect();
                return Err(format!(
                    "`{}` has no parameter `{}` (it has: {})",
                    plugin.info.label(),
                    arg.name,
                    if known.is_empty() {
                        "none".to_owned()
                    } else {
                        known.join(", ")
                    }
                ));
            };
            if let Some(reason) = declared.values.refuse(&arg.value) {
                return Err(format!(
                    "parameter `{}` of `{}` cannot be `{}` ({reason})",
                    arg.name,
                    plugin.info.label(),
                    arg.value,
                ));
            }
        }
    }
    Ok(())
}
