//! `pygmy build APP.py -o OUT/`: a per-app bundle from a built `dist/`: the loader (its file
//! table gains the app), the core wasm and its native chunks, the compiler chunk (fetched only
//! if the app compiles source at run time), the app's bytecode bundle (its code and the
//! modules it imports, precompiled: [`crate::bundle`]) and a page that runs the app.
//! `node OUT/pygmy.mjs` runs the app; `OUT/index.html` runs it in a page.
//!
//! Which modules go into the bundle is the caller's decision ([`BuildConfig::modules`]);
//! `OUT/` is replaced atomically like `dist/`.

use crate::bundle::{self, Module};
use crate::compress::{brotli, gzip, Sizes};
use crate::manifest::{hashed_name, sri, Asset, Manifest};
use anyhow::{anyhow, Context, Result};
use std::path::PathBuf;

/// A module of the app's import closure, as source on disk.
#[derive(Clone, Debug)]
pub struct SourceModule {
    pub name: String,
    pub path: PathBuf,
    pub is_package: bool,
    /// From the stdlib (its docstrings may be left out), not the app's own.
    pub stdlib: bool,
}

#[derive(Clone, Debug)]
pub struct BuildConfig {
    pub app: PathBuf,
    pub out: PathBuf,
    /// A `dist/` built by `cargo xtask dist`.
    pub dist: PathBuf,
    /// What the app imports from files (app directory and the stdlib).
    pub modules: Vec<SourceModule>,
    /// Native modules the app imports (their chunks are fetched before it runs).
    pub native: Vec<String>,
    /// Sources the app compiles at run time, precompiled: (`bundle::compile_key`, bytecode).
    pub compiled: Vec<(String, Vec<u8>)>,
    /// Keep the stdlib's docstrings even when the app's code does not seem to read any.
    pub keep_docstrings: bool,
    /// What CPython 3.11 imports for this app beyond its start-up set: its stdlib sources are
    /// the yardstick of the report's ratio, and none may be missing from the bundle without a
    /// reason. `None` when no CPython was at hand to ask.
    pub cpython: Option<stdlib_filter::cpython::CpythonRun>,
    /// The functions the trace run entered ([`crate::lazy`]): the bodies of all others move
    /// into lazily fetched body chunks. `None` keeps every body in the app bundle.
    pub ran: Option<std::collections::HashSet<crate::lazy::Key>>,
    /// Modules the trace run looked for and did not find: the loader answers them without
    /// fetching the stdlib index (a page would otherwise look there for `_abc`).
    pub absent: Vec<String>,
}

/// The page of a bundle: runs the app and shows its output.
const APP_PAGE: &str = include_str!("../../js/app.html");

/// Roles of `dist/` files a bundle does not take over (it has its own page and code).
const NOT_COPIED: &[&str] = &["page", "bytecode", "loader"];

/// Words in the app's own code that may read a docstring (directly, or through help(),
/// pydoc, inspect.getdoc or doctest): with any of them the stdlib keeps its docstrings.
const READS_DOCS: &[&str] = &["__doc__", "help(", "getdoc", "pydoc", "doctest"];

/// Whether source text may read docstrings ([`READS_DOCS`]).
pub fn reads_docs(source: &[u8]) -> bool {
    READS_DOCS.iter().any(|w| source.windows(w.len()).any(|x| x == w.as_bytes()))
}

fn compile_code(source: &[u8], filename: &str, strip_docstrings: bool) -> Result<pygmy_bytecode::CodeObject> {
    let src = pygmy_compiler::decode_source(source, filename).map_err(|e| anyhow!("{filename}: {}", e.message))?;
    let opts = pygmy_compiler::CompileOptions { strip_docstrings, ..Default::default() };
    pygmy_compiler::compile(&src, filename, pygmy_compiler::Mode::Exec, &opts).map_err(|e| anyhow!("{filename}:{}: SyntaxError: {}", e.line, e.message))
}

fn compile(source: &[u8], filename: &str, strip_docstrings: bool) -> Result<Vec<u8>> {
    Ok(pygmy_bytecode::marshal::dumps(&compile_code(source, filename, strip_docstrings)?))
}

