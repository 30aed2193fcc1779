//! `zcp synth --count N --seed S -o FILE.jsonl|DIR/`: seeded synthetic
//! parks, streamed one at a time, for benchmarks and tests.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context as _;
use clap::Args;
use zcp::report::display_number;
use zcp_synth::{Generator, MAX_FUELS, MAX_PRODUCTS, MAX_YEARS, Shape, to_json_line, to_toml};

use super::Status;

/// Arguments of `zcp synth`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  zcp synth --count 10000 --seed 42 -o parks.jsonl\n  zcp synth --count 200 --seed 7 -o parks/\n  zcp synth --count 1000 --seed 42 --start 70001 --fuels 8 --products 5 --years 5 -o more.jsonl\n\nPark N is drawn from the seed and N alone: the same seed and knobs give the same bytes\non every machine, and park 70,000 is the same whether 10,000 or 100,000 parks are\ngenerated. Parks are streamed: memory stays flat however many are written.\n\nA `.jsonl` file holds one JSON park per line; a directory (`DIR/`, or one that exists)\nreceives one TOML file per park, `park-000001.toml`. Without -o, JSONL goes to standard\noutput. Standard error gets one line: parks, bytes, time.\n\nExit codes: 0 written, 2 error (a file that exists without --force, bad arguments)."
)]
pub(crate) struct SynthArgs {
    /// How many parks.
    #[arg(long, default_value_t = 100)]
    count: u64,
    /// The seed: the same seed and knobs give the same parks, byte for byte.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The number of the first park; the others follow it.
    #[arg(long, default_value_t = 1)]
    start: u64,
    /// A `.jsonl` file, or a directory for one TOML file per park (default:
    /// JSONL on standard output).
    #[arg(short = 'o', long, value_name = "FILE.jsonl|DIR/")]
    output: Option<PathBuf>,
    /// Overwrite files that exist.
    #[arg(long)]
    force: bool,
    /// Fuel rows (a fuel and its use) in each year of a park; parks exactly
    /// on a band edge burn none.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u16).range(0..=MAX_FUELS as i64))]
    fuels: u16,
    /// Products with a level-2 energy limit per park.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u16).range(0..=MAX_PRODUCTS as i64))]
    products: u16,
    /// Calendar years per park, ending with the assessment year.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u16).range(1..=MAX_YEARS as i64))]
    years: u16,
    /// The assessment year, the last of each park.
    #[arg(long, default_value_t = 2025, value_parser = clap::value_parser!(i32).range(1900..=2200))]
    year: i32,
    /// Parks in a hundred with one optional figure left out, so that
    /// standards find data missing (0 for none).
    #[arg(long, value_name = "PERCENT", default_value_t = 4, value_parser = clap::value_parser!(u32).range(0..=100))]
    gaps: u32,
}

/// Where the parks go.
enum Sink {
    Lines(Box<dyn Write>, String),
    Dir(PathBuf),
}

