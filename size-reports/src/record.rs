//! The size record of one `dist/`: each asset's raw/gzip/brotli bytes and bytes to first print
//! (from `manifest.json`), and the largest functions of each wasm module (from the names maps
//! `cargo xtask dist` keeps in `dist/names/`). Files are named without their content hash, so
//! records of different commits line up row by row.

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// How many functions of each wasm module a record keeps: enough for "top functions now vs
/// previous"; all of them (thousands per module) would make every history line hundreds of KB.
pub const TOP_FUNCTIONS: usize = 30;
/// Smaller function bodies are not kept: no one of them explains a step the growth rule
/// catches, and in the small native-module chunks they would be half of every history line.
pub const MIN_FUNCTION_BYTES: u64 = 512;

/// The sizes of one `dist/`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SizeRecord {
    /// Brotli bytes a browser fetches to print "hello" from a precompiled app.
    pub first_print: u64,
    /// The files `first_print` adds up.
    pub first_print_files: Vec<String>,
    /// Every asset of `manifest.json`, in its order.
    pub assets: Vec<AssetSize>,
    /// The code of each wasm module that has a names map.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modules: Vec<ModuleCode>,
}

/// One file of `dist/`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssetSize {
    /// The file name without its content hash (`pygmy-vm.wasm`).
    pub file: String,
    /// What the manifest says it is: "loader", "vm", "compiler", "native", …
    pub role: String,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

/// The function bodies of one wasm module.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModuleCode {
    /// The module's file name without its content hash.
    pub file: String,
    pub functions: u64,
    /// Bytes of all function bodies.
    pub code_bytes: u64,
    /// The largest functions, largest first (at most [`TOP_FUNCTIONS`], none under
    /// [`MIN_FUNCTION_BYTES`]).
    pub top: Vec<FunctionSize>,
}

/// `[body_bytes, name]` in JSON: a function's code size and demangled name. Function indices
/// are left out: they change from build to build, names mostly do not.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FunctionSize(pub u64, pub String);

/// The role of the stdlib's bytecode chunks in a manifest, and the one row they make here.
const STDLIB_ROLE: &str = "stdlib";
pub const STDLIB_ROW: &str = "stdlib-*.pyb";

impl SizeRecord {
    /// Reads `dist/manifest.json` and `dist/names/*.tsv`.
    pub fn from_dist(dist: &Path) -> Result<SizeRecord> {
        let path = dist.join("manifest.json");
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        let manifest: Manifest = serde_json::from_str(&text).with_context(|| format!("{} is not a dist manifest", path.display()))?;
        let mut record = SizeRecord {
            first_print: manifest.first_print.brotli_total,
            first_print_files: manifest.first_print.files.iter().map(|f| unhashed(&f.file)).collect(),
            assets: Vec::new(),
            modules: Vec::new(),
        };
        for a in &manifest.assets {
            // The stdlib's ~190 bytecode chunks are one row (dist/size.txt lists each).
            if a.role == STDLIB_ROLE {
                match record.assets.iter_mut().find(|x| x.file == STDLIB_ROW) {
                    Some(x) => (x.raw, x.gzip, x.brotli) = (x.raw + a.raw, x.gzip + a.gzip, x.brotli + a.brotli),
                    None => record.assets.push(AssetSize { file: STDLIB_ROW.into(), role: a.role.clone(), raw: a.raw, gzip: a.gzip, brotli: a.brotli }),
                }
                continue;
            }
            let file = unhashed(&a.file);
            if record.asset(&file).is_some() {
                bail!("{}: two assets are named {file} once their hashes are removed; their rows would mix", path.display());
            }
            record.assets.push(AssetSize { file: file.clone(), role: a.role.clone(), raw: a.raw, gzip: a.gzip, brotli: a.brotli });
            let names = dist.join("names").join(format!("{}.tsv", a.file));
            if a.file.ends_with(".wasm") && names.exists() {
                let text = std::fs::read_to_string(&names).with_context(|| format!("reading {}", names.display()))?;
                record.modules.push(ModuleCode::from_names_map(file, &text));
            }
        }
        Ok(record)
    }

    /// The asset named `file` (hash-free).
    pub fn asset(&self, file: &str) -> Option<&AssetSize> {
        self.assets.iter().find(|a| a.file == file)
    }

    /// The code of the wasm module named `file` (hash-free).
    pub fn module(&self, file: &str) -> Option<&ModuleCode> {
        self.modules.iter().find(|m| m.file == file)
    }
}

