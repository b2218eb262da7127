//! Code splitting of the core VM: native modules that printing "hello" never runs (the regex
//! engine, the hash functions, zlib, …) move out of the core module into wasm chunks that the
//! loader fetches when a program imports them.
//!
//! A chunk is a wasm module that imports the core's memory, function table, stack pointer and
//! the core functions its code calls, and whose active element segment writes its functions
//! into the table slots they had in the core. In the core, each of those slots holds a stub
//! with the same signature that asks the host to load the chunk (`pygmy.load_chunk(id)`, which
//! must instantiate it synchronously) and then calls through its own slot again, which now
//! holds the real function. So every path into a chunk goes through the table, and a call that
//! arrives before the chunk was loaded still works wherever the host can load it on the spot.
//!
//! Which functions move: a function belongs to chunk `c` when its (demangled) name mentions
//! one of `c`'s symbol paths. The core keeps everything reachable by direct calls from its
//! roots (exports, start function, table slots of functions that belong to no chunk); what
//! is left moves into the chunk whose functions reach it (generic code instantiated only
//! for zlib moves with zlib). A helper that `x` and `x-more` share and the core never calls
//! is copied into both (see [`family`]); one that unrelated chunks share stays in the core.
//! Only the chunk a table function belongs to puts it in the table. Direct calls never cross from
//! the core into a chunk, nor between chunks, by construction.

use anyhow::{bail, Context, Result};
use std::collections::{BTreeMap, HashMap, HashSet};
use walrus::ir::{Value, Visitor};
use walrus::{ConstExpr, ElementItems, ElementKind, ExportItem, FunctionBuilder, FunctionId, FunctionKind, GlobalKind, ImportKind, ImportedFunction, Module, ValType};

/// A group of native modules shipped as one lazily fetched wasm chunk.
#[derive(Clone, Copy, Debug)]
pub struct ChunkSpec {
    /// The chunk's name (`pygmy-<name>.<hash>.wasm`).
    pub name: &'static str,
    /// The Python modules whose code it holds (what an import asks for); none for code that
    /// loads on its first call only.
    pub modules: &'static [&'static str],
    /// Symbol paths: a function whose demangled name contains one of them belongs here.
    pub paths: &'static [&'static str],
}

