//! `cargo xtask size --check` on synthetic dists (a manifest.json and a names map written to a
//! temporary directory): the growth rule fails both ways it should, a budget entry with a
//! reason lets a step through, and one without a reason is refused.

use size_reports::{check, Budget, History, Recorded, Row, SizeRecord};
use std::path::Path;

const BASE: &str = "f82d41c0123456789abcdef0123456789abcdef0";

/// A dist/ shaped like the real one: loader + core wasm + hello bytecode are the first print
/// (455,946 brotli bytes with `vm_brotli` = 451,260), the compiler chunk and `extra` (file,
/// role, brotli) are fetched later.
fn write_dist(dir: &Path, vm_brotli: u64, extra: &[(&str, &str, u64)]) -> SizeRecord {
    let mut assets = vec![
        serde_json::json!({ "file": "pygmy.mjs", "role": "loader", "raw": 13353, "gzip": 5100, "brotli": 4615, "integrity": "sha384-x" }),
        serde_json::json!({ "file": "pygmy-vm.d51cc96ec196.wasm", "role": "vm", "raw": vm_brotli * 3, "gzip": vm_brotli * 5 / 4, "brotli": vm_brotli, "integrity": "sha384-x" }),
        serde_json::json!({ "file": "pygmy-compiler.ab31da9af278.wasm", "role": "compiler", "raw": 1552266, "gzip": 691586, "brotli": 539107, "integrity": "sha384-x" }),
        serde_json::json!({ "file": "hello.4ab8981cb33a.pyb", "role": "bytecode", "raw": 67, "gzip": 90, "brotli": 71, "integrity": "sha384-x" }),
    ];
    for (file, role, brotli) in extra {
        assets.push(serde_json::json!({ "file": file, "role": role, "raw": brotli * 3, "gzip": brotli * 5 / 4, "brotli": brotli, "integrity": "sha384-x" }));
    }
    let first = [("pygmy.mjs", 4615), ("pygmy-vm.d51cc96ec196.wasm", vm_brotli), ("hello.4ab8981cb33a.pyb", 71)];
    let manifest = serde_json::json!({
        "format": 1,
        "assets": assets,
        "first_print": {
            "brotli_total": first.iter().map(|f| f.1).sum::<u64>(),
            "files": first.iter().map(|(f, b)| serde_json::json!({ "file": f, "brotli": b })).collect::<Vec<_>>(),
        },
        "notes": {},
    });
    std::fs::write(dir.join("manifest.json"), serde_json::to_string_pretty(&manifest).unwrap()).unwrap();
    std::fs::create_dir_all(dir.join("names")).unwrap();
    let names = format!("# index\tbody_bytes\tname\n9\t{}\tpygmy_vm::interp::run_loop\n10\t12923\tpygmy_vm::vm::Vm::new\n", (46247 + vm_brotli).saturating_sub(451_260));
    std::fs::write(dir.join("names/pygmy-vm.d51cc96ec196.wasm.tsv"), names).unwrap();
    SizeRecord::from_dist(dir).unwrap()
}

fn dist(vm_brotli: u64, extra: &[(&str, &str, u64)]) -> SizeRecord {
    let dir = tempfile::tempdir().unwrap();
    write_dist(dir.path(), vm_brotli, extra)
}

fn row(commit: &str, size: SizeRecord) -> Row {
    Row::new(commit.into(), "2025-11-26T05:43:00+00:00".into(), "gc: one reachability pass".into(), size)
}

fn baseline() -> Row {
    row(BASE, dist(451_260, &[]))
}

#[test]
fn the_record_reads_the_manifest_and_names_without_hashes() {
    let r = dist(451_260, &[]);
    assert_eq!(r.first_print, 455_946);
    assert_eq!(r.first_print_files, ["pygmy.mjs", "pygmy-vm.wasm", "hello.pyb"]);
    assert_eq!(r.asset("pygmy-compiler.wasm").map(|a| a.brotli), Some(539_107));
    let vm = r.module("pygmy-vm.wasm").unwrap();
    assert_eq!((vm.functions, vm.code_bytes, vm.top[0].1.as_str()), (2, 46247 + 12923, "pygmy_vm::interp::run_loop"));
}

#[test]
fn growth_of_2_kb_without_a_budget_reason_fails() {
    let report = check(Some(&baseline()), &dist(451_260 + 2048, &[]), &Budget::default());
    assert!(!report.passed());
    let text = report.to_string();
    assert!(text.contains("bytes to first print grew by 2,048 bytes (+0.45%) since f82d41c"), "{text}");
    assert!(text.contains("[[step]]\n    from = \"f82d41c\"\n    first_print = 2048"), "{text}");
    assert!(text.contains("+2,048 (+0.45%)") && text.contains("FAIL"), "{text}");
    // What grew, down to the function.
    assert!(text.contains("46,247 ->    48,295") && text.contains("pygmy_vm::interp::run_loop"), "{text}");
}

