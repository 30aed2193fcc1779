//! Every bundled standard against every example park, side by side, as
//! the report a person reads: one snapshot per park.

use crate::examples::example_parks;
use crate::{filters, zcp};

#[test]
fn every_bundled_standard_on_every_example_park() {
    for park in example_parks() {
        let mut cmd = zcp();
        cmd.args(["evaluate", &park, "--all-bundled", "--report-only"]);
        let report = crate::stdout_of(&mut cmd, 0);
        let name = park
            .rsplit('/')
            .next()
            .and_then(|f| f.split('.').next())
            .unwrap()
            .to_owned();
        insta::with_settings!({ filters => filters(), snapshot_suffix => name }, {
            insta::assert_snapshot!(report);
        });
    }
}
