//! Trust store files: what they hold, and every mistake named by file,
//! entry and value.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use jiff::civil::date;
use zcp_signature::{Error, KeyPair, TrustStore};

fn hex_key() -> String {
    KeyPair::generate().unwrap().public().to_hex()
}

fn hunan(key: &str, extra: &str) -> String {
    format!(
        "[[publisher]]\nname = \"Hunan Industry and IT Department\"\nkey = \"{key}\"\nids = [\"cn-hn-*\"]\njurisdictions = [\"CN-HN\"]\n{extra}\n"
    )
}

fn parse(body: &str) -> Result<TrustStore, Error> {
    TrustStore::parse(&format!("format = \"zcp-trust-1\"\n\n{body}"), "trust.toml")
}

/// The message for `body`, which must be refused.
fn refused(body: &str) -> String {
    parse(body).expect_err(body).to_string()
}

#[test]
fn a_store_reads_publishers_and_revocations() {
    let key = KeyPair::generate().unwrap();
    let body = format!(
        "{}\n[[revoked]]\nkey-id = \"zcp:0123456789abcdef\"\nsince = \"2026-05-01\"\nreason = \"key leaked\"\n",
        hunan(&key.public().to_hex(), "expires = \"2027-12-31\"")
    );
    let store = parse(&body).unwrap();
    let [publisher] = store.publishers() else {
        panic!("{store:?}")
    };
    assert_eq!(publisher.name, "Hunan Industry and IT Department");
    assert_eq!(publisher.key, key.public());
    assert_eq!(publisher.key_id, key.key_id());
    assert_eq!(publisher.ids, ["cn-hn-*"]);
    assert_eq!(publisher.jurisdictions, ["CN-HN"]);
    assert_eq!(publisher.expires, Some(date(2027, 12, 31)));
    assert!(publisher.may_sign("cn-hn-zcp", "CN-HN"));
    let [revocation] = store.revoked() else {
        panic!("{store:?}")
    };
    assert_eq!(revocation.key_id, "zcp:0123456789abcdef");
    assert_eq!(revocation.since, date(2026, 5, 1));
    assert_eq!(revocation.reason, "key leaked");

    assert_eq!(parse("").unwrap(), TrustStore::empty());
    // A bare TOML date is read as the same day.
    let bare = parse(&hunan(&key.public().to_hex(), "expires = 2027-12-31")).unwrap();
    assert_eq!(bare.publishers()[0].expires, Some(date(2027, 12, 31)));
}

#[test]
fn a_store_loads_from_a_file_and_errors_name_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("trust.toml");
    std::fs::write(
        &path,
        format!("format = \"zcp-trust-1\"\n{}", hunan(&hex_key(), "")),
    )
    .unwrap();
    assert_eq!(TrustStore::load(&path).unwrap().publishers().len(), 1);

    std::fs::write(
        &path,
        format!("format = \"zcp-trust-1\"\n{}", hunan("00", "")),
    )
    .unwrap();
    let message = TrustStore::load(&path).unwrap_err().to_string();
    assert!(
        message.starts_with(&format!("{}: ", path.display())),
        "{message}"
    );

    let absent = dir.path().join("absent.toml");
    let message = TrustStore::load(&absent).unwrap_err().to_string();
    assert!(message.contains("cannot read the file"), "{message}");
}

#[test]
fn a_bad_key_is_named_with_its_publisher() {
    assert_eq!(
        refused(&hunan("abc123", "")),
        "trust.toml: publisher `Hunan Industry and IT Department`: key `abc123` is not 64 hex digits"
    );
    let not_a_point = refused(&hunan(&format!("01{}", "00".repeat(31)), ""));
    assert!(
        not_a_point.contains("is not a valid ed25519 public key"),
        "{not_a_point}"
    );
}

#[test]
fn a_bad_date_is_named_with_its_entry() {
    assert_eq!(
        refused(&hunan(&hex_key(), "expires = \"2027-02-30\"")),
        "trust.toml: publisher `Hunan Industry and IT Department`: expires `2027-02-30` is not a date like `2027-12-31`"
    );
    assert_eq!(
        refused(
            "[[revoked]]\nkey-id = \"zcp:0123456789abcdef\"\nsince = \"May 2026\"\nreason = \"lost\"\n"
        ),
        "trust.toml: revoked key `zcp:0123456789abcdef`: since `May 2026` is not a date like `2027-12-31`"
    );
}