#[test]
fn growth_of_1_percent_fails_even_under_2_kb() {
    let small = |vm| {
        let mut r = dist(vm, &[]);
        r.first_print = vm;
        r
    };
    let report = check(Some(&row(BASE, small(100_000))), &small(101_000), &Budget::default());
    assert!(!report.passed(), "{report}");
}

#[test]
fn the_same_growth_with_a_budget_entry_that_has_a_reason_passes() {
    let budget = Budget::parse("[[step]]\nfrom = \"f82d41c\"\nfirst_print = 2500\nreason = \"float repr in the core: every program prints floats\"\n").unwrap();
    let report = check(Some(&baseline()), &dist(451_260 + 2048, &[]), &budget);
    assert!(report.passed(), "{report}");
    let text = report.to_string();
    assert!(text.contains("within the 2,500 bytes size-budget.toml allows for this step: float repr"), "{text}");
    assert!(text.contains("+2,048 (+0.45%)") && text.contains("size check passed"), "{text}");
    // The allowance is for that one step: more than it allows still fails, and from another
    // row it does not apply at all.
    assert!(!check(Some(&baseline()), &dist(451_260 + 2600, &[]), &budget).passed());
    assert!(!check(Some(&row("0123456789", baseline().size)), &dist(451_260 + 2048, &[]), &budget).passed());
}

#[test]
fn a_raised_growth_rule_with_a_reason_passes() {
    let budget = Budget::parse("[growth]\nbytes = 4096\nreason = \"native modules move into the core this month\"\n").unwrap();
    assert!(check(Some(&baseline()), &dist(451_260 + 2048, &[]), &budget).passed());
}

#[test]
fn growth_under_the_threshold_passes() {
    let report = check(Some(&baseline()), &dist(451_260 + 2047, &[]), &Budget::default());
    assert!(report.passed(), "{report}");
    let report = check(Some(&baseline()), &dist(451_260 + 1000, &[]), &Budget::default());
    assert!(report.passed(), "{report}");
    assert!(report.to_string().contains("+1,000 (+0.22%)"));
    // Shrinking passes too.
    assert!(check(Some(&baseline()), &dist(440_000, &[]), &Budget::default()).passed());
}

#[test]
fn an_entry_without_a_reason_is_an_error() {
    for text in [
        "[[step]]\nfrom = \"f82d41c\"\nfirst_print = 2500\n",
        "[growth]\nbytes = 4096\n",
        "[first_print]\nbrotli = 470000\nreason = \"\"\n",
        "[asset.\"pygmy-vm.wasm\"]\nbrotli = 470000\n",
    ] {
        let err = Budget::parse(text).unwrap_err().to_string();
        assert!(err.contains("without a reason"), "{text}: {err}");
    }
}

#[test]
fn ceilings_fail_and_new_lazy_chunks_do_not_count_toward_first_print() {
    let budget = Budget::parse(
        "[first_print]\nbrotli = 460000\nreason = \"r\"\n[asset.\"pygmy-zlib.wasm\"]\nbrotli = 20000\nreason = \"r\"\n[asset.\"pygmy-gone.wasm\"]\nbrotli = 1\nreason = \"r\"\n",
    )
    .unwrap();
    let now = dist(451_260, &[("pygmy-zlib.0123456789ab.wasm", "native", 25_000)]);
    let report = check(Some(&baseline()), &now, &budget);
    let text = report.to_string();
    assert_eq!(report.failures.len(), 1, "{text}");
    assert!(text.contains("pygmy-zlib.wasm is 25,000 brotli bytes, over its ceiling of 20,000"), "{text}");
    assert!(text.contains("new") && text.contains("which this dist/ does not have"), "{text}");
    let over = check(Some(&baseline()), &dist(451_260 + 5000, &[]), &Budget::parse("[first_print]\nbrotli = 460000\nreason = \"r\"\n").unwrap());
    assert!(over.failures.iter().any(|f| f.contains("bytes to first print is 460,946, over its ceiling of 460,000")), "{over}");
}

#[test]
fn no_history_passes_and_says_so() {
    let report = check(None, &dist(451_260, &[]), &Budget::default());
    assert!(report.passed());
    assert!(report.to_string().contains("no size history yet"), "{report}");
}

#[test]
fn recorded_rows_round_trip_through_the_history_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.jsonl");
    let mut h = History::load(&path).unwrap();
    assert!(h.rows.is_empty());
    assert!(matches!(h.record(baseline()), Recorded::Appended));
    std::fs::write(&path, h.to_jsonl()).unwrap();
    let back = History::load(&path).unwrap();
    assert_eq!(back.last().unwrap().size, baseline().size);
    assert_eq!(std::fs::read_to_string(&path).unwrap().lines().count(), 1);
}

#[test]
fn a_dir_without_a_manifest_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let err = format!("{:#}", SizeRecord::from_dist(dir.path()).unwrap_err());
    assert!(err.contains("manifest.json"), "{err}");
}
