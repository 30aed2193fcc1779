//! The draws that hold for every year of a park: its industry, size, carbon
//! profile, energy mix, products and economy. A year's figures follow from
//! them (`year.rs`).

use crate::catalog::{
    COKING_INPUT, COKING_OUTPUT, FUELS, Fuel, INDUSTRIES, Industry, PROCESS_PRODUCTS, PRODUCTS,
    PROVINCES, ProcessProduct, Product, Province, Use, Weight, fuel,
};
use crate::draw::Draw;
use crate::shape::Shape;

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

/// The assessment year's energy, tce: a spread over the bands, heavy
/// industries larger.
fn size(d: &mut Draw, heavy: bool) -> f64 {
    let bands: [Weight<(f64, f64)>; 4] = [
        ((2_000.0, 20_000.0), if heavy { 3 } else { 12 }),
        ((20_000.0, 200_000.0), if heavy { 25 } else { 55 }),
        ((200_000.0, 1_000_000.0), if heavy { 45 } else { 28 }),
        ((1_000_000.0, 8_000_000.0), if heavy { 27 } else { 5 }),
    ];
    let (lo, hi) = d.pick(&bands, (20_000.0, 200_000.0));
    d.skewed(lo, hi)
}

/// The zero-factor share split between on-site, direct, traded and
/// certificates; windy provinces lean on direct supply lines.
fn split(d: &mut Draw, zero: f64, windy: bool) -> ZeroSplit {
    let on_site = d.range(0.05, 0.3);
    let direct = if windy {
        d.range(0.2, 1.5)
    } else {
        d.range(0.0, 0.3)
    };
    let traded = d.range(0.2, 1.0);
    let certificates = d.range(0.0, 0.4);
    let total = on_site + direct + traded + certificates;
    let k = zero / total;
    ZeroSplit {
        on_site: on_site * k,
        direct: direct * k,
        traded: traded * k,
        certificates: certificates * k,
    }
}

fn heat(d: &mut Draw, profile: Profile, heavy: bool, edge: bool, burns: bool) -> Option<HeatPlan> {
    // A park on a band edge buys heat: the second term that lets the sum
    // land on the edge exactly (`edge.rs`).
    if !edge && !d.percent(30) {
        return None;
    }
    let non_fossil = match profile {
        Profile::Green => d.range(0.7, 1.0),
        Profile::Transition => d.range(0.0, 0.4),
        Profile::Fossil => d.range(0.0, 0.1),
    };
    Some(HeatPlan {
        purchased: d.range(0.02, 0.10),
        non_fossil,
        factor: d.percent(25).then(|| d.range(0.09, 0.12)),
        exported: if heavy && burns && d.percent(30) {
            d.range(0.05, 0.25)
        } else {
            0.0
        },
        in_tj: !edge && d.percent(20),
    })
}

