// The `js` module under Node (js/README.md, "The js module"): Python snippets run through
// dist/pygmy.mjs's loadPygmy in this process, so the test can look at both sides. Run after
// `cargo xtask dist`:  node --test js/test/js.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(process.env.PYGMY_DIST ?? join(root, 'dist'));
const { loadPygmy } = await import(pathToFileURL(join(dist, 'pygmy.mjs')).href);
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
const work = mkdtempSync(join(tmpdir(), 'pygmy-js-test-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

let out = '', err = '';
const py = await loadPygmy({ stdout: (s) => (out += s), stderr: (s) => (err += s) });
/** Runs `src` as __main__; its stdout, stderr and status. */
async function run(src) {
  out = err = '';
  const status = await py.run(src);
  return { out, err, status };
}
async function expect(src, stdout) {
  const r = await run(src);
  assert.equal(r.err, '');
  assert.equal(r.out, stdout);
  assert.equal(r.status, 0);
}
/** Lets FinalizationRegistry callbacks run after a full GC. */
async function collect() {
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('attributes, calls with this, new, globals', async () => {
  globalThis.box = { n: 1, s: 'x', add(k) { return this.n + k; } };
  await expect(
    `import js
from js import box, Math
print(box.n, box.s, box.add(41), Math.max(1, 5, 3))
box.n = 10
box.extra = [1, "two"]
print(box.add(1), js.box.extra.length, hasattr(box, "nope"), hasattr(box, "n"))
del box.s
print(hasattr(box, "s"))
d = js.Date.new(2020, 0, 2)
print(d.getFullYear(), d.getDate(), d.typeof())
print(js.globalThis.Array.isArray(js.to_js([1])))
try:
    js.nonexistent_global
except AttributeError as e:
    print(e)
`,
    "1 x 42 5\n11 2 False True\nFalse\n2020 2 object\nTrue\nmodule 'js' has no attribute 'nonexistent_global'\n",
  );
  assert.deepEqual(globalThis.box.extra, [1, 'two']);
  assert.equal('s' in globalThis.box, false);
});

test('indexing, iteration, len, in, truthiness, identity, repr', async () => {
  globalThis.arr = [10, 20, 30];
  globalThis.m = new Map([['a', 1]]);
  globalThis.o1 = {};
  await expect(
    `import js
a = js.arr
print(a[0], a[2], len(a), 20 in a, 99 in a, list(a), [x * 2 for x in a])
a[1] = 21
print(a[1], js.arr[1])
print(len(js.m), "a" in js.m, list(js.m.keys()), list(js.m))
print(bool(js.to_js([])), bool(a), bool(js.o1), bool(js.m))
print(js.o1 == js.o1, js.o1 == js.arr, js.o1 != js.arr, js.o1 is js.o1, {js.o1: 1}[js.o1])
print(repr(a), repr(js.o1), repr(js.Math.max), repr(js.null))
`,
    "10 30 3 True False [10, 20, 30] [20, 40, 60]\n21 21\n1 True ['a'] [a,1]\n" +
      'False True True True\nTrue False True False 1\n10,21,30 [object Object] [function max] null\n',
  );
});

test('conversions: None, null, undefined, bool, int, BigInt, float, str, bytes, list, dict, to_py', async () => {
  globalThis.probe = (v) => `${typeof v}:${v instanceof Uint8Array ? 'Uint8Array ' + [...v] : Array.isArray(v) ? 'Array ' + JSON.stringify(v) : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`;
  globalThis.values = { u: undefined, n: null, t: true, i: 7, f: 1.5, big: 2n ** 70n, neg0: -0, s: 'sé', arr: [1, [2, { k: 'v' }]], bytes: new Uint8Array([1, 2, 255]) };
  await expect(
    `import js
p = js.probe
print(p(None), p(True), p(False), p(2**53), p(2**53 + 1), p(-(2**60)), p(0.25), p("é"))
print(p(b"\\x01\\xff"), p(bytearray(b"ab")), p([1, "a", None, [2]]), p((1, 2)), p({"a": 1, "b": [True]}))
v = js.values
print(v.u, v.n, v.n is js.null, js.null, v.t, v.i, type(v.i).__name__, v.f, v.big, type(v.big).__name__, v.neg0, v.s)
print(js.undefined is None, bool(js.null))
print(v.arr.to_py(), v.bytes.to_py(), js.to_js({"x": [1, 2]}).to_py(), v.to_py()["s"])
print(js.to_js(5), js.to_js(None))
`,
    'undefined:undefined boolean:true boolean:false number:9007199254740992 bigint:9007199254740993 bigint:-1152921504606846976 number:0.25 string:é\n' +
      'object:Uint8Array 1,255 object:Uint8Array 97,98 object:Array [1,"a",null,[2]] object:Array [1,2] object:{"a":1,"b":[true]}\n' +
      'None null True null True 7 int 1.5 1180591620717411303424 int -0.0 sé\n' +
      'True False\n' +
      "[1, [2, {'k': 'v'}]] b'\\x01\\x02\\xff' {'x': [1, 2]} sé\n" +
      '5 None\n',
  );
});

test('JS exceptions raise js.JsException carrying the JS error', async () => {
  globalThis.thrower = () => {
    throw new RangeError('too far');
  };
  globalThis.throwsString = () => {
    throw 'plain';
  };
  await expect(
    `import js
try:
    js.thrower()
except js.JsException as e:
    print(type(e).__name__, e, "|", e.name, e.message, e.js_error.name, isinstance(e, Exception))
try:
    js.throwsString()
except js.JsException as e:
    print(e, e.js_error, e.name)
try:
    js.null.x
except js.JsException as e:
    print(e.name)
try:
    js.Math.max.new()
except js.JsException as e:
    print(e.name)
try:
    js.Reflect.apply(js.box, None, js.to_js([]))
except js.JsException as e:
    print(e.name, type(e.js_error).__name__)
`,
    'JsException RangeError: too far | RangeError too far RangeError True\nplain plain None\nTypeError\nTypeError\nTypeError JsProxy\n',
  );
});

test('Python exceptions: PythonError in JS with the traceback; back in Python, the same exception', async () => {
  await expect(
    `import js
def bad(x):
    raise ValueError(f"no {x}")
js.globalThis.bad = bad
class Mine(Exception):
    pass
def mine(*args):
    raise Mine(args[0])
try:
    js.to_js([1, 2]).forEach(mine)
except Mine as e:
    print("back in Python:", type(e).__name__, e)
`,
    'back in Python: Mine 1\n',
  );
  assert.throws(
    () => globalThis.bad(3),
    (e) => e.name === 'PythonError' && /Traceback \(most recent call last\):\n/.test(e.message) && /in bad\n/.test(e.message) && e.message.endsWith('ValueError: no 3\n'),
  );
});

test('Python callables as JS functions: arguments, results, this, identity', async () => {
  await expect(
    `import js
def add(a, b=0):
    return [a + b, a * b]
js.globalThis.add = add
js.globalThis.add2 = add
print(js.add is add, js.globalThis.add2 is add)
h = js.create_proxy(add)
print(type(h).__name__, h(4, 5).to_py(), h is js.create_proxy(h), js.Object.assign(js.Object.new(), a=1, b="x").b)
`,
    'True True\nJsProxy [9, 20] True x\n',
  );
  assert.deepEqual(globalThis.add(1, 2), [3, 2]);
  assert.equal(globalThis.add, globalThis.add2, 'one Python object, one JS function');
});

test('callbacks keep working after the run: setTimeout and promise handlers', async () => {
  globalThis.ticked = 0;
  await expect(
    `import js
seen = []
def tick(x):
    js.globalThis.ticked += x
js.setTimeout(tick, 1, 5)
js.Promise.resolve(7).then(tick)
`,
    '',
  );
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(globalThis.ticked, 12);
});

test('10,000 callbacks: handles and the Python registry return to baseline (destroy and FinalizationRegistry)', async () => {
  await collect();
  const stats = 'import gc, js\ngc.collect()\nprint(*js._stats())';
  await run(stats);
  const [h0, p0] = out.trim().split(' ').map(Number);
  const base = py.jsStats();
  // Explicit release: create_proxy + destroy, and the with-block.
  await expect(
    `import gc, js
target = js.EventTarget.new()
for i in range(5000):
    f = js.create_proxy(lambda e, i=i: None)
    target.addEventListener("x", f)
    target.removeEventListener("x", f)
    f.destroy()
for i in range(5000):
    with js.create_proxy(lambda *a: None) as f:
        js.to_js([i]).forEach(f)
del f, target
gc.collect()
print(*js._stats())
`,
    `${h0} ${p0}\n`,
  );
  // Dropped by JS without destroy(): the FinalizationRegistry releases them.
  await expect(
    `import js
holder = js.Object.new()
for i in range(5000):
    holder.cb = lambda i=i: i
    js.Promise.resolve(i).then(lambda v: None)
del holder
`,
    '',
  );
  await collect();
  await run(stats);
  assert.equal(out, `${h0} ${p0}\n`);
  assert.deepEqual(py.jsStats(), base);
});

test('the CLI waits for callbacks after an import of js, with the exit status of the program', () => {
  const p = join(work, 'timer.py');
  writeFileSync(p, 'import js, sys\njs.setTimeout(lambda: print("later"), 5)\nprint("now")\nsys.exit(3)\n');
  const r = spawnSync(process.execPath, [join(dist, 'pygmy.mjs'), p], { encoding: 'utf8' });
  assert.equal(r.stdout, 'now\n');
  assert.equal(r.status, 3);
  writeFileSync(p, 'import js\njs.setTimeout(lambda: print("later"), 5)\nprint("now")\n');
  const r2 = spawnSync(process.execPath, [join(dist, 'pygmy.mjs'), p], { encoding: 'utf8' });
  assert.equal(r2.stdout, 'now\nlater\n');
  assert.equal(r2.status, 0);
});

test('natively, import js is a ModuleNotFoundError that says why', { skip: !existsSync(join(root, 'target/release/pygmy')) }, () => {
  const p = join(work, 'native.py');
  writeFileSync(p, 'import js\n');
  const r = spawnSync(join(root, 'target/release/pygmy'), ['run', p], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /ModuleNotFoundError: No module named 'js': the js module exists only under a JavaScript host/);
});
