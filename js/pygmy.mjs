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
// { vm: { file, integrity }, compiler: { file, integrity }, ucd: { file, integrity },
//   chunks: { name: { file, integrity } },
//   native: [{ name, modules, file, integrity }] }.
const FILES = null;

const isNode = typeof process === 'object' && !!process.versions?.node;
const enc = new TextEncoder();
const dec = new TextDecoder();
const SOURCE_IS_BYTES = 1 << 31; // compiler-wasm: decode a file's bytes per PEP 263

/** Fetches (page) or reads (Node) a dist file, checking its sha384 before it is used:
 *  `fetch(url, { integrity })` in a page (the browser refuses a mismatch), a hash in Node. */
async function fetchChecked(entry, base, priority) {
  const url = new URL(entry.file, base);
  if (isNode && url.protocol === 'file:') return { bytes: (await fileReader(base))(entry) };
  let response;
  try {
    response = await fetch(url, { integrity: entry.integrity, ...(priority && { priority }) });
  } catch (e) {
    throw new Error(`pygmy: ${entry.file} could not be fetched or failed its integrity check (${entry.integrity}): ${e.message}`);
  }
  if (!response.ok) throw new Error(`pygmy: fetching ${entry.file} failed: HTTP ${response.status}`);
  return { response };
}

/** `bytes` if `got` (their SRI hash) is the file table's, else the integrity error. */
function checked(entry, bytes, got) {
  if (got !== entry.integrity) throw new Error(`pygmy: ${entry.file} failed its integrity check (expected ${entry.integrity}, got ${got})`);
  return bytes;
}

/** Node: a synchronous reader of dist files beside `base` that checks each file's sha384
 *  (native chunks are read when the VM first needs them, in the middle of a call). */
async function fileReader(base) {
  const [{ readFileSync }, { createHash }] = await Promise.all([import('node:fs'), import('node:crypto')]);
  return (entry) => {
    const bytes = readFileSync(new URL(entry.file, base));
    return checked(entry, bytes, 'sha384-' + createHash('sha384').update(bytes).digest('base64'));
  };
}

// SHA-384 over BigInt (FIPS 180-4): the constants are computed, not listed — K: the first 64
// bits of the fractional parts of the cube roots of the first 80 primes; H0: of the square
// roots of the 9th to 16th primes.
function sha384(bytes) {
  const M = (1n << 64n) - 1n;
  const root = (x, k) => {
    let r = 1n << BigInt(Math.ceil(x.toString(2).length / k));
    for (let s; (s = ((BigInt(k) - 1n) * r + x / r ** BigInt(k - 1)) / BigInt(k)) < r; ) r = s;
    return r;
  };
  const primes = [];
  for (let n = 2; primes.length < 80; n++) if (primes.every((p) => n % p)) primes.push(n);
  const K = primes.map((p) => root(BigInt(p) << 192n, 3) & M);
  const H = primes.slice(8, 16).map((p) => root(BigInt(p) << 128n, 2) & M);
  const rotr = (x, n) => ((x >> n) | (x << (64n - n))) & M;
  const len = bytes.length, padded = new Uint8Array(((len + 17 + 127) >> 7) << 7);
  padded.set(bytes);
  padded[len] = 0x80;
  new DataView(padded.buffer).setBigUint64(padded.length - 8, BigInt(len) * 8n);
  const view = new DataView(padded.buffer), w = new Array(80);
  for (let off = 0; off < padded.length; off += 128) {
    for (let t = 0; t < 80; t++) {
      if (t < 16) w[t] = view.getBigUint64(off + 8 * t);
      else {
        const a = w[t - 15], b = w[t - 2];
        w[t] = (w[t - 16] + (rotr(a, 1n) ^ rotr(a, 8n) ^ (a >> 7n)) + w[t - 7] + (rotr(b, 19n) ^ rotr(b, 61n) ^ (b >> 6n))) & M;
      }
    }
    let [a, b, c, d, e, f, g, h] = H;
    for (let t = 0; t < 80; t++) {
      const t1 = (h + (rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n)) + ((e & f) ^ (~e & M & g)) + K[t] + w[t]) & M;
      const t2 = ((rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n)) + ((a & b) ^ (a & c) ^ (b & c))) & M;
      [h, g, f, e, d, c, b, a] = [g, f, e, (d + t1) & M, c, b, a, (t1 + t2) & M];
    }
    [a, b, c, d, e, f, g, h].forEach((x, i) => (H[i] = (H[i] + x) & M));
  }
  const out = new DataView(new ArrayBuffer(48));
  H.slice(0, 6).forEach((x, i) => out.setBigUint64(8 * i, x));
  return new Uint8Array(out.buffer);
}

