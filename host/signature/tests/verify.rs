//! The two-stage check, each refusal reached the way it happens in
//! practice.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use jiff::civil::{Date, date};
use zcp_signature::{KeyPair, OutOfScope, Refusal, Signature, Signer, TrustStore, sha256_hex};

const PLUGIN: &[u8] = b"\0asm\x01\0\0\0 the cn-hn-zcp plugin";
const HUNAN: &str = "Hunan Industry and IT Department";

fn today() -> Date {
    date(2026, 6, 1)
}

fn plugin_path() -> &'static Path {
    Path::new("standards/cn-hn-zcp.wasm")
}

/// A `[[publisher]]` entry for `key`.
fn publisher(name: &str, key: &KeyPair, ids: &str, jurisdictions: &str, extra: &str) -> String {
    format!(
        "[[publisher]]\nname = \"{name}\"\nkey = \"{}\"\nids = {ids}\njurisdictions = {jurisdictions}\n{extra}\n",
        key.public().to_hex()
    )
}

fn store(entries: &[String]) -> TrustStore {
    let text = format!("format = \"zcp-trust-1\"\n\n{}", entries.join("\n"));
    TrustStore::parse(&text, "trust.toml").unwrap()
}

/// Hunan's key, a store trusting it for `cn-hn-*` in `CN-HN`, and its
/// signature of the plugin as `cn-hn-zcp@1.0.0`.
fn hunan() -> (KeyPair, TrustStore, Signature) {
    let key = KeyPair::generate().unwrap();
    let store = store(&[publisher(HUNAN, &key, r#"["cn-hn-*"]"#, r#"["CN-HN"]"#, "")]);
    let signature = Signature::sign(&key, &sha256_hex(PLUGIN), "cn-hn-zcp", "1.0.0").unwrap();
    (key, store, signature)
}

fn verify(store: &TrustStore, signature: &Signature) -> Result<Signer, Refusal> {
    store.verify(plugin_path(), Some(signature), &sha256_hex(PLUGIN), today())
}

/// The signature file, edited as someone with a text editor would.
fn edited(signature: &Signature, from: &str, to: &str) -> Signature {
    let text = signature.to_toml();
    assert!(text.contains(from), "{text} lacks {from}");
    Signature::parse(&text.replace(from, to), "edited.sig").unwrap()
}

#[test]
fn a_signed_plugin_within_its_publishers_scope_is_accepted() {
    let (key, store, signature) = hunan();
    // Through the file, as the host does it.
    let signature = Signature::parse(&signature.to_toml(), "cn-hn-zcp.wasm.sig").unwrap();
    let signer = verify(&store, &signature).unwrap();
    assert_eq!(signer.publisher_name(), HUNAN);
    assert_eq!(signer.key_id(), key.key_id());
    assert_eq!((signer.id(), signer.version()), ("cn-hn-zcp", "1.0.0"));
    assert_eq!(signer.ids(), ["cn-hn-*"]);
    assert_eq!(signer.jurisdictions(), ["CN-HN"]);
    signer.check_claim("cn-hn-zcp", "1.0.0", "CN-HN").unwrap();
}

#[test]
fn unsigned() {
    let (_, store, _) = hunan();
    let refusal = store
        .verify(plugin_path(), None, &sha256_hex(PLUGIN), today())
        .unwrap_err();
    assert_eq!(
        refusal,
        Refusal::Unsigned {
            signature_file: "standards/cn-hn-zcp.wasm.sig".into()
        }
    );
    assert_eq!(
        refusal.to_string(),
        "unsigned: no signature file `standards/cn-hn-zcp.wasm.sig` beside it (sign it with `zcp sign`, or allow unsigned plugins for development with `--allow-unsigned`)"
    );
}

#[test]
fn tampered_a_file_other_than_the_one_signed() {
    let (_, store, signature) = hunan();
    let altered = sha256_hex(b"\0asm\x01\0\0\0 the cn-hn-zcp plugin, patched");
    let refusal = store
        .verify(plugin_path(), Some(&signature), &altered, today())
        .unwrap_err();
    assert_eq!(
        refusal,
        Refusal::Tampered {
            signed: sha256_hex(PLUGIN),
            actual: altered.clone()
        }
    );
    let message = refusal.to_string();
    assert!(
        message.starts_with(&format!(
            "tampered: the signature is for sha256 `{}…`, the file is sha256 `{}…`",
            &sha256_hex(PLUGIN)[..12],
            &altered[..12]
        )),
        "{message}"
    );
}

#[test]
fn a_field_changed_after_signing_does_not_verify() {
    let (key, store, signature) = hunan();
    let expected = Refusal::BadSignature {
        key_id: key.key_id(),
        publisher: HUNAN.into(),
    };
    let id = edited(&signature, "id = \"cn-hn-zcp\"", "id = \"cn-hn-zcp2\"");
    assert_eq!(verify(&store, &id).unwrap_err(), expected);
    let version = edited(&signature, "version = \"1.0.0\"", "version = \"1.0.1\"");
    assert_eq!(verify(&store, &version).unwrap_err(), expected);
    assert_eq!(
        expected.to_string(),
        format!(
            "the signature does not verify against key `{}` of `{HUNAN}` (wrongly signed or altered)",
            key.key_id()
        )
    );

    // The digest edited to match another file: that file is refused.
    let other = b"another plugin";
    let digest = edited(
        &signature,
        &format!("sha256:{}", sha256_hex(PLUGIN)),
        &format!("sha256:{}", sha256_hex(other)),
    );
    assert_eq!(
        store
            .verify(plugin_path(), Some(&digest), &sha256_hex(other), today())
            .unwrap_err(),
        expected
    );
}

#[test]
fn signed_by_a_key_the_store_does_not_list() {
    let (_, store, _) = hunan();
    let stranger = KeyPair::generate().unwrap();
    let signature = Signature::sign(&stranger, &sha256_hex(PLUGIN), "cn-hn-zcp", "1.0.0").unwrap();
    let refusal = verify(&store, &signature).unwrap_err();
    assert_eq!(
        refusal,
        Refusal::UnknownKey {
            key_id: stranger.key_id()
        }
    );
    assert_eq!(
        refusal.to_string(),
        format!(
            "signed by key `{}`, which the trust store does not list (add its publisher with the ids and jurisdictions it may sign)",
            stranger.key_id()
        )
    );
    // An empty store trusts nobody.
    assert!(matches!(
        verify(&TrustStore::empty(), &signature),
        Err(Refusal::UnknownKey { .. })
    ));
}

#[test]
fn signed_by_one_key_claiming_to_be_another() {
    let (hunan_key, store, _) = hunan();
    let forger = KeyPair::generate().unwrap();
    let forged = Signature::sign(&forger, &sha256_hex(PLUGIN), "cn-hn-zcp", "1.0.0").unwrap();
    let forged = edited(&forged, &forger.key_id(), &hunan_key.key_id());
    assert_eq!(forged.key_id(), hunan_key.key_id());
    assert_eq!(
        verify(&store, &forged).unwrap_err(),
        Refusal::BadSignature {
            key_id: hunan_key.key_id(),
            publisher: HUNAN.into()
        }
    );
}

#[test]
fn a_revoked_key_is_refused_even_if_listed() {
    let (key, _, signature) = hunan();
    let revoked = format!(
        "[[revoked]]\nkey-id = \"{}\"\nsince = \"2026-05-01\"\nreason = \"key leaked\"\n",
        key.key_id()
    );
    let store = store(&[
        publisher(HUNAN, &key, r#"["cn-hn-*"]"#, r#"["CN-HN"]"#, ""),
        revoked.clone(),
    ]);
    let refusal = verify(&store, &signature).unwrap_err();
    assert_eq!(
        refusal,
        Refusal::Revoked {
            key_id: key.key_id(),
            since: date(2026, 5, 1),
            reason: "key leaked".into()
        }
    );
    assert_eq!(
        refusal.to_string(),
        format!(
            "signed by key `{}`, revoked since 2026-05-01: key leaked",
            key.key_id()
        )
    );
    // Revoked and no longer listed: still reported as revoked.
    let store = self::store(&[revoked]);
    assert!(matches!(
        verify(&store, &signature),
        Err(Refusal::Revoked { .. })
    ));
}

#[test]
fn an_expired_key_is_refused_the_day_after_it_expires() {
    let (key, _, signature) = hunan();
    let store = store(&[publisher(
        HUNAN,
        &key,
        r#"["cn-hn-*"]"#,
        r#"["CN-HN"]"#,
        "expires = \"2025-12-31\"",
    )]);
    let check = |today| store.verify(plugin_path(), Some(&signature), &sha256_hex(PLUGIN), today);
    assert!(check(date(2025, 12, 30)).is_ok());
    assert!(
        check(date(2025, 12, 31)).is_ok(),
        "its last day is still valid"
    );
    let refusal = check(date(2026, 1, 1)).unwrap_err();
    assert_eq!(
        refusal,
        Refusal::Expired {
            key_id: key.key_id(),
            publisher: HUNAN.into(),
            expired: date(2025, 12, 31)
        }
    );
    assert!(
        refusal.to_string().starts_with(&format!(
            "signed by key `{}` of `{HUNAN}`, which expired on 2025-12-31",
            key.key_id()
        )),
        "{refusal}"
    );
}

#[test]
fn the_checks_come_in_order() {
    let (key, _, signature) = hunan();
    // Expired and revoked and the file altered: tampering is reported.
    let store = store(&[
        publisher(
            HUNAN,
            &key,
            r#"["cn-hn-*"]"#,
            r#"["CN-HN"]"#,
            "expires = 2020-01-01",
        ),
        format!(
            "[[revoked]]\nkey-id = \"{}\"\nsince = 2026-05-01\nreason = \"lost\"\n",
            key.key_id()
        ),
    ]);
    let tampered = store.verify(plugin_path(), Some(&signature), &sha256_hex(b"x"), today());
    assert!(
        matches!(tampered, Err(Refusal::Tampered { .. })),
        "{tampered:?}"
    );
    // Then revocation, before the (bad) signature and expiry.
    let altered = edited(&signature, "1.0.0", "9.9.9");
    assert!(matches!(
        verify(&store, &altered),
        Err(Refusal::Revoked { .. })
    ));
    // Without the revocation: the bad signature before expiry.
    let store = self::store(&[publisher(
        HUNAN,
        &key,
        r#"["cn-hn-*"]"#,
        r#"["CN-HN"]"#,
        "expires = 2020-01-01",
    )]);
    assert!(matches!(
        verify(&store, &altered),
        Err(Refusal::BadSignature { .. })
    ));
    assert!(matches!(
        verify(&store, &signature),
        Err(Refusal::Expired { .. })
    ));
}

#[test]
fn a_plugin_must_describe_itself_as_what_was_signed() {
    let (_, store, signature) = hunan();
    let signer = verify(&store, &signature).unwrap();
    let refusal = signer
        .check_claim("cn-hn-zcp", "1.1.0", "CN-HN")
        .unwrap_err();
    assert_eq!(
        refusal,
        Refusal::NotWhatWasSigned {
            signed: "cn-hn-zcp@1.0.0".into(),
            described: "cn-hn-zcp@1.1.0".into()
        }
    );
    assert_eq!(
        refusal.to_string(),
        "signed as `cn-hn-zcp@1.0.0` but describes itself as `cn-hn-zcp@1.1.0`"
    );
    assert!(matches!(
        signer.check_claim("cn-hn-zcp2", "1.0.0", "CN-HN"),
        Err(Refusal::NotWhatWasSigned { .. })
    ));
}

#[test]
fn out_of_scope_by_id_and_by_jurisdiction() {
    let (key, store, _) = hunan();
    // Hunan's key signing the national standard: a valid signature, out of
    // its scope.
    let national = Signature::sign(&key, &sha256_hex(PLUGIN), "cn-zcp", "1.0.0").unwrap();
    let signer = verify(&store, &national).unwrap();
    let refusal = signer.check_claim("cn-zcp", "1.0.0", "CN").unwrap_err();
    assert_eq!(
        refusal,
        Refusal::OutOfScope(Box::new(OutOfScope {
            publisher: HUNAN.into(),
            key_id: key.key_id(),
            id: "cn-zcp".into(),
            jurisdiction: "CN".into(),
            ids: vec!["cn-hn-*".into()],
            jurisdictions: vec!["CN-HN".into()],
        }))
    );
    assert_eq!(
        refusal.to_string(),
        format!(
            "out of scope: `{HUNAN}` (key `{}`) may sign ids `cn-hn-*` in `CN-HN`, not `cn-zcp` in `CN`",
            key.key_id()
        )
    );
    // An id in scope, for another province.
    let signer = verify(
        &store,
        &Signature::sign(&key, &sha256_hex(PLUGIN), "cn-hn-zcp", "1.0.0").unwrap(),
    )
    .unwrap();
    assert!(matches!(
        signer.check_claim("cn-hn-zcp", "1.0.0", "CN-GD"),
        Err(Refusal::OutOfScope(scope)) if scope.jurisdiction == "CN-GD"
    ));
}

#[test]
fn wildcard_patterns() {
    let national = KeyPair::generate().unwrap();
    let anywhere = KeyPair::generate().unwrap();
    let store = store(&[
        publisher(
            "MIIT",
            &national,
            r#"["cn-*", "gb-t-51356"]"#,
            r#"["CN", "CN-*"]"#,
            "",
        ),
        publisher("Test lab", &anywhere, r#"["*"]"#, r#"["*"]"#, ""),
    ]);
    let signer = |key: &KeyPair, id: &str| {
        let signature = Signature::sign(key, &sha256_hex(PLUGIN), id, "2.0.0").unwrap();
        verify(&store, &signature).unwrap()
    };
    signer(&national, "cn-zcp")
        .check_claim("cn-zcp", "2.0.0", "CN")
        .unwrap();
    signer(&national, "cn-hn-zcp")
        .check_claim("cn-hn-zcp", "2.0.0", "CN-HN")
        .unwrap();
    signer(&national, "gb-t-51356")
        .check_claim("gb-t-51356", "2.0.0", "CN")
        .unwrap();
    assert!(
        signer(&national, "gb-t-51356x")
            .check_claim("gb-t-51356x", "2.0.0", "CN")
            .is_err()
    );
    assert!(
        signer(&national, "eu-zcp")
            .check_claim("eu-zcp", "2.0.0", "CN")
            .is_err()
    );
    assert!(
        signer(&national, "cn-zcp")
            .check_claim("cn-zcp", "2.0.0", "HK")
            .is_err()
    );
    signer(&anywhere, "eu-zcp")
        .check_claim("eu-zcp", "2.0.0", "DE-BY")
        .unwrap();
}