/// Module `name`'s code with the bodies of the functions that did not run moved into the
/// last body chunk of `chunks` (a new one when that has [`crate::lazy::CHUNK_BYTES`]
/// already), and how many of its functions stayed and moved.
fn lazy_bodies(name: &str, mut code: pygmy_bytecode::CodeObject, ran: Option<&std::collections::HashSet<crate::lazy::Key>>, chunks: &mut Vec<(String, Vec<Vec<u8>>)>) -> (pygmy_bytecode::CodeObject, usize, usize) {
    fn count(c: &pygmy_bytecode::CodeObject) -> usize {
        c.consts.iter().map(|k| if let pygmy_bytecode::Constant::Code(c) = k { (c.lazy.is_none() as usize) + count(c) } else { 0 }).sum()
    }
    let Some(ran) = ran else {
        let n = count(&code);
        return (code, n, 0);
    };
    if chunks.last().is_none_or(|(_, b)| b.iter().map(Vec::len).sum::<usize>() >= crate::lazy::CHUNK_BYTES) {
        chunks.push((name.to_owned(), Vec::new()));
    }
    let id = chunks.len() as u32 - 1;
    let bodies = &mut chunks.last_mut().expect("pushed above").1;
    let before = bodies.len();
    crate::lazy::split(&mut code, id, &|c| ran.contains(&crate::lazy::key(name, c)), crate::lazy::MIN_SAVING, bodies);
    let n = count(&code);
    (code, n, bodies.len() - before)
}

/// The loader's file table line, as `dist` wrote it.
fn file_table(loader: &str) -> Result<(usize, usize, serde_json::Value)> {
    let start = loader.find("\nconst FILES = ").map(|i| i + 1).context("this pygmy.mjs has no file table (build dist/ with `cargo xtask dist`)")?;
    let end = start + loader[start..].find('\n').context("file table line")?;
    let json = loader[start + "const FILES = ".len()..end].trim_end_matches(';');
    Ok((start, end, serde_json::from_str(json).context("the loader's file table is not JSON")?))
}

