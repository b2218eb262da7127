//! Post-processing of a wasm module built by rustc, in the order `dist` runs it:
//! [`prune`] (walrus: drop exports nobody imports from JS, dead code, tool sections) →
//! [`optimize`] (binaryen `-Oz`, names kept) → [`names_map`] (function index → name and
//! body size, for size reports) → [`strip_custom_sections`] (what ships) → [`validate`].

use anyhow::{bail, Context, Result};
use std::path::Path;

/// Exports rustc's wasm-ld adds that no loader uses.
pub const LINKER_EXPORTS: &[&str] = &["__data_end", "__heap_base"];

/// Removes `exports`, garbage-collects what nothing reaches any more, drops the `producers`
/// and `target_features` sections. The `name` section is kept (the names map is read after
/// optimization); [`strip_custom_sections`] removes it at the end.
pub fn prune(wasm: &[u8], exports: &[&str]) -> Result<Vec<u8>> {
    let mut m = parse_keeping_names(wasm)?;
    let ids: Vec<_> = m.exports.iter().filter(|e| exports.contains(&e.name.as_str())).map(|e| e.id()).collect();
    for id in ids {
        m.exports.delete(id);
    }
    for name in ["producers", "target_features"] {
        m.customs.remove_raw(name);
    }
    walrus::passes::gc::run(&mut m);
    Ok(m.emit_wasm())
}

/// Parses a module with walrus so that it emits its function names again (the names map
/// is read after every rewrite) and no `producers` section.
pub(crate) fn parse_keeping_names(wasm: &[u8]) -> Result<walrus::Module> {
    let mut config = walrus::ModuleConfig::new();
    config.generate_name_section(true).generate_producers_section(false);
    config.parse(wasm).context("walrus could not parse the module")
}

/// binaryen `-Oz` (wasm-opt crate, binaryen 116). rustc 1.95 emits bulk-memory, sign-ext,
/// mutable globals, non-trapping float-to-int, multi-value and reference types; binaryen 116
/// assumes MVP unless told (CRATES.md section 2). Names are kept for the names map.
#[cfg(feature = "wasm-opt")]
pub fn optimize(wasm: &[u8], work: &Path) -> Result<Vec<u8>> {
    use wasm_opt::{Feature, OptimizationOptions};
    let input = work.join("opt-in.wasm");
    let output = work.join("opt-out.wasm");
    std::fs::write(&input, wasm).with_context(|| format!("writing {}", input.display()))?;
    OptimizationOptions::new_optimize_for_size_aggressively()
        .enable_feature(Feature::BulkMemory)
        .enable_feature(Feature::SignExt)
        .enable_feature(Feature::MutableGlobals)
        .enable_feature(Feature::TruncSat)
        .enable_feature(Feature::Multivalue)
        .enable_feature(Feature::ReferenceTypes)
        .debug_info(true)
        .run(&input, &output)
        .map_err(|e| anyhow::anyhow!("wasm-opt failed: {e}"))?;
    let out = std::fs::read(&output).with_context(|| format!("reading {}", output.display()))?;
    let _ = std::fs::remove_file(&input);
    let _ = std::fs::remove_file(&output);
    Ok(out)
}

/// Without the `wasm-opt` feature (a plain `cargo build -p packer`) there is no binaryen.
#[cfg(not(feature = "wasm-opt"))]
pub fn optimize(_wasm: &[u8], _work: &Path) -> Result<Vec<u8>> {
    bail!("this build has no binaryen (enable packer's `wasm-opt` feature, as `cargo xtask dist` does)")
}

/// Whether [`optimize`] is available in this build.
pub const HAS_WASM_OPT: bool = cfg!(feature = "wasm-opt");

/// One function of a module: its index, name (demangled, or `func[i]`) and the
/// size of its body in the code section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunctionSize {
    pub index: u32,
    pub size: u32,
    pub name: String,
}

