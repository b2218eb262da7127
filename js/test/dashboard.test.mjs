// The dashboard (dist/dashboard.html, written by `cargo xtask dist` or `cargo xtask dashboard`)
// in headless Chromium: every chart drew non-empty SVG paths, the page logged no error and
// fetched nothing but itself. Saves a screenshot for CI to keep: target/artifacts/dashboard.png
// ($PYGMY_ARTIFACTS overrides the directory, $PYGMY_DASHBOARD the page).
//   node --test js/test/dashboard.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromiumSkip, launchChromium, requireChromium } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const page = resolve(process.env.PYGMY_DASHBOARD ?? join(root, 'dist/dashboard.html'));
const artifacts = resolve(process.env.PYGMY_ARTIFACTS ?? join(root, 'target/artifacts'));

const skip = chromiumSkip;
requireChromium(test, assert.fail);

test('the dashboard draws its charts without errors', { skip }, async () => {
  assert.ok(existsSync(page), `${page} is missing: cargo xtask dist (or cargo xtask dashboard --out ${page})`);
  const browser = await launchChromium();
  try {
    const p = await browser.newPage({ viewport: { width: 900, height: 800 } });
    const errors = [];
    const requests = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    p.on('request', (r) => requests.push(r.url()));
    await p.goto(pathToFileURL(page).href);
    const charts = await p.$$eval('figure.chart', (figures) =>
      figures.map((f) => {
        const svg = f.querySelector('svg');
        const paths = [...f.querySelectorAll('svg path')];
        const box = svg?.getBoundingClientRect();
        return {
          id: f.id,
          paths: paths.length,
          empty: paths.filter((p) => !(p.getAttribute('d') ?? '').trim()).length,
          drawn: paths.filter((p) => { const b = p.getBBox(); return b.width > 0 || b.height > 0; }).length,
          width: box?.width ?? 0,
        };
      }),
    );
    const ids = charts.map((c) => c.id);
    for (const id of ['first-print', 'assets', 'functions']) assert.ok(ids.includes(id), `no chart #${id} (charts: ${ids})`);
    for (const c of charts) {
      assert.ok(c.paths > 0 && c.empty === 0 && c.drawn > 0, `chart #${c.id}: ${c.paths} paths, ${c.empty} with an empty d, ${c.drawn} drawn`);
      assert.ok(c.width > 100, `chart #${c.id} is ${c.width}px wide`);
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(requests.filter((u) => u !== pathToFileURL(page).href), [], 'the page fetched something besides itself');
    mkdirSync(artifacts, { recursive: true });
    await p.screenshot({ path: join(artifacts, 'dashboard.png'), fullPage: true });
    console.log(`${charts.length} charts (${ids.join(', ')}); screenshot ${join(artifacts, 'dashboard.png')}`);
  } finally {
    await browser.close();
  }
});
