//! The progress bar on stderr: parks written, rate and time left. A spinner
//! until the parks are counted (a JSONL file is counted while the batch
//! runs), a bar after.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A bar, or nothing when not shown.
pub(crate) struct Progress(Option<ProgressBar>);

const SPINNER: &str = "{spinner} {pos} parks  {per_sec:1}  {elapsed}";
const BAR: &str = "{wide_bar} {pos}/{len} parks  {per_sec:1}  eta {eta}";

impl Progress {
    pub(crate) fn new(shown: bool) -> Self {
        if !shown {
            return Progress(None);
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template(SPINNER) {
            bar.set_style(style);
        }
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress(Some(bar))
    }

    /// The parks are counted: a bar from now on.
    pub(crate) fn set_total(&self, total: u64) {
        if let Some(bar) = &self.0 {
            if let Ok(style) = ProgressStyle::with_template(BAR) {
                bar.set_style(style);
            }
            bar.set_length(total);
        }
    }

    /// One more park written.
    pub(crate) fn inc(&self) {
        if let Some(bar) = &self.0 {
            bar.inc(1);
        }
    }

    /// Gone from the terminal, before the summary.
    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