/// Builds `config.out`; returns the size report.
pub fn build(config: &BuildConfig) -> Result<String> {
    let manifest_path = config.dist.join("manifest.json");
    let manifest = Manifest::from_json(&std::fs::read_to_string(&manifest_path).with_context(|| format!("reading {} (build it with `cargo xtask dist`)", manifest_path.display()))?)?;
    let loader_src = std::fs::read_to_string(config.dist.join("pygmy.mjs")).context("reading the dist's pygmy.mjs")?;
    let (start, end, table) = file_table(&loader_src)?;

    let app_name = config.app.file_name().and_then(|n| n.to_str()).unwrap_or("app.py");
    let app_src = std::fs::read(&config.app).with_context(|| format!("reading {}", config.app.display()))?;
    let mut sources = Vec::with_capacity(config.modules.len());
    for m in &config.modules {
        sources.push(std::fs::read(&m.path).with_context(|| format!("reading {}", m.path.display()))?);
    }
    // The stdlib's docstrings go unless the app's own code may read docs.
    let app_reads_docs = reads_docs(&app_src) || config.modules.iter().zip(&sources).any(|(m, src)| !m.stdlib && reads_docs(src));
    let strip = !config.keep_docstrings && !app_reads_docs;
    let mut chunks = Vec::new();
    let (mut kept, mut moved) = (0, 0);
    let mut add = |name: &str, code| {
        let (code, k, m) = lazy_bodies(name, code, config.ran.as_ref(), &mut chunks);
        kept += k;
        moved += m;
        code
    };
    let mut codes = vec![(bundle::MAIN.to_string(), false, add(bundle::MAIN, compile_code(&app_src, &format!("/bundle/{app_name}"), false)?))];
    for (m, src) in config.modules.iter().zip(&sources) {
        let origin = pygmy_vm::host::bundle_origin(&m.name, m.is_package);
        codes.push((m.name.clone(), m.is_package, add(&m.name, compile_code(src, &origin, strip && m.stdlib)?)));
    }
    // Line tables out of the bundle: read by tracebacks, not by programs that run well.
    crate::lazy::move_lines(codes.iter_mut().map(|(_, _, c)| c), &mut chunks);
    let mut modules: Vec<Module> = codes.into_iter().map(|(name, is_package, code)| Module { name, is_package, precompiled: false, code: pygmy_bytecode::marshal::dumps(&code) }).collect();
    let bodies: Vec<(String, Vec<u8>)> = chunks.iter().filter(|(_, b)| !b.is_empty()).map(|(m, b)| {
        let bytes = crate::lazy::encode(b);
        let stem = if m == crate::lazy::LINES { "lines".to_string() } else { format!("{m}.body") };
        (hashed_name(&stem, "pyl", &bytes), bytes)
    }).collect();
    // The line-table chunks' files (the report counts them apart from the bodies).
    let line_files: Vec<&str> = chunks.iter().filter(|(_, b)| !b.is_empty()).zip(&bodies).filter(|((m, _), _)| m == crate::lazy::LINES).map(|(_, (f, _))| f.as_str()).collect();
    let module_count = modules.len() - 1;
    let mut keys = std::collections::HashSet::new();
    for (key, code) in &config.compiled {
        // A name is at most u16::MAX bytes; a longer source is compiled at run time.
        if key.len() <= u16::MAX as usize && keys.insert(key) {
            modules.push(Module { name: key.clone(), is_package: false, precompiled: true, code: code.clone() });
        }
    }
    let app = bundle::encode(&modules);
    let app_file = hashed_name(app_name.trim_end_matches(".py"), "pyb", &app);
    let native = table["native"].as_array().cloned().unwrap_or_default();
    let chunk_ids: Vec<usize> = native
        .iter()
        .enumerate()
        .filter(|(_, c)| c["modules"].as_array().is_some_and(|ms| ms.iter().any(|m| config.native.iter().any(|n| m == n))))
        .map(|(i, _)| i)
        .collect();
    let with_app = |table: &mut serde_json::Value, file: &str, bytes: &[u8], name: &str, chunks: &[usize], bodies: &[(String, Vec<u8>)], absent: &[String]| {
        table["app"] = serde_json::json!({ "file": file, "integrity": sri(bytes), "name": name, "native": chunks });
        if !absent.is_empty() {
            table["app"]["absent"] = absent.into();
        }
        if !bodies.is_empty() {
            table["app"]["bodies"] = bodies.iter().map(|(f, b)| serde_json::json!({ "file": f, "integrity": sri(b) })).collect();
        }
        format!("{}const FILES = {table};{}", &loader_src[..start], &loader_src[end..])
    };
    // The same for a hello-world app: the baseline the report's ratio subtracts.
    let hello = bundle::encode(&[Module { name: bundle::MAIN.into(), is_package: false, precompiled: false, code: compile(b"print('hello')\n", "/bundle/hello.py", false)? }]);
    let hello_file = hashed_name("hello", "pyb", &hello);
    let hello_loader = with_app(&mut table.clone(), &hello_file, &hello, "hello.py", &[], &[], &[]);
    let mut chunk_ids = chunk_ids;
    let hello_bytes = (brotli(hello_loader.as_bytes()).len() + brotli(&hello).len()) as i64;
    let yardstick = match &config.cpython {
        Some(run) => {
            let mut all = Vec::new();
            for (_, f) in &run.sources {
                all.extend(std::fs::read(f).with_context(|| format!("reading {}", f.display()))?);
            }
            Some((run.sources.len(), brotli(&all).len() as u64))
        }
        None => None,
    };

    let tmp = crate::dist::temp_dir_beside(&config.out)?;
    let write = |file: &str, bytes: &[u8]| -> Result<Sizes> {
        let (br, gz) = (brotli(bytes), gzip(bytes));
        std::fs::write(tmp.join(file), bytes)?;
        std::fs::write(tmp.join(format!("{file}.br")), &br)?;
        std::fs::write(tmp.join(format!("{file}.gz")), &gz)?;
        Ok(Sizes { raw: bytes.len() as u64, gzip: gz.len() as u64, brotli: br.len() as u64 })
    };
    let r = (|| -> Result<(Manifest, Option<FirstOutput>)> {
        let mut out = Manifest::default();
        let mut add = |file: &str, role: &str, bytes: &[u8]| -> Result<()> {
            out.assets.push(Asset { file: file.into(), role: role.into(), sizes: write(file, bytes)?, integrity: sri(bytes) });
            Ok(())
        };
        add("pygmy.mjs", "loader", with_app(&mut table.clone(), &app_file, &app, app_name, &chunk_ids, &bodies, &config.absent).as_bytes())?;
        add("index.html", "page", APP_PAGE.as_bytes())?;
        add(&app_file, "app", &app)?;
        for (file, bytes) in &bodies {
            add(file, "body", bytes)?;
        }
        for a in manifest.assets.iter().filter(|a| !NOT_COPIED.contains(&a.role.as_str())) {
            for suffix in ["", ".br", ".gz"] {
                let name = format!("{}{suffix}", a.file);
                std::fs::copy(config.dist.join(&name), tmp.join(&name)).with_context(|| format!("copying {name} from {}", config.dist.display()))?;
            }
            out.assets.push(a.clone());
        }
        // The chunks a run of the bundle loads before its first output (the wasm VM loads
        // some core code on its first call, which the native trace run cannot see): a page
        // fetches them with the app, and the ratio counts them.
        let first = first_output(&tmp);
        if let Some(first) = &first {
            let more: Vec<usize> = first.native.iter().filter_map(|n| native.iter().position(|c| c["name"] == n.as_str())).filter(|i| !chunk_ids.contains(i)).collect();
            if !more.is_empty() {
                chunk_ids.extend(more);
                chunk_ids.sort();
                let loader = with_app(&mut table.clone(), &app_file, &app, app_name, &chunk_ids, &bodies, &config.absent);
                let a = out.assets.iter_mut().find(|a| a.role == "loader").expect("added above");
                (a.sizes, a.integrity) = (write("pygmy.mjs", loader.as_bytes())?, sri(loader.as_bytes()));
            }
        }
        // What the page fetches before the app's first output (the ratio's numerator, with
        // the core), in the order it asks for them.
        let mut early: Vec<&str> = ["loader", "vm", "app"].iter().filter_map(|r| out.asset(r)).map(|a| a.file.as_str()).collect();
        early.extend(chunk_ids.iter().filter_map(|&i| native[i]["file"].as_str()));
        if let Some(first) = &first {
            early.extend(first.bodies.iter().map(String::as_str));
        }
        let early: Vec<(String, u64)> = early.iter().filter_map(|f| out.assets.iter().find(|a| a.file == *f)).map(|a| (a.file.clone(), a.sizes.brotli)).collect();
        out.first_print = early;
        std::fs::write(tmp.join("manifest.json"), out.to_json())?;
        Ok((out, first))
    })();
    let (out, first) = match r.and_then(|m| crate::dist::swap_into_place(&tmp, &config.out).map(|()| m)) {
        Ok(m) => m,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(e);
        }
    };
    // Everything fetched before the first output but the core, which hello-world fetches too.
    let vm_bytes = out.asset("vm").map_or(0, |a| a.sizes.brotli);
    let beyond_hello = (out.first_print.iter().map(|(_, b)| b).sum::<u64>() - vm_bytes) as i64 - hello_bytes;
    let mut text = report(&out, module_count, modules.len() - 1 - module_count, &config.native);
    text += &format!("stdlib docstrings: {}\n", if strip { "left out (the app's code does not read docs)" } else if config.keep_docstrings { "kept (--keep-docstrings)" } else { "kept (the app's code may read docs)" });
    let brotli_of = |lines: bool| -> (usize, u64) {
        let files: Vec<&Asset> = out.assets.iter().filter(|a| a.role == "body" && line_files.contains(&a.file.as_str()) == lines).collect();
        (files.len(), files.iter().map(|a| a.sizes.brotli).sum())
    };
    let ((body_chunks, body_bytes), (line_chunks, line_bytes)) = (brotli_of(false), brotli_of(true));
    text += &match &config.ran {
        Some(_) => format!("function bodies: {moved} that the trace run did not enter moved into {body_chunks} body chunk(s), {body_bytes} bytes brotli, fetched on first call (prefetched after the first output); {kept} stay in the app bundle\n"),
        None => "function bodies: all in the app bundle (--eager-bodies)\n".into(),
    };
    text += &format!("line tables: {line_bytes} bytes brotli in {line_chunks} chunk(s), fetched when a traceback, f_lineno or a warning first reads one (prefetched after the first output)\n");
    text += &match &first {
        Some(f) => format!(
            "fetched before the app's first output (measured: node OUT/pygmy.mjs{}): {}\nfetched before the app's first output beyond a hello-world bundle (brotli): {beyond_hello}\n",
            if f.shown { "" } else { ", which printed nothing: its whole run" },
            out.first_print.iter().map(|(f, b)| format!("{f} {b}")).collect::<Vec<_>>().join(", ")
        ),
        None => "not measured what the app's page fetches before its first output (no `node` to run the bundle with)\n".into(),
    };
    match yardstick {
        _ if first.is_none() => text += "no ratio: the chunks the bundle loads before its first output were not measured\n",
        Some((n, br)) if br > 0 => {
            text += &format!("CPython 3.11 reads {n} stdlib source(s) for this app beyond its start-up, {br} bytes brotli: ratio {:.2} (goal <= 1.2, product goal <= 0.6)\n", beyond_hello as f64 / br as f64)
        }
        Some(_) => text += "CPython 3.11 reads no stdlib source for this app beyond its start-up: no ratio\n",
        None => text += "no CPython 3.11 to compare with: no ratio\n",
    }
    if let Some(run) = &config.cpython {
        text += &missing_report(run, config);
    }
    Ok(text)
}

