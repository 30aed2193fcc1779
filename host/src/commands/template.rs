//! `zcp template -s ID@REQ...`: a park file skeleton with every key the
//! standards read.

use clap::Args;
use zcp::StandardSpec;
use zcp::needs::Needs;
use zcp::template::{Template, TemplateFormat, last_full_year};

use super::{AsOfArgs, StandardsSource, Status};

/// Arguments of `zcp template`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  zcp template -s cn-zcp@1 > my-park.toml\n  zcp template -s cn-zcp@1 --year 2024 > my-park.toml\n  zcp template -s cn-zcp@1 --format json\n\nThe TOML skeleton loads as it is: `id` and `name` are set, and every data key is a\ncommented-out line under [profile] or [years.YYYY], with its unit, its description in\nChinese and English, and the standards that need it, required or optional. Uncomment\nthe keys the park has and write their values; a family such as `product.example.unit-energy`\nholds one member per name the park chooses (copy it, `example` replaced by the name).\nThen check the file with `zcp validate FILE -s ID@REQ`.\n\nJSON cannot hold comments, so --format json is not a park file: it is the list of the\nkeys for tools, {\"requested\", \"standards\", \"year\", \"keys\": [{\"key\", \"example\", \"family\",\n\"kind\", \"values\", \"unit\", \"scope\", \"required\", \"description\": {\"zh\", \"en\"},\n\"needed_by\": [{\"standard\", \"required\"}]}]}.\n\nExit codes: 0 written, 2 error (a standard that cannot be resolved)."
)]
pub(crate) struct TemplateArgs {
    /// Standard whose keys to include, with its bases: `ID@REQ`; repeat for several.
    #[arg(short = 's', long = "standard", required = true, value_name = "ID@REQ")]
    standards: Vec<StandardSpec>,
    /// The year of the [years.YYYY] table (default: the last full calendar
    /// year, the current year minus one).
    #[arg(long, value_parser = clap::value_parser!(i32).range(1900..=2200))]
    year: Option<i32>,
    #[command(flatten)]
    as_of: AsOfArgs,
    /// A park file to fill in (`toml`), or the list of keys for tools (`json`).
    #[arg(long, value_enum, default_value = "toml")]
    format: TemplateFormat,
    #[command(flatten)]
    source: StandardsSource,
}

pub(crate) fn run(args: &TemplateArgs) -> anyhow::Result<Status> {
    let (_runtime, registry) = args.source.load()?;
    let needs =
        Needs::resolve(&registry, &args.standards, args.as_of.as_of).map_err(anyhow::Error::msg)?;
    for warning in &needs.warnings {
        eprintln!("warning: {warning}");
    }
    let requested: Vec<String> = args.standards.iter().map(ToString::to_string).collect();
    let template = Template::new(&needs, &requested, args.year.unwrap_or_else(last_full_year));
    match args.format {
        TemplateFormat::Toml => print!("{}", template.to_toml()),
        TemplateFormat::Json => println!("{}", template.to_json()),
    }
    Ok(Status::Qualified)
}
