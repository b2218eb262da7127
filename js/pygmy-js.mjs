// pygmy-js.mjs: the JS half of `import js` (the Rust half is vm/src/modules/js.rs; the
// imports are listed in vm/src/wasm_host.rs). The loader fetches it with the `js` native
// chunk, so a page that never imports js never downloads it.
//
// JS values are named by handles: indices into `objs`, with a free list. An object has one
// handle however often it crosses (so `==` on proxies is handle equality, i.e. identity),
// counted in `refs`; handles 0..4 (undefined, null, false, true, globalThis) are fixed.
// Python objects given to JS get wrappers (a function, a PythonError or a PyProxy) that hold
// the id of the Python object in the VM's registry; a FinalizationRegistry tells the VM when
// JS dropped one, and `destroy()` does so at once.

/** A Python exception that escaped into JS: the message is the formatted traceback. */
export class PythonError extends Error {
  constructor(message) {
    super(message);
    this.name = 'PythonError';
  }
}

/** An opaque Python object held by JS (pass it back to Python; `destroy()` releases it). */
export class PyProxy {
  toString() {
    return '[object PyProxy]';
  }
}

const FIXED = 5;
const PYID = Symbol('pygmy.id');
const enc = new TextEncoder();
const dec = new TextDecoder();

/** The `js_*` imports for one VM. `x`: its exports; `hold(bytes)`: makes bytes the pending
 *  result (returns the length); `u8()`: its memory now; `wake()`: Python ran, called from JS
 *  (ends the loader's wait for a suspended asyncio loop: `Suspension::Wait`). */
