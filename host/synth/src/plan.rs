//! The draws that hold for every year of a park: its industry, size, carbon
//! profile, energy mix, products and economy. A year's figures follow from
//! them (`year.rs`).

mod activity;
mod energy;

use crate::catalog::{
    Fuel, INDUSTRIES, Industry, PROVINCES, ProcessProduct, Product, Province, Use, Weight,
};
use crate::draw::Draw;
use crate::shape::Shape;

use activity::{economy, flags, process, products, resources, scales};
use energy::{fuel_rows, heat, size, split};

/// The national band edges, tce: Hunan's floor, and the two edges of the
/// notice's bands (附件3).
pub(crate) const EDGES: [f64; 3] = [20_000.0, 200_000.0, 1_000_000.0];

/// Parks in a thousand placed exactly on a band edge.
const EDGE_PER_MILLE: u64 = 30;

/// How green a park is: it sets the electricity share and how much of it
/// is zero-factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Profile {
    Green,
    Transition,
    Fossil,
}

impl Profile {
    pub(crate) fn id(self) -> &'static str {
        match self {
            Profile::Green => "green",
            Profile::Transition => "transition",
            Profile::Fossil => "fossil",
        }
    }
}

/// Shares of the electricity use that are zero-factor, by kind; the grid
/// supplies the rest (and the green traded and certificates are part of it).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ZeroSplit {
    pub(crate) on_site: f64,
    pub(crate) direct: f64,
    pub(crate) traded: f64,
    pub(crate) certificates: f64,
}

/// Electricity sent out: a share of the on-site generation, part of it green.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Export {
    pub(crate) of_on_site: f64,
    pub(crate) green: f64,
}

/// Heat bought and sold.
#[derive(Debug, Clone, Copy)]
pub(crate) struct HeatPlan {
    /// Purchased heat, as a share of the park's energy.
    pub(crate) purchased: f64,
    /// The non-fossil part of it.
    pub(crate) non_fossil: f64,
    /// A measured factor of the fossil heat received, tCO2/GJ.
    pub(crate) factor: Option<f64>,
    /// Heat sent out, as a share of the fuel energy (heavy parks).
    pub(crate) exported: f64,
    /// Written in TJ rather than GJ.
    pub(crate) in_tj: bool,
}

/// One fuel row: `fuel.<id>.<use>`, with its weight in the fuel energy.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FuelRow {
    pub(crate) fuel: &'static Fuel,
    pub(crate) use_: Use,
    pub(crate) weight: f64,
}

/// A product and how its unit energy compares with its level-2 value.
#[derive(Debug, Clone)]
pub(crate) struct ProductPlan {
    /// The key segment, unique in the park: `castings`, `castings-2`.
    pub(crate) id: String,
    pub(crate) product: &'static Product,
    /// Unit energy ÷ level-2 value in the assessment year.
    pub(crate) ratio: f64,
}

/// Process emissions: the total, or per product (never both: 附件4 三).
#[derive(Debug, Clone)]
pub(crate) struct ProcessPlan {
    pub(crate) per_product: bool,
    /// Each product, its share of the park's output and its factor.
    pub(crate) items: Vec<(&'static ProcessProduct, f64, f64)>,
    pub(crate) basis: &'static str,
}

/// Resources: solid waste, waste energy, water.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Resources {
    /// Solid waste generated per tce, t.
    pub(crate) waste_per_tce: f64,
    pub(crate) waste_rate: f64,
    /// Earlier stock utilised, as a share of this year's waste.
    pub(crate) prior_stock: Option<f64>,
    /// Recoverable waste energy per tce, GJ, and the share recovered;
    /// `None`: the park states the indicator does not apply.
    pub(crate) waste_energy: Option<(f64, f64)>,
    /// Fresh water per tce, 10^4 m3, and the reuse rate.
    pub(crate) water_per_tce: f64,
    pub(crate) water_rate: f64,
}

/// Eligibility and profile facts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Flags {
    pub(crate) zone_level: &'static str,
    pub(crate) emerging: Option<bool>,
    pub(crate) boundary: bool,
    pub(crate) within_park: bool,
    pub(crate) metering: bool,
    pub(crate) platform: bool,
    pub(crate) incident: bool,
}

/// Value added and revenue of the assessment year, and how each year
/// scales from it.
#[derive(Debug, Clone)]
pub(crate) struct Economy {
    /// Industrial value added, 10^4 CNY.
    pub(crate) value_added: f64,
    /// Revenue, 10^4 CNY.
    pub(crate) revenue: f64,
    /// Written in 10^8 CNY rather than 10^4 CNY.
    pub(crate) in_yi: bool,
    pub(crate) enterprises: u64,
}