impl ModuleCode {
    /// From a names map: `index<TAB>body_bytes<TAB>name` lines, `#` comments (the format
    /// `packer::wasm::names_map_text` writes; lines that do not parse are skipped, as there).
    pub fn from_names_map(file: String, text: &str) -> ModuleCode {
        let mut all: Vec<FunctionSize> = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut it = l.splitn(3, '\t');
                let _index: u64 = it.next()?.parse().ok()?;
                Some(FunctionSize(it.next()?.parse().ok()?, it.next()?.to_owned()))
            })
            .collect();
        let code_bytes = all.iter().map(|f| f.0).sum();
        let functions = all.len() as u64;
        // Ties by name, so the kept set does not depend on the map's order.
        all.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        all.truncate(TOP_FUNCTIONS);
        all.retain(|f| f.0 >= MIN_FUNCTION_BYTES);
        ModuleCode { file, functions, code_bytes, top: all }
    }
}

/// `pygmy-vm.d51cc96ec196.wasm` → `pygmy-vm.wasm`: drops the 12-hex-digit content hash
/// `dist` puts before the extension. Names without one are returned as they are.
pub fn unhashed(file: &str) -> String {
    let parts: Vec<&str> = file.split('.').collect();
    let is_hash = |p: &str| p.len() == 12 && p.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    let kept: Vec<&str> = parts.iter().enumerate().filter(|&(i, p)| i == 0 || i + 1 == parts.len() || !is_hash(p)).map(|(_, p)| *p).collect();
    kept.join(".")
}

/// The part of `manifest.json` a record reads (the file also has integrity hashes and notes).
#[derive(Deserialize)]
struct Manifest {
    assets: Vec<ManifestAsset>,
    first_print: FirstPrint,
}

#[derive(Deserialize)]
struct ManifestAsset {
    file: String,
    role: String,
    raw: u64,
    gzip: u64,
    brotli: u64,
}

#[derive(Deserialize)]
struct FirstPrint {
    brotli_total: u64,
    files: Vec<FirstPrintFile>,
}

#[derive(Deserialize)]
struct FirstPrintFile {
    file: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_removed_and_other_names_kept() {
        assert_eq!(unhashed("pygmy-vm.d51cc96ec196.wasm"), "pygmy-vm.wasm");
        assert_eq!(unhashed("hello.4ab8981cb33a.pyb"), "hello.pyb");
        assert_eq!(unhashed("pygmy-zlib.0123456789ab.wasm"), "pygmy-zlib.wasm");
        assert_eq!(unhashed("pygmy.mjs"), "pygmy.mjs");
        assert_eq!(unhashed("index.html"), "index.html");
        // Not a hash: wrong length, or upper case.
        assert_eq!(unhashed("a.d51cc96ec19.wasm"), "a.d51cc96ec19.wasm");
        assert_eq!(unhashed("a.D51CC96EC196.wasm"), "a.D51CC96EC196.wasm");
    }

    #[test]
    fn names_map_keeps_the_largest_functions() {
        let mut text = String::from("# index\tbody_bytes\tname\n");
        for i in 0..40u64 {
            text += &format!("{i}\t{}\tf{i}\n", 1000 + i);
        }
        text += "not a line\n";
        let m = ModuleCode::from_names_map("m.wasm".into(), &text);
        assert_eq!(m.functions, 40);
        assert_eq!(m.code_bytes, (1000..1040).sum::<u64>());
        assert_eq!(m.top.len(), TOP_FUNCTIONS);
        assert_eq!(m.top[0], FunctionSize(1039, "f39".into()));
        assert_eq!(m.top.last(), Some(&FunctionSize(1010, "f10".into())));
        let small = ModuleCode::from_names_map("m.wasm".into(), "0\t600\ta\n1\t511\tb\n");
        assert_eq!(small.top, [FunctionSize(600, "a".into())]);
        assert_eq!(small.code_bytes, 1111);
    }

    #[test]
    fn stdlib_chunks_are_one_row() {
        let dir = std::env::temp_dir().join(format!("pygmy-record-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let asset = |file: &str, role: &str, n: u64| format!(r#"{{"file":"{file}","role":"{role}","raw":{},"gzip":{},"brotli":{n}}}"#, n * 3, n * 2);
        let manifest = format!(
            r#"{{"assets":[{},{},{}],"first_print":{{"brotli_total":10,"files":[]}}}}"#,
            asset("pygmy.mjs", "loader", 10),
            asset("stdlib-json.0123456789ab.pyb", "stdlib", 100),
            asset("stdlib-re.ba9876543210.pyb", "stdlib", 50)
        );
        std::fs::write(dir.join("manifest.json"), manifest).unwrap();
        let r = SizeRecord::from_dist(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(r.assets.len(), 2);
        let s = r.asset(STDLIB_ROW).unwrap();
        assert_eq!((s.raw, s.gzip, s.brotli), (450, 300, 150));
    }
}
