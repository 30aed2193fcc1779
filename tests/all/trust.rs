//! Plugins from a directory run only when signed by a key the trust store
//! lists, within its scope: each way of failing that is refused with its own
//! message before the plugin evaluates anything, and the bundled standards
//! load beside them.

use std::path::Path;

use zcp::{Limits, PluginError, Publisher, Registry, Runtime, Trust};
use zcp_signature::{KeyPair, Signature, TrustStore, sha256_hex};
use zcp_test_artifacts::test_plugins::{PANICS, TEST_KEY};

use crate::plugin_dir;

/// The test key's public half, as a trust store writes it.
fn test_public_key() -> String {
    KeyPair::read_secret(Path::new(TEST_KEY))
        .unwrap()
        .public()
        .to_hex()
}

/// A trust store listing the test key with `ids`, `jurisdictions` and
/// `extra` lines (an `expires`), and `revoked` entries after it.
fn store(ids: &str, extra: &str, revoked: &str) -> Trust {
    let text = format!(
        "format = \"zcp-trust-1\"\n\n[[publisher]]\nname = \"zcp test suite\"\nkey = \"{}\"\nids = [\"{ids}\"]\njurisdictions = [\"CN\"]\n{extra}\n{revoked}",
        test_public_key()
    );
    Trust::new(TrustStore::parse(&text, "trust.toml").unwrap()).on(jiff::civil::date(2026, 12, 4))
}

/// Load `test-panics` from `dir` with `trust`: the plugin's publisher, or
/// why it was refused.
fn load(dir: &Path, trust: &Trust) -> Result<Publisher, String> {
    let runtime = Runtime::new(Limits::default()).unwrap();
    let registry = Registry::load(&runtime, &[dir.to_path_buf()], trust);
    assert!(
        registry.plugins().iter().any(|p| p.info.id == "cn-zcp"),
        "the bundled standard loads whatever the trust store says"
    );
    match (
        registry
            .plugins()
            .iter()
            .find(|p| p.info.id == "test-panics"),
        registry.errors.as_slice(),
    ) {
        (Some(plugin), []) => Ok(plugin.publisher.clone()),
        (None, [PluginError::Untrusted { reason, .. }]) => Err(reason.clone()),
        other => panic!("unexpected: {other:?}"),
    }
}

#[test]
fn a_plugin_signed_within_its_signers_scope_runs_and_names_its_publisher() {
    let dir = plugin_dir(&[PANICS]);
    assert_eq!(
        load(dir.path(), &store("test-*", "", "")),
        Ok(Publisher::Signed {
            name: "zcp test suite".to_owned(),
            key_id: KeyPair::read_secret(Path::new(TEST_KEY)).unwrap().key_id(),
        })
    );
}

#[test]
fn unsigned_is_refused_by_default_and_allowed_only_when_asked() {
    let dir = plugin_dir(&[PANICS]);
    std::fs::remove_file(Signature::path_for(&dir.path().join("panics.wasm"))).unwrap();
    let refused = load(dir.path(), &store("test-*", "", "")).unwrap_err();
    assert!(
        refused.starts_with("unsigned: no signature file `"),
        "{refused}"
    );
    let allowed = store("test-*", "", "").allowing_unsigned(true);
    assert_eq!(load(dir.path(), &allowed), Ok(Publisher::Unsigned));
}

#[test]
fn a_file_changed_after_signing_is_refused_as_tampered() {
    let dir = plugin_dir(&[PANICS]);
    let wasm = dir.path().join("panics.wasm");
    let mut bytes = std::fs::read(&wasm).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x20;
    std::fs::write(&wasm, &bytes).unwrap();
    let refused = load(dir.path(), &store("test-*", "", "")).unwrap_err();
    assert!(
        refused.starts_with("tampered: the signature is for sha256 `"),
        "{refused}"
    );
}

