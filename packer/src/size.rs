//! The size report of a `dist/` (`pygmy size dist/`, `cargo xtask size`, and `dist/size.txt`):
//! per-file raw/gzip/brotli, bytes to first print, the largest functions of each wasm module
//! (from the names maps `dist` keeps in `dist/names/`), the largest crates (from the
//! symbol names' first path segment) and the core's dominators (what each function retains,
//! `crate::dominators`).

use crate::manifest::Manifest;
use crate::wasm::{crate_of, parse_names_map, FunctionSize};
use anyhow::{Context, Result};
use std::fmt::Write;
use std::path::Path;

/// How many functions, crates and dominators the report lists per module.
const TOP_FUNCTIONS: usize = 20;
const TOP_CRATES: usize = 12;
const TOP_DOMINATORS: usize = 20;

/// `12345` → `12,345`.
pub fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The report as text.
pub fn report(dist: &Path) -> Result<String> {
    let path = dist.join("manifest.json");
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {} (is this a dist/ directory?)", path.display()))?;
    let manifest = Manifest::from_json(&text)?;
    let mut out = String::new();
    render_files(&mut out, &manifest);
    for a in manifest.assets.iter().filter(|a| a.file.ends_with(".wasm")) {
        let names = dist.join("names").join(format!("{}.tsv", a.file));
        if let Ok(t) = std::fs::read_to_string(&names) {
            let funcs = parse_names_map(&t);
            render_functions(&mut out, &a.file, &funcs);
            if a.role == "vm" {
                let wasm = dist.join(&a.file);
                let wasm = std::fs::read(&wasm).with_context(|| format!("reading {}", wasm.display()))?;
                render_dominators(&mut out, &crate::dominators::dominators(&wasm)?, &funcs);
            }
        }
    }
    Ok(out)
}

/// The functions that retain the most code (their own and what only they reach), and the
/// code no export, table entry or start function reaches.
fn render_dominators(out: &mut String, d: &crate::dominators::Dominators, funcs: &[FunctionSize]) {
    let names: std::collections::HashMap<u32, &str> = funcs.iter().map(|f| (f.index, f.name.as_str())).collect();
    let name = |i: u32| names.get(&i).map_or_else(|| format!("func[{i}]"), |n| shorten(n, 100));
    let total = d.code_bytes.max(1);
    let mut by_retained: Vec<_> = d.reachable.iter().collect();
    by_retained.sort_by(|a, b| b.retained.cmp(&a.retained).then(a.index.cmp(&b.index)));
    let _ = writeln!(out, "  dominators (retained = own body + what only it reaches from the exports and the table):");
    let _ = writeln!(out, "  {:>9}  {:>6}  {:>9}", "retained", "", "own");
    for r in by_retained.iter().take(TOP_DOMINATORS) {
        let _ = writeln!(out, "  {:>9}  {:>5.1}%  {:>9}  {}", thousands(r.retained), r.retained as f64 * 100.0 / total as f64, thousands(r.own), name(r.index));
    }
    let dead: u64 = d.unreachable.iter().map(|u| u.1).sum();
    let _ = writeln!(out, "  unreachable from the roots: {} functions, {} bytes", d.unreachable.len(), thousands(dead));
}

