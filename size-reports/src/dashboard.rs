//! `dashboard.html`: the history as one static page people look at. Bytes to first print over
//! commits, per-asset sizes stacked (the latest rows), the core's largest functions now vs the
//! previous row, pystone warmup curves (runs 1–12) of the latest row that has them against
//! CPython, startup ratios, the pyperformance subset and callgrind instructions per loop.
//! Charts are inline SVG drawn by `svg.rs`: no script, no CDN, one file. The text depends only
//! on the history and the budget, so rebuilding it from the same rows gives the same bytes.

use crate::budget::Budget;
use crate::check::thousands;
use crate::history::{History, Row};
use crate::speed::CPYTHON;
use crate::svg::{self, esc, BarRow, Layer, Series, PALETTE};
use std::fmt::Write;

/// Columns of the stacked asset chart.
const ASSET_ROWS: usize = 8;
/// Functions in the "now vs previous" chart.
const TOP_FUNCTIONS: usize = 20;
/// Assets smaller than this share of the latest row are drawn as one "other" layer.
const SMALL_ASSET_SHARE: f64 = 0.005;
/// The wasm module whose functions are compared.
const CORE: &str = "pygmy-vm.wasm";

/// The colour of each engine, the same in every chart.
fn engine_color(engine: &str) -> &'static str {
    match engine {
        CPYTHON => "#555555",
        "native" => PALETTE[0],
        "node" => PALETTE[3],
        "chromium" => PALETTE[2],
        _ => PALETTE[6],
    }
}

/// The whole page.
pub fn render(history: &History, budget: Option<&Budget>) -> String {
    let mut body = String::new();
    let rows = &history.rows;
    match rows.last() {
        Some(last) => {
            let _ = write!(
                body,
                r#"<p class="lead">{} rows in <code>size-reports/history.jsonl</code>; the latest is <code>{}</code> ({}) “{}”.</p>"#,
                rows.len(),
                last.short_commit(),
                esc(&last.date),
                esc(&shorten_subject(&last.subject))
            );
        }
        None => body += r#"<p class="missing">The history is empty: <code>cargo xtask dist &amp;&amp; cargo xtask size --record</code> adds the first row.</p>"#,
    }
    body += &first_print(rows, budget);
    body += &assets(rows);
    body += &functions(rows);
    body += &warmup(rows);
    body += &startup(rows);
    body += &pyperformance(rows);
    body += &speed_over_commits(rows);
    format!("{HEAD}{body}</main></body></html>\n")
}

