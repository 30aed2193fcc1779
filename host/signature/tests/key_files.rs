//! Key files: round trips, permissions, and files that do not add up.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use zcp_signature::{Error, KeyPair, PublicKey, Signature, TrustStore, sha256_hex};

#[test]
fn a_secret_key_round_trips_and_still_signs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hunan.key");
    let key = KeyPair::generate().unwrap();
    key.write_secret(&path, Some("Hunan Industry and IT Department"))
        .unwrap();

    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("format = \"zcp-secret-key-1\"\n"), "{text}");
    assert!(
        text.contains(&format!("key-id = \"{}\"\n", key.key_id())),
        "{text}"
    );
    assert!(
        text.contains("name = \"Hunan Industry and IT Department\"\n"),
        "{text}"
    );

    let read = KeyPair::read_secret(&path).unwrap();
    assert_eq!(read.public(), key.public());
    // The key read signs what the original's public key accepts.
    let store = TrustStore::parse(
        &format!(
            "format = \"zcp-trust-1\"\n[[publisher]]\nname = \"Hunan\"\nkey = \"{}\"\nids = [\"*\"]\njurisdictions = [\"*\"]\n",
            key.public().to_hex()
        ),
        "trust.toml",
    )
    .unwrap();
    let digest = sha256_hex(b"plugin");
    let signature = Signature::sign(&read, &digest, "cn-hn-zcp", "1.0.0").unwrap();
    let today = jiff::civil::date(2026, 1, 1);
    assert!(
        store
            .verify("p.wasm".as_ref(), Some(&signature), &digest, today)
            .is_ok()
    );
}

#[cfg(unix)]
#[test]
fn a_secret_key_file_is_private_to_its_owner() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.key");
    KeyPair::generate()
        .unwrap()
        .write_secret(&path, None)
        .unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[cfg(unix)]
#[test]
fn a_secret_key_others_can_read_is_refused_naming_the_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.key");
    KeyPair::generate()
        .unwrap()
        .write_secret(&path, None)
        .unwrap();
    for mode in [0o644, 0o640, 0o604] {
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        let err = KeyPair::read_secret(&path).unwrap_err();
        assert!(
            matches!(err, Error::Exposed { mode: m, .. } if m == mode),
            "{err:?}"
        );
        let message = err.to_string();
        assert!(message.contains(&format!("(mode {mode:04o})")), "{message}");
        assert!(message.contains("chmod 600"), "{message}");
        assert!(
            message.starts_with(&path.display().to_string()),
            "{message}"
        );
    }
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o400)).unwrap();
    assert!(KeyPair::read_secret(&path).is_ok());
}

#[test]
fn key_files_are_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("k.key");
    let public = dir.path().join("k.pub");
    let first = KeyPair::generate().unwrap();
    first.write_secret(&secret, None).unwrap();
    first.public().write(&public, None).unwrap();

    let second = KeyPair::generate().unwrap();
    let err = second.write_secret(&secret, None).unwrap_err();
    assert!(matches!(err, Error::Exists { .. }), "{err:?}");
    assert!(err.to_string().contains("already exists"), "{err}");
    assert!(second.public().write(&public, None).is_err());

    assert_eq!(
        KeyPair::read_secret(&secret).unwrap().public(),
        first.public()
    );
    assert_eq!(PublicKey::read(&public).unwrap().0, first.public());
}

#[test]
fn a_public_key_round_trips_with_or_without_a_name() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::generate().unwrap().public();
    let named = dir.path().join("named.pub");
    let unnamed = dir.path().join("unnamed.pub");
    key.write(&named, Some("湖南省工业和信息化厅 \"Hunan\""))
        .unwrap();
    key.write(&unnamed, None).unwrap();

    let text = std::fs::read_to_string(&named).unwrap();
    assert!(text.contains("format = \"zcp-public-key-1\"\n"), "{text}");
    assert!(
        text.contains(&format!("public = \"{}\"\n", key.to_hex())),
        "{text}"
    );
    assert_eq!(
        PublicKey::read(&named).unwrap(),
        (key, Some("湖南省工业和信息化厅 \"Hunan\"".to_owned()))
    );
    assert_eq!(PublicKey::read(&unnamed).unwrap(), (key, None));
}

#[test]
fn a_key_id_that_does_not_match_the_key_is_refused() {
    let a = KeyPair::generate().unwrap();
    let b = KeyPair::generate().unwrap();
    let public = format!(
        "format = \"zcp-public-key-1\"\nkey-id = \"{}\"\npublic = \"{}\"\n",
        b.key_id(),
        a.public().to_hex()
    );
    let message = PublicKey::parse(&public, "a.pub").unwrap_err().to_string();
    assert_eq!(
        message,
        format!(
            "a.pub: key-id `{}` does not match the key, whose id is `{}`",
            b.key_id(),
            a.key_id()
        )
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.key");
    a.write_secret(&path, None).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let swapped = text.replace(&a.key_id(), &b.key_id());
    let message = KeyPair::parse_secret(&swapped, "a.key")
        .unwrap_err()
        .to_string();
    assert!(message.contains("does not match the key"), "{message}");
}

#[test]
fn malformed_key_files_are_refused_naming_the_field() {
    let key = KeyPair::generate().unwrap().public();
    let good = format!(
        "format = \"zcp-public-key-1\"\nkey-id = \"{}\"\npublic = \"{}\"\n",
        key.key_id(),
        key.to_hex()
    );
    assert!(PublicKey::parse(&good, "k.pub").is_ok());
    let cases = [
        (
            good.replace(&key.to_hex(), "xyz"),
            "public `xyz` is not 64 hex digits",
        ),
        (format!("{good}email = \"a@b\"\n"), "unknown field `email`"),
        (
            good.replace(&format!("key-id = \"{}\"\n", key.key_id()), ""),
            "missing field `key-id`",
        ),
        (
            good.replace("zcp-public-key-1", "zcp-secret-key-1"),
            "unsupported format `zcp-secret-key-1`",
        ),
    ];
    for (text, expected) in cases {
        let message = PublicKey::parse(&text, "k.pub").unwrap_err().to_string();
        assert!(message.starts_with("k.pub: "), "{message}");
        assert!(message.contains(expected), "{message} lacks {expected}");
    }

    // A bad secret is reported without echoing it.
    let secret = format!(
        "format = \"zcp-secret-key-1\"\nkey-id = \"{}\"\nsecret = \"{}\"\n",
        key.key_id(),
        "ab".repeat(31)
    );
    let message = KeyPair::parse_secret(&secret, "k.key")
        .unwrap_err()
        .to_string();
    assert_eq!(message, "k.key: secret is not 64 hex digits");
}

#[test]
fn a_missing_key_file_names_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("absent.pub");
    let message = PublicKey::read(&path).unwrap_err().to_string();
    assert!(
        message.starts_with(&format!("{}: cannot read the file", path.display())),
        "{message}"
    );
}