fn render_files(out: &mut String, m: &Manifest) {
    let w = m.assets.iter().map(|a| a.file.len()).max().unwrap_or(4).max(4);
    let _ = writeln!(out, "{:<w$}  {:>10}  {:>10}  {:>10}", "file", "raw", "gzip", "brotli");
    let (mut raw, mut gz, mut br) = (0, 0, 0);
    for a in &m.assets {
        let _ = writeln!(out, "{:<w$}  {:>10}  {:>10}  {:>10}  {}", a.file, thousands(a.sizes.raw), thousands(a.sizes.gzip), thousands(a.sizes.brotli), a.role);
        raw += a.sizes.raw;
        gz += a.sizes.gzip;
        br += a.sizes.brotli;
    }
    let _ = writeln!(out, "{:<w$}  {:>10}  {:>10}  {:>10}", "total", thousands(raw), thousands(gz), thousands(br));
    let first: u64 = m.first_print.iter().map(|(_, b)| b).sum();
    let files: Vec<&str> = m.first_print.iter().map(|(f, _)| f.as_str()).collect();
    let _ = writeln!(out, "\nbytes to first print (brotli): {} = {}", thousands(first), files.join(" + "));
    let page: u64 = ["loader", "vm", "compiler", "page"].iter().filter_map(|r| m.asset(r)).map(|a| a.sizes.brotli).sum();
    let _ = writeln!(out, "demo page, source compiled in the browser (brotli): {} = index.html + pygmy.mjs + core + compiler chunk", thousands(page));
    if let Some((_, serde_json::Value::Object(o))) = m.notes.iter().find(|(k, _)| k == "wasm_opt") {
        let _ = writeln!(out, "\nwasm-opt -Oz (stripped module, brotli before -> after; kept if smaller):");
        for (module, v) in o {
            let n = |k: &str| v[k].as_u64().unwrap_or(0);
            let _ = writeln!(
                out,
                "  {module}: raw {} -> {}, brotli {} -> {} ({}), {} s",
                thousands(n("raw_before")),
                thousands(n("raw_after")),
                thousands(n("brotli_before")),
                thousands(n("brotli_after")),
                if v["kept"].as_bool() == Some(true) { "kept" } else { "dropped" },
                v["seconds"]
            );
        }
    }
}

fn render_functions(out: &mut String, file: &str, funcs: &[FunctionSize]) {
    let total: u64 = funcs.iter().map(|f| f.size as u64).sum();
    if total == 0 {
        return;
    }
    let _ = writeln!(out, "\n{file}: {} functions, {} bytes of code bodies", funcs.len(), thousands(total));
    let mut by_size: Vec<&FunctionSize> = funcs.iter().collect();
    by_size.sort_by(|a, b| b.size.cmp(&a.size).then(a.index.cmp(&b.index)));
    let _ = writeln!(out, "  largest functions:");
    for f in by_size.iter().take(TOP_FUNCTIONS) {
        let _ = writeln!(out, "  {:>9}  {:>5.1}%  {}", thousands(f.size as u64), f.size as f64 * 100.0 / total as f64, shorten(&f.name, 110));
    }
    let mut crates: std::collections::BTreeMap<&str, (u64, usize)> = Default::default();
    for f in funcs {
        let e = crates.entry(crate_of(&f.name)).or_default();
        e.0 += f.size as u64;
        e.1 += 1;
    }
    let mut crates: Vec<_> = crates.into_iter().collect();
    crates.sort_by(|a, b| b.1 .0.cmp(&a.1 .0));
    let _ = writeln!(out, "  largest crates (by symbol prefix):");
    for (name, (bytes, n)) in crates.iter().take(TOP_CRATES) {
        let _ = writeln!(out, "  {:>9}  {:>5.1}%  {name} ({n} functions)", thousands(*bytes), *bytes as f64 * 100.0 / total as f64);
    }
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(max - 1).collect();
        cut + "…"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn functions_are_ranked_and_grouped_by_crate() {
        let funcs = vec![
            FunctionSize { index: 0, size: 10, name: "core::fmt::write".into() },
            FunctionSize { index: 1, size: 30, name: "pygmy_vm::interp::run".into() },
            FunctionSize { index: 2, size: 20, name: "pygmy_vm::ops::add".into() },
        ];
        let mut out = String::new();
        render_functions(&mut out, "vm.wasm", &funcs);
        let run = out.find("pygmy_vm::interp::run").unwrap();
        let add = out.find("pygmy_vm::ops::add").unwrap();
        assert!(run < add, "{out}");
        assert!(out.contains("50   83.3%  pygmy_vm (2 functions)"), "{out}");
    }
}