export function interop({ x, hold, u8, wake = () => {} }) {
  const objs = [undefined, null, false, true, globalThis];
  const refs = [0, 0, 0, 0, 0];
  const ids = new Map(); // value → handle
  const free = [];
  let thrown;
  const put = (v) => {
    if (v === undefined) return 0;
    if (v === null) return 1;
    if (v === false) return 2;
    if (v === true) return 3;
    // Objects have one handle each (identity); primitives a handle per crossing.
    const byId = typeof v === 'object' || typeof v === 'function' || typeof v === 'symbol';
    let h = byId ? ids.get(v) : undefined;
    if (h !== undefined) {
      refs[h]++;
      return h;
    }
    h = free.length ? free.pop() : objs.length;
    objs[h] = v;
    refs[h] = 1;
    if (byId) ids.set(v, h);
    return h;
  };
  const release = (h) => {
    if (h < FIXED || --refs[h] > 0) return;
    if (ids.get(objs[h]) === h) ids.delete(objs[h]);
    objs[h] = undefined;
    free.push(h);
  };
  const take = (h) => {
    const v = objs[h];
    release(h);
    return v;
  };
  // Runs `f`; a throw becomes -1 with the thrown value kept for `js_error`.
  const guard = (f) => {
    try {
      return f();
    } catch (e) {
      thrown = e;
      return -1;
    }
  };
  const str = (p, n) => dec.decode(u8().subarray(p, p + n));

  // Python objects: id → WeakRef of the live wrapper.
  const live = new Map();
  const gone = (id) => {
    if (!live.get(id)?.deref()) {
      live.delete(id);
      x.py_release(id);
    }
  };
  const registry = new FinalizationRegistry(gone);
  const destroy = (w) => {
    const id = w[PYID];
    if (id < 0) return;
    w[PYID] = -1;
    registry.unregister(w);
    live.delete(id);
    x.py_release(id);
  };
  const callPy = (id, self, args) => {
    if (id < 0) throw new Error('pygmy: this Python callable was destroyed');
    const n = args.length;
    const p = x.alloc(4 * n);
    const view = new DataView(u8().buffer);
    args.forEach((a, i) => view.setInt32(p + 4 * i, put(a), true));
    let r;
    try {
      r = x.py_call(id, put(self), p, n);
    } finally {
      x.free(p, 4 * n);
      wake();
    }
    if (r < -1) throw take(-2 - r);
    if (r === -1) throw new Error('pygmy: the js module is not initialized');
    return take(r);
  };
  const wrapper = (id, kind, message) => {
    let w;
    if (kind === 0) {
      w = function (...args) {
        return callPy(w[PYID], this, args);
      };
      w.destroy = () => destroy(w);
    } else if (kind === 2) {
      w = new PythonError(message);
    } else {
      w = new PyProxy();
      w.destroy = () => destroy(w);
    }
    w[PYID] = id;
    live.set(id, new WeakRef(w));
    registry.register(w, id, w);
    return w;
  };
  const pyid = (v) => ((typeof v === 'function' || typeof v === 'object') && v !== null ? v[PYID] : undefined);

  const kind = (v) => {
    switch (typeof v) {
      case 'undefined':
        return 0;
      case 'boolean':
        return v ? 3 : 2;
      case 'number':
        return 4;
      case 'string':
        return 5;
      case 'bigint':
        return 6;
      case 'function':
        return pyid(v) >= 0 ? 7 : 8;
      case 'object':
        if (v === null) return 1;
        if (pyid(v) >= 0) return 7;
        return Array.isArray(v) ? 9 : 10;
      default:
        return 10;
    }
  };
  const repr = (v) => {
    if (typeof v === 'function') return `[function ${v.name || '(anonymous)'}]`;
    try {
      return String(v);
    } catch {
      return Object.prototype.toString.call(v);
    }
  };
  const errorText = (e) => {
    if (e instanceof Error) return `${e.name}: ${e.message}`;
    try {
      return String(e);
    } catch {
      return Object.prototype.toString.call(e);
    }
  };
  const texts = [
    (v) => v,
    repr,
    (v) => v.toString(),
    errorText,
    (v) => typeof v,
    (v) => (v instanceof Uint8Array ? v : v instanceof ArrayBuffer ? new Uint8Array(v) : null),
  ];
  const ops = [
    // 0 dup: one more reference to the same handle.
    (a) => (refs[a]++, a),
    // 1 contains: includes (arrays, strings), has (Map, Set), else `in`.
    (a, b) => {
      const o = objs[a], k = objs[b];
      if (typeof o?.includes === 'function') return o.includes(k) ? 1 : 0;
      if (typeof o?.has === 'function') return o.has(k) ? 1 : 0;
      return k in Object(o) ? 1 : 0;
    },
    // 2 len: length (arrays, strings, typed arrays), size (Map, Set); -3 without either.
    (a) => {
      const o = objs[a];
      const n = typeof o?.length === 'number' ? o.length : typeof o?.size === 'number' ? o.size : -3;
      return n;
    },
    // 3 truthy: JS truthiness, except that empty collections are false (as in Python).
    (a) => {
      const o = objs[a];
      if (typeof o === 'object' && o !== null) {
        if (typeof o.length === 'number') return o.length ? 1 : 0;
        if (typeof o.size === 'number') return o.size ? 1 : 0;
      }
      return o ? 1 : 0;
    },
    // 4 iter: the object's iterator (an iterator itself stays as it is); -3 when not iterable.
    (a) => {
      const o = objs[a];
      if (typeof o?.[Symbol.iterator] !== 'function') return typeof o?.next === 'function' ? (refs[a]++, a) : -3;
      return put(o[Symbol.iterator]());
    },
    // 5 next: the next value; -3 when done.
    (a) => {
      const r = objs[a].next();
      return r.done ? -3 : put(r.value);
    },
    // 6, 7: a new Array, a new Object.
    () => put([]),
    () => put({}),
    // 8 push.
    (a, b) => objs[a].push(objs[b]),
    // 9 entries: [key, value] pairs of a Map or a plain object; -3 for anything else.
    (a) => {
      const o = objs[a];
      if (typeof o !== 'object' || o === null) return -3;
      if (o instanceof Map) return put([...o.entries()]);
      const proto = Object.getPrototypeOf(o);
      return proto === Object.prototype || proto === null ? put(Object.entries(o)) : -3;
    },
    // 10 stats: live handles beyond the fixed ones.
    () => objs.length - FIXED - free.length,
    // 11 the Python id of a wrapper.
    (a) => pyid(objs[a]),
    // 12 destroy a wrapper of a Python object; -3 if it is not one.
    (a) => (pyid(objs[a]) === undefined ? -3 : (destroy(objs[a]), 0)),
  ];

  const api = {
    js_release: release,
    js_kind: (h) => kind(objs[h]),
    js_num: (h) => objs[h],
    js_text: (h, mode) => {
      const t = guard(() => texts[mode](objs[h]));
      if (t === -1 || t == null) return -1;
      return hold(typeof t === 'string' ? enc.encode(t) : t.slice());
    },
    js_from_num: (v) => put(v),
    js_from_bytes: (p, n, mode) => {
      if (mode === 2) return put(u8().slice(p, p + n));
      const s = str(p, n);
      return put(mode === 1 ? BigInt(s) : s);
    },
    // attr = 1: a missing property is -3 (AttributeError), not undefined.
    js_get: (o, k, attr) =>
      guard(() => {
        const obj = objs[o], key = objs[k];
        const v = obj[key];
        if (attr && v === undefined && !(key in Object(obj))) return -3;
        return put(v);
      }),
    // val = -1: delete.
    js_set: (o, k, v) =>
      guard(() => {
        if (v === -1) delete objs[o][objs[k]];
        else objs[o][objs[k]] = objs[v];
        return 0;
      }),
    js_call: (f, self, p, n, construct) =>
      guard(() => {
        const view = new DataView(u8().buffer);
        const args = [];
        for (let i = 0; i < n; i++) args.push(objs[view.getInt32(p + 4 * i, true)]);
        const fn = objs[f];
        if (typeof fn !== 'function') throw new TypeError(`${repr(fn)} is not a function`);
        return put(construct ? new fn(...args) : Reflect.apply(fn, objs[self], args));
      }),
    js_op: (op, a, b) => guard(() => ops[op](a, b)),
    js_error: () => {
      const e = thrown;
      thrown = undefined;
      return put(e);
    },
    js_pyobj: (id, kind, p, n) => put(live.get(id)?.deref() ?? wrapper(id, kind, kind === 2 ? str(p, n) : '')),
  };
  /** Live handles and Python objects held by JS wrappers (for leak tests). */
  api.stats = () => ({ handles: objs.length - FIXED - free.length, pyObjects: live.size });
  return api;
}