/// What a run of a bundle loaded before its first output (stdout or stderr: a page shows both).
struct FirstOutput {
    /// Native chunks, by name.
    native: Vec<String>,
    /// Body chunks, by file name.
    bodies: Vec<String>,
    /// Whether the run wrote anything at all (if not, the lists are of its whole run).
    shown: bool,
}

/// Runs the bundle in `dir` with the wasm VM (`node dir/pygmy.mjs`, `PYGMY_TRACE_CHUNKS=1`)
/// and reads which chunks it loaded before its first output; `None` without a working Node.
/// Node loads a chunk exactly where a page does (the same VM asks for it, and flushes its
/// output at the same points), only reading the file instead of fetching it.
fn first_output(dir: &std::path::Path) -> Option<FirstOutput> {
    let node = std::env::var_os("PYGMY_NODE").unwrap_or_else(|| "node".into());
    // Absolute: it runs from elsewhere (`-o out/` is relative to the caller's directory).
    let loader = std::path::absolute(dir.join("pygmy.mjs")).ok()?;
    let run = std::process::Command::new(node)
        .arg(loader)
        .env("PYGMY_TRACE_CHUNKS", "1")
        .current_dir(std::env::temp_dir())
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .output()
        .ok()?;
    let err = String::from_utf8_lossy(&run.stderr);
    let mut first = FirstOutput { native: Vec::new(), bodies: Vec::new(), shown: false };
    for line in err.lines() {
        if line == "pygmy: first output" {
            first.shown = true;
            break;
        } else if let Some(n) = line.strip_prefix("pygmy: loaded native chunk ") {
            first.native.push(n.to_owned());
        } else if let Some(f) = line.strip_prefix("pygmy: loaded body chunk ") {
            first.bodies.push(f.to_owned());
        }
    }
    // A run that failed before printing anything measured nothing (an app that prints and
    // then exits with an error status did).
    if !first.shown && !run.status.success() {
        return None;
    }
    Some(first)
}

