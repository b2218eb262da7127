//! `pygmy build` end to end: each app under tests/py/apps/ is bundled from a built dist/ and
//! run by `node OUT/pygmy.mjs` (no FILE: the bundle's app); stdout and status must be what
//! CPython printed (the blessed `.out`/`.rc`). The bundle has no file system access to the
//! stdlib, so a module missing from it fails the run.
//!
//! Needs a dist/ and Node: `cargo xtask test` runs it after `dist` with PYGMY_DIST set; without
//! PYGMY_DIST it says it is skipped. With PYGMY_KEEP_BUNDLE=DIR the bundle of [`BROWSER_APP`] is
//! kept there, and the other apps' in DIR-apps/NAME, each with its expected output as
//! `expected.out`, for js/test/browser.test.mjs.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The acceptance bar of issue 7: bytes fetched before the first output beyond a hello-world
/// bundle over the brotli size of the stdlib sources CPython imports for the same run.
const RATIO_GOAL: f64 = 1.2;

/// Apps above [`RATIO_GOAL`] today, each with the ceiling it may not exceed (its measured
/// ratio plus 0.03) so a regression still fails. Where their bytes go: stdlib-filter/README.md.
/// With lazily fetched function bodies (2026-11-26): shop_report 1.65 -> 1.30, log_scan
/// 1.60 -> 1.25, doc_reader 1.95 -> 1.55; inventory_cli (1.03) and async_jobs (0.93) are in.
/// Then the native `_json` (the json chunk, 6.9 KB brotli, which CPython has built in) put
/// the two apps that import json back up: shop_report 1.39, doc_reader 1.63. Stubs whose
/// docstrings stay in their bodies: doc_reader 1.49. Counting the chunks the wasm VM loads
/// before the first output (measured under Node; the native trace run cannot see them: the
/// `bytes` chunk in every app, `cold` and `io` in two): shop_report 1.64, log_scan 1.53,
/// doc_reader 1.75, inventory_cli 1.20, async_jobs 0.94. `_codecs` answered by the core
/// and the bytes-basics chunk (5.0 KB) instead of `bytes` (20 KB): shop_report 1.37,
/// log_scan 1.32, doc_reader 1.47, inventory_cli 1.20 -> 1.17 and async_jobs 0.94 -> 0.92
/// with `codecs.register` answered by the core too. A native `_abc` (no `_py_abc` and
/// `_weakrefset` in the bundles; the weakref chunk +2.6 KB) and the core creating
/// `itertools` (with `count`) and `zlib`, whose chunks then load at their first other call:
/// shop_report 1.37, log_scan 1.22, doc_reader 1.37, inventory_cli 1.12, async_jobs 0.95.
/// The collections, itertools, weakref and json chunks split in two, what programs seldom
/// call in a `-more` chunk (13.4 -> 6.0, 7.5 -> 5.6, 6.9 -> 6.3, 6.9 -> 4.3 KB): shop_report
/// 1.21, log_scan 1.10, doc_reader 1.24, inventory_cli 1.08, async_jobs 0.92. Line tables
/// out of the app bundle into a lazily fetched chunk: shop_report 1.16, log_scan 1.05,
/// doc_reader 1.19, inventory_cli 1.03, async_jobs 0.88, all within the bar.
const RATIO_CEILINGS: &[(&str, f64)] = &[];

/// The ratio `pygmy build` printed, if it printed one.
fn ratio(report: &str) -> Option<f64> {
    let line = report.lines().find(|l| l.contains("bytes brotli: ratio "))?;
    line.split("ratio ").nth(1)?.split_whitespace().next()?.parse().ok()
}

/// The app whose bundle the Chromium test opens: the richest (a package of its own, native
/// chunks, a source compiled at run time).
const BROWSER_APP: &str = "shop_report.py";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