/// The chunks `dist` splits off the core VM. Grouped by what programs import together.
pub const NATIVE_CHUNKS: &[ChunkSpec] = &[
    ChunkSpec { name: "re", modules: &["_sre"], paths: &["pygmy_vm::modules::sre::", "rustpython_sre_engine::"] },
    ChunkSpec {
        name: "hashlib",
        modules: &["_md5", "_sha1", "_sha256", "_sha512", "_sha3", "_blake2"],
        paths: &["pygmy_vm::modules::hashes::", "sha2::", "sha1::", "md5::", "sha3::", "keccak::", "digest::", "block_buffer::"],
    },
    // No module: the core creates `zlib` (KEPT_IN_CORE), its functions load this.
    ChunkSpec { name: "zlib", modules: &[], paths: &["pygmy_vm::modules::zlib::", "miniz_oxide::", "adler2::"] },
    ChunkSpec {
        name: "binary",
        modules: &["_struct", "array", "binascii"],
        paths: &["pygmy_vm::modules::struct_::", "pygmy_vm::modules::array::", "pygmy_vm::modules::binascii::"],
    },
    ChunkSpec {
        name: "math",
        modules: &["math", "cmath", "_random", "_statistics"],
        paths: &["pygmy_vm::modules::math::", "pygmy_vm::modules::cmath::", "pygmy_vm::modules::random::"],
    },
    // No module: the core creates `itertools` and has `count` (KEPT_IN_CORE). The stdlib runs
    // the combinatoric ones at import, its own code chain/islice/repeat/starmap/accumulate,
    // and programs those and groupby/zip_longest; tee, cycle, pairwise and the predicate
    // filters are `itertools-more`.
    ChunkSpec {
        name: "itertools",
        modules: &[],
        paths: &[
            "pygmy_vm::modules::itertools::Combo",
            "pygmy_vm::modules::itertools::r_arg",
            "pygmy_vm::modules::itertools::product_",
            "pygmy_vm::modules::itertools::permutations_",
            "pygmy_vm::modules::itertools::combinations_",
            "pygmy_vm::modules::itertools::cwr_",
            "pygmy_vm::modules::itertools::Chain",
            "pygmy_vm::modules::itertools::chain_",
            "pygmy_vm::modules::itertools::islice_",
            "pygmy_vm::modules::itertools::Repeat",
            "pygmy_vm::modules::itertools::repeat_new",
            "pygmy_vm::modules::itertools::repeat_next",
            "pygmy_vm::modules::itertools::repeat_len",
            "pygmy_vm::modules::itertools::starmap_",
            "pygmy_vm::modules::itertools::accumulate_",
            "pygmy_vm::modules::itertools::GroupBy",
            "pygmy_vm::modules::itertools::groupby_",
            "pygmy_vm::modules::itertools::grouper_",
            "pygmy_vm::modules::itertools::Grouper",
            "pygmy_vm::modules::itertools::zip_longest_",
        ],
    },
    ChunkSpec { name: "itertools-more", modules: &[], paths: &["pygmy_vm::modules::itertools::"] },
    // What programs use of these five modules (measured with callgrind over `pygmy run` of 50
    // stdlib imports and of tests/py/apps): the inits, namedtuple's field getters, defaultdict,
    // a deque's queue operations, partial, reduce and heapq. The rest of each (deque's
    // sequence methods, Counter's counter, cmp_to_key, the operator functions, bisect) is
    // `collections-more`: 13.4 KB brotli loaded before every app's first output before.
    ChunkSpec {
        name: "collections",
        modules: &["_collections", "_functools", "_operator", "_heapq", "_bisect"],
        paths: &[
            "pygmy_vm::modules::collections::init",
            "pygmy_vm::modules::collections::Deque",
            "pygmy_vm::modules::collections::deque_new",
            "pygmy_vm::modules::collections::deque_init",
            "pygmy_vm::modules::collections::deque_append",
            "pygmy_vm::modules::collections::deque_pop",
            "pygmy_vm::modules::collections::deque_len",
            "pygmy_vm::modules::collections::deque_bool",
            "pygmy_vm::modules::collections::deque_iter",
            "pygmy_vm::modules::collections::deque_clear",
            "pygmy_vm::modules::collections::deque_extend",
            "pygmy_vm::modules::collections::dequeiter_",
            "pygmy_vm::modules::collections::new_iter",
            "pygmy_vm::modules::collections::dq",
            "pygmy_vm::modules::collections::defdict_init",
            "pygmy_vm::modules::collections::defdict_missing",
            "pygmy_vm::modules::collections::factory",
            "pygmy_vm::modules::collections::set_factory",
            "pygmy_vm::modules::collections::new_defdict",
            "pygmy_vm::modules::collections::TupleGetter",
            "pygmy_vm::modules::collections::tuplegetter_",
            "pygmy_vm::modules::functools::init",
            "pygmy_vm::modules::functools::Partial",
            "pygmy_vm::modules::functools::partial_new",
            "pygmy_vm::modules::functools::partial_call",
            "pygmy_vm::modules::functools::partial_func",
            "pygmy_vm::modules::functools::partial_args",
            "pygmy_vm::modules::functools::partial_keywords",
            "pygmy_vm::modules::functools::parts",
            "pygmy_vm::modules::functools::reduce",
            "pygmy_vm::modules::heapq::",
            "pygmy_vm::modules::bisect::init",
            "pygmy_vm::modules::operator::init",
            "pygmy_vm::modules::operator::index",
        ],
    },
    ChunkSpec {
        name: "collections-more",
        modules: &[],
        paths: &["pygmy_vm::modules::collections::", "pygmy_vm::modules::functools::", "pygmy_vm::modules::operator::", "pygmy_vm::modules::bisect::"],
    },
    ChunkSpec {
        name: "os",
        modules: &["posix", "time", "errno", "_locale", "select", "_signal", "_socket", "_posixsubprocess", "_uuid"],
        paths: &[
            "pygmy_vm::modules::posix::",
            "pygmy_vm::modules::time::",
            "pygmy_vm::modules::errno::",
            "pygmy_vm::modules::locale::",
            "pygmy_vm::modules::select::",
            "pygmy_vm::modules::signal::",
            "pygmy_vm::modules::socket::",
            "pygmy_vm::modules::uuid::",
        ],
    },
    // No module: `_codecs` is created by the core (KEPT_IN_CORE), its functions load this.
    ChunkSpec { name: "codecs", modules: &[], paths: &["pygmy_vm::modules::codecs::"] },
    // inspect (so dataclasses, pprint) imports all three: ast, and importlib's _imp/marshal.
    ChunkSpec {
        name: "ast",
        modules: &["_ast", "_imp", "marshal"],
        paths: &["pygmy_vm::modules::ast::", "pygmy_vm::modules::imp::", "pygmy_vm::modules::marshal::"],
    },
    // functools and reprlib import the first two, abc the third: most programs want all three.
    // Of `_weakref` they call the module's functions and, through the pure OrderedDict, a
    // proxy's attribute access; a proxy's other protocols (its numeric ones are most of
    // weakref's code) are `weakref-more`.
    ChunkSpec {
        name: "weakref",
        modules: &["_weakref", "_thread", "_abc"],
        paths: &[
            "pygmy_vm::modules::thread::",
            "pygmy_vm::modules::abc::",
            "pygmy_vm::modules::weakref::init",
            "pygmy_vm::modules::weakref::getweakref",
            "pygmy_vm::modules::weakref::referent",
            "pygmy_vm::modules::weakref::remove_dead_weakref",
            "pygmy_vm::modules::weakref::unwrap",
            "pygmy_vm::modules::weakref::self_and",
            "pygmy_vm::modules::weakref::proxy",
            "pygmy_vm::modules::weakref::p_getattribute",
            "pygmy_vm::modules::weakref::p_setattr",
            "pygmy_vm::modules::weakref::p_delattr",
            "pygmy_vm::modules::weakref::p_repr",
            "pygmy_vm::modules::weakref::p_str",
            "pygmy_vm::modules::weakref::p_bool",
            "pygmy_vm::modules::weakref::p_eq",
            "pygmy_vm::modules::weakref::p_ne",
        ],
    },
    ChunkSpec { name: "weakref-more", modules: &[], paths: &["pygmy_vm::modules::weakref::"] },
    ChunkSpec { name: "contextvars", modules: &["_contextvars"], paths: &["pygmy_vm::modules::contextvars::"] },
    ChunkSpec { name: "csv", modules: &["_csv"], paths: &["pygmy_vm::modules::csv::"] },
    ChunkSpec { name: "datetime", modules: &["_datetime"], paths: &["pygmy_vm::modules::datetime::"] },
    // The database reader and normalization; the data itself is the `FILES.ucd` file. What
    // namereplace calls directly (names) stays in the core.
    ChunkSpec { name: "unicodedata", modules: &["unicodedata"], paths: &["pygmy_vm::modules::unicodedata::", "pygmy_vm::strings::ucd::"] },
    // json.decoder makes its scanner at import and json.dumps encodes; decoding
    // (`json.loads`) is `json-more`.
    ChunkSpec {
        name: "json",
        modules: &["_json"],
        paths: &[
            "pygmy_vm::modules::json::init",
            "pygmy_vm::modules::json::scanner_new",
            "pygmy_vm::modules::json::encode",
            "pygmy_vm::modules::json::Writer",
            "pygmy_vm::modules::json::escape_into",
            "pygmy_vm::modules::json::str_arg",
            "pygmy_vm::modules::json::push_u16",
        ],
    },
    ChunkSpec { name: "json-more", modules: &[], paths: &["pygmy_vm::modules::json::"] },
    ChunkSpec { name: "asyncio", modules: &["_asyncio"], paths: &["pygmy_vm::modules::asyncio::"] },
    // `import js`: the proxies and conversions (its JS half, pygmy-js.mjs, comes with it).
    ChunkSpec { name: "js", modules: &["js"], paths: &["pygmy_vm::modules::js::"] },
    // `print` writes to the host directly; the io classes behind sys.stdout and open() load
    // when first called.
    ChunkSpec { name: "io", modules: &["_io"], paths: &["pygmy_vm::modules::io::"] },
    // The JIT's code generator (issue 8): loaded when the first code object gets hot (the
    // interpreter calls `compile_now` through a fn pointer, so through the table), and the
    // helpers generated code calls (`jit_call`, `jit_load_attr`, …: `compile_now` hands
    // their table slots to the host, which imports them into each generated module).
    ChunkSpec { name: "jit", modules: &[], paths: &["pygmy_vm::jit::wasm::compile_now", "pygmy_vm::jit::wasm::jit_", "pygmy_vm::jit::codegen::", "wasm_encoder::"] },
    // What imports and re's compiler call on bytes and bytearray (its charsets are built in a
    // bytearray and searched with find; `_BITS_TRANS = b'0' + b'1' * 255`): a small chunk
    // apart from the rest of `bytes` (these names are longer, so they win over its path).
    ChunkSpec {
        name: "bytes-basics",
        modules: &[],
        paths: &[
            "pygmy_vm::types::bytes::bytes_new",
            "pygmy_vm::types::bytes::bytes_hash",
            "pygmy_vm::types::bytes::bytearray_new",
            "pygmy_vm::types::bytes::bytearray_init",
            "pygmy_vm::types::bytes::bytearray_setitem",
            "pygmy_vm::types::bytes::b_len",
            "pygmy_vm::types::bytes::b_getitem",
            "pygmy_vm::types::bytes::b_eq",
            "pygmy_vm::types::bytes::b_add",
            "pygmy_vm::types::bytes::b_mul",
            "pygmy_vm::types::bytes::b_find",
            "pygmy_vm::types::bytes::b_translate",
            // With these, the helpers the ones above share with them (search, from_iterable,
            // set_slice, bcmp) move here too instead of staying in the core (-1.6 KB there).
            "pygmy_vm::types::bytes::b_count",
            "pygmy_vm::types::bytes::b_index",
            "pygmy_vm::types::bytes::b_rfind",
            "pygmy_vm::types::bytes::b_rindex",
            "pygmy_vm::types::bytes::b_ne",
            "pygmy_vm::types::bytes::b_lt",
            "pygmy_vm::types::bytes::b_le",
            "pygmy_vm::types::bytes::b_gt",
            "pygmy_vm::types::bytes::b_ge",
            "pygmy_vm::types::bytes::bytearray_delitem",
            "pygmy_vm::types::bytes::bytearray_extend",
        ],
    },
    // bytes, bytearray and memoryview: ordinary imports touch them (re's compiler builds its
    // charsets in a bytearray), so they load apart from the rest of `cold` (issue 7).
    ChunkSpec { name: "bytes", modules: &[], paths: &["pygmy_vm::types::bytes::", "pygmy_vm::types::memoryview::"] },
    // Core types a first print does not touch: loaded by the first call of one of their methods.
    ChunkSpec {
        name: "cold",
        modules: &["gc", "_string"],
        paths: &[
            "pygmy_vm::types::complex::",
            "pygmy_vm::types::code::",
            "pygmy_vm::types::ga_subst::",
            "pygmy_vm::types::iter::iter_reduce",
            "pygmy_vm::types::iter::iter_setstate",
            "pygmy_vm::modules::warnings::",
            "pygmy_vm::modules::gc::",
            "pygmy_vm::modules::string_::",
            "pygmy_vm::modules::sys_hooks::",
            "pygmy_vm::types::int::int_pow_mod",
            "pygmy_vm::types::int::int_from_bytes",
            "pygmy_vm::types::int::int_to_bytes",
            "pygmy_vm::types::float::float_fromhex",
            "pygmy_vm::types::float::float_hex",
            "pygmy_vm::types::objtype::common_reduce",
            "pygmy_vm::builtins::b_compile",
            "pygmy_vm::types::descr::introspect::",
        ],
    },
];