pub(crate) fn run(args: &SynthArgs) -> anyhow::Result<Status> {
    let shape = Shape {
        fuels: usize::from(args.fuels),
        products: usize::from(args.products),
        years: usize::from(args.years),
        last_year: args.year,
        gaps: args.gaps,
    };
    let generator = Generator::new(args.seed, shape)?;
    let end = args.start.checked_add(args.count).ok_or_else(|| {
        anyhow::anyhow!(
            "`--start {}` plus `--count {}` is past the last park number",
            args.start,
            args.count
        )
    })?;
    let started = Instant::now();
    let mut sink = open(args.output.as_deref(), args.force, args.start..end)?;
    let mut bytes: u64 = 0;
    for index in args.start..end {
        let park = generator.park(index);
        bytes += match &mut sink {
            Sink::Lines(out, name) => {
                let mut line = to_json_line(&park);
                line.push('\n');
                out.write_all(line.as_bytes())
                    .with_context(|| format!("writing to {name}"))?;
                line.len() as u64
            }
            Sink::Dir(dir) => {
                let path = dir.join(file_name(index));
                let text = to_toml(&park);
                create(&path, args.force)?
                    .write_all(text.as_bytes())
                    .with_context(|| format!("writing `{}`", path.display()))?;
                text.len() as u64
            }
        };
    }
    let destination = match &mut sink {
        Sink::Lines(out, name) => {
            out.flush().with_context(|| format!("writing to {name}"))?;
            name.clone()
        }
        Sink::Dir(dir) => format!("`{}`", dir.display()),
    };
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "zcp synth: {} parks (seed {}, numbers {} to {}) to {destination}: {} bytes ({} per park) in {} s, {} parks/s",
        whole(args.count),
        args.seed,
        whole(args.start),
        whole(end.saturating_sub(1)),
        whole(bytes),
        whole(bytes.checked_div(args.count).unwrap_or(0)),
        display_number(seconds),
        whole((args.count as f64 / seconds.max(1e-9)).round() as u64),
    );
    Ok(Status::Qualified)
}

/// A whole number with thousands separators.
fn whole(n: u64) -> String {
    display_number(n as f64)
        .split('.')
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// `park-000001.toml`.
fn file_name(index: u64) -> String {
    format!("park-{index:06}.toml")
}

/// A directory when the path ends with a separator or is one; standard
/// output for none or `-`; else a JSONL file.
fn open(output: Option<&Path>, force: bool, indices: std::ops::Range<u64>) -> anyhow::Result<Sink> {
    let Some(path) = output.filter(|p| p.as_os_str() != "-") else {
        return Ok(Sink::Lines(
            Box::new(BufWriter::new(io::stdout())),
            "standard output".to_owned(),
        ));
    };
    let text = path.as_os_str().to_string_lossy();
    if text.ends_with('/') || text.ends_with(std::path::MAIN_SEPARATOR) || path.is_dir() {
        fs::create_dir_all(path)
            .with_context(|| format!("cannot create the directory `{}`", path.display()))?;
        if !force {
            refuse_existing(path, indices)?;
        }
        return Ok(Sink::Dir(path.to_owned()));
    }
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if extension.eq_ignore_ascii_case("toml") || extension.eq_ignore_ascii_case("json") {
        anyhow::bail!(
            "`{}` would hold JSON lines: write them to a `.jsonl` file, or one TOML file per park into a directory (`{}/`)",
            path.display(),
            path.with_extension("").display()
        );
    }
    let file = create(path, force)?;
    Ok(Sink::Lines(
        Box::new(BufWriter::with_capacity(1 << 20, file)),
        format!("`{}`", path.display()),
    ))
}

/// A new file, or an error naming it when it exists and `force` is off.
fn create(path: &Path, force: bool) -> anyhow::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    options.open(path).map_err(|error| match error.kind() {
        io::ErrorKind::AlreadyExists => {
            anyhow::anyhow!("`{}` exists: pass --force to overwrite it", path.display())
        }
        _ => anyhow::anyhow!("cannot create `{}`: {error}", path.display()),
    })
}

/// Before writing anything into `dir`: none of the files to write exists.
fn refuse_existing(dir: &Path, indices: std::ops::Range<u64>) -> anyhow::Result<()> {
    let entries = fs::read_dir(dir)
        .with_context(|| format!("cannot read the directory `{}`", dir.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let index = name.to_str().and_then(|n| {
            n.strip_prefix("park-")?
                .strip_suffix(".toml")?
                .parse::<u64>()
                .ok()
        });
        if let Some(index) =
            index.filter(|i| indices.contains(i) && file_name(*i) == name.to_string_lossy())
        {
            anyhow::bail!(
                "`{}` exists: pass --force to overwrite it",
                dir.join(file_name(index)).display()
            );
        }
    }
    Ok(())
}