#[test]
fn apps_run_from_their_bundles_under_node() {
    let Some(dist) = std::env::var_os("PYGMY_DIST") else {
        eprintln!("skipped: set PYGMY_DIST to a dist/ built by `cargo xtask dist` (cargo xtask test does)");
        return;
    };
    let dist = root().join(dist);
    let apps = root().join("tests/py/apps");
    let mut ran = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&apps).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "py")).collect();
    entries.sort();
    for app in entries {
        // `-o` relative to where pygmy runs, as users write it.
        let rel = format!("pygmy-bundle-test-{}-{}", std::process::id(), app.file_stem().unwrap().to_string_lossy());
        let out = std::env::temp_dir().join(&rel);
        let build = Command::new(env!("CARGO_BIN_EXE_pygmy")).arg("build").arg(&app).arg("-o").arg(&rel).arg("--dist").arg(&dist).current_dir(std::env::temp_dir()).output().unwrap();
        assert!(build.status.success(), "pygmy build {} failed:\n{}", app.display(), String::from_utf8_lossy(&build.stderr));
        let report = String::from_utf8_lossy(&build.stdout);
        assert!(report.contains("fetched before the app's first output (measured: node OUT/pygmy.mjs): "), "{report}");
        // The stdlib's docstrings are left out unless the app's own code may read them
        // (doc_reader.py does, and prints some: its output proves they were kept).
        let reads = packer::build::reads_docs(&std::fs::read(&app).unwrap());
        let docs = if reads { "stdlib docstrings: kept" } else { "stdlib docstrings: left out" };
        assert!(report.contains(docs), "{}: {report}", app.display());
        // The size ratio against CPython's own imports (CI has a CPython 3.11).
        assert!(report.contains("beyond a hello-world bundle") && (report.contains("ratio") || report.contains("no CPython")), "{report}");
        let name = app.file_name().unwrap().to_string_lossy().into_owned();
        if let Some(r) = ratio(&report) {
            let ceiling = RATIO_CEILINGS.iter().find(|(a, _)| *a == name).map_or(RATIO_GOAL, |&(_, c)| c);
            assert!(r <= ceiling, "{name}: size ratio {r} is over {ceiling} (issue 7's bar is {RATIO_GOAL}):\n{report}");
            // Ratchet: an app that got under the bar loses its ceiling.
            assert!(ceiling == RATIO_GOAL || r > RATIO_GOAL, "{name}: ratio {r} is now within {RATIO_GOAL}: drop its line from RATIO_CEILINGS");
        }
        // Every module CPython imports for the same run is in the bundle, or its import stops
        // on pygmy at a C module pygmy does not have (the report names both kinds).
        if !report.contains("no CPython") {
            assert!(report.contains("for this app missing from the bundle: none"), "{name}: {report}");
        }

        // Run from another directory: nothing may come from the app's own directory.
        let run = Command::new("node").arg(out.join("pygmy.mjs")).current_dir(std::env::temp_dir()).output().expect("node");
        let want = std::fs::read_to_string(app.with_extension("out")).unwrap();
        let want_rc: i32 = std::fs::read_to_string(app.with_extension("rc")).map(|s| s.trim().parse().unwrap()).unwrap_or(0);
        assert_eq!(String::from_utf8_lossy(&run.stdout), want, "{}: stdout of the bundle (stderr: {})", app.display(), String::from_utf8_lossy(&run.stderr));
        assert_eq!(run.status.code(), Some(want_rc), "{}: status", app.display());
        // Bundled modules are found without any stdlib directory.
        let manifest = std::fs::read_to_string(out.join("manifest.json")).unwrap();
        assert!(manifest.contains("\"role\": \"app\"") || manifest.contains("\"role\":\"app\""), "{manifest}");
        // PYGMY_KEEP_BUNDLE=DIR: where BROWSER_APP's bundle stays, and DIR-apps/NAME every
        // other app's (the Chromium test opens them all).
        match std::env::var_os("PYGMY_KEEP_BUNDLE") {
            Some(keep) => {
                let keep = root().join(keep);
                let keep = if app.file_name().is_some_and(|n| n == BROWSER_APP) { keep } else { PathBuf::from(format!("{}-apps", keep.display())).join(app.file_stem().unwrap()) };
                let _ = std::fs::remove_dir_all(&keep);
                std::fs::create_dir_all(keep.parent().unwrap()).unwrap();
                std::fs::rename(&out, &keep).unwrap();
                std::fs::write(keep.join("expected.out"), &want).unwrap();
            }
            None => std::fs::remove_dir_all(&out).unwrap(),
        }
        ran += 1;
    }
    assert!(ran > 0, "no apps under {}", apps.display());
}

