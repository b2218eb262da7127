// Python as a page language (issue 9, the page half; js/README.md "In a page"): `input()` by
// suspension, `<script type="text/python">`, the compiler chunk's loading and caching, the
// REPL page (dist/index.html) and the README's page examples. The loader parts run under Node
// through dist/pygmy.mjs's loadPygmy in this process; the rest in headless Chromium, which
// saves the REPL's screenshots for CI: target/artifacts/repl-*.png ($PYGMY_ARTIFACTS).
//   node --test js/test/page.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from '../serve.mjs';
import { chromiumSkip, launchChromium, requireChromium } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(process.env.PYGMY_DIST ?? join(root, 'dist'));
const artifacts = resolve(process.env.PYGMY_ARTIFACTS ?? join(root, 'target/artifacts'));
const { loadPygmy } = await import(pathToFileURL(join(dist, 'pygmy.mjs')).href);

const skip = chromiumSkip;
requireChromium(test, assert.fail);

let browser, server, base;
const log = [];
const extra = new Map();
before(async () => {
  if (skip) return;
  browser = await launchChromium();
  server = await serve(dist, { overrides: extra, log });
  base = `http://127.0.0.1:${server.address().port}`;
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** A new page (own browser context) that records its errors. */
async function page() {
  const p = await browser.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { p, errors };
}

/** Runs `src` under Node with an `input` callback; stdout+stderr, status, prompts asked. */
async function runWithInput(src, input) {
  let out = '';
  const prompts = [];
  const py = await loadPygmy({ stdout: (s) => (out += s), stderr: (s) => (out += s), input: (p) => (prompts.push(p), input(p)) });
  const status = await py.run(src);
  return { out, status, prompts };
}

const INPUT = 'name = input("name? ")\nprint("hello", name)\nprint([input(f"{i}: ") for i in range(2)])\ntry:\n    input("more? ")\nexcept EOFError as e:\n    print("EOFError:", e)\n';

test('input(): a callback answering synchronously or with a promise, null for end of file', async () => {
  const lines = ['Ada', 'x', 'y'];
  for (const answer of [() => lines.shift() ?? null, async () => (await new Promise((r) => setTimeout(r, 5)), lines.shift() ?? null)]) {
    lines.splice(0, 3, 'Ada', 'x', 'y');
    const r = await runWithInput(INPUT, answer);
    assert.equal(r.out, "name? hello Ada\n0: 1: ['x', 'y']\nmore? EOFError: EOF when reading a line\n");
    assert.equal(r.status, 0);
    assert.deepEqual(r.prompts, ['name? ', '0: ', '1: ', 'more? ']);
  }
});

test('input() where the VM cannot suspend (a nested call) asks the callback synchronously, with the prompt', async () => {
  const r = await runWithInput('print(list(map(input, ["a> ", "b> "])))\nclass C:\n    v = input("in class> ")\nprint(C.v)\n', (p) => `<${p}>`);
  assert.equal(r.out, "a> b> ['<a> >', '<b> >']\nin class> <in class> >\n");
  assert.deepEqual(r.prompts, ['a> ', 'b> ', 'in class> ']);
});

test('input() without a callback is end of file, an uncaught EOFError', async () => {
  let out = '';
  const py = await loadPygmy({ stdout: (s) => (out += s), stderr: (s) => (out += s), input: null });
  assert.equal(await py.run('input("? ")\n'), 1);
  assert.match(out, /^\? Traceback[^]*line 1, in <module>\nEOFError: EOF when reading a line\n$/);
});

test('input() in a page: the page stays responsive while it waits for a promise, then the value arrives', { skip }, async () => {
  const { p, errors } = await page();
  await p.goto(`${base}/manifest.json`);
  const r = await p.evaluate(async () => {
    const { loadPygmy } = await import('/pygmy.mjs');
    let ticks = 0, asked;
    const out = [];
    // The answer comes 500 ms later, as if typed into an input box.
    const input = (prompt) => new Promise((ok) => setTimeout(() => ((asked = { prompt, ticks }), ok('Grace')), 500));
    const py = await loadPygmy({ stdout: (s) => out.push(s), stderr: (s) => out.push(s), input });
    const timer = setInterval(() => ticks++, 20);
    const rc = await py.run('print("asking")\nname = input("name? ")\nprint("hello", name)\n');
    clearInterval(timer);
    return { rc, out: out.join(''), asked };
  });
  assert.equal(r.out, 'asking\nname? hello Grace\n');
  assert.equal(r.rc, 0);
  assert.equal(r.asked.prompt, 'name? ');
  // 500 ms at one tick per 20 ms: 25 if idle; a blocked main thread gives 0.
  assert.ok(r.asked.ticks >= 10, `the timer fired ${r.asked.ticks} times while input() waited`);
  console.log(`# the 20 ms timer fired ${r.asked.ticks} times while input() waited 500 ms`);
  assert.deepEqual(errors, []);
  await p.close();
});

test('input() in a page falls back to window.prompt', { skip }, async () => {
  const { p, errors } = await page();
  const asked = [];
  p.on('dialog', (d) => (asked.push(`${d.type()} ${d.message()}`), asked.length === 1 ? d.accept('Linus') : d.dismiss()));
  await p.goto(`${base}/manifest.json`);
  const out = await p.evaluate(async () => {
    const { loadPygmy } = await import('/pygmy.mjs');
    const out = [];
    const py = await loadPygmy({ stdout: (s) => out.push(s), stderr: (s) => out.push(s) });
    await py.run('print("hi", input("who? "))\ntry:\n    input("again? ")\nexcept EOFError:\n    print("cancelled")\n');
    return out.join('');
  });
  assert.equal(out, 'who? hi Linus\nagain? cancelled\n');
  assert.deepEqual(asked, ['prompt who? ', 'prompt again? ']);
  assert.deepEqual(errors, []);
  await p.close();
});

const SCRIPTS_PAGE = `<!doctype html>
<html data-pygmy-errors><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body>
<ul id="out"></ul>
<script type="text/python">
    import js
    def show(text):
        li = js.document.createElement("li")
        li.textContent = text
        js.document.getElementById("out").append(li)
    count = 1
    show(f"first {__name__}")
</script>
<script type="text/python" src="/lib.py"></script>
<script type="text/python">
    count += 1
    show(f"third count={count} {helper(2)}")
    1 / 0
</script>
<script type="text/python">
    show(f"fourth {count} {json.dumps([count])}")
</script>
<script type="text/python">
    import asyncio
    async def later():
        await asyncio.sleep(0.05)
        show("fifth, later")
    task = asyncio.create_task(later())
    await asyncio.sleep(0)
    show("fifth")
</script>
<script type="text/python">
    show(f"sixth {asyncio.run(asyncio.sleep(0, 'ran'))}")
</script>
<script type="module" src="/pygmy.mjs"></script>
</body></html>`;

test('<script type="text/python">: inline and src, in document order, one __main__, errors in the console and on the page, top-level await, the loop between scripts', { skip }, async () => {
  extra.set('/scripts.html', Buffer.from(SCRIPTS_PAGE));
  extra.set('/lib.py', Buffer.from('import json\ncount += 1\ndef helper(n):\n    return n * count\nshow(f"second count={count}")\n'));
  const { p, errors } = await page();
  await p.addInitScript(() => document.addEventListener('pygmy:scripts', (e) => (window.statuses = e.detail.statuses)));
  await p.goto(`${base}/scripts.html`);
  const statuses = await (await p.waitForFunction(() => window.statuses, null, { timeout: 30_000 })).jsonValue();
  assert.deepEqual(statuses, [0, 0, 1, 0, 0, 0]);
  // The fifth script's task goes on after the scripts ran: the session's loop runs between
  // entries (stopped while the sixth's asyncio.run had its own loop).
  await p.waitForFunction(() => document.querySelectorAll('#out li').length === 7, null, { timeout: 30_000 });
  const shown = ['first __main__', 'second count=2', 'third count=3 6', 'fourth 3 [3]', 'fifth', 'sixth ran', 'fifth, later'];
  assert.deepEqual(await p.$$eval('#out li', (lis) => lis.map((li) => li.textContent)), shown);
  // The traceback: in the console (as an error) and in a <pre> after the failing script.
  const error = await p.textContent('pre.pygmy-error');
  assert.match(error, /^Traceback \(most recent call last\):\n  File "<script 3>", line 3, in <module>\nZeroDivisionError: division by zero\n$/);
  assert.equal(await p.evaluate(() => document.querySelector('pre.pygmy-error').previousElementSibling.textContent.includes('1 / 0')), true);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /ZeroDivisionError: division by zero$/);
  await p.close();
  extra.delete('/scripts.html');
  extra.delete('/lib.py');
});

test('the compiler chunk: fetched on first use (inline source, or eval in bytecode run without source), then cached in memory and by HTTP', { skip }, async () => {
  // Bytecode of a program that calls eval, compiled here (the blob's first byte says "ok").
  const py = await loadPygmy({ stdout: () => {} });
  const blob = await py.compile('print("eval says", eval("6 * 7"))\n', '<evals>', 0, 0);
  assert.equal(blob[0], 0);
  const { p, errors } = await page();
  await p.goto(`${base}/manifest.json`);
  const compilerFetches = () => log.filter((l) => /^\/pygmy-compiler\./.test(l.path)).length;
  const before = compilerFetches();
  const run = (what) =>
    p.evaluate(async ([what, code]) => {
      const { loadPygmy } = await import('/pygmy.mjs');
      const out = [];
      const py = await loadPygmy({ stdout: (s) => out.push(s), stderr: (s) => out.push(s) });
      if (what === 'chunk') await py.runChunk('hello');
      else if (what === 'code') await py.runCode(new Uint8Array(code));
      else await py.run('print(eval("1 + 1"))\n');
      // Requests this page made for the compiler (from the HTTP cache or not).
      const requests = performance.getEntriesByType('resource').filter((e) => e.name.includes('/pygmy-compiler.')).length;
      return [out.join(''), requests];
    }, [what, [...blob.subarray(1)]]);
  assert.deepEqual(await run('chunk'), ['hello\n', 0], 'a precompiled chunk fetched the compiler');
  // eval in bytecode: the compiler is fetched synchronously in the middle of the call.
  assert.deepEqual(await run('code'), ['eval says 42\n', 1]);
  assert.equal(compilerFetches(), before + 1);
  // Another instance in the same page: the compiled module is reused, not even requested.
  assert.deepEqual(await run('source'), ['2\n', 1]);
  // A reload: the module map is gone; the request is answered by the HTTP cache (hashed
  // names are immutable), not the server.
  await p.reload();
  assert.deepEqual(await run('source'), ['2\n', 1]);
  assert.equal(compilerFetches(), before + 1, 'the compiler was fetched again after a reload');
  assert.deepEqual(errors, []);
  await p.close();
});

test('the REPL page: expressions, a multi-line def, a traceback, history, input(), an example; screenshots', { skip }, async () => {
  const { p, errors } = await page();
  await p.setViewportSize({ width: 1000, height: 1100 });
  await p.goto(`${base}/index.html`);
  await p.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
  let count = 0;
  // Types a line and waits until the console handled it (ran it, or asked for more).
  const enter = async (line) => {
    await p.fill('#cmd', line);
    await p.press('#cmd', 'Enter');
    count++;
    await p.waitForSelector(`#console[data-count="${count}"]`, { timeout: 30_000 });
  };
  await enter('x = 6 * 7');
  await enter('x + 1');
  await enter('def sq(n):');
  assert.equal(await p.textContent('#ps'), '... ');
  await enter('    return n * n');
  await enter('');
  await enter('print(sq(x), [sq(i) for i in range(4)])');
  await enter('1 / 0');
  assert.equal(await p.getAttribute('#console', 'data-status'), '1');
  await enter('x');
  const text = await p.textContent('#console');
  const session = text.slice(text.indexOf('>>> x = 6'));
  assert.equal(
    session,
    '>>> x = 6 * 7\n>>> x + 1\n43\n>>> def sq(n):\n...     return n * n\n... \n>>> print(sq(x), [sq(i) for i in range(4)])\n1764 [0, 1, 4, 9]\n' +
      '>>> 1 / 0\nTraceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n>>> x\n42\n',
  );
  assert.equal(await p.textContent('#console .err'), 'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n');
  // History: Up twice recalls `1 / 0`, Down once more `x`.
  await p.press('#cmd', 'ArrowUp');
  await p.press('#cmd', 'ArrowUp');
  assert.equal(await p.inputValue('#cmd'), '1 / 0');
  await p.press('#cmd', 'ArrowDown');
  assert.equal(await p.inputValue('#cmd'), 'x');
  // input() in the console: the line typed answers.
  await p.fill('#cmd', 'name = input("name? "); print("hi", name)');
  await p.press('#cmd', 'Enter');
  await p.waitForFunction(() => document.getElementById('console').textContent.endsWith('name? '));
  await p.fill('#cmd', 'Ada');
  await p.press('#cmd', 'Enter');
  await p.waitForSelector(`#console[data-count="${++count}"]`, { timeout: 30_000 });
  assert.ok((await p.textContent('#console')).endsWith('name? Ada\nhi Ada\n'));
  // Top-level await, as in `python -m asyncio`: each entry that awaits runs in the session's
  // asyncio runner, whose loop goes on between entries: a task one entry starts finishes
  // before the next entry, and one that sleeps prints while the console waits for a line.
  const before = (await p.textContent('#console')).length;
  await enter('import asyncio, js');
  await enter('await asyncio.gather(asyncio.sleep(0.01, "a"), asyncio.sleep(0, "b"))');
  await enter('r = await js.fetch("manifest.json"); r.status');
  await enter('seen = []');
  await enter('async def bg():');
  await enter('    for i in range(3): seen.append(i); await asyncio.sleep(0)');
  await enter('');
  await enter('t = asyncio.get_running_loop().create_task(bg()); await asyncio.sleep(0); seen');
  await enter('seen, t.done()');
  await enter('async def later():');
  await enter('    await asyncio.sleep(0.05); print("later, between entries")');
  await enter('');
  await enter('_ = asyncio.create_task(later()); await asyncio.sleep(0)');
  await p.waitForFunction(() => document.getElementById('console').textContent.endsWith('between entries\n'), null, { timeout: 30_000 });
  await enter('await asyncio.sleep(0); 1 / 0');
  assert.equal(
    (await p.textContent('#console')).slice(before),
    ">>> import asyncio, js\n>>> await asyncio.gather(asyncio.sleep(0.01, \"a\"), asyncio.sleep(0, \"b\"))\n['a', 'b']\n" +
      '>>> r = await js.fetch("manifest.json"); r.status\n200\n>>> seen = []\n>>> async def bg():\n...     for i in range(3): seen.append(i); await asyncio.sleep(0)\n... \n' +
      '>>> t = asyncio.get_running_loop().create_task(bg()); await asyncio.sleep(0); seen\n[0]\n>>> seen, t.done()\n([0, 1, 2], True)\n' +
      '>>> async def later():\n...     await asyncio.sleep(0.05); print("later, between entries")\n... \n' +
      '>>> _ = asyncio.create_task(later()); await asyncio.sleep(0)\nlater, between entries\n' +
      '>>> await asyncio.sleep(0); 1 / 0\nTraceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n',
  );
  // The figures come from dist's manifest.json.
  const manifest = JSON.parse(await (await fetch(`${base}/manifest.json`)).text());
  await p.waitForSelector('#figures[data-first-print]');
  assert.equal(await p.getAttribute('#figures', 'data-first-print'), String(manifest.first_print.brotli_total));
  assert.match(await p.textContent('#figures'), /KB brotli to a first print .* VM ready in \d+ ms, compiler in \d+ ms more/);
  mkdirSync(artifacts, { recursive: true });
  await p.screenshot({ path: join(artifacts, 'repl-console.png'), fullPage: true });
  // The DOM example: its button counts clicks.
  await p.selectOption('#examples', 'DOM: a button and a click handler');
  await p.waitForSelector('body[data-status="0"]', { timeout: 30_000 });
  await p.click('#playground button');
  await p.click('#playground button');
  assert.equal(await p.textContent('#playground button'), 'clicked 2 times');
  await p.screenshot({ path: join(artifacts, 'repl-dom-example.png'), fullPage: true });
  assert.deepEqual(errors, []);
  console.log(`# screenshots: ${join(artifacts, 'repl-console.png')}, repl-dom-example.png`);
  await p.close();
});

test("the REPL's examples: asyncio fetching two files at once, pystone fetched from the site; the build's speed figures", { skip }, async () => {
  const { p, errors } = await page();
  await p.goto(`${base}/index.html`);
  await p.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
  // Runs the example in the Run box and returns its output once the run ended.
  const example = async (name) => {
    await p.evaluate(() => delete document.body.dataset.status);
    await p.selectOption('#examples', name);
    await p.waitForSelector('body[data-status]', { timeout: 120_000 });
    assert.equal(await p.getAttribute('body', 'data-status'), '0', await p.textContent('#out'));
    return p.textContent('#out');
  };
  const size = (file) => readFileSync(join(dist, file), 'utf8').length;
  assert.equal(
    await example('asyncio: fetch two files of this site at once'),
    `manifest.json: HTTP 200, ${size('manifest.json').toLocaleString('en-US')} characters\n` +
      `index.html: HTTP 200, ${size('index.html').toLocaleString('en-US')} characters\nlargest file: ${largestAsset()}\n`,
  );
  // pystone.py is in dist/ when the build could fetch it (CI can: it must be there).
  if (existsSync(join(dist, 'pystone.py')) || process.env.PYGMY_REQUIRE_BROWSER) {
    const out = await example('pystone 1.2, three runs (fetched from this site)');
    const benched = JSON.parse(readFileSync(join(dist, 'figures.json'), 'utf8'));
    const ratio = benched ? `, [0-9.]+x CPython's best on the build machine \\(row ${benched.commit}\\)` : '';
    assert.match(out, new RegExp(`^(run [123]: [0-9,]+ pystones/s \\([0-9.]+ s\\)${ratio}\n){3}$`));
    if (benched) assert.equal(await p.getAttribute('#speed', 'data-commit'), benched.commit);
  } else {
    console.log('# dist/ has no pystone.py (the build could not fetch it): the pystone example is not run');
  }
  await p.screenshot({ path: join(artifacts, 'repl-pystone-example.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await p.close();
});

/** The file of the largest raw size in dist's manifest. */
function largestAsset() {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  return manifest.assets.reduce((a, b) => (b.raw > a.raw ? b : a)).file;
}

/** The Python blocks of README.md marked `<!-- page-example: NAME -->`, by name. */
function readmeExamples() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  return Object.fromEntries([...readme.matchAll(/<!-- page-example: (\w+) -->\n```python\n([^]*?)```\n/g)].map((m) => [m[1], m[2]]));
}

test("README.md's page examples (DOM, callback, fetch, input) run as written", { skip }, async () => {
  const examples = readmeExamples();
  assert.deepEqual(Object.keys(examples), ['dom', 'callback', 'fetch', 'input']);
  extra.set('/readme.html', Buffer.from('<!doctype html><link rel="icon" href="data:,"><p id="out"></p><ul></ul><button id="go">go</button>'));
  const { p, errors } = await page();
  await p.goto(`${base}/readme.html`);
  await p.evaluate(async () => {
    const { loadPygmy } = await import('/pygmy.mjs');
    window.printed = '';
    window.py = await loadPygmy({ stdout: (s) => (window.printed += s), stderr: (s) => (window.printed += s), input: async () => 'Ada' });
  });
  const run = (src) => p.evaluate((src) => window.py.run(src), src);
  const printed = () => p.evaluate(() => window.printed);

  assert.equal(await run(examples.dom), 0);
  assert.equal(await p.textContent('#out'), 'hello from Python');
  assert.deepEqual(await p.$$eval('ul li', (lis) => lis.map((li) => li.textContent)), ['one', 'two']);

  assert.equal(await run(examples.callback), 0);
  await p.click('#go');
  assert.equal(await p.textContent('#out'), 'click on go');
  await p.waitForFunction(() => window.printed.includes('later'));
  assert.equal(await printed(), 'a tenth of a second later\n');
  await p.evaluate(() => (window.printed = ''));

  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  assert.equal(await run(examples.fetch), 0);
  await p.waitForFunction(() => window.printed.includes('\n'), null, { timeout: 30_000 });
  assert.equal(await printed(), `bytes to first print: ${manifest.first_print.brotli_total}\n`);
  await p.evaluate(() => (window.printed = ''));

  assert.equal(await run(examples.input), 0);
  assert.equal(await printed(), 'Your name? Hello, Ada!\n');
  assert.deepEqual(errors, []);
  await p.close();
  extra.delete('/readme.html');
});