/// The lines saying which modules CPython imports for the app that the bundle lacks: the
/// unexplained ones (`missing from the bundle:`, a bug), then those that stop on pygmy.
fn missing_report(run: &stdlib_filter::cpython::CpythonRun, config: &BuildConfig) -> String {
    let platform = stdlib_filter::Platform::pygmy_wasm();
    let bundled = |m: &str| config.modules.iter().any(|b| b.name == m);
    let missing = run.missing_from(&bundled, &|m| platform.is_native(m));
    let unexplained: Vec<&str> = missing.iter().filter(|(_, why)| why.is_none()).map(|(m, _)| m.as_str()).collect();
    let mut s = format!("modules CPython 3.11 imports for this app missing from the bundle: {}\n", if unexplained.is_empty() { "none".to_owned() } else { unexplained.join(", ") });
    for (m, why) in &missing {
        if let Some((ancestor, c)) = why {
            s += &format!("  not bundled: {m} (CPython imports it inside {ancestor}, whose import on pygmy stops at {c}, a C module pygmy lacks)\n");
        }
    }
    s
}

/// The size table of a bundle: what a browser fetches before the app runs, and the rest.
fn report(m: &Manifest, modules: usize, precompiled: usize, native: &[String]) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let w = m.assets.iter().map(|a| a.file.len()).max().unwrap_or(10);
    let _ = writeln!(s, "{:<w$}  {:>10}  {:>10}  role", "file", "raw", "brotli");
    for a in &m.assets {
        let _ = writeln!(s, "{:<w$}  {:>10}  {:>10}  {}", a.file, a.sizes.raw, a.sizes.brotli, a.role);
    }
    let first: u64 = m.first_print.iter().map(|(_, b)| b).sum();
    let _ = writeln!(s, "\napp bundle: the app, {modules} module(s) from files, {precompiled} source(s) compiled at run time; native modules it imports: {}", if native.is_empty() { "none".into() } else { native.join(", ") });
    let _ = writeln!(s, "fetched before the app's first output (brotli): {first} = loader + core + app bundle + the chunks it loads by then");
    s
}
