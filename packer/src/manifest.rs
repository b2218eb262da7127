//! Content hashes and `manifest.json`: every asset's name, sizes and SRI hash.
//!
//! Hashed assets are named `<stem>.<12 hex digits of sha384>.<ext>`, so a CDN can cache them
//! forever; the entry points (`pygmy.mjs`, `index.html`, `manifest.json`) keep fixed names.
//! The loader checks each wasm file against its `integrity` before it compiles it.

use crate::compress::Sizes;
use base64::Engine;
use sha2::{Digest, Sha384};

/// `sha384-<base64>`, the Subresource Integrity form `fetch(url, { integrity })` checks.
pub fn sri(data: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(data)))
}

/// `stem.<hash>.ext` from the content's sha384.
pub fn hashed_name(stem: &str, ext: &str, data: &[u8]) -> String {
    let digest = Sha384::digest(data);
    let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    format!("{stem}.{hex}.{ext}")
}

/// One file of `dist/`.
#[derive(Clone, Debug)]
pub struct Asset {
    /// File name inside `dist/`.
    pub file: String,
    /// What it is: "loader", "vm", "compiler", "page", "bytecode".
    pub role: String,
    pub sizes: Sizes,
    pub integrity: String,
}

/// `manifest.json`: the file table plus the figures the size report starts from.
#[derive(Clone, Debug, Default)]
pub struct Manifest {
    pub assets: Vec<Asset>,
    /// Files a browser fetches to print "hello" from a precompiled app: the loader, the
    /// core wasm and the app's bytecode (brotli sizes).
    pub first_print: Vec<(String, u64)>,
    /// Free-form build notes (wasm-opt measurements, profile).
    pub notes: Vec<(String, serde_json::Value)>,
}

impl Manifest {
    pub fn asset(&self, role: &str) -> Option<&Asset> {
        self.assets.iter().find(|a| a.role == role)
    }

    pub fn to_json(&self) -> String {
        let assets: Vec<serde_json::Value> = self
            .assets
            .iter()
            .map(|a| {
                serde_json::json!({
                    "file": a.file, "role": a.role, "raw": a.sizes.raw, "gzip": a.sizes.gzip,
                    "brotli": a.sizes.brotli, "integrity": a.integrity,
                })
            })
            .collect();
        let first: Vec<serde_json::Value> = self.first_print.iter().map(|(f, b)| serde_json::json!({ "file": f, "brotli": b })).collect();
        let notes: serde_json::Map<String, serde_json::Value> = self.notes.iter().cloned().collect();
        let total: u64 = self.first_print.iter().map(|(_, b)| b).sum();
        let v = serde_json::json!({
            "format": 1,
            "assets": assets,
            "first_print": { "files": first, "brotli_total": total },
            "notes": notes,
        });
        serde_json::to_string_pretty(&v).expect("JSON values serialize") + "\n"
    }

    pub fn from_json(text: &str) -> anyhow::Result<Manifest> {
        let v: serde_json::Value = serde_json::from_str(text)?;
        let mut m = Manifest::default();
        for a in v["assets"].as_array().into_iter().flatten() {
            let n = |k: &str| a[k].as_u64().unwrap_or(0);
            m.assets.push(Asset {
                file: a["file"].as_str().unwrap_or_default().to_owned(),
                role: a["role"].as_str().unwrap_or_default().to_owned(),
                sizes: Sizes { raw: n("raw"), gzip: n("gzip"), brotli: n("brotli") },
                integrity: a["integrity"].as_str().unwrap_or_default().to_owned(),
            });
        }
        for f in v["first_print"]["files"].as_array().into_iter().flatten() {
            m.first_print.push((f["file"].as_str().unwrap_or_default().to_owned(), f["brotli"].as_u64().unwrap_or(0)));
        }
        if let Some(notes) = v["notes"].as_object() {
            m.notes = notes.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        }
        Ok(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sri_matches_the_known_sha384_of_empty_input() {
        assert_eq!(sri(b""), "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb");
    }

    #[test]
    fn hashed_name_changes_with_content() {
        let a = hashed_name("pygmy-vm", "wasm", b"a");
        assert!(a.starts_with("pygmy-vm.") && a.ends_with(".wasm") && a.len() == "pygmy-vm..wasm".len() + 12);
        assert_ne!(a, hashed_name("pygmy-vm", "wasm", b"b"));
    }

    #[test]
    fn manifest_round_trips() {
        let mut m = Manifest::default();
        m.assets.push(Asset { file: "x.wasm".into(), role: "vm".into(), sizes: Sizes { raw: 3, gzip: 2, brotli: 1 }, integrity: sri(b"x") });
        m.first_print.push(("x.wasm".into(), 1));
        let back = Manifest::from_json(&m.to_json()).unwrap();
        assert_eq!(back.assets[0].sizes, m.assets[0].sizes);
        assert_eq!(back.first_print, m.first_print);
    }
}