const HEAD: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>pygmy dashboard: size and speed per commit</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
main{max-width:800px;margin:0 auto;padding:16px 20px 48px}
h1{font-size:22px;margin:8px 0}h2{font-size:17px;margin:28px 0 4px}
figure{margin:8px 0;background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:8px}
figcaption{color:#555;margin:0 0 6px}svg{display:block;max-width:100%;height:auto}
svg text{font:11px system-ui,sans-serif;fill:#333}svg .axis{font-size:12px}svg .value{font-size:10px;fill:#555}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;margin:6px 0 0 8px;font-size:12px}
.legend i{display:inline-block;width:10px;height:10px;margin-right:5px;border-radius:2px;vertical-align:-1px}
table{border-collapse:collapse;margin:6px 0;font-size:12px}td,th{padding:2px 8px;text-align:right;border-bottom:1px solid #eee;white-space:nowrap}
td:first-child,th:first-child{text-align:left}th,td:first-child{white-space:normal}.missing{color:#8a5a00}.err{color:#b00020;font-size:12px}code{font-size:12px}
</style></head><body><main>
<h1>pygmy: size and speed per commit</h1>
"#;

fn first_print(rows: &[Row], budget: Option<&Budget>) -> String {
    let out = String::from("<h2>Bytes to first print</h2>");
    if rows.is_empty() {
        return out + r#"<p class="missing">No rows yet.</p>"#;
    }
    let labels: Vec<String> = rows.iter().map(|r| r.short_commit().to_string()).collect();
    let mut series = vec![Series {
        name: "first print (brotli bytes)".into(),
        color: PALETTE[0].into(),
        points: rows.iter().enumerate().map(|(i, r)| (i as f64, r.size.first_print as f64)).collect(),
        dashed: false,
    }];
    if let Some(limit) = budget.and_then(|b| b.first_print) {
        series.push(Series { name: format!("ceiling in size-budget.toml ({})", thousands(limit)), color: "#b00020".into(), points: vec![(0.0, limit as f64), ((rows.len() - 1) as f64, limit as f64)], dashed: true });
    }
    let last = &rows[rows.len() - 1];
    let mut caption = format!("Brotli bytes a page fetches to print “hello” from a precompiled app ({}). Now {}", last.size.first_print_files.join(" + "), thousands(last.size.first_print));
    if let Some(prev) = rows.len().checked_sub(2).map(|i| &rows[i]) {
        let _ = write!(caption, ", {} since {}", signed(last.size.first_print as i64 - prev.size.first_print as i64), prev.short_commit());
    }
    caption += ".";
    out + &figure("first-print", &caption, &svg::line_chart(&labels, &series, "brotli bytes", fmt_bytes))
}

fn assets(rows: &[Row]) -> String {
    let mut out = String::from("<h2>Assets</h2>");
    let Some(last) = rows.last() else {
        return out + r#"<p class="missing">No rows yet.</p>"#;
    };
    let shown = &rows[rows.len().saturating_sub(ASSET_ROWS)..];
    let total: u64 = last.size.assets.iter().map(|a| a.brotli).sum();
    // Layers: the latest row's assets, largest first; small ones and ones only older rows had
    // are summed into "other".
    let mut names: Vec<(&str, u64)> = last.size.assets.iter().map(|a| (a.file.as_str(), a.brotli)).collect();
    names.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let big: Vec<&str> = names.iter().filter(|(_, b)| *b as f64 >= total as f64 * SMALL_ASSET_SHARE).map(|(n, _)| *n).collect();
    let mut layers: Vec<Layer> = big
        .iter()
        .enumerate()
        .map(|(i, name)| Layer { name: name.to_string(), color: PALETTE[i % PALETTE.len()].into(), values: shown.iter().map(|r| r.size.asset(name).map_or(0.0, |a| a.brotli as f64)).collect() })
        .collect();
    let other: Vec<f64> = shown.iter().map(|r| r.size.assets.iter().filter(|a| !big.contains(&a.file.as_str())).map(|a| a.brotli as f64).sum()).collect();
    if other.iter().any(|v| *v > 0.0) {
        layers.push(Layer { name: "other files".into(), color: "#bbbbbb".into(), values: other });
    }
    let columns: Vec<String> = shown.iter().map(|r| r.short_commit().to_string()).collect();
    let caption = format!("Brotli bytes of every file in dist/, the last {} rows. Now {} in {} files; the core and the loader are fetched first, the compiler only for eval/exec, native chunks when a program needs them.", shown.len(), thousands(total), last.size.assets.len());
    out += &figure("assets", &caption, &svg::stacked_bars(&columns, &layers, "brotli bytes", fmt_bytes));
    out
}

fn functions(rows: &[Row]) -> String {
    let mut out = format!("<h2>Largest functions of {CORE}</h2>");
    let Some(now) = rows.last().and_then(|r| r.size.module(CORE)) else {
        return out + r#"<p class="missing">The latest row has no function sizes of the core.</p>"#;
    };
    let prev_row = rows.len().checked_sub(2).map(|i| &rows[i]);
    let prev = prev_row.and_then(|r| r.size.module(CORE));
    let rows_: Vec<BarRow> = now
        .top
        .iter()
        .take(TOP_FUNCTIONS)
        .map(|f| {
            let before = prev.and_then(|m| m.top.iter().find(|p| p.1 == f.1)).map(|p| p.0);
            let mut bars = vec![(f.0 as f64, PALETTE[0].to_string(), format!("{}: {} bytes now", f.1, thousands(f.0)))];
            if let Some(b) = before {
                bars.push((b as f64, "#b9c7ec".to_string(), format!("{}: {} bytes in the previous row", f.1, thousands(b))));
            }
            let note = match (prev, before) {
                (None, _) => thousands(f.0),
                (Some(_), Some(b)) if b == f.0 => format!("{} (same)", thousands(f.0)),
                (Some(_), Some(b)) => format!("{} ({})", thousands(f.0), signed(f.0 as i64 - b as i64)),
                (Some(_), None) => format!("{} (new in top)", thousands(f.0)),
            };
            BarRow { label: short_fn(&f.1), bars, note }
        })
        .collect();
    let caption = match prev_row {
        Some(p) => format!("Body bytes (uncompressed wasm) of the {} largest functions now ({}) and in the previous row ({}); {} functions, {} bytes of code in all.", rows_.len(), rows[rows.len() - 1].short_commit(), p.short_commit(), thousands(now.functions), thousands(now.code_bytes)),
        None => format!("Body bytes of the {} largest functions; {} functions, {} bytes of code.", rows_.len(), thousands(now.functions), thousands(now.code_bytes)),
    };
    let legend = [("now", PALETTE[0]), ("previous row", "#b9c7ec")];
    out += &figure("functions", &caption, &svg::horizontal_bars(&rows_, None, &legend));
    out
}

fn warmup(rows: &[Row]) -> String {
    let mut out = String::from("<h2>pystone warmup</h2>");
    let Some((row, w)) = rows.iter().rev().find_map(|r| r.warmup.as_ref().map(|w| (r, w))) else {
        return out + r#"<p class="missing">No row has warmup figures yet: <code>cargo xtask bench --record</code>.</p>"#;
    };
    let n = w.engines.iter().map(|e| e.runs.len()).max().unwrap_or(0);
    let labels: Vec<String> = (1..=n).map(|i| i.to_string()).collect();
    let series: Vec<Series> = w
        .engines
        .iter()
        .filter(|e| !e.runs.is_empty())
        .map(|e| Series { name: e.label.clone(), color: engine_color(&e.engine).into(), points: e.runs.iter().enumerate().map(|(i, v)| (i as f64, *v)).collect(), dashed: e.engine == CPYTHON })
        .collect();
    let best_of = if w.processes > 1 { format!(" (each run the best of {} processes)", w.processes) } else { String::new() };
    let caption = format!("{} with {} loops, run {} times in one process by each engine{best_of}, at {}. Higher is faster; CPython is dashed.", esc(&w.workload), thousands(w.loops as u64), n, row.short_commit());
    out += &figure("warmup", &caption, &svg::line_chart(&labels, &series, "pystones/s", fmt_count));
    out += "<table><tr><th>engine</th><th>run 1</th><th>best</th><th>run 1 / CPython</th><th>best / CPython</th><th>CPU s (CPython / it)</th><th>max RSS</th><th>wasm memory</th></tr>";
    for e in &w.engines {
        let (r1, best) = w.ratios(&e.engine).map_or(("-".into(), "-".into()), |(a, b)| (format!("{a:.2}×"), format!("{b:.2}×")));
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{r1}</td><td>{best}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&e.label),
            e.first().map_or("-".into(), fmt_count),
            e.best().map_or("-".into(), fmt_count),
            e.cpu_s.map_or("-".into(), |c| format!("{c:.2} ({})", w.cpu_ratio(&e.engine).map_or("-".into(), |r| format!("{r:.2}×")))),
            e.max_rss_kb.map_or("-".into(), |k| format!("{:.1} MiB", k as f64 / 1024.0)),
            e.wasm_pages.map_or("-".into(), |p| format!("{p} pages ({:.1} MiB)", p as f64 / 16.0)),
        );
        if let Some(err) = &e.error {
            let _ = write!(out, r#"<tr><td colspan="8" class="err">{}: {}</td></tr>"#, esc(&e.label), esc(err));
        }
    }
    out + "</table>"
}

fn startup(rows: &[Row]) -> String {
    let mut out = String::from("<h2>Startup: time to first print</h2>");
    let Some((row, s)) = rows.iter().rev().find_map(|r| r.startup.as_ref().map(|s| (r, s))) else {
        return out + r#"<p class="missing">No row has startup figures yet: <code>cargo xtask bench --record</code>.</p>"#;
    };
    let bars: Vec<BarRow> = s
        .engines
        .iter()
        .filter_map(|e| {
            let best = e.best_ms?;
            let median = e.median_ms.map_or(String::new(), |m| format!(", median {m:.1} ms"));
            let ratio = s.ratio(&e.engine).map_or(String::new(), |r| format!(", {r:.2}× CPython"));
            Some(BarRow { label: e.label.clone(), bars: vec![(best, engine_color(&e.engine).into(), format!("{}: best {best:.1} ms{median}", e.what))], note: format!("{best:.1} ms{ratio}") })
        })
        .collect();
    let caption = format!("Best of {} starts of a program that prints “hello”, to the first byte of its output, at {} (medians in the tooltips). Processes are timed from spawn; the page from <code>import('/pygmy.mjs')</code> to the first stdout callback of the precompiled hello.", s.rounds, row.short_commit());
    out += &figure("startup", &caption, &svg::horizontal_bars(&bars, None, &[]));
    for e in s.engines.iter().filter(|e| e.error.is_some()) {
        let _ = write!(out, r#"<p class="err">{}: {}</p>"#, esc(&e.label), esc(e.error.as_deref().unwrap_or("")));
    }
    out
}

fn pyperformance(rows: &[Row]) -> String {
    let mut out = String::from("<h2>pyperformance subset</h2>");
    let Some((row, p)) = rows.iter().rev().find_map(|r| r.bench.as_ref()?.pyperformance.as_ref().map(|p| (r, p))) else {
        return out + r#"<p class="missing">No row has pyperformance figures yet: <code>cargo xtask bench --record</code>.</p>"#;
    };
    let engines: Vec<&str> = p.geomean.keys().map(String::as_str).collect();
    let mut bars: Vec<BarRow> = Vec::new();
    for b in &p.benchmarks {
        let mut row_bars = Vec::new();
        let mut notes = Vec::new();
        for e in &engines {
            let cpy = b.seconds.get(CPYTHON);
            match (cpy, b.seconds.get(*e)) {
                (Some(c), Some(t)) => {
                    let r = c / t;
                    row_bars.push((r, engine_color(e).to_string(), format!("{} {e}: {:.3} s vs CPython {:.3} s per loop = {r:.2}×", b.name, t, c)));
                    notes.push(format!("{r:.2}×"));
                }
                _ => notes.push("fails".into()),
            }
        }
        bars.push(BarRow { label: b.name.clone(), bars: row_bars, note: notes.join(" / ") });
    }
    let geo: Vec<String> = p.geomean.iter().map(|(e, g)| format!("{e} {g:.2}×")).collect();
    let caption = format!("CPython’s time over pygmy’s per benchmark (above 1: faster than CPython), pyperformance {} with our pyperf shim, at {}. Geometric mean: {}.", esc(&p.version), row.short_commit(), esc(&geo.join(", ")));
    let legend: Vec<(&str, &str)> = engines.iter().map(|e| (*e, engine_color(e))).collect();
    out += &figure("pyperformance", &caption, &svg::horizontal_bars(&bars, Some((1.0, "CPython")), &legend));
    for b in &p.benchmarks {
        for (e, err) in &b.errors {
            let _ = write!(out, r#"<p class="err">{} under {e}: {}</p>"#, esc(&b.name), esc(err));
        }
    }
    out
}

/// pystone best-run ratios and callgrind instructions per loop, over the rows that have them.
fn speed_over_commits(rows: &[Row]) -> String {
    let mut out = String::from("<h2>Speed over commits</h2>");
    let with: Vec<&Row> = rows.iter().filter(|r| r.warmup.is_some() || r.bench.as_ref().is_some_and(|b| b.callgrind.is_some())).collect();
    if with.is_empty() {
        return out + r#"<p class="missing">No row has speed figures yet: <code>cargo xtask bench --record</code> (<code>--callgrind</code> for instruction counts).</p>"#;
    }
    let labels: Vec<String> = with.iter().map(|r| r.short_commit().to_string()).collect();
    let mut series = Vec::new();
    for engine in ["native", "node", "chromium"] {
        let points: Vec<(f64, f64)> = with.iter().enumerate().filter_map(|(i, r)| Some((i as f64, r.warmup.as_ref()?.ratios(engine)?.1))).collect();
        if !points.is_empty() {
            series.push(Series { name: format!("pygmy {engine}, best pystone run / CPython's"), color: engine_color(engine).into(), points, dashed: false });
        }
    }
    let cpu: Vec<(f64, f64)> = with.iter().enumerate().filter_map(|(i, r)| Some((i as f64, r.warmup.as_ref()?.cpu_ratio("native")?))).collect();
    if !cpu.is_empty() {
        series.push(Series { name: "pygmy native, CPython's process CPU time / pygmy's".into(), color: PALETTE[7].into(), points: cpu, dashed: true });
    }
    let callgrind: Vec<(f64, f64)> = with.iter().enumerate().filter_map(|(i, r)| Some((i as f64, r.bench.as_ref()?.callgrind.as_ref()?.ratio()?))).collect();
    if !callgrind.is_empty() {
        series.push(Series { name: "callgrind: CPython's instructions per loop / pygmy's".into(), color: PALETTE[6].into(), points: callgrind, dashed: true });
    }
    series.push(Series { name: "CPython".into(), color: "#999999".into(), points: vec![(0.0, 1.0), ((with.len() - 1) as f64, 1.0)], dashed: true });
    let caption = "Ratios to CPython measured in the same run (above 1: faster than CPython). The callgrind ratio is machine-independent and the CPU-time ratio nearly so; wall-time ratios move with the load of a shared machine.";
    out += &figure("speed-history", caption, &svg::line_chart(&labels, &series, "× CPython", |v| format!("{v:.2}")));
    if let Some(c) = with.iter().rev().find_map(|r| r.bench.as_ref()?.callgrind.as_ref()) {
        let _ = write!(
            out,
            "<p>callgrind, pystone instructions per loop (loops {} vs {}, difference): pygmy {}, CPython {} ({:.3}×).</p>",
            thousands(c.loops[1] as u64),
            thousands(c.loops[0] as u64),
            thousands(c.pygmy_per_loop),
            thousands(c.cpython_per_loop),
            c.ratio().unwrap_or(0.0)
        );
        if let (Some(off), Some(on)) = (c.node_per_loop, c.node_jit_per_loop) {
            let _ = write!(
                out,
                "<p>The wasm VM's code in Node (V8's optimizing tier, one thread): {} per loop ({:.3}×), with the JIT on {} ({:.3}×).</p>",
                thousands(off),
                c.cpython_per_loop as f64 / off as f64,
                thousands(on),
                c.cpython_per_loop as f64 / on as f64
            );
        }
    }
    out
}

fn figure(id: &str, caption: &str, svg: &str) -> String {
    format!(r#"<figure class="chart" id="{id}"><figcaption>{caption}</figcaption>{svg}</figure>"#)
}

fn shorten_subject(s: &str) -> String {
    match s.char_indices().nth(140) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// `pygmy_vm::interp::<impl pygmy_vm::vm::Vm>::run_loop` → `interp::<impl Vm>::run_loop`.
fn short_fn(name: &str) -> String {
    name.replace("pygmy_vm::vm::", "").replace("pygmy_vm::", "").replace("pygmy_bytecode::", "bytecode::")
}

fn fmt_bytes(v: f64) -> String {
    if v >= 1_000_000.0 {
        format!("{:.2} MB", v / 1e6)
    } else if v >= 1000.0 {
        format!("{:.0} kB", v / 1e3)
    } else {
        format!("{v:.0}")
    }
}

fn fmt_count(v: f64) -> String {
    if v >= 10_000.0 {
        format!("{:.0}k", v / 1e3)
    } else {
        format!("{v:.0}")
    }
}

fn signed(d: i64) -> String {
    if d > 0 {
        format!("+{}", thousands(d as u64))
    } else if d < 0 {
        format!("-{}", thousands(d.unsigned_abs()))
    } else {
        "0".into()
    }
}

/// What `speed` figures a row has, for the one-line summary `cargo xtask dashboard` prints.
pub fn summary(history: &History) -> String {
    let count = |f: fn(&Row) -> bool| history.rows.iter().filter(|r| f(r)).count();
    format!(
        "{} rows: {} with warmup, {} with startup, {} with pyperformance, {} with callgrind",
        history.rows.len(),
        count(|r| r.warmup.is_some()),
        count(|r| r.startup.is_some()),
        count(|r| r.bench.as_ref().is_some_and(|b| b.pyperformance.is_some())),
        count(|r| r.bench.as_ref().is_some_and(|b| b.callgrind.is_some())),
    )
}

/// The speed figures the REPL page (`dist/index.html`) shows beside the build's sizes, as
/// `figures.json`: the latest row with a warmup record (pystone run 1 and best of 12 per engine)
/// and that row's startup (best first print per engine). `None` when no row has been benched.
pub fn page_figures(history: &History) -> Option<serde_json::Value> {
    let row = history.rows.iter().rev().find(|r| r.warmup.is_some())?;
    let warmup = row.warmup.as_ref()?;
    let engines: Vec<serde_json::Value> = warmup
        .engines
        .iter()
        .filter(|e| !e.runs.is_empty())
        .map(|e| {
            let best = e.runs.iter().copied().fold(0.0, f64::max);
            serde_json::json!({ "engine": e.engine, "label": e.label, "run1": e.runs[0], "best": best })
        })
        .collect();
    let startup: Vec<serde_json::Value> = row
        .startup
        .iter()
        .flat_map(|s| &s.engines)
        .filter_map(|e| Some(serde_json::json!({ "engine": e.engine, "label": e.label, "best_ms": e.best_ms? })))
        .collect();
    Some(serde_json::json!({
        "commit": row.commit.chars().take(7).collect::<String>(),
        "date": row.date,
        "workload": warmup.workload,
        "loops": warmup.loops,
        "runs": warmup.engines.iter().map(|e| e.runs.len()).max().unwrap_or(0),
        "pystone": engines,
        "startup": startup,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{AssetSize, FunctionSize, ModuleCode, SizeRecord};
    use crate::speed::{EngineStartup, EngineWarmup, StartupRecord, WarmupRecord};

    fn row(commit: &str, first_print: u64, run_loop: u64) -> Row {
        let asset = |file: &str, brotli| AssetSize { file: file.into(), role: "x".into(), raw: brotli * 3, gzip: brotli, brotli };
        let size = SizeRecord {
            first_print,
            first_print_files: vec!["pygmy.mjs".into(), CORE.into()],
            assets: vec![asset("pygmy.mjs", 7000), asset(CORE, first_print - 7000), asset("tiny.pyb", 60)],
            modules: vec![ModuleCode { file: CORE.into(), functions: 10, code_bytes: 99, top: vec![FunctionSize(run_loop, "pygmy_vm::interp::<impl pygmy_vm::vm::Vm>::run_loop".into())] }],
        };
        Row::new(commit.into(), "2026-01-01T00:00:00Z".into(), "a <subject>".into(), size)
    }

    #[test]
    fn the_page_has_every_chart_and_no_external_resource() {
        let mut h = History { rows: vec![row("aaaaaaa1", 300_000, 46_000), row("bbbbbbb2", 310_000, 47_000)] };
        let engine = |e: &str, runs: &[f64]| EngineWarmup { engine: e.into(), label: e.into(), runs: runs.to_vec(), error: None, cpu_s: None, max_rss_kb: Some(9000), wasm_pages: None };
        h.rows[1].warmup = Some(WarmupRecord { workload: "pystone 1.2".into(), loops: 1000, processes: 1, engines: vec![engine(CPYTHON, &[100.0, 120.0]), engine("node", &[50.0, 90.0])] });
        let st = |e: &str, ms: f64| EngineStartup { engine: e.into(), label: e.into(), what: "x".into(), best_ms: Some(ms), median_ms: Some(ms), max_rss_kb: None, error: None };
        h.rows[1].startup = Some(StartupRecord { rounds: 3, engines: vec![st(CPYTHON, 20.0), st("node", 60.0)], imports: vec![] });
        let page = render(&h, None);
        for id in ["first-print", "assets", "functions", "warmup", "startup", "speed-history"] {
            assert!(page.contains(&format!(r#"id="{id}""#)), "no chart {id}");
        }
        assert!(page.contains("No row has pyperformance figures yet"));
        assert!(page.contains("47,000 (+1,000)"), "function delta");
        assert!(page.contains("a &lt;subject&gt;"));
        assert!(!page.contains("http://") && !page.contains("https://") && !page.contains("<script"), "self-contained");
        assert_eq!(page, render(&h, None), "deterministic");
        assert!(render(&History::default(), None).contains("The history is empty"));
    }

    #[test]
    fn page_figures_come_from_the_latest_benched_row() {
        let mut h = History { rows: vec![row("aaaaaaa1", 300_000, 46_000), row("bbbbbbb2", 310_000, 47_000), row("ccccccc3", 311_000, 47_000)] };
        assert!(page_figures(&h).is_none(), "no row has warmup figures");
        let engine = |e: &str, runs: &[f64]| EngineWarmup { engine: e.into(), label: e.into(), runs: runs.to_vec(), error: None, cpu_s: None, max_rss_kb: None, wasm_pages: None };
        h.rows[1].warmup = Some(WarmupRecord { workload: "pystone 1.2".into(), loops: 1000, processes: 1, engines: vec![engine(CPYTHON, &[100.0, 120.0, 110.0]), engine("node", &[50.0, 90.0, 80.0]), engine("chromium", &[])] });
        let st = |e: &str, ms: Option<f64>| EngineStartup { engine: e.into(), label: e.into(), what: "x".into(), best_ms: ms, median_ms: ms, max_rss_kb: None, error: None };
        h.rows[1].startup = Some(StartupRecord { rounds: 3, engines: vec![st(CPYTHON, Some(20.0)), st("node", None)], imports: vec![] });
        let f = page_figures(&h).expect("row b has warmup figures");
        assert_eq!(f["commit"], "bbbbbbb");
        assert_eq!(f["runs"], 3);
        assert_eq!(f["pystone"], serde_json::json!([
            { "engine": CPYTHON, "label": CPYTHON, "run1": 100.0, "best": 120.0 },
            { "engine": "node", "label": "node", "run1": 50.0, "best": 90.0 },
        ]), "an engine without runs is left out");
        assert_eq!(f["startup"], serde_json::json!([{ "engine": CPYTHON, "label": CPYTHON, "best_ms": 20.0 }]));
    }
}