#[test]
fn unknown_fields_are_refused() {
    let message = refused(&hunan(&hex_key(), "expiry = \"2027-12-31\""));
    assert!(
        message.starts_with(
            "trust.toml: publisher `Hunan Industry and IT Department`: unknown field `expiry`"
        ),
        "{message}"
    );
    let message = refused("[[publishers]]\nname = \"x\"\n");
    assert!(
        message.starts_with("trust.toml: unknown field `publishers`"),
        "{message}"
    );
    let message = refused(
        "[[revoked]]\nkey-id = \"zcp:0123456789abcdef\"\nsince = 2026-05-01\nreason = \"x\"\nby = \"me\"\n",
    );
    assert!(
        message.starts_with("trust.toml: revoked key `zcp:0123456789abcdef`: unknown field `by`"),
        "{message}"
    );
}

#[test]
fn a_star_may_only_end_a_pattern() {
    let key = hex_key();
    let body = format!(
        "[[publisher]]\nname = \"Hunan\"\nkey = \"{key}\"\nids = [\"cn-*-zcp\"]\njurisdictions = [\"CN-HN\"]\n"
    );
    assert_eq!(
        refused(&body),
        "trust.toml: publisher `Hunan`: ids pattern `cn-*-zcp` has a `*` other than at the end"
    );
    let body = format!(
        "[[publisher]]\nname = \"Hunan\"\nkey = \"{key}\"\nids = [\"cn-hn-*\"]\njurisdictions = [\"**\"]\n"
    );
    assert_eq!(
        refused(&body),
        "trust.toml: publisher `Hunan`: jurisdictions pattern `**` has a `*` other than at the end"
    );
    // Lowercase jurisdictions would never match a described code.
    let body = format!(
        "[[publisher]]\nname = \"Hunan\"\nkey = \"{key}\"\nids = [\"cn-hn-*\"]\njurisdictions = [\"cn-hn\"]\n"
    );
    assert!(refused(&body).contains("jurisdictions pattern `cn-hn` is not uppercase letters"));
}

#[test]
fn empty_scopes_are_refused() {
    let key = hex_key();
    let body = format!(
        "[[publisher]]\nname = \"Hunan\"\nkey = \"{key}\"\nids = []\njurisdictions = [\"CN-HN\"]\n"
    );
    let message = refused(&body);
    assert!(
        message.starts_with("trust.toml: publisher `Hunan`: ids is empty"),
        "{message}"
    );
    let body = format!(
        "[[publisher]]\nname = \"Hunan\"\nkey = \"{key}\"\nids = [\"cn-hn-*\"]\njurisdictions = []\n"
    );
    assert!(refused(&body).starts_with("trust.toml: publisher `Hunan`: jurisdictions is empty"));
    let body =
        format!("[[publisher]]\nname = \"Hunan\"\nkey = \"{key}\"\njurisdictions = [\"CN-HN\"]\n");
    assert!(refused(&body).contains("missing field `ids`"));
}

#[test]
fn a_key_is_listed_once() {
    let key = KeyPair::generate().unwrap();
    let hex = key.public().to_hex();
    let body = format!(
        "{}\n[[publisher]]\nname = \"Hunan (copy)\"\nkey = \"{hex}\"\nids = [\"*\"]\njurisdictions = [\"*\"]\n",
        hunan(&hex, "")
    );
    assert_eq!(
        refused(&body),
        format!(
            "trust.toml: publisher `Hunan (copy)`: key `{}` is already the key of publisher `Hunan Industry and IT Department` (list each key once)",
            key.key_id()
        )
    );
}

#[test]
fn entries_without_a_name_are_named_by_position() {
    let body = format!(
        "{}\n[[publisher]]\nkey = \"{}\"\n",
        hunan(&hex_key(), ""),
        hex_key()
    );
    let message = refused(&body);
    assert!(
        message.starts_with("trust.toml: publisher #2: missing field `name`"),
        "{message}"
    );
    let message = refused("[[revoked]]\nkey-id = \"0123\"\nsince = 2026-05-01\nreason = \"x\"\n");
    assert_eq!(
        message,
        "trust.toml: revoked key `0123`: key-id `0123` is not `zcp:` and 16 lowercase hex digits"
    );
}

#[test]
fn the_format_is_required() {
    let message = TrustStore::parse(&hunan(&hex_key(), ""), "trust.toml")
        .unwrap_err()
        .to_string();
    assert_eq!(
        message,
        "trust.toml: no `format` field, expected `format = \"zcp-trust-1\"`"
    );
}
