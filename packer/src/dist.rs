//! `dist/`: from the two rustc-built modules (the core VM and the compiler chunk, built with
//! their `name` sections) and the JS sources to a directory a CDN can serve forever.
//!
//! Stages, each reported to the caller's progress callback and named in any error:
//! `prune` (walrus) → `split` (native modules into lazily loaded chunks) → `wasm-opt` (binaryen -Oz, measured against not running it) →
//! `names` (names maps for size reports) → `strip` (custom sections) → `validate`
//! (wasmparser) → `assets` (loader with its file table, page, hello bytecode, manifest,
//! size report) → `compress` (.br/.gz siblings) → `write` (into a temp dir beside the
//! output) → `swap` (rename into place).
//!
//! Architecture invariant: `dist/` is replaced atomically; a failed stage leaves the old one
//! untouched and removes its temp dir.

use crate::compress::{brotli, gzip, Sizes};
use crate::manifest::{hashed_name, sri, Asset, Manifest};
use crate::split;
use crate::wasm;
use anyhow::{anyhow, bail, Context, Result};
use std::path::{Path, PathBuf};

/// Whether to run binaryen over the pruned modules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WasmOpt {
    /// Run it if this build has binaryen and keep, per module, whichever output is smaller
    /// after brotli.
    Auto,
    Always,
    Never,
}

/// What `dist` is built from.
#[derive(Clone, Debug)]
pub struct DistConfig {
    /// rustc's core VM module (profile wasm, built with its name section).
    pub vm_wasm: PathBuf,
    /// rustc's compiler chunk module.
    pub compiler_wasm: PathBuf,
    /// The loader and page sources (`pygmy.mjs`, `index.html`).
    pub js_dir: PathBuf,
    /// The output directory (`dist/`).
    pub out: PathBuf,
    pub wasm_opt: WasmOpt,
    /// Files written into `out` as they are, outside the manifest (`dashboard.html`), so they
    /// are swapped into place with the rest.
    pub extra_files: Vec<(String, Vec<u8>)>,
    /// CPython 3.11's `Lib/`, compiled into the stdlib chunks pages import from
    /// ([`crate::stdlib`]); none: a dist whose pages import only what bundles carry.
    pub stdlib: Option<PathBuf>,
    /// Leave the `name` section in every module (a profiling build: V8's profiles then name
    /// the core's functions); what ships is stripped.
    pub keep_names: bool,
}

