// dist/ in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core): the demo
// page runs a program; a tampered wasm file is refused; bytes and time to first print of a
// precompiled hello. Needs `npm ci` in js/ and `apt-get install chromium`; skips without them.
//   node --test js/test/browser.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../serve.mjs';
import { chromiumSkip, launchChromium, requireChromium } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(process.env.PYGMY_DIST ?? join(root, 'dist'));

const skip = chromiumSkip;
requireChromium(test, assert.fail);

let browser, server, base;
const log = [];
const overrides = new Map();
before(async () => {
  if (skip) return;
  browser = await launchChromium();
  server = await serve(dist, { overrides, log });
  base = `http://127.0.0.1:${server.address().port}`;
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function page() {
  const p = await browser.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { p, errors };
}

/** Holds the page's requests for `url` back by `ms` before they go on to the server. */
async function delay(p, url, ms) {
  await p.route(url, async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
}

test('the demo page runs a program and shows its output', { skip }, async () => {
  const { p } = await page();
  await p.goto(`${base}/index.html`);
  await p.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
  await p.fill('#src', 'import sys\nprint("hello from chromium", sum(range(10)))\nprint("to stderr", file=sys.stderr)\nraise SystemExit(4)\n');
  await p.click('#run');
  await p.waitForSelector('body[data-status]', { timeout: 30_000 });
  assert.equal(await p.getAttribute('body', 'data-status'), '4');
  assert.equal(await p.textContent('#out'), 'hello from chromium 45\nto stderr\n');
  await p.close();
});

test('a traceback reaches the page stderr callback', { skip }, async () => {
  const { p } = await page();
  await p.goto(`${base}/index.html`);
  await p.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
  await p.fill('#src', 'def f():\n    1 / 0\nf()\n');
  await p.click('#run');
  await p.waitForSelector('body[data-status]', { timeout: 30_000 });
  assert.equal(await p.getAttribute('body', 'data-status'), '1');
  assert.match(await p.textContent('#out .err'), /ZeroDivisionError: division by zero\n$/);
  await p.close();
});

test('native chunks: an import is fetched before the run, a first call in the middle of one', { skip }, async () => {
  const { p, errors } = await page();
  await p.goto(`${base}/index.html`);
  await p.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
  // zlib: named by an import, fetched (with integrity) before the program runs; bytes.hex:
  // rarely used core code, fetched synchronously when first called (checked by sha384).
  await p.fill('#src', 'import zlib, math\nprint(zlib.crc32(b"abc"), math.gcd(12, 18), b"ab".hex())\n');
  await p.click('#run');
  await p.waitForSelector('body[data-status]', { timeout: 30_000 });
  assert.equal(await p.textContent('#out'), '891568578 6 6162\n');
  assert.equal(await p.getAttribute('body', 'data-status'), '0');
  assert.deepEqual(errors, []);
  await p.close();
});

test('import js: the DOM from Python, a Python event listener, a Python exception in the console', { skip }, async () => {
  const { p, errors } = await page();
  await p.goto(`${base}/index.html`);
  await p.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
  const r = await p.evaluate(async () => {
    document.body.insertAdjacentHTML('beforeend', '<p id="pyout"></p><button id="pybtn">1</button><button id="pybad">2</button>');
    const { loadPygmy } = await import('/pygmy.mjs');
    let out = '';
    const py = await loadPygmy({ stdout: (s) => (out += s), stderr: (s) => (out += s) });
    const rc = await py.run(`import js
from js import document
document.getElementById("pyout").textContent = "hi"
clicks = []
def on_click(e):
    clicks.append(e.type)
    document.getElementById("pyout").textContent = f"{len(clicks)} {e.type} {e.target.id}"
document.getElementById("pybtn").addEventListener("click", on_click)
def bad(e):
    raise ValueError("boom from Python")
document.getElementById("pybad").addEventListener("click", bad)
print(document.getElementById("pyout").textContent, js.window.location.pathname)
`);
    const first = document.getElementById('pyout').textContent;
    document.getElementById('pybtn').click();
    document.getElementById('pybtn').click();
    document.getElementById('pybad').click();
    return { rc, out, first, text: document.getElementById('pyout').textContent };
  });
  assert.deepEqual(r, { rc: 0, out: 'hi /index.html\n', first: 'hi', text: '2 click pybtn' });
  assert.ok(errors.length >= 1, 'the PythonError reached the console');
  for (const e of errors) assert.match(e, /PythonError: Traceback \(most recent call last\):[\s\S]*in bad[\s\S]*ValueError: boom from Python/);
  await p.close();
});

test('import js in the page: proxies both ways, conversions, BigInt, JsException, PythonError', { skip }, async () => {
  // What js.test.mjs checks in detail under Node, once in Chromium with the page's own objects.
  const { p, errors } = await page();
  await p.goto(`${base}/index.html`);
  await p.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
  const r = await p.evaluate(async () => {
    globalThis.box = { n: 1, add(k) { return this.n + k; } };
    globalThis.arr = [10, 20, 30];
    globalThis.probe = (v) => `${typeof v}:${v instanceof Uint8Array ? [...v] : Array.isArray(v) ? JSON.stringify(v) : typeof v === 'object' && v ? JSON.stringify(v) : String(v)}`;
    globalThis.thrower = () => { throw new RangeError('too far'); };
    globalThis.callPy = (f, x) => { try { return f(x); } catch (e) { return `${e.name}: ${e.message.trim().split('\n').at(-1)}`; } };
    const { loadPygmy } = await import('/pygmy.mjs');
    let out = '';
    const py = await loadPygmy({ stdout: (s) => (out += s), stderr: (s) => (out += s) });
    const rc = await py.run(`import js
from js import box, arr, document
print(box.add(41), js.Math.max(1, 5, 3), js.Date.new(2020, 0, 2).getFullYear(), document.title == js.document.title)
box.n = 10
print(box.add(1), hasattr(box, "nope"), arr[2], len(arr), 20 in arr, list(arr), [x * 2 for x in arr])
print(bool(js.to_js([])), bool(arr), arr == js.arr, arr is js.arr, js.null, js.undefined is None)
p = js.probe
print(p(None), p(2**53 + 1), p(0.25), p("é"), p(b"\\x01\\xff"), p([1, "a", None]), p({"a": [True]}))
big = js.BigInt("1180591620717411303424")
print(big, type(big).__name__, big == 2**70, js.to_js({"x": [1, 2]}).to_py())
try:
    js.thrower()
except js.JsException as e:
    print(type(e).__name__, e, "|", e.name, e.message)
def bad(x):
    raise ValueError(f"no {x}")
print(js.callPy(bad, 3), js.callPy(lambda x: [x, x], 4).to_py())
js.globalThis.pyAdd = lambda a, b: a + b
`);
    return { rc, out, add: globalThis.pyAdd(2, 3), box: globalThis.box.n };
  });
  assert.deepEqual(r, {
    rc: 0,
    out:
      '42 5 2020 True\n11 False 30 3 True [10, 20, 30] [20, 40, 60]\nFalse True True False null True\n' +
      'undefined:undefined bigint:9007199254740993 number:0.25 string:é object:1,255 object:[1,"a",null] object:{"a":[true]}\n' +
      "1180591620717411303424 int True {'x': [1, 2]}\n" +
      'JsException RangeError: too far | RangeError too far\nPythonError: ValueError: no 3 [4, 4]\n',
    add: 5,
    box: 10,
  });
  assert.deepEqual(errors, []);
  await p.close();
});

test('import js leak test: 10,000 listeners and 10,000 promise callbacks, both tables back to baseline', { skip }, async () => {
  const { p, errors } = await page();
  await p.goto(`${base}/index.html`);
  await p.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
  const r = await p.evaluate(async () => {
    const { loadPygmy } = await import('/pygmy.mjs');
    let out = '';
    const py = await loadPygmy({ stdout: (s) => (out += s), stderr: (s) => (out += s) });
    const collect = async () => {
      for (let i = 0; i < 4; i++) {
        window.gc();
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const stats = 'import gc, js\ngc.collect()\nprint(*js._stats())\n';
    await py.run(stats);
    const before = [out, py.jsStats()];
    out = '';
    document.body.insertAdjacentHTML('beforeend', '<button id="leak">x</button>');
    const rc = await py.run(`import js
el = js.document.getElementById("leak")
hits = []
for i in range(10000):
    f = js.create_proxy(lambda e, i=i: hits.append(i))
    el.addEventListener("click", f)
    if i % 1000 == 0:
        el.click()
    el.removeEventListener("click", f)
    f.destroy()
for i in range(10000):
    js.Promise.resolve(i).then(lambda v: None)
print(len(hits))
del el, f  # a pooled VM frame keeps the globals of the last callback's module until reused
`);
    const ran = out;
    await collect();
    out = '';
    await py.run(stats);
    return { rc, ran, before, after: [out, py.jsStats()] };
  });
  assert.equal(r.rc, 0);
  assert.equal(r.ran, '10\n');
  assert.deepEqual(r.after, r.before);
  assert.deepEqual(errors, []);
  await p.close();
});

// PYGMY_BUNDLE: a `pygmy build` output (cargo xtask test leaves one, with expected.out).
const bundle = process.env.PYGMY_BUNDLE ? resolve(root, process.env.PYGMY_BUNDLE) : null;
// PYGMY_BUNDLE is shop_report's bundle, PYGMY_BUNDLE-apps/NAME the other apps' (packer/tests/bundle.rs).
const appBundles = bundle ? [bundle, ...(existsSync(`${bundle}-apps`) ? readdirSync(`${bundle}-apps`).sort().map((n) => join(`${bundle}-apps`, n)) : [])] : [];

test('app bundles (pygmy build) run in their pages and print what CPython printed', { skip: skip || (!bundle && 'PYGMY_BUNDLE is not set (cargo xtask test sets it)') }, async () => {
  for (const dir of appBundles) {
    const app = await serve(dir);
    try {
      const { p, errors } = await page();
      // When the first output shows: what the page fetched before it is what `pygmy build`'s
      // ratio counts (packer/src/build.rs: the manifest's first_print, measured by running the
      // bundle under Node with the wasm VM), nothing else.
      await p.addInitScript(() => {
        const seen = new MutationObserver(() => {
          if (document.getElementById('out')?.textContent) (window.firstOutput = performance.now()), seen.disconnect();
        });
        seen.observe(document, { childList: true, subtree: true, characterData: true });
      });
      await p.goto(`http://127.0.0.1:${app.address().port}/index.html`);
      await p.waitForSelector('body[data-status]', { timeout: 30_000 });
      assert.equal(await p.getAttribute('body', 'data-status'), '0', dir);
      // stdout is the page's output without stderr's spans (argparse's usage, for one).
      const stdout = await p.evaluate(() => [...document.querySelectorAll('#out span:not(.err)')].map((s) => s.textContent).join(''));
      assert.equal(stdout, readFileSync(join(dir, 'expected.out'), 'utf8'), dir);
      assert.deepEqual(errors, [], dir);
      const early = await p.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.startTime < window.firstOutput).map((e) => new URL(e.name).pathname.slice(1)));
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      const counted = manifest.first_print.files.map((f) => f.file);
      assert.deepEqual([...new Set(early)].sort(), [...counted].sort(), dir);
      console.log(`# ${dir.split('/').pop()}: fetched before the first output ${manifest.first_print.brotli_total} bytes brotli, all counted by the ratio (${counted.join(', ')})`);
      await p.close();
    } finally {
      app.close();
    }
  }
});

// PYGMY_BUNDLE-lazy: tests/lazy/app.py built with a trace run that entered none of its
// functions (packer/tests/bundle.rs keeps it), so their bodies are in a body chunk.
const lazyBundle = bundle && `${bundle}-lazy`;
test('lazy function bodies: the body chunk is fetched while the VM is suspended at the call, the page stays responsive', { skip: skip || (!bundle && 'PYGMY_BUNDLE is not set (cargo xtask test sets it)') }, async () => {
  const fetched = [];
  const app = await serve(lazyBundle, { log: fetched });
  try {
    const { p, errors } = await page();
    await p.goto(`http://127.0.0.1:${app.address().port}/manifest.json`);
    // Body chunks (and the line tables) arrive 300 ms late: a synchronous request would
    // freeze the timer.
    await delay(p, /\.pyl$/, 300);
    const r = await p.evaluate(async () => {
      const { loadPygmy } = await import('/pygmy.mjs');
      let ticks = 0;
      const at = {};
      const out = [];
      const py = await loadPygmy({
        stdout: (s) => {
          out.push(s);
          if (s.startsWith('first line')) at.first = ticks;
          if (s.includes('[0, 1, 4, 12, 17]')) at.called = ticks;
        },
        stderr: (s) => out.push(s),
      });
      const timer = setInterval(() => ticks++, 20);
      const rc = await py.runApp();
      clearInterval(timer);
      return { rc, out: out.join(''), at };
    });
    assert.equal(r.out, readFileSync(join(lazyBundle, 'expected.out'), 'utf8'));
    assert.equal(r.rc, 0);
    assert.deepEqual(errors, []);
    // The first line was printed (flushed at the suspension) before the chunk was fetched.
    assert.ok(r.at.first !== undefined && r.at.called - r.at.first >= 5, `the timer fired ${r.at.called - r.at.first} times while the body chunk was fetched`);
    console.log(`# the 20 ms timer fired ${r.at.called - r.at.first} times during the 300 ms body chunk fetch`);
    // The app's chunk first (the call), then the others, once each (the prefetch after the
    // first output, in the background: it may still be under way when the run ends, each
    // request held 300 ms by the route); no stdlib chunk (the bundle has every module).
    const table = JSON.parse(readFileSync(join(lazyBundle, 'pygmy.mjs'), 'utf8').match(/^const FILES = (.*);$/m)[1]);
    // Body chunks and the line-table chunk (f_lineno reads one: fetched synchronously if
    // the prefetch has not brought it yet).
    const isBody = (f) => /\.[0-9a-f]+\.pyl$/.test(f);
    for (let waited = 0; fetched.filter((e) => isBody(e.path)).length < table.app.bodies.length && waited < 20_000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const paths = fetched.map((e) => e.path);
    // Each once, but the line tables: f_lineno reads them in the middle of a call, where the
    // VM cannot stop, so if the prefetch is still under way they are also fetched synchronously.
    const bodies = [...new Set(paths.filter(isBody))];
    assert.match(bodies[0] ?? '', /^\/__main__\.body\./, paths.join('\n'));
    assert.deepEqual([...bodies].sort(), table.app.bodies.map((b) => `/${b.file}`).sort(), paths.join('\n'));
    assert.ok(!paths.some((f) => f.startsWith('/stdlib-')), paths.join('\n'));
    await p.close();
  } finally {
    app.close();
  }
});

test('the stdlib in a page: chunks for the imports before the run, a dynamic import mid-run', { skip }, async () => {
  const { p, errors } = await page();
  await p.goto(`${base}/index.html`);
  await p.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
  const from = log.length;
  // json, collections and dataclasses (with inspect, ast, … it imports at module level) come
  // from their stdlib chunks, fetched in parallel before the run; textwrap, named only at
  // run time, is fetched synchronously by the import itself.
  const src = [
    'import json, collections',
    'from dataclasses import dataclass',
    '@dataclass',
    'class P:',
    '    x: int',
    '    y: int',
    'print(json.dumps({"a": [1, 2]}), collections.Counter("abca").most_common(1), P(1, 2))',
    'print(__import__("text" + "wrap").shorten("hello big world", 10))',
  ].join('\n');
  await p.fill('#src', src + '\n');
  await p.click('#run');
  await p.waitForSelector('body[data-status]', { timeout: 30_000 });
  assert.equal(await p.textContent('#out'), '{"a": [1, 2]} [(\'a\', 2)] P(x=1, y=2)\n[...]\n');
  assert.equal(await p.getAttribute('body', 'data-status'), '0');
  assert.deepEqual(errors, []);
  const fetched = log.slice(from).map((e) => e.path).join('\n');
  for (const chunk of ['stdlib-index', 'stdlib-json', 'stdlib-dataclasses', 'stdlib-inspect', 'stdlib-textwrap']) {
    assert.match(fetched, new RegExp(chunk), `${chunk} was not fetched:\n${fetched}`);
  }
  await p.close();
});

test('the Unicode database: fetched with a source that imports unicodedata, synchronously for a first namereplace', { skip }, async () => {
  for (const [src, out] of [
    ['import unicodedata as ud\nprint(ud.name("\\u00e9"), ud.normalize("NFD", "\\u00e9") == "e\\u0301", ud.unidata_version)\n', 'LATIN SMALL LETTER E WITH ACUTE True 14.0.0\n'],
    ['print("caf\\u00e9".encode("ascii", "namereplace"))\n', "b'caf\\\\N{LATIN SMALL LETTER E WITH ACUTE}'\n"],
  ]) {
    const { p, errors } = await page();
    await p.goto(`${base}/index.html`);
    await p.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
    const from = log.length;
    await p.fill('#src', src);
    await p.click('#run');
    await p.waitForSelector('body[data-status]', { timeout: 30_000 });
    assert.equal(await p.textContent('#out'), out);
    assert.equal(await p.getAttribute('body', 'data-status'), '0');
    assert.deepEqual(errors, []);
    assert.equal(log.slice(from).filter((e) => /unicodedata\.[0-9a-f]+\.bin/.test(e.path)).length, 1, log.slice(from).map((e) => e.path).join('\n'));
    await p.close();
  }
});

test('suspension: time.sleep and a lazy import yield to the page, which stays responsive', { skip }, async () => {
  const { p, errors } = await page();
  await p.goto(`${base}/manifest.json`);
  const from = log.length;
  // `if True: import textwrap` hides the import from the loader's scan: its chunk is fetched
  // while the VM is suspended at the IMPORT_NAME, which then runs again.
  const src = [
    'import time',
    'print("before")',
    't0 = time.monotonic()',
    'time.sleep(0.5)',
    'print("slept", time.monotonic() - t0 >= 0.5)',
    'def f():',
    '    if True: import textwrap',
    '    return textwrap.shorten("hello big world", 10)',
    'print(f())',
    'for i in range(3):',
    '    time.sleep(0.05)',
    '    print(i, end=" ")',
    'print()',
  ].join('\n');
  // The lazy chunk arrives 300 ms late: a synchronous request would freeze the timer.
  await delay(p, /stdlib-textwrap\./, 300);
  const r = await p.evaluate(async (src) => {
    const { loadPygmy } = await import('/pygmy.mjs');
    let ticks = 0;
    const at = {};
    const out = [];
    const py = await loadPygmy({
      stdout: (s) => {
        out.push(s);
        if (s.startsWith('before')) at.before = ticks;
        if (s.startsWith('slept')) at.slept = ticks;
        if (s.startsWith('[...]')) at.imported = ticks;
      },
      stderr: (s) => out.push(s),
    });
    const timer = setInterval(() => ticks++, 20);
    const rc = await py.run(src + '\n');
    clearInterval(timer);
    return { rc, out: out.join(''), at };
  }, src);
  assert.equal(r.out, 'before\nslept True\n[...]\n0 1 2 \n');
  assert.equal(r.rc, 0);
  assert.deepEqual(errors, []);
  // 0.5 s at one tick per 20 ms: 25 if the main thread were idle; a busy wait gives 0.
  assert.ok(r.at.slept - r.at.before >= 5, `the timer fired ${r.at.slept - r.at.before} times during the sleep`);
  assert.ok(r.at.imported - r.at.slept >= 5, `the timer fired ${r.at.imported - r.at.slept} times during the import`);
  console.log(`# the 20 ms timer fired ${r.at.slept - r.at.before} times during time.sleep(0.5), ${r.at.imported - r.at.slept} during the 300 ms import`);
  const fetched = log.slice(from).map((e) => e.path).join('\n');
  assert.match(fetched, /stdlib-textwrap/);
  await p.close();
});

test('a tampered wasm file is refused by the loader', { skip }, async () => {
  const vm = readdirSync(dist).find((f) => /^pygmy-vm\..*\.wasm$/.test(f));
  const bytes = readFileSync(join(dist, vm));
  bytes[bytes.length - 1] ^= 1;
  overrides.set(`/${vm}`, bytes);
  try {
    const { p } = await page();
    await p.goto(`${base}/index.html`);
    await p.waitForSelector('body[data-error]', { timeout: 30_000 });
    assert.match(await p.getAttribute('body', 'data-error'), /pygmy-vm\..*\.wasm could not be fetched or failed its integrity check/);
    assert.equal(await p.isDisabled('#run'), true);
    await p.close();
  } finally {
    overrides.delete(`/${vm}`);
  }
});

test('precompiled hello: bytes and time to first print', { skip }, async () => {
  const { p, errors } = await page();
  await p.goto(`${base}/manifest.json`); // same origin, nothing of pygmy loaded yet
  log.length = 0;
  const t = await p.evaluate(async () => {
    const t0 = performance.now();
    let first = null;
    const out = [];
    const { loadPygmy } = await import('/pygmy.mjs');
    const py = await loadPygmy({ stdout: (s) => { first ??= performance.now(); out.push(s); } });
    const rc = await py.runChunk('hello');
    return { ms: first - t0, out: out.join(''), rc };
  });
  assert.equal(t.out, 'hello\n');
  assert.equal(t.rc, 0);
  assert.deepEqual(errors, []);
  // Native chunks are prefetched in the background after the first run: not part of it.
  const first = log.filter((l) => !/^\/pygmy-(?!vm\.|compiler\.)[a-z]+\.[0-9a-f]+\.(wasm|mjs)$/.test(l.path));
  const fetched = first.map((l) => l.path);
  assert.ok(!fetched.some((f) => f.includes('compiler')), `the compiler chunk was fetched: ${fetched}`);
  const bytes = first.reduce((n, l) => n + l.bytes, 0);
  console.log(`# chromium first print: ${t.ms.toFixed(1)} ms, ${bytes} bytes over the wire (${first.map((l) => `${l.path} ${l.bytes} ${l.encoding}`).join(', ')})`);
  await p.close();
});