/// `count` distinct fuel rows: the industry's own first, then common ones.
fn fuel_rows(d: &mut Draw, industry: &Industry, count: usize) -> Vec<FuelRow> {
    let mut rows: Vec<FuelRow> = Vec::with_capacity(count);
    if industry.coking && count >= 2 {
        let weight = d.range(0.5, 1.0);
        for (id, use_) in [COKING_INPUT, COKING_OUTPUT] {
            rows.push(FuelRow {
                fuel: fuel(id),
                use_,
                weight,
            });
        }
    }
    let mut pool: Vec<Weight<Option<(&'static Fuel, Use)>>> = industry
        .fuels
        .iter()
        .map(|((id, use_), w)| (Some((fuel(id), *use_)), *w * 100))
        .collect();
    // Every common row too, rarely drawn unless the industry's run out.
    for f in FUELS.iter().filter(|f| f.measured.is_none()) {
        for use_ in [Use::Final, Use::Heat, Use::Power] {
            pool.push((Some((f, use_)), 1));
        }
    }
    while rows.len() < count {
        pool.retain(|(row, _)| {
            row.is_some_and(|(f, u)| !rows.iter().any(|r| r.fuel.id == f.id && r.use_ == u))
        });
        let Some((fuel, use_)) = d.pick(&pool, None) else {
            break;
        };
        // The first row carries most of the fuel energy.
        let weight = if rows.is_empty() {
            1.0
        } else {
            d.range(0.08, 0.6)
        };
        rows.push(FuelRow { fuel, use_, weight });
    }
    rows
}

/// `count` products: the industry's own first, then any, then again with
/// a number (`castings-2`: a second plant of the same product).
fn products(d: &mut Draw, industry: &Industry, count: usize) -> Vec<ProductPlan> {
    let own = industry
        .products
        .iter()
        .filter_map(|id| PRODUCTS.iter().find(|p| p.id == *id));
    let mut order: Vec<&'static Product> = own.collect();
    let mut rest: Vec<&'static Product> = PRODUCTS.iter().filter(|p| !order.contains(p)).collect();
    // The others in a drawn order (a partial Fisher-Yates shuffle).
    for i in 0..rest.len() {
        let j = i + usize::try_from(d.below((rest.len() - i) as u64)).unwrap_or(0);
        rest.swap(i, j);
    }
    order.extend(rest);
    (0..count)
        .filter_map(|i| {
            let product = *order.get(i % order.len().max(1))?;
            let round = i / order.len().max(1);
            let id = match round {
                0 => product.id.to_owned(),
                n => format!("{}-{}", product.id, n + 1),
            };
            // About one product in four is worse than level 2.
            let ratio = d.range(0.82, 1.08);
            Some(ProductPlan { id, product, ratio })
        })
        .collect()
}

fn process(d: &mut Draw, industry: &Industry, profile: Profile) -> Option<ProcessPlan> {
    let chance = match profile {
        Profile::Green => 10,
        Profile::Transition => 50,
        Profile::Fossil => 70,
    };
    if industry.process.is_empty() || !d.percent(chance) {
        return None;
    }
    let candidates: Vec<&'static ProcessProduct> = industry
        .process
        .iter()
        .filter_map(|id| PROCESS_PRODUCTS.iter().find(|p| p.id == *id))
        .collect();
    let two = candidates.len() >= 2 && d.percent(30);
    let first = usize::try_from(d.below(candidates.len() as u64)).unwrap_or(0);
    let picked = if two {
        candidates.clone()
    } else {
        candidates.get(first).into_iter().copied().collect()
    };
    let items = picked
        .into_iter()
        .map(|p| (p, d.range(0.3, 0.8), d.range(p.factor.0, p.factor.1)))
        .collect();
    Some(ProcessPlan {
        per_product: d.percent(60),
        items,
        basis: d.pick(
            &[
                ("核查数据 / verification data", 3),
                ("省级温室气体清单 / provincial inventory", 2),
                ("物料衡算 / mass balance", 2),
            ],
            "核查数据 / verification data",
        ),
    })
}

fn resources(d: &mut Draw, heavy: bool, profile: Profile) -> Resources {
    let better = match profile {
        Profile::Green => 0.12,
        Profile::Transition => 0.05,
        Profile::Fossil => 0.0,
    };
    let waste_per_tce = if heavy {
        d.range(0.3, 1.5)
    } else {
        d.range(0.02, 0.3)
    };
    let waste_energy = (heavy || d.percent(50)).then(|| {
        let per_tce = if heavy {
            d.range(2.0, 8.0)
        } else {
            d.range(0.3, 2.0)
        };
        (per_tce, d.range(0.25, 0.8) + better)
    });
    Resources {
        waste_per_tce,
        waste_rate: (d.range(0.6, 0.95) + better).min(0.995),
        prior_stock: d.percent(10).then(|| d.range(0.02, 0.1)),
        waste_energy,
        water_per_tce: d.range(0.0005, 0.01),
        water_rate: (d.range(0.55, 0.9) + better).min(0.98),
    }
}

fn flags(d: &mut Draw) -> Flags {
    let zone_level = d.pick(
        &[
            ("national", 45),
            ("provincial", 40),
            ("municipal", 10),
            ("other", 5),
        ],
        "provincial",
    );
    // A municipal park may still be an emerging-industry park the province
    // approved (附件1): then it is eligible.
    let emerging = if !matches!(zone_level, "municipal" | "other") {
        None
    } else if d.percent(40) {
        Some(true)
    } else if d.percent(50) {
        Some(false)
    } else {
        None
    };
    Flags {
        zone_level,
        emerging,
        boundary: d.percent(96),
        within_park: d.percent(15),
        metering: d.percent(94),
        platform: d.percent(70),
        incident: d.percent(3),
    }
}

fn economy(d: &mut Draw, energy: f64, heavy: bool) -> Economy {
    // Energy per value added, tce/10^4 CNY at the equal value: light
    // industry well below Jiangsu's 0.35 (at the equivalent value), heavy
    // industry far above it.
    let intensity = if heavy {
        d.skewed(0.4, 3.0)
    } else {
        d.skewed(0.08, 0.7)
    };
    let value_added = energy / intensity;
    let enterprises = 12 + d.below(60) + (energy / 20_000.0).min(400.0) as u64;
    Economy {
        value_added,
        revenue: value_added * d.range(2.5, 6.0),
        in_yi: value_added >= 10_000.0 && d.percent(80),
        enterprises,
    }
}

/// The scale of each year from the assessment year back: revenue grows
/// most years, energy more slowly; some parks have a year of decline.
fn scales(d: &mut Draw, shape: &Shape) -> Vec<(i32, Scale)> {
    let trend = d.range(0.02, 0.14);
    let decline = d.percent(12);
    let years: Vec<i32> = shape.calendar_years().collect();
    let count = years.len();
    let mut scale = Scale {
        energy: 1.0,
        revenue: 1.0,
        value_added: 1.0,
        back: 0,
    };
    let mut out = Vec::with_capacity(count);
    for (i, year) in years.iter().rev().enumerate() {
        if i > 0 {
            // The growth into the year after this one.
            let revenue = if decline && i == 1 {
                d.range(-0.08, -0.005)
            } else {
                trend + d.range(-0.03, 0.03)
            };
            let value_added = revenue + d.range(-0.02, 0.02);
            let energy = revenue * d.range(0.2, 0.8);
            scale = Scale {
                energy: scale.energy / (1.0 + energy),
                revenue: scale.revenue / (1.0 + revenue),
                value_added: scale.value_added / (1.0 + value_added),
                back: u32::try_from(i).unwrap_or(u32::MAX),
            };
        }
        out.push((*year, scale));
    }
    out.reverse();
    out
}