/// Progress events for a UI (xtask draws indicatif bars from them).
#[derive(Clone, Debug)]
pub enum Event {
    /// A stage starts with `steps` units of work.
    Start { stage: &'static str, steps: u64 },
    /// One unit of the current stage is done.
    Step { what: String },
    /// The stage finished; `summary` is one line for the log.
    Finish { stage: &'static str, summary: String },
}

/// One shipped wasm module on its way through the stages.
struct Module {
    /// `pygmy-vm` or `pygmy-compiler`.
    stem: String,
    role: &'static str,
    /// Current bytes (with the name section until `strip`).
    bytes: Vec<u8>,
    names: Vec<wasm::FunctionSize>,
    /// For a native chunk: its spec (its position in `split::NATIVE_CHUNKS` is its id).
    chunk: Option<split::ChunkSpec>,
}

/// The names and sizes of the files written, and where.
#[derive(Debug)]
pub struct DistReport {
    pub manifest: Manifest,
    pub size_report: String,
}

/// Builds `config.out` atomically. See the module docs for the stages.
pub fn build(config: &DistConfig, progress: &mut dyn FnMut(Event)) -> Result<DistReport> {
    let tmp = temp_dir_beside(&config.out)?;
    let r = build_into(config, &tmp, progress).and_then(|report| {
        stage("swap", 1, progress, |_| swap_into_place(&tmp, &config.out).map(|()| ((), format!("{} is in place", config.out.display()))))?;
        Ok(report)
    });
    if r.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    r
}

/// Runs one stage: reports start and finish, and prefixes any error with the stage name.
fn stage<T>(
    name: &'static str,
    steps: u64,
    progress: &mut dyn FnMut(Event),
    f: impl FnOnce(&mut dyn FnMut(Event)) -> Result<(T, String)>,
) -> Result<T> {
    progress(Event::Start { stage: name, steps });
    match f(progress) {
        Ok((v, summary)) => {
            progress(Event::Finish { stage: name, summary });
            Ok(v)
        }
        Err(e) => Err(e.context(format!("dist stage `{name}` failed (the previous output directory was left as it was)"))),
    }
}

fn build_into(config: &DistConfig, tmp: &Path, progress: &mut dyn FnMut(Event)) -> Result<DistReport> {
    let mut modules = stage("read", 2, progress, |p| {
        let mut v = Vec::new();
        for (stem, role, path) in [("pygmy-vm", "vm", &config.vm_wasm), ("pygmy-compiler", "compiler", &config.compiler_wasm)] {
            let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
            p(Event::Step { what: format!("{stem}: {} bytes", bytes.len()) });
            v.push(Module { stem: stem.into(), role, bytes, names: Vec::new(), chunk: None });
        }
        let s = v.iter().map(|m| format!("{} {}", m.stem, m.bytes.len())).collect::<Vec<_>>().join(", ");
        Ok((v, s))
    })?;
    let mut notes = Vec::new();

    stage("prune", 2, progress, |p| {
        let mut s = Vec::new();
        for m in &mut modules {
            let before = m.bytes.len();
            m.bytes = wasm::prune(&m.bytes, wasm::LINKER_EXPORTS).with_context(|| format!("pruning {}", m.stem))?;
            s.push(format!("{} {} -> {}", m.stem, before, m.bytes.len()));
            p(Event::Step { what: m.stem.clone() });
        }
        Ok(((), s.join(", ")))
    })?;

    stage("split", split::NATIVE_CHUNKS.len() as u64, progress, |p| {
        let vm = modules.iter_mut().find(|m| m.role == "vm").context("no core VM module")?;
        let before = vm.bytes.len();
        let out = split::split(&vm.bytes, split::NATIVE_CHUNKS)?;
        vm.bytes = out.core;
        let mut s = vec![format!("core {before} -> {}", vm.bytes.len())];
        for c in out.chunks {
            s.push(format!("{} {} functions {} bytes", c.spec.name, c.functions, c.bytes.len()));
            p(Event::Step { what: c.spec.name.into() });
            modules.push(Module { stem: format!("pygmy-{}", c.spec.name), role: "native", bytes: c.bytes, names: Vec::new(), chunk: Some(c.spec) });
        }
        Ok(((), s.join(", ")))
    })?;

    if config.wasm_opt == WasmOpt::Auto && !wasm::HAS_WASM_OPT {
        notes.push(("wasm_opt".to_string(), serde_json::json!("not built in (packer feature `wasm-opt`)")));
    } else if config.wasm_opt != WasmOpt::Never {
        let choices = stage("wasm-opt", modules.len() as u64, progress, |p| {
            if !wasm::HAS_WASM_OPT {
                bail!("this packer was built without binaryen; use --wasm-opt never or build with the `wasm-opt` feature");
            }
            let mut s = Vec::new();
            let mut choices = serde_json::Map::new();
            for m in &mut modules {
                let t = std::time::Instant::now();
                let opt = wasm::optimize(&m.bytes, tmp).with_context(|| format!("optimizing {}", m.stem))?;
                let secs = t.elapsed().as_secs_f64();
                // Compare what ships: stripped, brotli.
                let br_before = brotli(&wasm::strip_custom_sections(&m.bytes)?).len();
                let raw_before = wasm::strip_custom_sections(&m.bytes)?.len();
                let stripped_opt = wasm::strip_custom_sections(&opt)?;
                let br_after = brotli(&stripped_opt).len();
                let keep = config.wasm_opt == WasmOpt::Always || br_after < br_before;
                choices.insert(
                    m.stem.clone(),
                    serde_json::json!({
                        "raw_before": raw_before, "raw_after": stripped_opt.len(),
                        "brotli_before": br_before, "brotli_after": br_after,
                        "seconds": (secs * 100.0).round() / 100.0, "kept": keep,
                    }),
                );
                s.push(format!("{}: br {} -> {} ({})", m.stem, br_before, br_after, if keep { "kept" } else { "dropped" }));
                if keep {
                    m.bytes = opt;
                }
                p(Event::Step { what: m.stem.clone() });
            }
            Ok((choices, s.join(", ")))
        })?;
        notes.push(("wasm_opt".to_string(), serde_json::Value::Object(choices)));
    }

    stage("names", modules.len() as u64, progress, |p| {
        for m in &mut modules {
            m.names = wasm::names_map(&m.bytes).with_context(|| format!("reading the names of {}", m.stem))?;
            p(Event::Step { what: m.stem.clone() });
        }
        Ok(((), modules.iter().map(|m| format!("{} {} functions", m.stem, m.names.len())).collect::<Vec<_>>().join(", ")))
    })?;

    stage("strip", modules.len() as u64, progress, |p| {
        for m in &mut modules {
            if !config.keep_names {
                m.bytes = wasm::strip_custom_sections(&m.bytes)?;
            }
            p(Event::Step { what: m.stem.clone() });
        }
        Ok(((), modules.iter().map(|m| format!("{} {}", m.stem, m.bytes.len())).collect::<Vec<_>>().join(", ")))
    })?;

    stage("validate", modules.len() as u64, progress, |p| {
        for m in &modules {
            wasm::validate(&m.bytes).with_context(|| format!("{} is not valid wasm", m.stem))?;
            p(Event::Step { what: m.stem.clone() });
        }
        // Architecture invariant: the core wasm has no compiler.
        if let Some(m) = modules.iter().find(|m| m.role == "vm") {
            if let Some(f) = m.names.iter().find(|f| COMPILER_CRATES.contains(&wasm::crate_of(&f.name))) {
                bail!("the core VM contains compiler code ({}); the compiler belongs in the compiler chunk only", f.name);
            }
        }
        Ok(((), format!("{} modules valid; no compiler code in the core", modules.len())))
    })?;

    // The files of dist/ (name, role, bytes), in the order the report lists them.
    let mut files: Vec<(String, &'static str, Vec<u8>)> = Vec::new();
    let mut names_files: Vec<(String, String)> = Vec::new();
    let mut stdlib_files: Vec<(String, &'static str, Vec<u8>)> = Vec::new();
    stage("assets", 5, progress, |p| {
        let mut table = serde_json::Map::new();
        let mut native = Vec::new();
        for m in &modules {
            let file = hashed_name(&m.stem, "wasm", &m.bytes);
            match &m.chunk {
                // In chunk id order: the id is the position.
                Some(c) => native.push(serde_json::json!({ "name": c.name, "modules": c.modules, "file": file, "integrity": sri(&m.bytes) })),
                None => drop(table.insert(m.role.to_string(), serde_json::json!({ "file": file, "integrity": sri(&m.bytes) }))),
            }
            names_files.push((format!("names/{file}.tsv"), wasm::names_map_text(&m.names)));
            files.push((file, m.role, m.bytes.clone()));
        }
        table.insert("native".into(), serde_json::Value::Array(native));
        let hello = hello_bytecode()?;
        let hello_file = hashed_name("hello", "pyb", &hello);
        table.insert("chunks".into(), serde_json::json!({ "hello": { "file": hello_file, "integrity": sri(&hello) } }));
        p(Event::Step { what: "hello bytecode".into() });

        if let Some(lib) = &config.stdlib {
            let (chunks, failed) = crate::stdlib::chunks(lib)?;
            let mut index = Vec::with_capacity(chunks.len());
            for c in &chunks {
                let bytes = c.bytes();
                let file = hashed_name(&format!("stdlib-{}", c.name), "pyb", &bytes);
                let modules: Vec<&str> = c.modules.iter().map(|m| m.name.as_str()).collect();
                index.push(serde_json::json!({ "file": file, "integrity": sri(&bytes), "modules": modules, "deps": c.deps, "native": c.native }));
                stdlib_files.push((file, "stdlib", bytes));
            }
            let index = serde_json::to_vec(&serde_json::json!({ "chunks": index }))?;
            let file = hashed_name("stdlib-index", "json", &index);
            table.insert("stdlib".into(), serde_json::json!({ "file": file, "integrity": sri(&index) }));
            stdlib_files.push((file, "stdlib-index", index));
            if !failed.is_empty() {
                notes.push(("stdlib_left_out".to_string(), serde_json::json!(failed)));
            }
            p(Event::Step { what: format!("stdlib: {} chunks, {} modules", chunks.len(), chunks.iter().map(|c| c.modules.len()).sum::<usize>()) });
        }

        // The Unicode database (`unicodedata`, namereplace): a file fetched on first need.
        if config.stdlib.is_some() {
            let ucd = crate::ucd::generate().context("the Unicode database (vm/src/strings/gen_ucd.py)")?;
            let ucd_file = hashed_name("unicodedata", "bin", &ucd);
            table.insert("ucd".into(), serde_json::json!({ "file": ucd_file, "integrity": sri(&ucd) }));
            stdlib_files.push((ucd_file, "ucd", ucd));
            p(Event::Step { what: "unicode database".into() });
        }

        // The js module's JS half: fetched with the js native chunk, not in the first print.
        let interop = read_js(&config.js_dir, "pygmy-js.mjs")?.into_bytes();
        let interop_file = hashed_name("pygmy-js", "mjs", &interop);
        table.insert("interop".into(), serde_json::json!({ "file": interop_file, "integrity": sri(&interop) }));
        files.push((interop_file, "interop", interop));
        // The file system under Node: only the Node CLI fetches it.
        let node = read_js(&config.js_dir, "pygmy-node.mjs")?.into_bytes();
        let node_file = hashed_name("pygmy-node", "mjs", &node);
        table.insert("node".into(), serde_json::json!({ "file": node_file, "integrity": sri(&node) }));
        files.push((node_file, "node", node));
        let loader_src = read_js(&config.js_dir, "pygmy.mjs")?;
        let loader = with_file_table(&loader_src, &serde_json::Value::Object(table))?;
        files.insert(0, ("pygmy.mjs".into(), "loader", loader.into_bytes()));
        p(Event::Step { what: "pygmy.mjs".into() });
        files.push(("index.html".into(), "page", read_js(&config.js_dir, "index.html")?.into_bytes()));
        p(Event::Step { what: "index.html".into() });
        files.push((hello_file, "bytecode", hello));
        p(Event::Step { what: "hello".into() });
        for (file, role, bytes) in stdlib_files.drain(..) {
            files.push((file, role, bytes));
        }
        Ok(((), format!("{} files", files.len())))
    })?;

    let mut manifest = stage("compress", files.len() as u64, progress, |p| {
        let mut manifest = Manifest::default();
        let mut compressed = Vec::new();
        for (file, role, bytes) in &files {
            let br = brotli(bytes);
            let gz = gzip(bytes);
            manifest.assets.push(Asset {
                file: file.clone(),
                role: role.to_string(),
                sizes: Sizes { raw: bytes.len() as u64, gzip: gz.len() as u64, brotli: br.len() as u64 },
                integrity: sri(bytes),
            });
            compressed.push((format!("{file}.br"), br));
            compressed.push((format!("{file}.gz"), gz));
            p(Event::Step { what: file.clone() });
        }
        for (name, bytes) in compressed {
            files.push((name, "compressed", bytes));
        }
        let total: u64 = manifest.assets.iter().map(|a| a.sizes.brotli).sum();
        Ok((manifest, format!("{total} bytes brotli in all")))
    })?;
    for role in ["loader", "vm", "bytecode"] {
        if let Some(a) = manifest.asset(role) {
            manifest.first_print.push((a.file.clone(), a.sizes.brotli));
        }
    }
    manifest.notes = notes;

    stage("write", files.len() as u64 + 3, progress, |p| {
        std::fs::create_dir_all(tmp.join("names"))?;
        for (name, _, bytes) in &files {
            write(&tmp.join(name), bytes)?;
            p(Event::Step { what: name.clone() });
        }
        for (name, text) in &names_files {
            write(&tmp.join(name), text.as_bytes())?;
        }
        for (name, bytes) in &config.extra_files {
            write(&tmp.join(name), bytes)?;
        }
        write(&tmp.join("manifest.json"), manifest.to_json().as_bytes())?;
        p(Event::Step { what: "manifest.json".into() });
        let report = crate::size::report(tmp)?;
        write(&tmp.join("size.txt"), report.as_bytes())?;
        p(Event::Step { what: "size.txt".into() });
        let total: u64 = manifest.first_print.iter().map(|(_, b)| b).sum();
        Ok(((), format!("bytes to first print {total} (brotli)")))
    })?;
    let size_report = crate::size::report(tmp)?;
    Ok(DistReport { manifest, size_report })
}

/// Crates that must never be linked into the core VM.
pub const COMPILER_CRATES: &[&str] = &["pygmy_compiler", "pygmy_compiler_wasm", "rustpython_ruff_python_parser", "rustpython_ruff_python_ast"];

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))
}

fn read_js(dir: &Path, name: &str) -> Result<String> {
    let p = dir.join(name);
    std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))
}