/// How a year before the assessment year scales from it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scale {
    pub(crate) energy: f64,
    pub(crate) revenue: f64,
    pub(crate) value_added: f64,
    /// Years before the assessment year: 0 for it.
    pub(crate) back: u32,
}

/// Everything drawn for a park once.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    pub(crate) industry: &'static Industry,
    pub(crate) province: &'static Province,
    pub(crate) profile: Profile,
    /// Energy of the assessment year, tce at the equal value.
    pub(crate) energy: f64,
    /// The band edge the assessment year sits on.
    pub(crate) edge: Option<f64>,
    /// Share of the energy that is electricity (at 0.300 tce/MWh).
    pub(crate) electricity_share: f64,
    pub(crate) zero_split: ZeroSplit,
    pub(crate) export: Option<Export>,
    /// Electricity written in this unit, with MWh per unit.
    pub(crate) electricity_unit: (&'static str, f64),
    pub(crate) heat: Option<HeatPlan>,
    pub(crate) fuel_share: f64,
    pub(crate) fuels: Vec<FuelRow>,
    pub(crate) products: Vec<ProductPlan>,
    pub(crate) process: Option<ProcessPlan>,
    pub(crate) resources: Resources,
    pub(crate) flags: Flags,
    pub(crate) economy: Economy,
    /// One per year, oldest first.
    pub(crate) years: Vec<(i32, Scale)>,
}

impl Plan {
    pub(crate) fn draw(d: &mut Draw, shape: &Shape) -> Plan {
        let industry = d.pick(&INDUSTRIES, INDUSTRIES[0].0);
        let province = d.pick(&PROVINCES, PROVINCES[0].0);
        let profiles = [Profile::Green, Profile::Transition, Profile::Fossil];
        let weighted: Vec<Weight<Profile>> = profiles.into_iter().zip(industry.profiles).collect();
        let profile = d.pick(&weighted, Profile::Transition);
        let edge =
            (d.below(1000) < EDGE_PER_MILLE).then(|| d.pick(&EDGES.map(|e| (e, 1)), EDGES[1]));
        let energy = edge.unwrap_or_else(|| size(d, industry.heavy));

        let (electricity_share, zero_share) = match profile {
            Profile::Green => (d.range(0.9, 0.985), d.range(0.97, 1.0)),
            Profile::Transition => (d.range(0.6, 0.9), d.range(0.45, 0.92)),
            Profile::Fossil => (d.range(0.25, 0.65), d.range(0.0, 0.35)),
        };
        let mut zero_split = split(d, zero_share, province.windy);
        if edge.is_some() {
            // Electricity only from the grid (`edge.rs`): green through
            // trading and certificates.
            zero_split = ZeroSplit {
                on_site: 0.0,
                direct: 0.0,
                traded: zero_share * 0.8,
                certificates: zero_share * 0.2,
            };
        }
        let export = d
            .percent(8)
            .then(|| Export {
                of_on_site: d.range(0.1, 0.5),
                green: d.unit(),
            })
            .filter(|_| edge.is_none());
        let electricity_unit = if edge.is_some() {
            ("MWh", 1.0)
        } else {
            d.pick(
                &[
                    (("MWh", 1.0), 14),
                    (("GWh", 1000.0), 4),
                    (("10^4 kWh", 10.0), 2),
                ],
                ("MWh", 1.0),
            )
        };
        let burns = edge.is_none() && shape.fuels > 0;
        let heat = heat(d, profile, industry.heavy, edge.is_some(), burns);
        let purchased = heat.map_or(0.0, |h| h.purchased);
        let (electricity_share, fuel_share) = if burns {
            let electricity = electricity_share.min(0.99 - purchased);
            (electricity, 1.0 - electricity - purchased)
        } else {
            (1.0 - purchased, 0.0)
        };
        let fuels = if burns {
            fuel_rows(d, industry, shape.fuels)
        } else {
            Vec::new()
        };
        let products = products(d, industry, shape.products);
        let process = process(d, industry, profile);
        let resources = resources(d, industry.heavy, profile);
        let flags = flags(d);
        let economy = economy(d, energy, industry.heavy);
        let years = scales(d, shape);
        Plan {
            industry,
            province,
            profile,
            energy,
            edge,
            electricity_share,
            zero_split,
            export,
            electricity_unit,
            heat,
            fuel_share,
            fuels,
            products,
            process,
            resources,
            flags,
            economy,
            years,
        }
    }
}
