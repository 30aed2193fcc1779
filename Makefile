# The commands the README gives and CI runs. Each installs the pinned
# toolchain and its wasm target first: a rust-toolchain.toml alone does not
# when RUSTUP_AUTO_INSTALL=0.

.PHONY: demo test lint target schemas rebuild

target:
	rustup toolchain install

## Run the bundled standards on the example parks (exit 0 whatever the verdicts).
demo: target
	cargo run -p zcp -- evaluate examples/parks/* --all-bundled --report-only

## The whole test suite: native unit tests, components built and run end to end.
test: target
	cargo test --workspace

## Formatting and lints, as every commit must pass them.
lint: target
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings

## Regenerate the published JSON Schemas (the tests check they are current).
schemas: target
	cargo run -q -p zcp -- schema park > schemas/park.schema.json
	cargo run -q -p zcp -- schema report > schemas/report.schema.json
	cargo run -q -p zcp -- schema batch > schemas/batch.schema.json

## Rebuild a bundled standard from source and compare it with its pinned digest.
rebuild: target
	cargo run -q -p zcp-artifacts --bin rebuild-standard -- $(ID)
