// pygmy in headless Chromium for `cargo xtask bench`: runs a Python program in a page (the
// pystone warmup driver, compiled there by the compiler chunk) and times the first print of
// the precompiled hello, from `import('/pygmy.mjs')` to the first stdout callback, each round
// in a fresh browser context. Prints one JSON object on stdout:
//   { version, run: { stdout, stderr, status, wasm_pages, error }, startup: { ms: [...], error } }
//   node js/bench/browser.mjs [--dist DIR] [--program FILE.py] [--startup ROUNDS]
// Needs `npm ci` in js/ (playwright-core) and Debian's /usr/bin/chromium ($CHROMIUM).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '../serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: opts } = parseArgs({ options: { dist: { type: 'string' }, program: { type: 'string' }, startup: { type: 'string' } } });
const dist = resolve(opts.dist ?? join(root, 'dist'));
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

const result = {};
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  result.error = 'playwright-core is not installed (npm ci in js/)';
}
if (!result.error && !existsSync(CHROMIUM)) result.error = `${CHROMIUM} is missing (apt-get install chromium)`;
if (result.error) {
  console.log(JSON.stringify(result));
  process.exit(0);
}

// Keeps the wasm instances the loader creates, so the core's memory can be read afterwards.
const PROBE = () => {
  const Instance = WebAssembly.Instance;
  window.__pygmyInstances = [];
  WebAssembly.Instance = new Proxy(Instance, {
    construct(target, args, newTarget) {
      const instance = Reflect.construct(target, args, newTarget);
      window.__pygmyInstances.push(instance);
      return instance;
    },
  });
};

const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
const server = await serve(dist);
const base = `http://127.0.0.1:${server.address().port}`;
result.version = browser.version();
try {
  if (opts.program) result.run = await runProgram(readFileSync(opts.program, 'utf8'));
  if (opts.startup) result.startup = await startup(Number(opts.startup));
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(result));

async function freshPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Chromium asks for /favicon.ico on navigation; dist/ has none, and that is no error of pygmy's.
  page.on('console', (m) => m.type() === 'error' && !m.location().url?.endsWith('/favicon.ico') && errors.push(m.text()));
  await page.addInitScript(PROBE);
  await page.goto(`${base}/manifest.json`); // same origin as dist/, nothing of pygmy loaded yet
  return { context, page, errors };
}

async function runProgram(src) {
  const { context, page, errors } = await freshPage();
  try {
    // PYGMY_JIT reaches the page as loadPygmy's `jit` option (the Node CLI reads it itself).
    const r = await page.evaluate(async ({ src, jit }) => {
      const out = [];
      const err = [];
      const { loadPygmy } = await import('/pygmy.mjs');
      const py = await loadPygmy({ stdout: (s) => out.push(s), stderr: (s) => err.push(s), jit });
      const status = await py.run(src, { filename: 'warmup.py' });
      const core = window.__pygmyInstances.find((i) => typeof i.exports.run_main === 'function');
      return { stdout: out.join(''), stderr: err.join(''), status, wasm_pages: core ? core.exports.memory.buffer.byteLength / 65536 : null };
    }, { src, jit: process.env.PYGMY_JIT });
    if (errors.length) r.error = errors.join('; ');
    return r;
  } catch (e) {
    return { error: String(e?.message ?? e).split('\n')[0] };
  } finally {
    await context.close();
  }
}

async function startup(rounds) {
  const ms = [];
  try {
    for (let i = 0; i < rounds; i++) {
      const { context, page, errors } = await freshPage();
      const t = await page.evaluate(async () => {
        const t0 = performance.now();
        let first = null;
        const out = [];
        const { loadPygmy } = await import('/pygmy.mjs');
        const py = await loadPygmy({ stdout: (s) => { first ??= performance.now(); out.push(s); } });
        const rc = await py.runChunk('hello');
        return { ms: first - t0, out: out.join(''), rc };
      });
      await context.close();
      if (t.out !== 'hello\n' || t.rc !== 0 || errors.length) return { ms, error: `hello printed ${JSON.stringify(t.out)}, status ${t.rc}${errors.length ? `, ${errors.join('; ')}` : ''}` };
      ms.push(t.ms);
    }
    return { ms };
  } catch (e) {
    return { ms, error: String(e?.message ?? e).split('\n')[0] };
  }
}