/// The host import a stub calls (module, name): `(chunk id) -> ()`.
pub const LOAD_IMPORT: (&str, &str) = ("pygmy", "load_chunk");
/// The import module under which a chunk finds the core's exports.
pub const CORE_MODULE: &str = "core";
/// The core's export of its function table, unless it has one already (rustc's
/// `__indirect_function_table`): chunks import it.
pub const TABLE_EXPORT: &str = "table";

/// One chunk split off the core.
#[derive(Debug)]
pub struct Chunk {
    pub spec: ChunkSpec,
    /// The chunk module (with its name section, like the core at this stage).
    pub bytes: Vec<u8>,
    /// How many functions moved into it.
    pub functions: usize,
}

/// The core without the chunks' code, and the chunks (in [`NATIVE_CHUNKS`] order; chunk id =
/// position, the number the stubs pass to `load_chunk`).
#[derive(Debug)]
pub struct Split {
    pub core: Vec<u8>,
    pub chunks: Vec<Chunk>,
}

/// Where each function of the input goes, by function index.
struct Plan {
    /// Function index → the chunks that get a copy (ascending), for the functions that move.
    moved: HashMap<u32, Vec<usize>>,
    /// Table function index → the one chunk that installs it in its slots (and that the
    /// core's stub loads), for the moved functions in the table.
    owner: HashMap<u32, usize>,
    /// Table slot → function index, for every slot of the main table's active segments.
    slots: BTreeMap<u32, u32>,
    /// The name under which the core exports its table.
    table_export: String,
}