/// A signature made by another key that names the trusted key's id.
#[test]
fn a_signature_by_another_key_is_refused_as_wrongly_signed() {
    let dir = plugin_dir(&[PANICS]);
    let wasm = dir.path().join("panics.wasm");
    let other = KeyPair::generate().unwrap();
    let forged = Signature::sign(
        &other,
        &sha256_hex(&std::fs::read(&wasm).unwrap()),
        "test-panics",
        "1.0.0",
    )
    .unwrap()
    .to_toml()
    .replace(
        &other.key_id(),
        &KeyPair::read_secret(Path::new(TEST_KEY)).unwrap().key_id(),
    );
    std::fs::write(Signature::path_for(&wasm), forged).unwrap();
    let refused = load(dir.path(), &store("test-*", "", "")).unwrap_err();
    assert!(
        refused.starts_with("the signature does not verify against key `zcp:"),
        "{refused}"
    );
}

#[test]
fn an_unknown_key_an_expired_one_and_a_revoked_one_are_refused() {
    let dir = plugin_dir(&[PANICS]);
    let unknown = Trust::new(TrustStore::empty());
    assert!(load(dir.path(), &unknown).unwrap_err().ends_with("which the trust store does not list (add its publisher with the ids and jurisdictions it may sign)"));
    let expired = load(dir.path(), &store("test-*", "expires = \"2026-12-03\"", "")).unwrap_err();
    assert!(
        expired.contains("which expired on 2026-12-03 (ask the publisher for a new key"),
        "{expired}"
    );
    let key_id = KeyPair::read_secret(Path::new(TEST_KEY)).unwrap().key_id();
    let revoked = load(
        dir.path(),
        &store("test-*", "", &format!("[[revoked]]\nkey-id = \"{key_id}\"\nsince = \"2026-11-01\"\nreason = \"key leaked\"\n")),
    )
    .unwrap_err();
    assert_eq!(
        revoked,
        format!("signed by key `{key_id}`, revoked since 2026-11-01: key leaked")
    );
}

/// A province's key cannot sign another id, nor outside its jurisdiction
/// (the test plugin describes itself as `test-panics` in `CN`).
#[test]
fn a_signer_out_of_its_scope_is_refused_after_describe() {
    let dir = plugin_dir(&[PANICS]);
    let refused = load(dir.path(), &store("cn-hn-*", "", "")).unwrap_err();
    assert!(
        refused.starts_with("out of scope: `zcp test suite` (key `zcp:")
            && refused.ends_with("may sign ids `cn-hn-*` in `CN`, not `test-panics` in `CN`"),
        "{refused}"
    );
}

/// `zcp trust add` writes a scoped entry the store then verifies with; a
/// bad pattern or a key already listed is refused and the file unchanged.
#[test]
fn trust_add_writes_a_scoped_publisher_and_refuses_a_bad_entry() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("config/zcp/trust.toml");
    let public = crate::root().join("tests/artifacts/test-publisher.pub");
    let mut add = crate::zcp();
    add.args(["trust", "add"])
        .arg(&public)
        .args([
            "--ids",
            "test-*",
            "--jurisdictions",
            "CN",
            "--expires",
            "2030-01-01",
            "--trust-store",
        ])
        .arg(&store);
    let said = crate::stdout_of(&mut add, 0);
    assert!(
        said.starts_with("trusted `zcp test suite (a public test key: never trust it outside the tests)` (key zcp:")
            && said.contains("for ids `test-*` in `CN`"),
        "{said}"
    );
    let plugins = plugin_dir(&[PANICS]);
    let verified = crate::stdout_of(
        crate::zcp()
            .arg("verify")
            .arg(plugins.path().join("panics.wasm"))
            .arg("--trust-store")
            .arg(&store),
        0,
    );
    assert!(
        verified.contains("verified: test-panics@1.0.0"),
        "{verified}"
    );
    let before = std::fs::read_to_string(&store).unwrap();
    for ids in ["te*st", "other-*"] {
        let mut cmd = crate::zcp();
        cmd.args(["trust", "add"])
            .arg(&public)
            .args(["--ids", ids, "--jurisdictions", "CN", "--trust-store"])
            .arg(&store);
        let stderr = crate::stderr_of(&mut cmd, 2);
        assert!(stderr.starts_with("error: "), "{stderr}");
    }
    assert_eq!(
        std::fs::read_to_string(&store).unwrap(),
        before,
        "unchanged"
    );
    let listed = crate::stdout_of(
        crate::zcp()
            .args(["trust", "list", "--trust-store"])
            .arg(&store),
        0,
    );
    assert!(
        listed.contains("ids test-* in CN, until 2030-01-01"),
        "{listed}"
    );
}