/** Runs the page's `<script type="text/python">` tags (inline or `src=`) in document order,
 *  one after the other, in one shared `__main__` (js/README.md, "Script tags"). stderr of each
 *  goes to the console; a failing script's traceback is also shown on the page in a
 *  `<pre class="pygmy-error">` after it when it or an ancestor has `data-pygmy-errors`.
 *  Then `pygmy:scripts` is dispatched on `document` with `{ py, statuses }`. */
export async function runScripts(loadPygmy) {
  let err = '';
  const py = await loadPygmy({ stderr: (s) => (err += s) });
  const statuses = [];
  for (const [i, el] of [...document.querySelectorAll('script[type="text/python"]')].entries()) {
    let status = 1;
    err = '';
    try {
      const src = el.src ? await fetchText(el.src) : dedent(el.textContent);
      status = await py.exec(src, { filename: el.src ? new URL(el.src).pathname : `<script ${i + 1}>` });
    } catch (e) {
      err += `${e.message ?? e}\n`;
    }
    statuses.push(status);
    if (err) console.error(err.trimEnd());
    if (status && el.closest('[data-pygmy-errors]')) {
      const pre = document.createElement('pre');
      pre.className = 'pygmy-error';
      pre.textContent = err;
      el.after(pre);
    }
  }
  document.dispatchEvent(new CustomEvent('pygmy:scripts', { detail: { py, statuses } }));
}

async function fetchText(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`pygmy: fetching ${url} failed: HTTP ${r.status}`);
  return r.text();
}

/** An inline script's text without the indentation all its lines share (so it may be
 *  indented like the HTML around it). */
function dedent(text) {
  const lines = text.replace(/^\s*\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length));
  return lines.map((l) => l.slice(Math.min(indent, l.match(/^[ \t]*/)[0].length))).join('\n');
}
