// Preloaded by `cargo xtask bench` into the Node CLI (node --import …/wasm-memory.mjs
// dist/pygmy.mjs app.py): keeps every wasm instance the loader creates and, at exit, writes
// the size in 64 KiB pages of the core's memory (the instance exporting `run_main`) to the
// file $PYGMY_BENCH_MEMORY_FILE, so the shipped loader carries no measuring code.
import { writeFileSync } from 'node:fs';

const instances = [];
const Instance = WebAssembly.Instance;
WebAssembly.Instance = new Proxy(Instance, {
  construct(target, args, newTarget) {
    const instance = Reflect.construct(target, args, newTarget);
    instances.push(instance);
    return instance;
  },
});

process.on('exit', () => {
  const file = process.env.PYGMY_BENCH_MEMORY_FILE;
  const core = instances.find((i) => typeof i.exports.run_main === 'function');
  if (!file || !core) return;
  writeFileSync(file, JSON.stringify({ core_pages: core.exports.memory.buffer.byteLength / 65536 }));
});
