//! What the analysed program will see at run time: `sys.platform`, `os.name`, and the modules
//! the VM provides natively (so they are never looked up in `Lib/`).

/// The modules `vm/src/modules/mod.rs` registers with `register_native_module`, plus the two
/// the VM creates itself (`sys`, `builtins`): `sys.builtin_module_names` in pygmy. A test
/// re-reads `mod.rs` and fails when this list drifts.
pub const NATIVE_MODULES: &[&str] = &[
    "_abc",
    "_ast",
    "_asyncio",
    "_bisect",
    "_blake2",
    "_codecs",
    "_collections",
    "_contextvars",
    "_csv",
    "_datetime",
    "_functools",
    "_heapq",
    "_imp",
    "_io",
    "_json",
    "_locale",
    "_md5",
    "_operator",
    "_posixsubprocess",
    "_random",
    "_sha1",
    "_sha256",
    "_sha3",
    "_sha512",
    "_signal",
    "_socket",
    "_sre",
    "_statistics",
    "_string",
    "_struct",
    "_thread",
    "_uuid",
    "_warnings",
    "_weakref",
    "array",
    "atexit",
    "binascii",
    "builtins",
    "cmath",
    "errno",
    "gc",
    "itertools",
    "js",
    "marshal",
    "math",
    "posix",
    "select",
    "sys",
    "time",
    "unicodedata",
    "zlib",
];

/// The platform the analysed app runs on. Branches testing for another platform are dead.
#[derive(Clone, Debug)]
pub struct Platform {
    /// `sys.platform`.
    pub sys_platform: String,
    /// `os.name` (os.py derives it from which of `posix`/`nt` is a builtin module).
    pub os_name: String,
    /// `sys.builtin_module_names`: modules that are found natively, before any path entry.
    pub native_modules: Vec<String>,
}

impl Platform {
    /// pygmy in the browser or Node: the VM built for wasm32 says `sys.platform ==
    /// "emscripten"` (vm/src/modules/sys.rs), and `posix` is native, so `os.name == "posix"`.
    pub fn pygmy_wasm() -> Platform {
        Platform { sys_platform: "emscripten".into(), os_name: "posix".into(), native_modules: NATIVE_MODULES.iter().map(|s| s.to_string()).collect() }
    }

    pub fn is_native(&self, module: &str) -> bool {
        self.native_modules.iter().any(|m| m == module)
    }
}

impl Default for Platform {
    fn default() -> Platform {
        Platform::pygmy_wasm()
    }
}
