// Time to first print under Node vs `node -e ''` and native CPython, measured side by side
// (interleaved rounds, medians) because this machine is shared and noisy.
//   node js/bench/startup.mjs [ROUNDS]      (after `cargo xtask dist`)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(process.env.PYGMY_DIST ?? join(root, 'dist'));
const rounds = Number(process.argv[2] ?? 15);
const hello = join(mkdtempSync(join(tmpdir(), 'pygmy-startup-')), 'hello.py');
writeFileSync(hello, 'print("hello")\n');
const cases = {
  "node -e ''": [process.execPath, ['-e', '']],
  'node dist/pygmy.mjs hello.py': [process.execPath, [join(dist, 'pygmy.mjs'), hello]],
  'python3 -c pass': ['python3', ['-c', 'pass']],
  'python3 hello.py': ['python3', [hello]],
};
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let i = 0; i < rounds; i++) {
  for (const [name, [cmd, args]] of Object.entries(cases)) {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    times[name].push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
  }
}
const median = (a) => a.sort((x, y) => x - y)[a.length >> 1];
const base = median([...times["node -e ''"]]);
for (const [name, t] of Object.entries(times)) {
  const m = median([...t]);
  console.log(`${name.padEnd(32)} median ${m.toFixed(1).padStart(7)} ms  min ${Math.min(...t).toFixed(1).padStart(7)} ms  (${(m - base >= 0 ? '+' : '') + (m - base).toFixed(1)} ms vs node -e)`);
}
