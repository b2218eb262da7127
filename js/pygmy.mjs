// pygmy.mjs: loads pygmy (Python 3.11 in WebAssembly) in a page or in Node.
// The JS half of the VM's host contract; the Rust half, with every import and export, is
// vm/src/wasm_host.rs. Hand-written, no bundler, no dependencies.
//
//   const py = await loadPygmy({ stdout: s => …, stderr: s => … });
//   const status = await py.run('print("hi")');
//
// In Node it is also the CLI: `node pygmy.mjs FILE.py [ARGS…]`, with the streams and exit
// status of `pygmy run FILE.py`. Under Node, `import` of sibling modules reads `.py` files
// through the VM's read_file/is_dir imports and compiles them with the compiler chunk; in a
// page those imports find nothing and modules come only from bundles (`addModule`).

// `cargo xtask dist` replaces this line with the file table from manifest.json:
// { vm: { file, integrity }, compiler: { file, integrity }, chunks: { name: { file, integrity } } }.
const FILES = null;

const isNode = typeof process === 'object' && !!process.versions?.node;
const enc = new TextEncoder();
const dec = new TextDecoder();
const SOURCE_IS_BYTES = 1 << 31; // compiler-wasm: decode a file's bytes per PEP 263

/** Fetches (page) or reads (Node) a dist file, checking its sha384 before it is used:
 *  `fetch(url, { integrity })` in a page (the browser refuses a mismatch), a hash in Node. */
async function fetchChecked(entry, base) {
  const url = new URL(entry.file, base);
  if (isNode && url.protocol === 'file:') {
    const [{ readFileSync }, { createHash }] = await Promise.all([import('node:fs'), import('node:crypto')]);
    const bytes = readFileSync(url);
    const got = 'sha384-' + createHash('sha384').update(bytes).digest('base64');
    if (got !== entry.integrity) throw new Error(`pygmy: ${entry.file} failed its integrity check (expected ${entry.integrity}, got ${got})`);
    return { bytes };
  }
  let response;
  try {
    response = await fetch(url, { integrity: entry.integrity });
  } catch (e) {
    throw new Error(`pygmy: ${entry.file} could not be fetched or failed its integrity check (${entry.integrity}): ${e.message}`);
  }
  if (!response.ok) throw new Error(`pygmy: fetching ${entry.file} failed: HTTP ${response.status}`);
  return { response };
}

async function loadBytes(entry, base) {
  const { bytes, response } = await fetchChecked(entry, base);
  return bytes ?? new Uint8Array(await response.arrayBuffer());
}

