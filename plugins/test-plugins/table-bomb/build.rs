//! Places the function table's entries at element 1,000,000, so the module
//! asks for a table of a million elements when it is instantiated: stable
//! Rust cannot emit `table.grow`, but the host's table limit is the same
//! check either way (`ResourceLimiter::table_growing`).

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32") {
        println!("cargo:rustc-link-arg=--table-base=1000000");
    }
}