/// The function index walrus gives `id` (ids are allocated in index order when parsing, so
/// two parses of the same bytes agree on them).
fn index(id: FunctionId) -> u32 {
    id.index() as u32
}

/// Functions, globals and data a function body refers to.
#[derive(Default)]
struct Refs {
    funcs: Vec<FunctionId>,
    globals: Vec<walrus::GlobalId>,
    uses_segments: bool,
}

impl<'i> Visitor<'i> for Refs {
    fn visit_function_id(&mut self, f: &FunctionId) {
        self.funcs.push(*f);
    }
    fn visit_global_id(&mut self, g: &walrus::GlobalId) {
        self.globals.push(*g);
    }
    fn visit_data_id(&mut self, _: &walrus::DataId) {
        self.uses_segments = true;
    }
    fn visit_element_id(&mut self, _: &walrus::ElementId) {
        self.uses_segments = true;
    }
}

fn refs_of(m: &Module, f: FunctionId) -> Refs {
    let mut r = Refs::default();
    if let FunctionKind::Local(l) = &m.funcs.get(f).kind {
        walrus::ir::dfs_in_order(&mut r, l, l.entry_block());
    }
    r
}

fn demangled(m: &Module, f: FunctionId) -> String {
    match &m.funcs.get(f).name {
        Some(n) => format!("{:#}", rustc_demangle::demangle(n)),
        None => String::new(),
    }
}

/// The table slots of the main function table's active segments (constant offsets only).
fn table_slots(m: &Module) -> Result<BTreeMap<u32, FunctionId>> {
    let Some(table) = m.tables.main_function_table()? else { return Ok(BTreeMap::new()) };
    let mut slots = BTreeMap::new();
    for e in m.elements.iter() {
        let ElementKind::Active { table: t, offset } = &e.kind else { continue };
        if *t != table {
            continue;
        }
        let ConstExpr::Value(Value::I32(base)) = offset else { bail!("an element segment with a non-constant offset") };
        let ElementItems::Functions(fs) = &e.items else { bail!("an element segment of expressions") };
        for (i, f) in fs.iter().enumerate() {
            slots.insert(*base as u32 + i as u32, *f);
        }
    }
    Ok(slots)
}

/// Functions no chunk owns even when their names mention it: what the core calls on any
/// object through its vtable (downcasts, the collector's trace and clear, drops), because
/// the core creates some chunk types' objects itself (sys.stdout is an io.TextIOWrapper).
/// (Both symbol manglings: the nightly that builds std writes v0 names, `drop_in_place::<T>`,
/// which its demangler spells `drop_glue::<T>`.) Drop glues also because LLVM merges identical
/// functions and names the one left after any of them: the glue that frees a core object of
/// two `Value`s was `drop_glue::<contextvars::Var>`, so freeing one loaded the `contextvars`
/// chunk (`json`'s and `collections`' likewise); seen in a `--keep-names` dist's stacks.
const NEVER_MOVED: &[&str] = &[" as pygmy_vm::types::native::NativeObject>::", " as core::any::Any>::", "core::ptr::drop_in_place", "core::ptr::drop_glue"];

/// Functions that stay in the core although a chunk's paths name them: what nearly every
/// program runs at import time. json (so most apps) imports codecs, whose module body calls
/// `_codecs.lookup_error`: the core creates `_codecs` and answers that (a few hundred bytes),
/// and the codecs chunk (6.4 KB brotli) loads only when another of its functions is called;
/// `encodings` calls `codecs.register` (and with it `register_error`). warnings imports
/// `_warnings`, whose init (its default filters) was the only reason inventory_cli's and
/// async_jobs' pages loaded `cold` (19.6 KB) before their first output. collections,
/// re and others import itertools, and before their first output the apps of issue 7 make
/// only a `count` (CPython shows the same): the core creates the module and has `count`,
/// the itertools chunk (8.2 KB) loads at the first other call. shutil (argparse's help
/// formatter imports it) imports zlib only to see that it exists, which loaded the zlib
/// chunk (14 KB) before inventory_cli's first output: the core creates `zlib`.
const KEPT_IN_CORE: &[&str] = &[
    "pygmy_vm::modules::codecs::init",
    "pygmy_vm::modules::codecs::codecs_lookup_error",
    "pygmy_vm::modules::codecs::codecs_register",
    "pygmy_vm::modules::codecs::registry",
    "pygmy_vm::modules::warnings::init",
    "pygmy_vm::modules::itertools::init",
    "pygmy_vm::modules::itertools::count_new",
    "pygmy_vm::modules::itertools::count_next",
    "pygmy_vm::modules::zlib::init",
];