async function loadWasm(entry, base) {
  const { bytes, response } = await fetchChecked(entry, base);
  if (bytes) return WebAssembly.compile(bytes);
  if (WebAssembly.compileStreaming && response.headers.get('content-type') === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** The compiler chunk: source bytes in, result blob (see compiler-wasm/src/lib.rs) out. */
function compilerFrom(module) {
  const x = new WebAssembly.Instance(module, {}).exports;
  const put = (bytes) => {
    const p = x.alloc(bytes.length);
    new Uint8Array(x.memory.buffer).set(bytes, p);
    return p;
  };
  return (src, file, mode, flags) => {
    const name = enc.encode(file);
    const sp = put(src), np = put(name);
    const r = x.compile(sp, src.length, np, name.length, mode, flags);
    x.free(sp, src.length);
    x.free(np, name.length);
    const len = new DataView(x.memory.buffer).getUint32(r, true);
    const blob = new Uint8Array(x.memory.buffer).slice(r + 4, r + 4 + len);
    x.free(r, len + 4);
    return blob;
  };
}

/** Blocks for `seconds`: Atomics.wait where the thread may block (Node, workers), else a
 *  busy wait (a page's main thread, until the VM can suspend to JS). */
function sleep(seconds) {
  const ms = Math.max(0, seconds * 1000);
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  } catch {
    for (const end = performance.now() + ms; performance.now() < end; );
  }
}

/** Instantiates the VM. `host`: write(fd, bytes), compile(src, file, mode, flags) → blob,
 *  and optionally readFile(path) → bytes|null, isDir(path), readLine() → bytes|null. */
function vmFrom(module, host) {
  let mem, pending = null;
  const u8 = () => new Uint8Array(mem.buffer);
  const text = (p, n) => dec.decode(u8().subarray(p, p + n));
  const hold = (bytes) => {
    if (bytes == null) return -1;
    pending = bytes;
    return bytes.length;
  };
  const x = new WebAssembly.Instance(module, {
    pygmy: {
      write: (fd, p, n) => host.write(fd, u8().slice(p, p + n)),
      time: () => Date.now() / 1000,
      monotonic: () => performance.now() / 1000,
      sleep,
      compile: (sp, sn, fp, fn, mode, flags) => hold(host.compile(u8().slice(sp, sp + sn), text(fp, fn), mode, flags)),
      read_file: (p, n) => hold(host.readFile?.(text(p, n))),
      is_dir: (p, n) => (host.isDir?.(text(p, n)) ? 1 : 0),
      read_line: () => hold(host.readLine?.()),
      take: (dst) => {
        u8().set(pending, dst);
        pending = null;
      },
    },
  }).exports;
  mem = x.memory;
  x.init();
  // Calls `f(ptr, len)` with `bytes` copied into VM memory, then frees them.
  const withBytes = (bytes, f) => {
    const p = x.alloc(bytes.length);
    u8().set(bytes, p);
    try {
      return f(p, bytes.length);
    } finally {
      x.free(p, bytes.length);
    }
  };
  const list = (strings) => enc.encode(strings.join('\0'));
  return {
    exports: x,
    setArgv: (argv) => withBytes(list(argv), x.set_argv),
    setPath: (path) => withBytes(list(path), x.set_path),
    setEnviron: (env) => withBytes(list(Object.entries(env).map(([k, v]) => `${k}=${v}`)), x.set_environ),
    addModule: (name, isPackage, code) =>
      withBytes(enc.encode(name), (np, nn) => withBytes(code, (cp, cn) => x.add_module(np, nn, isPackage ? 1 : 0, cp, cn))),
    runMain: (blob, path) => withBytes(blob, (bp, bn) => withBytes(enc.encode(path), (pp, pn) => x.run_main(bp, bn, pp, pn))),
  };
}

/** Loads pygmy. `stdout`/`stderr` receive decoded text; `base` is where the dist files are. */
export async function loadPygmy({ stdout = (s) => console.log(s), stderr = (s) => console.error(s), base = import.meta.url } = {}) {
  if (!FILES) throw new Error('pygmy: this pygmy.mjs has no file table; use the one `cargo xtask dist` writes');
  const decoders = { 1: new TextDecoder(), 2: new TextDecoder() };
  const sinks = { 1: stdout, 2: stderr };
  let compile = null;
  const compiler = async () => (compile ??= compilerFrom(await loadWasm(FILES.compiler, base)));
  const vm = vmFrom(await loadWasm(FILES.vm, base), {
    write: (fd, bytes) => sinks[fd]?.(decoders[fd].decode(bytes, { stream: true })),
    // The VM compiles synchronously (exec/eval/compile); `run` loads the chunk first.
    compile: (src, file, mode, flags) => (compile ? compile(src, file, mode, flags) : null),
  });
  return {
    /** Runs source as `__main__`; resolves to the exit status (0, sys.exit code, 1 on error). */
    async run(src, { filename = '<string>', argv = [''] } = {}) {
      const c = await compiler();
      vm.setArgv(argv);
      return vm.runMain(c(enc.encode(src), filename, 0, 0), filename);
    },
    /** Runs a precompiled chunk of the file table (`FILES.chunks[name]`, serialized
     *  bytecode) as `__main__`, without fetching the compiler. */
    async runChunk(name, { argv = [name] } = {}) {
      const entry = FILES.chunks?.[name];
      if (!entry) throw new Error(`pygmy: no chunk named ${name}`);
      const code = await loadBytes(entry, base);
      const blob = new Uint8Array(code.length + 1); // compiler-wasm's "ok" result blob
      blob.set(code, 1);
      vm.setArgv(argv);
      return vm.runMain(blob, name);
    },
    /** Registers a bundled module's serialized bytecode (found before any file). */
    addModule: vm.addModule,
  };
}

/** Writes all of `bytes` to a file descriptor, retrying on EAGAIN (non-blocking pipes). */
function writeAll(fs, fd, bytes) {
  for (let off = 0; off < bytes.length; ) {
    try {
      off += fs.writeSync(fd, bytes, off);
    } catch (e) {
      if (e.code !== 'EAGAIN') throw e;
    }
  }
}

/** CPython 3.11's `Lib/` for imports of the stdlib from source, as `pygmy run` finds it:
 *  $PYGMY_STDLIB, else ~/.cache/pygmy/stdlib-path, else asking the `python3` on PATH. */
async function stdlibDirOf(fs, path) {
  if (process.env.PYGMY_STDLIB) return process.env.PYGMY_STDLIB;
  const home = process.env.HOME;
  const cache = home ? path.join(home, '.cache/pygmy/stdlib-path') : null;
  try {
    const s = fs.readFileSync(cache, 'utf8').trim();
    if (fs.statSync(path.join(s, 'os.py')).isFile()) return s;
  } catch {}
  try {
    const { execFileSync } = await import('node:child_process');
    const code = "import sys, sysconfig; print(sys.version_info[:2] == (3, 11) and sysconfig.get_paths()['stdlib'] or '')";
    const s = execFileSync('python3', ['-c', code], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (!s) return null;
    if (cache) {
      fs.mkdirSync(path.dirname(cache), { recursive: true });
      fs.writeFileSync(cache + '.tmp', s);
      fs.renameSync(cache + '.tmp', cache);
    }
    return s;
  } catch {
    return null;
  }
}

/** The line the CLI prints for an internal error: a wasm trap (a VM bug; in the shipped build,
 *  compiled with panic=immediate-abort, a Rust panic is a bare `unreachable`) or a JS error
 *  such as the JS stack exhausted. */
function internalError(e) {
  const what = e instanceof WebAssembly.RuntimeError ? `wasm trap: ${e.message}` : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return `pygmy: internal error (${what})\n`;
}

/** `node pygmy.mjs FILE.py [ARGS…]`: the exit status of `pygmy run`. */
async function cli(args) {
  // PYGMY_TIMING=1: milestones (ms since the Node process started) on stderr at exit.
  const marks = process.env.PYGMY_TIMING ? [['loader', performance.now()]] : null;
  const mark = (what) => marks?.push([what, performance.now()]);
  const fs = await import('node:fs');
  const path = await import('node:path');
  if (args.length === 0) {
    writeAll(fs, 2, enc.encode('usage: node pygmy.mjs FILE.py [ARGS...]\n'));
    return 2;
  }
  const [file, ...rest] = args;
  let source;
  try {
    source = fs.readFileSync(file);
  } catch (e) {
    const what = e.code === 'ENOENT' ? 'No such file or directory' : e.code === 'EACCES' ? 'Permission denied' : e.message;
    writeAll(fs, 2, enc.encode(`pygmy: can't open file '${file}': [Errno ${-(e.errno ?? -2)}] ${what}\n`));
    return 2;
  }
  let vmModule, compilerModule;
  try {
    [vmModule, compilerModule] = await Promise.all([loadWasm(FILES.vm, import.meta.url), loadWasm(FILES.compiler, import.meta.url)]);
  } catch (e) {
    writeAll(fs, 2, enc.encode(`${e.message}\n`));
    return 70;
  }
  mark('wasm compiled');
  // Everything that runs wasm code is inside the try: a trap anywhere (even in `init`) is one
  // line and the status of `pygmy run`'s internal error, never an uncaught stack.
  try {
    const compile = compilerFrom(compilerModule);
    const stdin = Buffer.alloc(1);
    const vm = vmFrom(vmModule, {
      write: (fd, bytes) => {
        if (marks && !marks.some(([w]) => w === 'first write')) mark('first write');
        writeAll(fs, fd, bytes);
      },
      compile,
      readFile: (p) => {
        try {
          return fs.readFileSync(p);
        } catch {
          return null;
        }
      },
      isDir: (p) => {
        try {
          return fs.statSync(p).isDirectory();
        } catch {
          return false;
        }
      },
      readLine: () => {
        const bytes = [];
        for (;;) {
          let n;
          try {
            n = fs.readSync(0, stdin, 0, 1, null);
          } catch (e) {
            if (e.code === 'EAGAIN') continue;
            if (e.code === 'EOF') n = 0;
            else throw e;
          }
          if (n === 0) return bytes.length ? Uint8Array.from(bytes) : null;
          bytes.push(stdin[0]);
          if (stdin[0] === 10) return Uint8Array.from(bytes);
        }
      },
    });
    vm.setArgv([file, ...rest]);
    vm.setEnviron(process.env);
    let dir;
    try {
      dir = fs.realpathSync(path.dirname(file));
    } catch {
      dir = path.resolve(path.dirname(file));
    }
    const lib = await stdlibDirOf(fs, path);
    vm.setPath(lib ? [dir, lib] : [dir]);
    mark('vm ready');
    // As CPython 3.9+: the script's __file__ and traceback name are the current directory
    // joined with the path as given (not normalized); sys.argv[0] stays as given.
    const main = path.isAbsolute(file) ? file : process.cwd() + path.sep + file;
    const blob = compile(source, main, 0, SOURCE_IS_BYTES);
    mark('main compiled');
    const status = vm.runMain(blob, main);
    mark('exit');
    if (marks) writeAll(fs, 2, enc.encode(marks.map(([w, t]) => `${w} ${t.toFixed(1)}`).join('\n') + '\n'));
    return status;
  } catch (e) {
    writeAll(fs, 2, enc.encode(internalError(e)));
    return 70;
  }
}

if (isNode && process.argv[1]) {
  const { pathToFileURL } = await import('node:url');
  const { realpathSync } = await import('node:fs');
  let self;
  try {
    self = pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    self = null;
  }
  if (self === import.meta.url) {
    const status = await cli(process.argv.slice(2));
    // -2: an uncaught KeyboardInterrupt, after which CPython ends by SIGINT (shell status 130).
    if (status === -2) process.kill(process.pid, 'SIGINT');
    else process.exit(status);
  }
}
