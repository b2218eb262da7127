// The Node CLI contract of dist/pygmy.mjs: `node dist/pygmy.mjs FILE.py [ARGS…]` has the
// streams and exit status of `pygmy run` (DESIGN.md section 2). Run after `cargo xtask dist`:
//   node --test js/test/node.test.mjs        (PYGMY_DIST=other/dist to test another one)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(process.env.PYGMY_DIST ?? join(root, 'dist'));
const loader = join(dist, 'pygmy.mjs');
const work = mkdtempSync(join(tmpdir(), 'pygmy-node-test-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

function run(args, { input = '', cwd = root, loaderPath = loader } = {}) {
  const r = spawnSync(process.execPath, [loaderPath, ...args], { cwd, input, encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** A copy of dist/ under `work/name` whose file matching `pattern` has its last bit flipped. */
function tamperedCopy(name, pattern) {
  const copy = join(work, name);
  cpSync(dist, copy, { recursive: true });
  const file = join(copy, readdirSync(copy).find((f) => pattern.test(f)));
  const bytes = readFileSync(file);
  bytes[bytes.length - 1] ^= 1;
  writeFileSync(file, bytes);
  return copy;
}

function program(name, src) {
  const p = join(work, name);
  writeFileSync(p, src);
  return p;
}

test('hello world: stdout and status 0', () => {
  const r = run([program('hello.py', 'print("hello", 1 + 2)\n')]);
  assert.equal(r.stdout, 'hello 3\n');
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
});

test('sys.argv is FILE then the arguments', () => {
  const p = program('argv.py', 'import sys\nprint(sys.argv)\n');
  assert.equal(run([p, 'a', '-b', '--c']).stdout, `['${p}', 'a', '-b', '--c']\n`);
});

test('sys.exit(n) is the exit status; sys.exit("msg") prints msg and exits 1', () => {
  assert.equal(run([program('exit3.py', 'print("x")\nimport sys\nsys.exit(3)\n')]).status, 3);
  const r = run([program('exitmsg.py', 'import sys\nsys.exit("bye now")\n')]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, 'bye now\n');
});

test('uncaught exception: traceback on stderr, last line ExcType: message, status 1', () => {
  const r = run([program('boom.py', 'def f():\n    raise ValueError("boom")\nprint("before")\nf()\n')]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, 'before\n');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines[0], 'Traceback (most recent call last):');
  assert.equal(lines.at(-1), 'ValueError: boom');
  assert.match(r.stderr, /line 2, in f\n    raise ValueError\("boom"\)/);
});

test('a SyntaxError in the main file is reported like CPython, status 1', () => {
  const r = run([program('bad.py', 'x = (1,\n')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr.trimEnd().split('\n').at(-1), /^SyntaxError: '\(' was never closed$/);
});

test('stdout is flushed before stderr is written', () => {
  const p = program('order.py', 'import sys\nprint("out 1")\nprint("err 1", file=sys.stderr)\nprint("out 2")\n');
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${loader}" "${p}" 2>&1`], { encoding: 'utf8' });
  assert.equal(r.stdout, 'out 1\nerr 1\nout 2\n');
});

test('input() reads stdin lines; EOF raises EOFError', () => {
  const p = program('input.py', 'a = input("name? ")\nprint("hi", a)\ntry:\n    input()\nexcept EOFError:\n    print("eof")\n');
  assert.equal(run([p], { input: 'pygmy\n' }).stdout, 'name? hi pygmy\neof\n');
});

test('sibling modules and packages import from the script directory', () => {
  const expected = readFileSync(join(root, 'tests/py/imports/import_basic.out'), 'utf8');
  assert.equal(run(['tests/py/imports/import_basic.py']).stdout, expected);
});

test('exec/eval/compile use the compiler chunk at run time', () => {
  const r = run([program('exec.py', 'exec("x = 6 * 7")\nprint(x, eval("x + 1"), compile("1", "<s>", "eval").co_filename)\n')]);
  assert.equal(r.stdout, '42 43 <s>\n');
});

test('deep recursion ends in RecursionError, not a crash', () => {
  const r = run([program('deep.py', 'import sys\ndef f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print("RecursionError", e)\n')]);
  assert.equal(r.stdout, 'RecursionError maximum recursion depth exceeded\n');
  assert.equal(r.status, 0);
});

test('a missing file is status 2 with the message of pygmy run', () => {
  const r = run(['no/such/file.py']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, "pygmy: can't open file 'no/such/file.py': [Errno 2] No such file or directory\n");
});

test('CPython-blessed programs give the blessed output', () => {
  for (const t of ['functions/closures_cells', 'functions/args_kwargs', 'functions/lambdas', 'imports/packages']) {
    const py = join(root, 'tests/py', `${t}.py`);
    let out;
    try {
      out = readFileSync(py.replace(/\.py$/, '.out'), 'utf8');
    } catch {
      continue; // the suite is renamed under us: the conformance harness covers the rest
    }
    assert.equal(run([py]).stdout, out, t);
  }
});

test('a tampered wasm file is refused before it is used', () => {
  const copy = tamperedCopy('dist', /^pygmy-vm\..*\.wasm$/);
  const r = run([program('t.py', 'print(1)\n')], { loaderPath: join(copy, 'pygmy.mjs') });
  assert.notEqual(r.status, 0);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /failed its integrity check/);
});

test('native chunks: none loads for hello; an import or a first call loads one', () => {
  const env = { ...process.env, PYGMY_TRACE_CHUNKS: '1' };
  const traced = (src) => spawnSync(process.execPath, [loader, program('chunks.py', src)], { cwd: root, encoding: 'utf8', env });
  const hello = traced('print("hello", 2.5, [1], {"a": (1,)})\n');
  assert.equal(hello.stdout, "hello 2.5 [1] {'a': (1,)}\n");
  // PYGMY_TRACE_CHUNKS also marks the first output (what `pygmy build` counts chunks up to).
  assert.equal(hello.stderr, 'pygmy: first output\n', 'printing hello loads no native chunk');
  const used = traced('import zlib\nprint(zlib.crc32(b"abc"), b"ab".hex(), 1 + 2j)\n');
  assert.equal(used.stdout, '891568578 6162 (1+2j)\n');
  assert.match(used.stderr, /loaded native chunk zlib\n/);
  assert.match(used.stderr, /loaded native chunk bytes\n/, "bytes.hex() is in the bytes types' chunk");
  assert.match(used.stderr, /loaded native chunk cold\n/, "complex's repr is in the chunk of rarely used core code");
});

test('a tampered native chunk is refused: ImportError naming the integrity check', () => {
  // _json's init is in its chunk (zlib's and itertools' are in the core since issue 7's
  // ratio work: their chunks load at a first call, where a refusal is an internal error).
  const copy = tamperedCopy('dist-native', /^pygmy-json\..*\.wasm$/);
  const r = run([program('z.py', 'print(1)\nimport _json\n')], { loaderPath: join(copy, 'pygmy.mjs') });
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '1\n');
  assert.match(r.stderr, /ImportError: the code of native module '_json' could not be loaded: pygmy: pygmy-json\..*\.wasm failed its integrity check/);
});

test('a chunk refused in the middle of a call is an internal error, after what was printed before', () => {
  // zlib's module is created by the core: its chunk first loads at zlib.crc32.
  const copy = tamperedCopy('dist-native-call', /^pygmy-zlib\..*\.wasm$/);
  const r = run([program('zc.py', 'print(1)\nimport zlib\nprint(zlib.crc32(b"x"))\n')], { loaderPath: join(copy, 'pygmy.mjs') });
  assert.equal(r.status, 70);
  assert.equal(r.stdout, '1\n');
  assert.match(r.stderr, /pygmy-zlib\..*\.wasm failed its integrity check/);
});

test('a wasm trap (as a Rust panic is in the shipped build) is one line on stderr, status 70', () => {
  // A stand-in core whose `init` is `unreachable`, put into a copy of dist/ with its sha384.
  const copy = join(work, 'dist-trap');
  cpSync(dist, copy, { recursive: true });
  const vm = readdirSync(copy).find((f) => /^pygmy-vm\..*\.wasm$/.test(f));
  const ascii = (s) => [...s].map((c) => c.charCodeAt(0));
  const trap = Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // magic, version 1
    ...[0x01, 0x04, 0x01, 0x60, 0x00, 0x00], // types: () -> ()
    ...[0x03, 0x02, 0x01, 0x00], // functions: one of type 0
    ...[0x05, 0x03, 0x01, 0x00, 0x01], // memory: one page
    ...[0x07, 0x11, 0x02, 0x06, ...ascii('memory'), 0x02, 0x00, 0x04, ...ascii('init'), 0x00, 0x00], // exports
    ...[0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b], // code: unreachable
  ]);
  writeFileSync(join(copy, vm), trap);
  const integrity = 'sha384-' + createHash('sha384').update(trap).digest('base64');
  const loaderPath = join(copy, 'pygmy.mjs');
  const table = `{"file":"${vm}","integrity":"`;
  const src = readFileSync(loaderPath, 'utf8');
  const at = src.indexOf(table) + table.length;
  assert.ok(at > table.length, 'the file table names the core');
  writeFileSync(loaderPath, src.slice(0, at) + integrity + src.slice(src.indexOf('"', at)));
  const r = run([program('t.py', 'print(1)\n')], { loaderPath });
  assert.equal(r.stderr, 'pygmy: internal error (wasm trap: unreachable)\n');
  assert.equal(r.stdout, '');
  assert.equal(r.status, 70);
});

test('the core wasm has no compiler code (names map), the compiler chunk has', () => {
  const names = readdirSync(join(dist, 'names'));
  const core = readFileSync(join(dist, 'names', names.find((f) => f.startsWith('pygmy-vm.'))), 'utf8');
  const chunk = readFileSync(join(dist, 'names', names.find((f) => f.startsWith('pygmy-compiler.'))), 'utf8');
  assert.ok(core.includes('\tpygmy_vm::'), 'the core names map lists VM functions');
  assert.doesNotMatch(core, /\t<?(pygmy_compiler|rustpython_ruff_python_parser)::/);
  assert.match(chunk, /\tpygmy_compiler::/);
});