/** A page's last resort for a native chunk needed in the middle of a call before its
 *  background fetch arrived: a synchronous request (bytes as x-user-defined text), checked
 *  against its sha384 here because a synchronous request cannot use `integrity`. */
function fetchNow(entry, base) {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', new URL(entry.file, base), false);
  xhr.overrideMimeType('text/plain; charset=x-user-defined');
  xhr.send();
  if (xhr.status !== 200) throw new Error(`pygmy: fetching ${entry.file} failed: HTTP ${xhr.status}`);
  const bytes = Uint8Array.from(xhr.responseText, (ch) => ch.charCodeAt(0) & 0xff);
  return checked(entry, bytes, 'sha384-' + btoa(String.fromCharCode(...sha384(bytes))));
}

/** `run_main`/`resume`: the program stopped for the host. */
const SUSPENDED = -0x80000000;

/** asyncio's wait (`suspend` kind 3): `wait(s)` resolves after s seconds (< 0: no limit)
 *  or at `wake()`, when JS called into Python; a `weak` one does not keep Node alive. */
function waiter() {
  let end = null;
  return {
    wait: (s, weak) => new Promise((r) => {
      const t = setTimeout((end = () => (clearTimeout(t), (end = null), r())), Math.min(s < 0 ? 1e10 : s * 1000, 2 ** 31 - 1));
      if (weak) t.unref?.();
    }),
    wake: () => end?.(),
  };
}

/** The modules of an app bundle (`pygmy build`, format in packer/src/bundle.rs). */
function bundleModules(bytes) {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dec.decode(bytes.subarray(0, 4)) !== 'PYGB') throw new Error('pygmy: the app file is not a pygmy bundle');
  const mods = [];
  let at = 8;
  for (let i = v.getUint32(4, true); i > 0; i--) {
    const n = v.getUint16(at, true);
    const name = dec.decode(bytes.subarray(at + 2, at + 2 + n));
    at += 2 + n;
    const len = v.getUint32(at + 1, true);
    mods.push({ name, isPackage: (bytes[at] & 1) !== 0, precompiled: (bytes[at] & 2) !== 0, code: bytes.subarray(at + 5, at + 5 + len) });
    at += 5 + len;
  }
  return mods;
}

/** Serialized bytecode as the compiler chunk's "ok" result blob (what `runMain` takes). */
function okBlob(code) {
  const blob = new Uint8Array(code.length + 1);
  blob.set(code, 1);
  return blob;
}

/** Run-time sources an app bundle brought precompiled, by key. */
const PRECOMPILED = new Map();

/** Registers a bundle's modules and runs its `__main__`. */
function runBundle(vm, bytes, argv) {
  let main = null;
  for (const m of bundleModules(bytes)) {
    if (m.precompiled) PRECOMPILED.set(m.name, m.code);
    else if (m.name === '__main__') main = m.code;
    else vm.addModule(m.name, m.isPackage, m.code);
  }
  if (!main) throw new Error('pygmy: the app bundle has no __main__');
  vm.setArgv(argv);
  return vm.runMain(okBlob(main), `/bundle/${FILES.app.name}`);
}

/** The app's body chunks (`FILES.app.bodies`, see packer/src/lazy.rs): chunk id = position.
 *  Each holds the bodies of functions its trace run never entered, fetched on first call. */
const BODIES = FILES?.app?.bodies ?? [];
/** Modules an app's trace run looked for and found nowhere (`_abc`, then `_py_abc`). */
const ABSENT = new Set(FILES?.app?.absent ?? []);

/** `unicode_data`'s answer: 0 then the Unicode database file (`FILES.ucd`, which only
 *  `unicodedata` and the namereplace error handler read), or 1 then why it is not here. */
function ucdBlob(bytes) {
  try {
    if (!FILES?.ucd) throw new Error('this dist has no Unicode database file');
    const b = bytes(FILES.ucd), out = new Uint8Array(b.length + 1);
    out.set(b, 1);
    return out;
  } catch (e) {
    return new Uint8Array([1, ...enc.encode(`${FILES?.ucd?.file ?? 'unicodedata'}: ${e.message}`)]);
  }
}

/** `lazy_body`'s answer: 0 then entry `index` of body chunk `chunk` (`bytes()` gets the
 *  chunk's bytes, reading or fetching them synchronously if need be), or 1 then why not. */
