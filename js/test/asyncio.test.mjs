// asyncio on the JS event loop (js/README.md, "asyncio"): under Node (`node dist/pygmy.mjs`)
// and in headless Chromium. asyncio's own loop runs; its waits in `select` suspend the VM,
// so promises settle, timers and listeners fire, and a page stays responsive meanwhile.
//   node --test js/test/asyncio.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../serve.mjs';
import { chromiumSkip, launchChromium, requireChromium } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(process.env.PYGMY_DIST ?? join(root, 'dist'));

const noBrowser = chromiumSkip;
requireChromium(test, assert.fail);

let browser, server, base;
before(async () => {
  server = await serve(dist);
  base = `http://127.0.0.1:${server.address().port}`;
  if (!noBrowser) browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Runs `src` with `node dist/pygmy.mjs`, asynchronously (the test's server must answer). */
function runNode(src) {
  const dir = mkdtempSync(join(tmpdir(), 'pygmy-asyncio-'));
  const file = join(dir, 'main.py');
  writeFileSync(file, src);
  return new Promise((ok) =>
    execFile(process.execPath, [join(dist, 'pygmy.mjs'), file], { timeout: 60_000 }, (err, stdout, stderr) => ok({ status: err ? err.code : 0, stdout, stderr })),
  );
}

// The interop program: awaiting JS thenables (a fetch of a file of the test's server, a
// rejection), a coroutine handed to JS as a Promise (resolved and failing), a timer whose
// Python callback runs while the loop waits in asyncio.sleep.
const INTEROP = (url) => `import asyncio, js
async def inner(x):
    await asyncio.sleep(0.01)
    return x * 2
async def failing():
    await asyncio.sleep(0)
    raise ValueError("bad")
async def main():
    print(await js.Promise.resolve(3))
    r = await js.fetch("${url}")
    print(r.status, "assets" in (await r.json()).to_py())
    try:
        await js.Promise.reject(js.Error.new("nope"))
    except js.JsException as e:
        print("JsException", e, e.name)
    twice = js.eval("(async (p) => (await p) + 1)")
    print(await twice(inner(20)))
    caught = js.eval("(async (p) => { try { await p } catch (e) { return e.name + ' ' + e.message.includes('ValueError: bad') } })")
    print(await caught(failing()))
    print(await twice(asyncio.ensure_future(inner(1))))
    ticks = []
    timer = js.setInterval(js.create_proxy(lambda: ticks.append(1)), 10)
    await asyncio.sleep(0.3)
    js.clearInterval(timer)
    print("ticks during sleep", len(ticks) >= 5)
    try:
        await js.Object.new()
    except TypeError as e:
        print("TypeError", e)
asyncio.run(main())
print("after")
`;
const INTEROP_OUT = `3
200 True
JsException Error: nope Error
41
PythonError true
3
ticks during sleep True
TypeError object JsProxy can't be used in 'await' expression (it has no then method)
after
`;

test('Node: await on JS thenables, coroutines as promises, callbacks while the loop waits', async () => {
  const r = await runNode(INTEROP(`${base}/manifest.json`));
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, INTEROP_OUT);
  assert.equal(r.status, 0);
});

test('Node: a loop waiting on a JS promise that another timer settles', async () => {
  const r = await runNode(`import asyncio, js
async def main():
    p = js.Promise.new(lambda resolve, reject: js.setTimeout(resolve, 50, "late"))
    print(await asyncio.wait_for(p, 5))
    try:
        await asyncio.wait_for(js.Promise.new(lambda res, rej: None), 0.05)
    except asyncio.TimeoutError:
        print("timeout")
asyncio.run(main())
`);
  assert.equal(r.stdout + r.stderr, 'late\ntimeout\n');
  assert.equal(r.status, 0);
});

async function page() {
  const p = await browser.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await p.goto(`${base}/manifest.json`); // same origin, nothing of pygmy loaded yet
  return { p, errors };
}

/** Runs each source in one loaded pygmy of the page: [{ rc, out }], and how often a 20 ms
 *  interval fired while each ran. */
function runInPage(p, sources) {
  return p.evaluate(async (sources) => {
    const { loadPygmy } = await import('/pygmy.mjs');
    let out = '';
    const py = await loadPygmy({ stdout: (s) => (out += s), stderr: (s) => (out += s) });
    const results = [];
    for (const src of sources) {
      let ticks = 0;
      const timer = setInterval(() => ticks++, 20);
      out = '';
      const rc = await py.run(src);
      clearInterval(timer);
      results.push({ rc, out, ticks });
    }
    return results;
  }, sources);
}

const PROGRAMS = ['asyncio_basics', 'asyncio_sync', 'asyncio_timeouts', 'asyncio_loop', 'asyncio_native_future'];

test('Chromium: asyncio programs print what CPython printed for them', { skip: noBrowser }, async () => {
  const { p, errors } = await page();
  const dir = join(root, 'tests/py/async');
  const rs = await runInPage(p, PROGRAMS.map((n) => readFileSync(join(dir, `${n}.py`), 'utf8')));
  PROGRAMS.forEach((n, i) => {
    assert.equal(rs[i].out, readFileSync(join(dir, `${n}.out`), 'utf8'), n);
    assert.equal(rs[i].rc, 0, n);
  });
  assert.deepEqual(errors, []);
  await p.close();
});

test('Chromium: await js.fetch, a coroutine as a promise, the page responsive during asyncio.sleep', { skip: noBrowser }, async () => {
  const { p, errors } = await page();
  const sleepy = `import asyncio, time
async def main():
    t0 = time.monotonic()
    await asyncio.gather(asyncio.sleep(0.5), asyncio.sleep(0.25))
    print("slept", time.monotonic() - t0 >= 0.5)
asyncio.run(main())
`;
  const [interop, sleep] = await runInPage(p, [INTEROP('/manifest.json'), sleepy]);
  assert.equal(interop.out, INTEROP_OUT);
  assert.equal(interop.rc, 0);
  assert.equal(sleep.out, 'slept True\n');
  // 0.5 s at one tick per 20 ms: about 25 if the main thread is free; a busy wait gives 0.
  assert.ok(sleep.ticks >= 10, `the 20 ms timer fired ${sleep.ticks} times during asyncio.sleep(0.5)`);
  console.log(`# the 20 ms timer fired ${sleep.ticks} times during asyncio.sleep(0.5)`);
  assert.deepEqual(errors, []);
  await p.close();
});

test('Chromium: 2,000 awaited promises and 2,000 coroutines given to JS leave no handles or Python objects behind', { skip: noBrowser }, async () => {
  const { p, errors } = await page();
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
    const stats = 'import gc, js, asyncio\ngc.collect()\nprint(*js._stats())\n';
    await py.run(stats);
    const before = [out, py.jsStats()];
    out = '';
    const rc = await py.run(`import asyncio, js
async def one(i):
    return i
async def main():
    total = 0
    for i in range(2000):
        total += await js.Promise.resolve(i)
    plus = js.eval("(async (p) => (await p) + 1)")
    for i in range(2000):
        total += await plus(one(i))
    print(total)
asyncio.run(main())
`);
    const ran = out;
    await collect();
    out = '';
    await py.run(stats);
    return { rc, ran, before, after: [out, py.jsStats()] };
  });
  assert.equal(r.rc, 0);
  assert.equal(r.ran, `${2 * 1999 * 1000 + 2000}\n`);
  assert.deepEqual(r.after, r.before);
  assert.ok(r.before[1] && typeof r.before[1].pyObjects === 'number', 'the loader reports the tables');
  console.log(`# after 4,000 awaits: handles/Python objects held ${r.after[0].trim()} (baseline ${r.before[0].trim()})`);
  assert.deepEqual(errors, []);
  await p.close();
});