/// Every defined function with its name and body size, in index order.
pub fn names_map(wasm: &[u8]) -> Result<Vec<FunctionSize>> {
    use wasmparser::{KnownCustom, Name, Payload};
    let mut imported = 0u32;
    let mut funcs = Vec::new();
    let mut names = std::collections::HashMap::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload? {
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    if matches!(imp?.ty, wasmparser::TypeRef::Func(_)) {
                        imported += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let index = imported + funcs.len() as u32;
                funcs.push(FunctionSize { index, size: body.range().len() as u32, name: String::new() });
            }
            Payload::CustomSection(c) => {
                if let KnownCustom::Name(r) = c.as_known() {
                    for sub in r {
                        if let Ok(Name::Function(map)) = sub {
                            for n in map {
                                let n = n?;
                                names.insert(n.index, n.name.to_owned());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    for f in &mut funcs {
        f.name = match names.remove(&f.index) {
            // `{:#}` drops the hash suffix: `pygmy_vm::interp::run_loop`.
            Some(n) => format!("{:#}", rustc_demangle::demangle(&n)),
            None => format!("func[{}]", f.index),
        };
    }
    Ok(funcs)
}

/// The names map as text: one `index<TAB>size<TAB>name` line per function.
pub fn names_map_text(funcs: &[FunctionSize]) -> String {
    let mut s = String::from("# index\tbody_bytes\tname\n");
    for f in funcs {
        s.push_str(&format!("{}\t{}\t{}\n", f.index, f.size, f.name));
    }
    s
}

/// Parses [`names_map_text`].
pub fn parse_names_map(text: &str) -> Vec<FunctionSize> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut it = l.splitn(3, '\t');
            Some(FunctionSize { index: it.next()?.parse().ok()?, size: it.next()?.parse().ok()?, name: it.next()?.to_owned() })
        })
        .collect()
}

/// Copies the module without its custom sections (names, producers, DWARF): byte-for-byte
/// the other sections, no re-encoding.
pub fn strip_custom_sections(wasm: &[u8]) -> Result<Vec<u8>> {
    if wasm.len() < 8 {
        bail!("not a wasm module (too short)");
    }
    let mut out = wasm[..8].to_vec();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let payload = payload?;
        if let wasmparser::Payload::CustomSection(_) = payload {
            continue;
        }
        if let Some((id, range)) = payload.as_section() {
            out.push(id);
            leb128(&mut out, range.len() as u32);
            out.extend_from_slice(&wasm[range]);
        }
    }
    Ok(out)
}

fn leb128(out: &mut Vec<u8>, mut v: u32) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Validates with wasmparser (default features: what Node 20 and Chromium accept for us).
pub fn validate(wasm: &[u8]) -> Result<()> {
    wasmparser::Validator::new().validate_all(wasm).context("wasmparser rejected the module")?;
    Ok(())
}

/// The crate a (demangled) function name belongs to: `pygmy_vm::x::y` → `pygmy_vm`,
/// `<alloc::vec::Vec<T> as core::ops::Drop>::drop` → `alloc`; names without a path (e.g.
/// `memcpy`, wasm-ld's own) → `[other]`.
pub fn crate_of(name: &str) -> &str {
    let s = name.trim_start_matches(['<', '&', '*', '(', '[']).trim_start_matches("mut ").trim_start_matches("const ").trim_start_matches("dyn ");
    let s = s.trim_start_matches(['<', '&', '*', '(', '[']);
    match s.find("::") {
        Some(i) if s[..i].chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && i > 0 => &s[..i],
        _ => "[other]",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module with one imported function, two defined ones named "one" (exported as "g",
    /// calls the import) and "two" (unreachable), and a name section.
    fn tiny_module() -> Vec<u8> {
        let mut config = walrus::ModuleConfig::new();
        config.generate_producers_section(false);
        let mut m = walrus::Module::with_config(config);
        let ty = m.types.add(&[], &[]);
        let (imported, _) = m.add_import_func("m", "f", ty);
        let mut one = walrus::FunctionBuilder::new(&mut m.types, &[], &[]);
        one.name("one".into()).func_body().call(imported);
        let one = one.finish(vec![], &mut m.funcs);
        let mut two = walrus::FunctionBuilder::new(&mut m.types, &[], &[]);
        two.name("two".into()).func_body();
        two.finish(vec![], &mut m.funcs);
        m.exports.add("g", one);
        m.emit_wasm()
    }

    #[test]
    fn names_map_reads_names_and_body_sizes() {
        let m = tiny_module();
        validate(&m).unwrap();
        let f = names_map(&m).unwrap();
        let names: Vec<&str> = f.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["one", "two"]);
        assert_eq!(f.iter().map(|f| f.index).collect::<Vec<_>>(), [1, 2]);
        // Bodies: size byte excluded; `call 0; end` plus the locals count.
        assert_eq!(f[0].size, 4);
        assert_eq!(parse_names_map(&names_map_text(&f)), f);
    }

    #[test]
    fn strip_removes_only_custom_sections() {
        let m = tiny_module();
        let s = strip_custom_sections(&m).unwrap();
        validate(&s).unwrap();
        assert!(s.len() < m.len());
        assert_eq!(names_map(&s).unwrap()[0].name, "func[1]");
        assert_eq!(&m[..s.len()], &s[..]);
    }

    #[test]
    fn prune_removes_an_export_and_its_dead_function() {
        let m = prune(&tiny_module(), &["g"]).unwrap();
        validate(&m).unwrap();
        assert!(names_map(&m).unwrap().is_empty());
    }

    #[test]
    fn crate_of_finds_the_first_path_segment() {
        assert_eq!(crate_of("pygmy_vm::interp::run"), "pygmy_vm");
        assert_eq!(crate_of("<alloc::vec::Vec<T> as core::ops::Drop>::drop"), "alloc");
        assert_eq!(crate_of("<&mut pygmy_vm::X as core::fmt::Debug>::fmt"), "pygmy_vm");
        assert_eq!(crate_of("memcpy"), "[other]");
    }
}