function bodyBlob(chunk, index, bytes) {
  const entry = BODIES[chunk];
  const fail = (why) => new Uint8Array([1, ...enc.encode(`body chunk ${entry?.file ?? chunk}: ${why}`)]);
  if (!entry) return fail('not in the file table');
  let b;
  try {
    b = bytes(entry);
  } catch (e) {
    return fail(e.message);
  }
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length < 8 || dec.decode(b.subarray(0, 4)) !== 'PYGL') return fail('not a body chunk');
  const count = v.getUint32(4, true), data = 8 + 4 * (count + 1);
  if (index >= count || data > b.length) return fail(`no entry ${index}`);
  const start = data + v.getUint32(8 + 4 * index, true), end = data + v.getUint32(12 + 4 * index, true);
  if (start > end || end > b.length) return fail('truncated');
  const blob = new Uint8Array(1 + end - start);
  blob.set(b.subarray(start, end), 1);
  return blob;
}

/** The native chunks (`FILES.native`, see packer/src/split.rs): chunk id = position. */
const NATIVE = FILES?.native ?? [];
const NATIVE_OF = new Map(NATIVE.flatMap((c, id) => c.modules.map((m) => [m, id])));

/** The top-level modules a source's import statements name directly (a prefetch hint for
 *  pages: native chunks cannot be fetched in the middle of a call, and stdlib chunks are
 *  fetched in parallel rather than one import at a time). */
function importedNames(src) {
  const names = new Set();
  for (const m of src.matchAll(/^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import|import[ \t]+([\w., \t]+))/gm)) {
    for (const name of (m[1] ?? m[2]).split(',')) names.add(name.trim().split(/[ \t.]/)[0]);
  }
  return [...names];
}

/** The native chunks of those names. */
const nativeChunksOf = (names) => [...new Set(names.map((n) => NATIVE_OF.get(n)).filter((id) => id !== undefined))];

async function loadBytes(entry, base, priority) {
  const { bytes, response } = await fetchChecked(entry, base, priority);
  return bytes ?? new Uint8Array(await response.arrayBuffer());
}

/** The `js` module's JS half (`FILES.interop`, js/pygmy-js.mjs), checked like any file;
 *  one instance per base (it keeps no state of its own). */
const interops = new Map();
const loadInterop = (base) => interops.get(base) ?? (interops.set(base, importJs(FILES.interop, base)), interops.get(base));
async function importJs(entry, base) {
  const b = await loadBytes(entry, base);
  return import(isNode ? 'data:text/javascript;base64,' + Buffer.from(b).toString('base64') : URL.createObjectURL(new Blob([b], { type: 'text/javascript' })));
}

/** Compiled wasm modules by URL: a second `loadPygmy` in a page compiles nothing again. */
const compiled = new Map();
function loadWasm(entry, base) {
  const url = new URL(entry.file, base).href;
  if (!compiled.has(url)) compiled.set(url, compileWasm(entry, base).catch((e) => (compiled.delete(url), Promise.reject(e))));
  return compiled.get(url);
}