/// The line of `pygmy.mjs` that `dist` fills with the file table.
const FILE_TABLE_LINE: &str = "const FILES = null;";

/// The loader with its file table filled in (the exact line [`FILE_TABLE_LINE`] must occur once).
pub fn with_file_table(loader: &str, table: &serde_json::Value) -> Result<String> {
    if loader.matches(FILE_TABLE_LINE).count() != 1 {
        bail!("pygmy.mjs must contain the line `{FILE_TABLE_LINE}` exactly once");
    }
    Ok(loader.replacen(FILE_TABLE_LINE, &format!("const FILES = {table};"), 1))
}

/// Serialized bytecode of `print("hello")`: the app chunk of the bytes-to-first-print figure
/// (an app's code arrives precompiled; the compiler chunk is not fetched).
pub fn hello_bytecode() -> Result<Vec<u8>> {
    let code = pygmy_compiler::compile("print(\"hello\")\n", "hello.py", pygmy_compiler::Mode::Exec, &Default::default())
        .map_err(|e| anyhow!("compiling hello.py: {}", e.message))?;
    Ok(pygmy_bytecode::marshal::dumps(&code))
}

/// An empty temp directory beside `out` (same file system, so [`swap_into_place`] is a rename).
pub(crate) fn temp_dir_beside(out: &Path) -> Result<PathBuf> {
    let parent = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("dist");
    let tmp = parent.join(format!(".{name}.tmp-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
    Ok(tmp)
}

/// Moves `tmp` to `out`: the old `out` (if any) is renamed aside first and removed after.
pub(crate) fn swap_into_place(tmp: &Path, out: &Path) -> Result<()> {
    let old = out.with_file_name(format!(".{}.old-{}", out.file_name().and_then(|n| n.to_str()).unwrap_or("dist"), std::process::id()));
    let had_old = out.exists();
    if had_old {
        std::fs::rename(out, &old).with_context(|| format!("moving the old {} aside", out.display()))?;
    }
    if let Err(e) = std::fs::rename(tmp, out) {
        if had_old {
            let _ = std::fs::rename(&old, out);
        }
        return Err(e).with_context(|| format!("renaming {} to {}", tmp.display(), out.display()));
    }
    if had_old {
        let _ = std::fs::remove_dir_all(&old);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_table_is_inserted_once() {
        let t = serde_json::json!({ "vm": { "file": "v.wasm" } });
        let out = with_file_table("a\nconst FILES = null;\nb\n", &t).unwrap();
        assert_eq!(out, "a\nconst FILES = {\"vm\":{\"file\":\"v.wasm\"}};\nb\n");
        assert!(with_file_table("no table", &t).is_err());
    }

    #[test]
    fn hello_bytecode_loads() {
        assert!(pygmy_bytecode::marshal::loads(&hello_bytecode().unwrap()).is_ok());
    }

    /// A failed stage leaves the old output directory as it was and removes the temp dir.
    #[test]
    fn failed_build_keeps_the_old_output() {
        let root = std::env::temp_dir().join(format!("pygmy-dist-test-{}", std::process::id()));
        let out = root.join("dist");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("marker"), "old").unwrap();
        let config = DistConfig {
            vm_wasm: root.join("missing-vm.wasm"),
            compiler_wasm: root.join("missing-compiler.wasm"),
            js_dir: root.clone(),
            out: out.clone(),
            wasm_opt: WasmOpt::Never,
            extra_files: vec![],
            stdlib: None,
            keep_names: false,
        };
        let err = build(&config, &mut |_| {}).unwrap_err();
        assert!(format!("{err:#}").contains("dist stage `read` failed"), "{err:#}");
        assert_eq!(std::fs::read_to_string(out.join("marker")).unwrap(), "old");
        let leftovers: Vec<_> = std::fs::read_dir(&root).unwrap().filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("dist")]);
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn swap_replaces_the_old_directory() {
        let root = std::env::temp_dir().join(format!("pygmy-swap-test-{}", std::process::id()));
        let (tmp, out) = (root.join("new"), root.join("dist"));
        std::fs::create_dir_all(&tmp).unwrap();
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(tmp.join("f"), "new").unwrap();
        std::fs::write(out.join("f"), "old").unwrap();
        swap_into_place(&tmp, &out).unwrap();
        assert_eq!(std::fs::read_to_string(out.join("f")).unwrap(), "new");
        assert!(!tmp.exists());
        assert_eq!(std::fs::read_dir(&root).unwrap().count(), 1);
        std::fs::remove_dir_all(&root).unwrap();
    }
}