fn plan(m: &Module, specs: &[ChunkSpec]) -> Result<Plan> {
    let owner: HashMap<FunctionId, usize> = m
        .funcs
        .iter()
        .filter_map(|f| {
            let name = demangled(m, f.id());
            if NEVER_MOVED.iter().chain(KEPT_IN_CORE).any(|p| name.contains(p)) {
                return None;
            }
            // The chunk with the longest path in the name owns it; a tie, no chunk.
            let mut hits: Vec<(usize, usize)> = specs.iter().enumerate().filter_map(|(c, s)| s.paths.iter().filter(|p| name.contains(*p)).map(|p| p.len()).max().map(|n| (n, c))).collect();
            hits.sort_unstable_by(|a, b| b.cmp(a));
            match hits.as_slice() {
                [(_, c)] => Some((f.id(), *c)),
                [(n, c), (m, _), ..] if n > m => Some((f.id(), *c)),
                _ => None,
            }
        })
        .collect();
    let slots = table_slots(m)?;
    let in_table: HashSet<FunctionId> = slots.values().copied().collect();

    // What the core keeps: the closure of its roots under direct reference.
    let mut core: HashSet<FunctionId> = HashSet::new();
    let mut work: Vec<FunctionId> = m.exports.iter().filter_map(|e| if let ExportItem::Function(f) = e.item { Some(f) } else { None }).collect();
    work.extend(m.start);
    work.extend(slots.values().filter(|f| !owner.contains_key(f)));
    for e in m.elements.iter() {
        let main = matches!(&e.kind, ElementKind::Active { .. }) && matches!(e.items, ElementItems::Functions(_));
        if !main {
            if let ElementItems::Functions(fs) = &e.items {
                work.extend(fs);
            }
        }
    }
    while let Some(f) = work.pop() {
        if core.insert(f) {
            work.extend(refs_of(m, f).funcs);
        }
    }

    // What each chunk reaches outside the core, from its own functions in the table.
    let mut reached: HashMap<FunctionId, Vec<usize>> = HashMap::new();
    for c in 0..specs.len() {
        let mut seen: HashSet<FunctionId> = HashSet::new();
        let mut work: Vec<FunctionId> = in_table.iter().copied().filter(|f| owner.get(f) == Some(&c) && !core.contains(f)).collect();
        while let Some(f) = work.pop() {
            if core.contains(&f) || !seen.insert(f) {
                continue;
            }
            reached.entry(f).or_default().push(c);
            work.extend(refs_of(m, f).funcs);
        }
    }
    let mut moved = HashMap::new();
    for (f, mut chunks) in reached {
        chunks.sort_unstable();
        let movable = matches!(m.funcs.get(f).kind, FunctionKind::Local(_)) && !refs_of(m, f).uses_segments && chunks.iter().all(|&c| family(specs[c].name) == family(specs[chunks[0]].name));
        if movable {
            moved.insert(index(f), chunks);
        }
    }
    // A function that could not move keeps everything it calls in the core too.
    let mut keep: Vec<FunctionId> = m.funcs.iter().map(|f| f.id()).filter(|f| !core.contains(f) && !moved.contains_key(&index(*f))).collect();
    let mut kept: HashSet<FunctionId> = HashSet::new();
    while let Some(f) = keep.pop() {
        if kept.insert(f) {
            moved.remove(&index(f));
            keep.extend(refs_of(m, f).funcs.into_iter().filter(|g| !core.contains(g)));
        }
    }
    let table = m.tables.main_function_table()?;
    let table_export = m
        .exports
        .iter()
        .find(|e| matches!(e.item, ExportItem::Table(t) if Some(t) == table))
        .map_or(TABLE_EXPORT.to_string(), |e| e.name.clone());
    // A table function reached from another chunk too is one chunk's (by its name): the
    // others hold a copy for their direct calls.
    let owner = slots.values().filter(|f| moved.contains_key(&index(**f))).map(|f| (index(*f), owner[f])).collect();
    Ok(Plan { moved, owner, slots: slots.into_iter().map(|(s, f)| (s, index(f))).collect(), table_export })
}

/// A chunk's family: `x-more` (what `x`'s programs call less often) is an `x`. A helper
/// shared by the chunks of one family is copied into each; one that two families share
/// stays in the core, where it is fetched once.
fn family(name: &str) -> &str {
    name.strip_suffix("-more").unwrap_or(name)
}