async function compileWasm(entry, base) {
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
 *  busy wait (a page's main thread, where the VM could not suspend: a nested run loop). */
function sleep(seconds) {
  const ms = Math.max(0, seconds * 1000);
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  } catch {
    for (const end = performance.now() + ms; performance.now() < end; );
  }
}

/** Instantiates the VM. `host`: write(fd, bytes), compile(src, file, mode, flags) → blob,
 *  nativeBytes(chunk id) → bytes|null (synchronous: a page hands out what it prefetched),
 *  and optionally readFile(path) → bytes|null, isDir(path), readLine() → bytes|null,
 *  interop() → the loaded pygmy-js.mjs or null, os(op, a, b, x, y, z) → the operating
 *  system (js/pygmy-node.mjs). */
function vmFrom(module, host) {
  let mem, x, jsx, pending = null;
  const modules = new Set(); // added with addModule
  const loaded = new Set();
  // Instantiates native chunk `id` into the core's table; false if its bytes are not here.
  const loadChunk = (id) => {
    const c = NATIVE[id];
    if (loaded.has(id)) throw new Error(`pygmy: native chunk ${c.name} is loaded but its code is not in the table`);
    const bytes = host.nativeBytes(id);
    if (!bytes) return false;
    new WebAssembly.Instance(new WebAssembly.Module(bytes), { pygmy: imports, core: x });
    loaded.add(id);
    host.loaded?.(c.name);
    return true;
  };
  const u8 = () => new Uint8Array(mem.buffer);
  const text = (p, n) => dec.decode(u8().subarray(p, p + n));
  const hold = (bytes) => {
    if (bytes == null) return -1;
    pending = bytes;
    return bytes.length;
  };
  const imports = {
    write: (fd, p, n) => host.write(fd, u8().slice(p, p + n)),
    time: () => Date.now() / 1000,
    monotonic: () => performance.now() / 1000,
    // os.urandom; getRandomValues fills at most 64 KiB a call.
    random: (p, n) => {
      if (!globalThis.crypto?.getRandomValues) return -1;
      for (let at = p; at < p + n; at += 65536) crypto.getRandomValues(u8().subarray(at, Math.min(at + 65536, p + n)));
      return 0;
    },
    sleep,
    compile: (sp, sn, fp, fn, mode, flags) => {
      const src = u8().slice(sp, sp + sn);
      const file = text(fp, fn);
      // Sources an app bundle carries precompiled (key: packer/src/bundle.rs compile_key).
      const code = PRECOMPILED.get(`${mode}:${flags >>> 0}:${file}\0${dec.decode(src)}`);
      return hold(code ? okBlob(code) : host.compile(src, file, mode, flags));
    },
    read_file: (p, n) => hold(host.readFile?.(text(p, n))),
    is_dir: (p, n) => (host.isDir?.(text(p, n)) ? 1 : 0),
    read_line: () => hold(host.readLine?.()),
    lazy_body: (chunk, index) => hold(bodyBlob(chunk, index, host.bodyBytes)),
    // The operating system (the Node CLI's, js/pygmy-node.mjs; a page has none): a number,
    // bytes held for `take`, or an error as -(errno * 65536 + length of its held message).
    os: (op, ap, an, bp, bn, x, y, z) => {
      const r = host.os?.(op, u8().slice(ap, ap + an), u8().subarray(bp, bp + bn), x, y, z) ?? -38 * 65536;
      return typeof r === 'number' ? r : r.errno ? -(r.errno * 65536 + hold(r.message)) : hold(r);
    },
    unicode_data: () => hold(ucdBlob(host.ucdBytes ?? (() => { throw new Error('not available here'); }))),
    take: (dst) => {
      u8().set(pending, dst);
      pending = null;
    },
    // Called by the stub in a chunk function's table slot; returns only once it is loaded.
    load_chunk: (id) => {
      if (!loadChunk(id)) throw new Error(`pygmy: native chunk ${NATIVE[id].name} was needed before it was fetched`);
    },
    // Before a native module's init runs: -1, or the length of the ImportError message.
    // A module the bundle does not have: 1 if the host added it (a stdlib chunk) just now.
    want_module: (p, n) => (host.wantModule?.(text(p, n)) ? 1 : 0),
    // The JIT's module at p..p+n (vm/src/jit): compiled and instantiated synchronously with
    // the VM's memory and helpers (never the table: on Node 20 each instance that imports it
    // would keep a copy), its exports "0".."count-1" appended to the VM's table.
    jit_install: (p, n, count, hp, hn) => {
      try {
        const t = x.__indirect_function_table;
        const env = { memory: mem };
        new Uint32Array(mem.buffer, hp, hn).forEach((slot, i) => (env[i] = t.get(slot)));
        const e = new WebAssembly.Instance(new WebAssembly.Module(u8().slice(p, p + n)), { env }).exports;
        const at = t.length;
        for (let i = 0; i < count; i++) t.grow(1, e[i]);
        return at;
      } catch {
        return -1;
      }
    },
    // 1: the host waits (kind 0, a sleep; 3, asyncio's loop until JS calls in; 2, input()) or fetches
    // (1, a module) after SUSPENDED.
    suspend: (kind, seconds, p, n) => (host.suspend?.(kind, seconds, text(p, n)) ? 1 : 0),
    native_ready: (p, n) => {
      const name = text(p, n);
      const id = NATIVE_OF.get(name);
      if (name === 'js' && !jsx) {
        const m = host.interop?.();
        if (!m) return hold(enc.encode("the js module's code (pygmy-js.mjs) has not been fetched yet"));
        jsx = m.interop({ x, hold, u8, wake: () => host.wake?.() });
      }
      try {
        if (id === undefined || loaded.has(id) || loadChunk(id)) return -1;
        return hold(enc.encode(`the code of native module '${name}' (${NATIVE[id].file}) has not been fetched yet`));
      } catch (e) {
        return hold(enc.encode(`the code of native module '${name}' could not be loaded: ${e.message}`));
      }
    },
  };
  // The js module's imports call into pygmy-js.mjs, made on its first import.
  for (const { name } of WebAssembly.Module.imports(module)) if (name.startsWith('js_')) imports[name] = (...a) => jsx[name](...a);
  x = new WebAssembly.Instance(module, { pygmy: imports }).exports;
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
    interop: () => jsx,
    setArgv: (argv) => withBytes(list(argv), x.set_argv),
    setPath: (path) => withBytes(list(path), x.set_path),
    setEnviron: (env) => withBytes(list(Object.entries(env).map(([k, v]) => `${k}=${v}`)), x.set_environ),
    hasModule: (name) => modules.has(name),
    addModule: (name, isPackage, code) =>
      modules.add(name) && withBytes(enc.encode(name), (np, nn) => withBytes(code, (cp, cn) => x.add_module(np, nn, isPackage ? 1 : 0, cp, cn))),
    runMain: (blob, path) => withBytes(blob, (bp, bn) => withBytes(enc.encode(path), (pp, pn) => x.run_main(bp, bn, pp, pn))),
    runInMain: (blob) => withBytes(blob, x.run_in_main),
    resume: () => x.resume(),
  };
}