/// Lazily fetched function bodies under Node: tests/lazy/app.py is built with a trace run
/// that enters none of its functions (`-- trace`), so the bundle runs them from a body
/// chunk read on first call: what CPython printed. A body chunk that is missing or fails
/// its integrity check is an ImportError naming the chunk. With PYGMY_KEEP_BUNDLE=DIR the
/// bundle stays in DIR-lazy for js/test/browser.test.mjs.
#[test]
fn lazy_bodies_load_on_first_call_under_node() {
    let Some(dist) = std::env::var_os("PYGMY_DIST") else {
        eprintln!("skipped: set PYGMY_DIST to a dist/ built by `cargo xtask dist` (cargo xtask test does)");
        return;
    };
    let dist = root().join(dist);
    let app = root().join("tests/lazy/app.py");
    let out = std::env::temp_dir().join(format!("pygmy-lazy-test-{}", std::process::id()));
    let build = Command::new(env!("CARGO_BIN_EXE_pygmy")).arg("build").arg(&app).arg("-o").arg(&out).arg("--dist").arg(&dist).arg("--").arg("trace").output().unwrap();
    assert!(build.status.success(), "pygmy build failed:\n{}", String::from_utf8_lossy(&build.stderr));
    let report = String::from_utf8_lossy(&build.stdout);
    assert!(report.contains("function bodies: ") && report.contains("__main__.body."), "{report}");
    let want = std::fs::read_to_string(app.with_extension("out")).unwrap();
    let run = |dir: &Path| Command::new("node").arg(dir.join("pygmy.mjs")).env("PYGMY_TRACE_CHUNKS", "1").current_dir(std::env::temp_dir()).output().expect("node");
    let r = run(&out);
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert_eq!(String::from_utf8_lossy(&r.stdout), want, "stderr: {stderr}");
    assert_eq!(r.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("pygmy: loaded body chunk __main__.body."), "{stderr}");
    // f_lineno and tb_lineno of module-level code read its line table from the lines chunk.
    assert!(report.contains("line tables: ") && stderr.contains("pygmy: loaded body chunk lines."), "{report}\n{stderr}");

    let chunk = std::fs::read_dir(&out).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("__main__.body.")) && p.extension().is_some_and(|e| e == "pyl")).expect("the app's body chunk");
    let name = chunk.file_name().unwrap().to_string_lossy().into_owned();
    let good = std::fs::read(&chunk).unwrap();
    // A flipped byte: the loader's sha384 check refuses it.
    let mut bad = good.clone();
    *bad.last_mut().unwrap() ^= 1;
    std::fs::write(&chunk, &bad).unwrap();
    let r = run(&out);
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert_eq!(String::from_utf8_lossy(&r.stdout), "first line\n");
    assert_eq!(r.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("ImportError: cannot load the code of outer() (/bundle/app.py, line 18): body chunk ") && stderr.contains(&name) && stderr.contains("integrity"), "{stderr}");
    std::fs::remove_file(&chunk).unwrap();
    let r = run(&out);
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("Traceback (most recent call last):\n  File \"/bundle/app.py\", line 75, in <module>\nImportError: ") && stderr.contains(&format!("ImportError: cannot load the code of outer() (/bundle/app.py, line 18): body chunk {name}")), "{stderr}");
    std::fs::write(&chunk, &good).unwrap();

    match std::env::var_os("PYGMY_KEEP_BUNDLE") {
        Some(keep) => {
            let keep = root().join(format!("{}-lazy", keep.to_string_lossy()));
            let _ = std::fs::remove_dir_all(&keep);
            std::fs::create_dir_all(keep.parent().unwrap()).unwrap();
            std::fs::rename(&out, &keep).unwrap();
            std::fs::write(keep.join("expected.out"), &want).unwrap();
        }
        None => std::fs::remove_dir_all(&out).unwrap(),
    }
}