/// Splits `specs` off the core module `wasm` (built with its name section).
pub fn split(wasm: &[u8], specs: &[ChunkSpec]) -> Result<Split> {
    let analysed = crate::wasm::parse_keeping_names(wasm)?;
    let plan = plan(&analysed, specs)?;
    drop(analysed);
    let chunks = (0..specs.len())
        .map(|c| {
            let bytes = chunk_module(wasm, &plan, c).with_context(|| format!("building chunk {}", specs[c].name))?;
            Ok(Chunk { spec: specs[c], bytes, functions: plan.moved.values().filter(|cs| cs.contains(&c)).count() })
        })
        .collect::<Result<Vec<_>>>()?;
    let core = core_module(wasm, &plan).context("building the core without the chunks")?;
    Ok(Split { core, chunks })
}

/// Export names of the core items chunks import: the function's index in the unsplit module
/// in base 62 (two characters where decimal took four: ~800 exports in the core, each
/// imported again by the chunks that call it).
fn func_export(i: u32) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = vec![b'f'];
    let mut n = i;
    loop {
        name.insert(1, DIGITS[(n % 62) as usize]);
        n /= 62;
        if n == 0 {
            break;
        }
    }
    String::from_utf8(name).unwrap_or_default()
}
fn global_export(i: usize) -> String {
    format!("g{i}")
}

/// What the chunks import from the core: function indices and global positions.
fn core_imports(m: &Module, plan: &Plan) -> (HashSet<u32>, HashSet<usize>) {
    let globals: HashMap<walrus::GlobalId, usize> = m.globals.iter().enumerate().map(|(i, g)| (g.id(), i)).collect();
    let (mut fs, mut gs) = (HashSet::new(), HashSet::new());
    for f in m.funcs.iter() {
        if plan.moved.contains_key(&index(f.id())) {
            let r = refs_of(m, f.id());
            fs.extend(r.funcs.iter().map(|g| index(*g)).filter(|g| !plan.moved.contains_key(g)));
            gs.extend(r.globals.iter().map(|g| globals[g]));
        }
    }
    (fs, gs)
}

fn core_module(wasm: &[u8], plan: &Plan) -> Result<Vec<u8>> {
    let mut m = crate::wasm::parse_keeping_names(wasm)?;
    let ids: HashMap<u32, FunctionId> = m.funcs.iter().map(|f| (index(f.id()), f.id())).collect();
    let (funcs, globals) = core_imports(&m, plan);
    let table = m.tables.main_function_table()?.context("the core has no function table")?;

    let load_ty = m.types.add(&[ValType::I32], &[]);
    let (load, _) = m.add_import_func(LOAD_IMPORT.0, LOAD_IMPORT.1, load_ty);
    // One stub per moved function in the table, calling through the first slot it occupies.
    let mut stubs: HashMap<u32, FunctionId> = HashMap::new();
    for (&slot, f) in &plan.slots {
        let Some(&chunk) = plan.owner.get(f) else { continue };
        if stubs.contains_key(f) {
            continue;
        }
        let ty = m.funcs.get(ids[f]).ty();
        let (params, results) = {
            let t = m.types.get(ty);
            (t.params().to_vec(), t.results().to_vec())
        };
        let args: Vec<_> = params.iter().map(|p| m.locals.add(*p)).collect();
        let mut b = FunctionBuilder::new(&mut m.types, &params, &results);
        let mut body = b.func_body();
        body.i32_const(chunk as i32).call(load);
        for a in &args {
            body.local_get(*a);
        }
        body.i32_const(slot as i32).call_indirect(ty, table);
        b.name(format!("stub for {}", demangled(&m, ids[f])));
        stubs.insert(*f, b.finish(args, &mut m.funcs));
    }
    for e in m.elements.iter_mut() {
        if let ElementItems::Functions(fs) = &mut e.items {
            for f in fs.iter_mut() {
                if let Some(s) = stubs.get(&index(*f)) {
                    *f = *s;
                }
            }
        }
    }
    for f in &plan.moved {
        m.funcs.delete(ids[f.0]);
    }
    let mut funcs: Vec<u32> = funcs.into_iter().collect();
    funcs.sort_unstable();
    for i in funcs {
        m.exports.add(&func_export(i), ids[&i]);
    }
    let all_globals: Vec<_> = m.globals.iter().map(|g| g.id()).collect();
    let mut globals: Vec<usize> = globals.into_iter().collect();
    globals.sort_unstable();
    for i in globals {
        m.exports.add(&global_export(i), all_globals[i]);
    }
    if !m.exports.iter().any(|e| e.name == plan.table_export) {
        m.exports.add(&plan.table_export, table);
    }
    walrus::passes::gc::run(&mut m);
    Ok(m.emit_wasm())
}