/** Loads pygmy. `stdout`/`stderr` receive decoded text; `base` is where the dist files are;
 *  `input(prompt)` answers `input()`: a string, null (EOF), or a promise of one; `jit` is
 *  'off' | 'on' | 'eager', as PYGMY_JIT is for the Node CLI. */
export async function loadPygmy({ stdout = (s) => console.log(s), stderr = (s) => console.error(s), base = import.meta.url, input = globalThis.prompt && ((p) => prompt(p)), jit } = {}) {
  if (!FILES) throw new Error('pygmy: this pygmy.mjs has no file table; use the one `cargo xtask dist` writes');
  const decoders = { 1: new TextDecoder(), 2: new TextDecoder() };
  let tail = ''; // after stdout's last newline: the prompt of an input() that cannot suspend
  let printed = false;
  const sinks = {
    1: (s) => {
      if (!printed) (printed = true), prefetchLazy();
      const i = s.lastIndexOf('\n');
      tail = i < 0 ? tail + s : s.slice(i + 1);
      stdout(s);
    },
    2: stderr,
  };
  let compile = null;
  const compiler = async () => (compile ??= compilerFrom(await loadWasm(FILES.compiler, base)));
  // Native chunks: read on demand from files (Node), or fetched ahead (a page): the ones a
  // source names before it runs, the rest in the background after the first run; one needed
  // before it arrived is fetched synchronously (`fetchNow`).
  const read = isNode && new URL(base).protocol === 'file:' ? await fileReader(base) : null;
  const fetched = new Map();
  const fetching = new Map();
  let jsMod = null, jsLoad = null;
  const wantJs = () => (jsLoad ??= loadInterop(base).then((m) => (jsMod = m)));
  // `{ priority }`, not a plain argument: `ids.map(want)` passes indices as the second one.
  const want = (id, { priority } = {}) => {
    if (!fetching.has(id)) fetching.set(id, Promise.all([loadBytes(NATIVE[id], base, priority).then((b) => fetched.set(id, b)), NATIVE[id].name === 'js' && wantJs()]));
    return fetching.get(id);
  };
  if (read && FILES.interop) await wantJs();
  // The Unicode database: fetched with a source that imports unicodedata, else read or
  // fetched synchronously when first needed.
  let ucd = null, ucdLoad = null;
  const wantUcd = () => (ucdLoad ??= loadBytes(FILES.ucd, base).then((b) => (ucd = b)));
  // Body chunks (a page; Node reads them when needed): fetched while the VM is suspended at
  // the call that needs one, or ahead by the prefetch.
  const bodies = new Map(), bodyFetching = new Map();
  const wantBody = (id, { priority } = {}) => {
    if (!bodyFetching.has(id)) bodyFetching.set(id, loadBytes(BODIES[id], base, priority).then((b) => bodies.set(BODIES[id], b)));
    return bodyFetching.get(id);
  };
  // The lazy chunks (native and body chunks) at low priority, once the program has printed
  // or gone idle (a sleep, asyncio's wait), or after a run: later calls find them here.
  let prefetched = false;
  const prefetchLazy = () => {
    if (read || prefetched) return;
    prefetched = true;
    setTimeout(() => {
      NATIVE.forEach((_, id) => want(id, { priority: 'low' }).catch(() => {}));
      BODIES.forEach((_, id) => wantBody(id, { priority: 'low' }).catch(() => {}));
    }, 0);
  };
  // The stdlib in a page (Node reads Lib/ itself): bytecode chunks listed in an index fetched
  // on first need; `run` fetches the chunks its imports need (with their module-level
  // imports, in parallel), an import the scan missed fetches its chunk synchronously.
  let index = null;
  let indexing = null;
  const added = new Set();
  const indexFrom = (bytes) => {
    const j = JSON.parse(dec.decode(bytes));
    return { chunks: j.chunks, of: new Map(j.chunks.flatMap((c, id) => c.modules.map((m) => [m, id]))) };
  };
  const addChunk = (id, bytes) => {
    if (added.has(id)) return;
    added.add(id);
    for (const m of bundleModules(bytes)) vm.addModule(m.name, m.isPackage, m.code);
  };
  const fetchStdlib = async (names) => {
    if (read || !FILES.stdlib || !names.length) return;
    index ??= await (indexing ??= loadBytes(FILES.stdlib, base).then(indexFrom));
    const todo = names.map((n) => index.of.get(n)).filter((id) => id !== undefined);
    const ids = new Set();
    while (todo.length) {
      const id = todo.pop();
      if (!ids.has(id)) todo.push(...index.chunks[(ids.add(id), id)].deps);
    }
    const need = [...ids].filter((id) => !added.has(id));
    const natives = nativeChunksOf(need.flatMap((id) => index.chunks[id].native));
    const bytes = await Promise.all([...need.map((id) => loadBytes(index.chunks[id], base)), ...natives.map(want)]);
    need.forEach((id, i) => addChunk(id, bytes[i]));
  };
  // Suspension (js/README.md; a page only, but asyncio's waits): sleeps wait with
  // setTimeout, a module's chunk is fetched (once) while the VM is stopped; one program at a time.
  let sleepFor = 0, queue, line, pending = 0, idling;
  const waits = [], tried = new Set(), loopWait = waiter();
  // input() (kind 2): `resume` reads the answer with read_line. asyncio's select (kind 3):
  // wait until the timeout or a call from JS into Python.
  const suspend = (kind, s, name) => {
    if (kind === 4) {
      // A call needs body chunk `s`: fetch it while the VM is stopped (once; a failure is
      // then the call's ImportError, from the synchronous path).
      if (read || bodies.has(BODIES[s]) || tried.has(`body ${s}`)) return false;
      tried.add(`body ${s}`);
      return waits.push(wantBody(s).catch(() => {})), true;
    }
    if (kind === 0 || kind === 3) prefetchLazy();
    // An app's own modules are here; those its trace run found nowhere are not anywhere.
    if (kind === 1 && (vm.hasModule(name) || ABSENT.has(name))) return false;
    if (kind === 2) return !!input && waits.push(Promise.resolve().then(() => input(name)).then((v) => (line = v), () => (line = null))) > 0;
    if (kind === 3) return waits.push(loopWait.wait(s, idling)), true;
    if (read || (kind && (!index?.of.has(name) || added.has(index.of.get(name)) || tried.has(name)))) return false;
    if (kind) tried.add(name), waits.push(fetchStdlib([name]).catch(() => {}));
    else sleepFor += s;
    return true;
  };
  // A session's asyncio loop runs between its entries (`idle`) until the next run asks it
  // to stop: it returns when resumed.
  const running = (start, idle) => {
    pending++;
    if (idling) vm.exports.stop_session_loop(), loopWait.wake();
    return (queue = (async () => {
      await queue?.catch(() => {});
      try {
        if (idle && pending > 1) return 0;
        idling = idle;
        for (let s = start(); ; s = vm.resume()) {
          if (s !== SUSPENDED) return s;
          await Promise.all([...waits.splice(0), new Promise((r) => setTimeout(r, sleepFor * 1000, (sleepFor = 0)))]);
        }
      } finally {
        pending--;
        idling = false;
        prefetchLazy();
      }
    })());
  };
  const vm = vmFrom(await loadWasm(FILES.vm, base), {
    suspend,
    wake: loopWait.wake,
    nativeBytes: (id) => (read ? read(NATIVE[id]) : fetched.get(id) ?? fetchNow(NATIVE[id], base)),
    // A body needed where the VM could not stop (a call from native code): read or fetched now.
    bodyBytes: (entry) => bodies.get(entry) ?? (bodies.set(entry, read ? read(entry) : fetchNow(entry, base)), bodies.get(entry)),
    ucdBytes: (entry) => (ucd ??= read ? read(entry) : fetchNow(entry, base)),
    wantModule: (name) => {
      if (read || !FILES.stdlib || ABSENT.has(name)) return false;
      index ??= indexFrom(fetchNow(FILES.stdlib, base));
      const id = index.of.get(name);
      if (id === undefined || added.has(id)) return false;
      addChunk(id, fetchNow(index.chunks[id], base));
      return true;
    },
    write: (fd, bytes) => sinks[fd]?.(decoders[fd].decode(bytes, { stream: true })),
    // The answer a suspended input() waited for, else (a nested call) `input`'s now, or
    // prompt's if that is a promise.
    readLine: () => {
      let v = line;
      line = undefined;
      if (v === undefined && input) {
        try {
          v = input(tail);
        } catch {
          v = null;
        }
        if (typeof v?.then === 'function') v = globalThis.prompt?.(tail) ?? null;
      }
      tail = ''; // as a terminal echoes the line typed
      return v == null ? null : enc.encode(String(v));
    },
    // The VM compiles synchronously (exec/eval/compile); `run` loads the chunk first, else
    // (bytecode run without source: a chunk, an app) it is fetched now, checked by its sha384.
    compile: (src, file, mode, flags) => {
      if (!compile) {
        const m = new WebAssembly.Module(read ? read(FILES.compiler) : fetchNow(FILES.compiler, base));
        compiled.set(new URL(FILES.compiler.file, base).href, Promise.resolve(m));
        compile = compilerFrom(m);
      }
      return compile(src, file, mode, flags);
    },
    interop: () => jsMod,
  });
  // Fetches the compiler and what the source's imports need; resolves to the compiler.
  const prepare = async (src, extra = []) => {
    const names = [...importedNames(src), ...extra];
    const ucdToo = !read && FILES.ucd && names.includes('unicodedata') ? [wantUcd().catch(() => {})] : [];
    return (await Promise.all([compiler(), fetchStdlib(names), ...(read ? [] : nativeChunksOf(names).map(want)), ...ucdToo]))[0];
  };
  // 'off' | 'on' | 'eager', as PYGMY_JIT is for the Node CLI.
  if (jit) vm.setEnviron({ PYGMY_JIT: jit });
  return {
    /** Runs source as `__main__`; resolves to the exit status (0, sys.exit code, 1 on error). */
    async run(src, { filename = '<string>', argv = [''] } = {}) {
      const c = await prepare(src);
      return running(() => (vm.setArgv(argv), vm.runMain(c(enc.encode(src), filename, 0, 0), filename)));
    },
    /** `run` in the `__main__` kept between calls (script tags, the REPL): 0, or 1 after an
     *  uncaught exception. `mode` 2 is the REPL's "single". `await` is allowed at top level
     *  (PyCF_ALLOW_TOP_LEVEL_AWAIT): such code runs in the session's asyncio runner, whose
     *  loop then goes on between entries. */
    async exec(src, { filename = '<exec>', mode = 0 } = {}) {
      const c = await prepare(src, /\bawait\b/.test(src) ? ['asyncio'] : []);
      const status = running(() => vm.runInMain(c(enc.encode(src), filename, mode, 0x2000)));
      running(vm.exports.run_session_loop, true);
      return status;
    },
    /** The compiler chunk's result blob (compiler-wasm/src/lib.rs) for `src`. */
    compile: async (src, filename, mode, flags) => (await compiler())(enc.encode(src), filename, mode, flags),
    /** Runs a precompiled chunk of the file table (`FILES.chunks[name]`, serialized
     *  bytecode) as `__main__`, without fetching the compiler. */
    async runChunk(name, { argv = [name] } = {}) {
      const entry = FILES.chunks?.[name];
      if (!entry) throw new Error(`pygmy: no chunk named ${name}`);
      return this.runCode(await loadBytes(entry, base), { argv, filename: name });
    },
    /** Runs serialized bytecode (`compile`'s output after its first byte) as `__main__`. */
    runCode(code, { argv = [''], filename = '<code>' } = {}) {
      return running(() => (vm.setArgv(argv), vm.runMain(okBlob(code), filename)));
    },
    /** Runs the app of a `pygmy build` bundle (`FILES.app`): its modules are registered,
     *  the native chunks it imports fetched, then its `__main__` runs. */
    async runApp({ argv } = {}) {
      const app = FILES.app;
      if (!app) throw new Error('pygmy: this pygmy.mjs has no app (build one with `pygmy build APP.py`)');
      const [bytes] = await Promise.all([loadBytes(app, base), ...(read ? [] : app.native.map(want))]);
      return running(() => runBundle(vm, bytes, argv ?? [app.name]));
    },
    /** Registers a bundled module's serialized bytecode (found before any file). */
    addModule: vm.addModule,
    /** After `import js`: { handles, pyObjects } held across the boundary. */
    jsStats: () => vm.interop()?.stats(),
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
  if (e instanceof Error && e.message.startsWith('pygmy: ')) return `${e.message}\n`; // the loader's own errors
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
  if (args.length === 0 && !FILES.app) {
    writeAll(fs, 2, enc.encode('usage: node pygmy.mjs FILE.py [ARGS...]\n'));
    return 2;
  }
  // A bundle's loader without FILE runs the bundled app (`pygmy build`).
  const appMode = args.length === 0;
  const [file, ...rest] = appMode ? [FILES.app.name] : args;
  let source;
  try {
    source = appMode ? null : fs.readFileSync(file);
  } catch (e) {
    const what = e.code === 'ENOENT' ? 'No such file or directory' : e.code === 'EACCES' ? 'Permission denied' : e.message;
    writeAll(fs, 2, enc.encode(`pygmy: can't open file '${file}': [Errno ${-(e.errno ?? -2)}] ${what}\n`));
    return 2;
  }
  let vmModule, compilerModule, jsMod, nodeMod, vm;
  try {
    [vmModule, compilerModule, jsMod, nodeMod] = await Promise.all([
      loadWasm(FILES.vm, import.meta.url),
      loadWasm(FILES.compiler, import.meta.url),
      FILES.interop && loadInterop(import.meta.url),
      importJs(FILES.node, import.meta.url),
    ]);
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
    const read = await fileReader(import.meta.url);
    const bodyRead = new Map();
    // PYGMY_TRACE_CHUNKS=1: say on stderr when a native or body chunk loads, and when the
    // first output shows (`pygmy build` counts the chunks loaded before it).
    const trace = !!process.env.PYGMY_TRACE_CHUNKS;
    let shown = !trace;
    // Only asyncio's waits suspend (promises settle meanwhile); sleeps and imports block.
    const loopWait = waiter();
    let waiting = null;
    vm = vmFrom(vmModule, {
      suspend: (kind, s) => kind === 3 && ((waiting = loopWait.wait(s)), true),
      wake: loopWait.wake,
      nativeBytes: (id) => read(NATIVE[id]),
      bodyBytes: (entry) => {
        if (!bodyRead.has(entry)) {
          bodyRead.set(entry, read(entry));
          if (trace) writeAll(fs, 2, enc.encode(`pygmy: loaded body chunk ${entry.file}\n`));
        }
        return bodyRead.get(entry);
      },
      ucdBytes: (entry) => read(entry),
      loaded: trace ? (name) => writeAll(fs, 2, enc.encode(`pygmy: loaded native chunk ${name}\n`)) : null,
      write: (fd, bytes) => {
        if (marks && !marks.some(([w]) => w === 'first write')) mark('first write');
        if (!shown) (shown = true), writeAll(fs, 2, enc.encode('pygmy: first output\n'));
        writeAll(fs, fd, bytes);
      },
      compile,
      interop: () => jsMod,
      os: nodeMod.nodeOs(fs, await import('node:os')),
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
    const finish = async (status) => {
      for (; status === SUSPENDED; status = vm.resume()) await waiting;
      return status;
    };
    vm.setEnviron(process.env);
    if (appMode) {
      const status = await finish(runBundle(vm, read(FILES.app), [file]));
      mark('exit');
      return status;
    }
    vm.setArgv([file, ...rest]);
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
    const status = await finish(vm.runMain(blob, main));
    mark('exit');
    // After `import js` and status 0, Node's loop drains (timers, promise callbacks).
    if (vm.interop() && status === 0) return { wait: 0 };
    if (marks) writeAll(fs, 2, enc.encode(marks.map(([w, t]) => `${w} ${t.toFixed(1)}`).join('\n') + '\n'));
    return status;
  } catch (e) {
    // What the program printed before comes first (it may still be in the VM's buffer).
    try {
      vm?.exports.flush_stdout();
    } catch {}
    writeAll(fs, 2, enc.encode(internalError(e)));
    return 70;
  }
}

// A page's <script type="text/python"> tags run once it is parsed (pygmy-js.mjs runScripts).
if (!isNode && globalThis.document && FILES?.interop) {
  const go = () => document.querySelector('script[type="text/python"]') && loadInterop(import.meta.url).then((m) => m.runScripts(loadPygmy));
  document.readyState === 'loading' ? addEventListener('DOMContentLoaded', go) : go();
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
    if (status.wait !== undefined) process.exitCode = status.wait;
    // -2: an uncaught KeyboardInterrupt, after which CPython ends by SIGINT (shell status 130).
    else if (status === -2) process.kill(process.pid, 'SIGINT');
    else process.exit(status);
  }
}