fn chunk_module(wasm: &[u8], plan: &Plan, chunk: usize) -> Result<Vec<u8>> {
    let mut m = crate::wasm::parse_keeping_names(wasm)?;
    let ids: HashMap<u32, FunctionId> = m.funcs.iter().map(|f| (index(f.id()), f.id())).collect();
    let mine: HashSet<u32> = plan.moved.iter().filter(|(_, cs)| cs.contains(&chunk)).map(|(f, _)| *f).collect();
    let table = m.tables.main_function_table()?.context("the core has no function table")?;

    // The core's functions this chunk calls become imports; the rest goes with gc below.
    let mut needed: HashSet<u32> = HashSet::new();
    let mut needed_globals: HashSet<walrus::GlobalId> = HashSet::new();
    for f in &mine {
        let r = refs_of(&m, ids[f]);
        needed.extend(r.funcs.iter().map(|g| index(*g)).filter(|g| !mine.contains(g)));
        needed_globals.extend(r.globals);
    }
    for i in needed {
        let f = ids[&i];
        if matches!(m.funcs.get(f).kind, FunctionKind::Import(_)) {
            continue; // a host import: the chunk imports it from the host too
        }
        let ty = m.funcs.get(f).ty();
        let import = m.imports.add(CORE_MODULE, &func_export(i), ImportKind::Function(f));
        m.funcs.get_mut(f).kind = FunctionKind::Import(ImportedFunction { import, ty });
    }
    let global_ids: Vec<_> = m.globals.iter().map(|g| g.id()).collect();
    for (i, g) in global_ids.iter().enumerate() {
        if needed_globals.contains(g) && matches!(m.globals.get(*g).kind, GlobalKind::Local(_)) {
            let import = m.imports.add(CORE_MODULE, &global_export(i), ImportKind::Global(*g));
            m.globals.get_mut(*g).kind = GlobalKind::Import(import);
        }
    }
    // Memory and table: the core's. Its data and element segments stay there.
    let memories: Vec<_> = m.memories.iter().map(|x| x.id()).collect();
    for mem in memories {
        if m.memories.get(mem).import.is_none() {
            let import = m.imports.add(CORE_MODULE, "memory", ImportKind::Memory(mem));
            let x = m.memories.get_mut(mem);
            x.import = Some(import);
            x.data_segments.clear();
        }
    }
    let data: Vec<_> = m.data.iter().map(|d| d.id()).collect();
    for d in data {
        m.data.delete(d);
    }
    let elems: Vec<_> = m.elements.iter().map(|e| e.id()).collect();
    for e in elems {
        m.elements.delete(e);
    }
    {
        let t = m.tables.get_mut(table);
        t.elem_segments.clear();
        if t.import.is_none() {
            t.import = Some(m.imports.add(CORE_MODULE, &plan.table_export, ImportKind::Table(table)));
        }
    }
    let exports: Vec<_> = m.exports.iter().map(|e| e.id()).collect();
    for e in exports {
        m.exports.delete(e);
    }
    m.start = None;
    // The chunk's functions go into the slots they had in the core: one segment per run of
    // consecutive slots.
    let mut runs: Vec<(u32, Vec<FunctionId>)> = Vec::new();
    for (&slot, f) in &plan.slots {
        if plan.owner.get(f) != Some(&chunk) {
            continue;
        }
        match runs.last_mut() {
            Some((start, fs)) if *start + fs.len() as u32 == slot => fs.push(ids[f]),
            _ => runs.push((slot, vec![ids[f]])),
        }
    }
    if runs.is_empty() {
        bail!("no function of this chunk is in the table: nothing could call it");
    }
    for (start, fs) in runs {
        let e = m.elements.add(ElementKind::Active { table, offset: ConstExpr::Value(Value::I32(start as i32)) }, ElementItems::Functions(fs));
        m.tables.get_mut(table).elem_segments.insert(e);
    }
    walrus::passes::gc::run(&mut m);
    Ok(m.emit_wasm())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A core with a "zlib" function reached only through the table, and a helper it calls
    /// that the core calls too: the first moves, the second stays and is exported.
    fn sample() -> Vec<u8> {
        let mut m = Module::default();
        let mem = m.memories.add_local(false, false, 1, None, None);
        m.exports.add("memory", mem);
        let table = m.tables.add_local(false, 4, Some(4), walrus::RefType::FUNCREF);
        let sp = m.globals.add_local(ValType::I32, true, false, ConstExpr::Value(Value::I32(1024)));
        let mut helper = FunctionBuilder::new(&mut m.types, &[], &[ValType::I32]);
        helper.name("helper".into());
        helper.func_body().global_get(sp);
        let helper = helper.finish(vec![], &mut m.funcs);
        let x = m.locals.add(ValType::I32);
        let mut z = FunctionBuilder::new(&mut m.types, &[ValType::I32], &[ValType::I32]);
        z.name("_ZN8pygmy_vm7modules4zlib5crc3217h0123456789abcdefE".into());
        z.func_body().local_get(x).call(helper).binop(walrus::ir::BinaryOp::I32Add).global_get(sp).binop(walrus::ir::BinaryOp::I32Add);
        let z = z.finish(vec![x], &mut m.funcs);
        let ty = m.funcs.get(z).ty();
        let y = m.locals.add(ValType::I32);
        let mut run = FunctionBuilder::new(&mut m.types, &[ValType::I32], &[ValType::I32]);
        run.name("run".into());
        run.func_body().local_get(y).i32_const(2).call_indirect(ty, table).call(helper).binop(walrus::ir::BinaryOp::I32Add);
        let run = run.finish(vec![y], &mut m.funcs);
        m.exports.add("run", run);
        let e = m.elements.add(ElementKind::Active { table, offset: ConstExpr::Value(Value::I32(2)) }, ElementItems::Functions(vec![z]));
        m.tables.get_mut(table).elem_segments.insert(e);
        m.emit_wasm()
    }

    const SPECS: &[ChunkSpec] = &[ChunkSpec { name: "zlib", modules: &["zlib"], paths: &["pygmy_vm::modules::zlib::"] }];

    #[test]
    fn moves_table_only_code_and_leaves_a_stub() {
        let s = split(&sample(), SPECS).unwrap();
        crate::wasm::validate(&s.core).unwrap();
        crate::wasm::validate(&s.chunks[0].bytes).unwrap();
        assert_eq!(s.chunks[0].functions, 1);
        let core = crate::wasm::parse_keeping_names(&s.core).unwrap();
        let names: Vec<String> = core.funcs.iter().filter_map(|f| f.name.clone()).collect();
        assert!(names.contains(&"stub for pygmy_vm::modules::zlib::crc32".to_string()), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("4zlib")), "{names:?}");
        let exports: Vec<&str> = core.exports.iter().map(|e| e.name.as_str()).collect();
        assert!(exports.contains(&"table") && exports.iter().any(|e| e.starts_with('f')) && exports.iter().any(|e| e.starts_with('g')), "{exports:?}");
        let chunk = crate::wasm::parse_keeping_names(&s.chunks[0].bytes).unwrap();
        let imports: Vec<(String, String)> = chunk.imports.iter().map(|i| (i.module.clone(), i.name.clone())).collect();
        let want = [("core", "f2"), ("core", "g0"), ("core", "table")].map(|(a, b)| (a.to_string(), b.to_string()));
        assert_eq!(imports, want);
        assert_eq!(chunk.elements.iter().count(), 1);
    }

    /// A core whose table holds two functions named `a` and `b` (slots 1 and 2) that both
    /// call `shared`, which the core does not call.
    fn two_users_of_a_helper(a: &str, b: &str) -> Vec<u8> {
        let mut m = Module::default();
        let mem = m.memories.add_local(false, false, 1, None, None);
        m.exports.add("memory", mem);
        let table = m.tables.add_local(false, 4, Some(4), walrus::RefType::FUNCREF);
        let mut shared = FunctionBuilder::new(&mut m.types, &[], &[ValType::I32]);
        shared.name("shared".into());
        shared.func_body().i32_const(7);
        let shared = shared.finish(vec![], &mut m.funcs);
        let mut users = Vec::new();
        for name in [a, b] {
            let mut f = FunctionBuilder::new(&mut m.types, &[], &[ValType::I32]);
            f.name(name.into());
            f.func_body().call(shared);
            users.push(f.finish(vec![], &mut m.funcs));
        }
        let ty = m.funcs.get(users[0]).ty();
        let mut run = FunctionBuilder::new(&mut m.types, &[], &[ValType::I32]);
        run.name("run".into());
        run.func_body().i32_const(1).call_indirect(ty, table).i32_const(2).call_indirect(ty, table).binop(walrus::ir::BinaryOp::I32Add);
        let run = run.finish(vec![], &mut m.funcs);
        m.exports.add("run", run);
        let e = m.elements.add(ElementKind::Active { table, offset: ConstExpr::Value(Value::I32(1)) }, ElementItems::Functions(users));
        m.tables.get_mut(table).elem_segments.insert(e);
        m.emit_wasm()
    }

    fn names(wasm: &[u8]) -> Vec<String> {
        crate::wasm::parse_keeping_names(wasm).unwrap().funcs.iter().filter_map(|f| f.name.clone()).collect()
    }

    /// A helper that a chunk and its `-more` sibling share is copied into both (the core
    /// has none), and each fills only its own function's slot; one that two families
    /// share stays in the core.
    #[test]
    fn a_helper_shared_in_a_family_is_copied() {
        let wasm = two_users_of_a_helper("_ZN8pygmy_vm7modules4zlib5crc3217h0123456789abcdefE", "_ZN8pygmy_vm7modules4zlib7inflate17h0123456789abcdefE");
        let specs = [SPECS[0], ChunkSpec { name: "zlib-more", modules: &[], paths: &["pygmy_vm::modules::zlib::inflate"] }];
        let s = split(&wasm, &specs).unwrap();
        crate::wasm::validate(&s.core).unwrap();
        assert!(!names(&s.core).contains(&"shared".to_string()), "{:?}", names(&s.core));
        for (c, slot) in s.chunks.iter().zip([1, 2]) {
            crate::wasm::validate(&c.bytes).unwrap();
            assert_eq!(c.functions, 2, "{}", c.spec.name);
            assert!(names(&c.bytes).contains(&"shared".to_string()), "{}", c.spec.name);
            let chunk = crate::wasm::parse_keeping_names(&c.bytes).unwrap();
            let offsets: Vec<_> = chunk
                .elements
                .iter()
                .map(|e| match &e.kind {
                    ElementKind::Active { offset: ConstExpr::Value(Value::I32(o)), .. } => *o,
                    _ => -1,
                })
                .collect();
            assert_eq!(offsets, [slot], "{}", c.spec.name);
        }

        let wasm = two_users_of_a_helper("_ZN8pygmy_vm7modules4zlib5crc3217h0123456789abcdefE", "_ZN8pygmy_vm7modules3sre5match17h0123456789abcdefE");
        let specs = [SPECS[0], ChunkSpec { name: "re", modules: &["_sre"], paths: &["pygmy_vm::modules::sre::"] }];
        let s = split(&wasm, &specs).unwrap();
        assert!(names(&s.core).contains(&"shared".to_string()), "{:?}", names(&s.core));
        assert!(s.chunks.iter().all(|c| c.functions == 1), "each chunk imports `shared` from the core");
    }

    #[test]
    fn nothing_moves_without_a_matching_chunk() {
        let none: &[ChunkSpec] = &[ChunkSpec { name: "re", modules: &["_sre"], paths: &["pygmy_vm::modules::sre::"] }];
        assert!(split(&sample(), none).is_err(), "a chunk nothing can call is an error");
    }
}
