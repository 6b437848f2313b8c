// The portal's benchmark (issue 7), run by scripts/bench.sh after it has
// built the portal and the baseline app. It reports figures and never fails
// on speed: a measurement that cannot be made is reported as "failed: …".
//
//   node bench/run.mjs --portal <dist> --baseline <dist> [--validate <binary>]
//                      [--out bench/out] [--doc docs/BENCHMARK.md]
//   node bench/run.mjs --from bench/out/results.json   (only rewrites the report)
//
// Environment: BENCH_SCALES (default 1,10,100,1000), BENCH_RUNS (timed runs
// per interaction, default 7), BENCH_LIGHTHOUSE_RUNS (default 3).
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';

import { chromium } from 'playwright-core';

import { startServer, publicPathOf } from '../tests/e2e/support/server.mjs';
import { CHROMIUM } from '../tests/e2e/support/browser.mjs';
import { synthesize, check, serialize, COLLECTIONS } from './synth.mjs';
import { sizeByCrate } from './wasm-size.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

// ---------------------------------------------------------------------------
// Settings.

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const PORTAL_DIST = path.resolve(args.portal ?? 'dist');
const BASELINE_DIST = path.resolve(args.baseline ?? 'bench/baseline/dist');
const OUT = path.resolve(args.out ?? 'bench/out');
const DOC = path.resolve(args.doc ?? 'docs/BENCHMARK.md');
const VALIDATE = args.validate ? path.resolve(args.validate) : null;
// The portal's wasm with its function names kept through wasm-opt, for the size by crate.
const WASM_NAMES = args['wasm-names'] ? path.resolve(args['wasm-names']) : null;
const SCALES = (process.env.BENCH_SCALES ?? '1,10,100,1000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const DETAIL_PAGE = 'en/parks/chengdu-hi-tech-zone/';
const LIST_PAGES = ['parks', 'agreements', 'events', 'organisations', 'sources'];
const SEARCH_QUERIES = ['chengdu', 'innovation', 'forum', 'sophia', '成都', 'coopération'];
// Chromium's own flags for Lighthouse (a fresh --user-data-dir is added per run).
const LIGHTHOUSE_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync',
];
const BROWSER_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
];

const log = (...m) => console.error('bench:', ...m);
mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------------------
// Small helpers.

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** A figure or why there is none: `{ value }` or `{ failed: 'reason' }`. */
const ok = (value, extra = {}) => ({ value, ...extra });
const failed = (error) => ({
  failed: String(error?.message ?? error).split('\n')[0].replace(/^[\w.]+: (Error: )?/, '').slice(0, 300),
});
async function attempt(what, fn) {
  try {
    return await fn();
  } catch (error) {
    log(`${what} failed: ${error?.message ?? error}`);
    return failed(error);
  }
}

function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: 11,
        [zlib.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: BROWSER_FLAGS });
}

// Injected into every page before its own scripts: keeps the wasm exports
// Trunk announces (for the memory figure), the time the first page heading
// appears, and `__bench.time(act, done, timeout)`, which runs `act`, waits
// until `done()` holds (checked on every DOM change), then for the next frame
// to be painted (a requestAnimationFrame callback, then a task after it), and
// resolves with the milliseconds since `act` began.
function pageInstruments() {
  // shownAt: a page heading is on screen (the page start in the HTML, where
  // there is one); readyAt: the app has taken over and shows the page.
  const bench = (window.__bench = { wasm: null, shownAt: null, readyAt: null });
  addEventListener('TrunkApplicationStarted', (e) => { bench.wasm = e.detail?.wasm ?? null; });
  const shown = new MutationObserver(() => {
    const heading = document.querySelector('main h1');
    if (bench.shownAt === null && heading) bench.shownAt = performance.now();
    if (bench.readyAt === null && heading && !document.getElementById('prerendered')) {
      bench.readyAt = performance.now();
      shown.disconnect();
    }
  });
  shown.observe(document, { subtree: true, childList: true });
  bench.nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  }));
  bench.time = (act, done, timeout) => new Promise((resolve, reject) => {
    let settled = false;
    let observer = null;
    let timer = null;
    const t0 = performance.now();
    const check = () => {
      let holds = false;
      try { holds = done(); } catch { holds = false; }
      if (!holds || settled) return;
      settled = true;
      observer.disconnect();
      clearTimeout(timer);
      // Also when the main thread is free again (the app's own work, without
      // the wait for the next frame): a task posted now runs after it.
      const work = new Promise((done) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now());
        channel.port2.postMessage(null);
      });
      bench.nextFrame().then(async (t1) => { bench.lastWork = (await work) - t0; resolve(t1 - t0); });
    };
    observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    // Also once a frame, for a condition that becomes true without a DOM change.
    const poll = () => { check(); if (!settled) requestAnimationFrame(poll); };
    requestAnimationFrame(poll);
    timer = setTimeout(() => {
      if (!settled) { settled = true; observer.disconnect(); reject(new Error(`no change within ${timeout} ms`)); }
    }, timeout);
    act();
    check();
  });
  bench.elements = () => document.getElementsByTagName('*').length;
  // The exports have short names (scripts/compact-app.mjs): the memory is the one Memory.
  bench.wasmMemory = () => Object.values(bench.wasm ?? {}).find((v) => v instanceof WebAssembly.Memory)?.buffer?.byteLength ?? null;
}

// The portal's offline worker is blocked except where its bytes are counted:
// it would otherwise download the build again in the background of every
// measurement, and answer requests that `page.route` then never sees.
async function newPage(browser, { datasetUrl, serviceWorkers = 'block' } = {}) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 }, serviceWorkers });
  const page = await context.newPage();
  page.problems = [];
  // Settles (rejects) on the first panic, uncaught error or crash.
  page.fatal = new Promise((_, reject) => {
    page.on('console', (m) => {
      if (m.type() === 'error') page.problems.push(m.text());
      if (/panicked at/.test(m.text())) reject(new Error(`Rust panic: ${m.text().split('\n').slice(0, 2).join(' ')}`));
    });
    page.on('pageerror', (e) => { page.problems.push(e.message); reject(new Error(`page error: ${e.message}`)); });
    page.on('crash', () => reject(new Error('the page crashed (out of memory?)')));
  });
  page.fatal.catch(() => {});
  await page.addInitScript(pageInstruments);
  if (datasetUrl) {
    // The synthetic dataset in place of the shipped one. Not `route.fulfill`:
    // Playwright hands a fulfilled body to Chromium in one DevTools message,
    // and at 1,000× (137 MB) that disconnects the browser. Redirected this way
    // the page still asks for data/portal.json, and the body comes over HTTP
    // from the benchmark's server, as the real file does.
    await page.route('**/data/portal.json', (route) => route.continue({ url: datasetUrl }));
  }
  return page;
}

/**
 * Waits until the app shows a page or its data error, and returns 'page' or
 * what the error says (the validator's first problem where it lists them).
 * Rejects at once on a Rust panic or a crash instead of waiting for `timeout`.
 */
async function started(page, timeout) {
  await Promise.race([
    page.waitForFunction(
      () => document.querySelector('.data-error') || (window.__bench.readyAt !== null && document.querySelector('main h1')),
      null, { timeout, polling: 50 },
    ),
    page.fatal,
  ]);
  return page.evaluate(() => {
    const error = document.querySelector('.data-error');
    if (!error) return 'page';
    const detail = error.querySelector('code') ?? error.querySelector('p');
    return `the app shows its data error: ${detail.textContent.replace(/\s+/g, ' ').trim()}`;
  });
}

/** Client-side navigation to `href` (a link the router intercepts), timed to the next frame showing it. */
function navigate(page, href, timeout) {
  return page.evaluate(([target, limit]) => {
    const before = document.querySelector('main h1');
    const beforeText = before?.textContent;
    const url = new URL(target, document.baseURI);
    const link = document.querySelector(`.site-nav a[href="${url.pathname}"]`) ?? Object.assign(document.createElement('a'), { href: url.href });
    const injected = !link.isConnected;
    return window.__bench.time(
      () => { if (injected) document.body.append(link); link.click(); if (injected) link.remove(); },
      // The router renders the new page before it updates the address. Two
      // pages of the same skeleton (two lists) keep the heading element and
      // change its text.
      () => {
        const h1 = document.querySelector('main h1');
        return h1 && (h1 !== before || h1.textContent !== beforeText);
      },
      limit,
    );
  }, [href, timeout]);
}

// ---------------------------------------------------------------------------
// 3. Bytes of a first visit.

function typeOf(url, contentType) {
  const p = new URL(url).pathname;
  if (p.endsWith('/data/portal.json')) return 'dataset JSON';
  if (p.endsWith('.wasm') || contentType.includes('wasm')) return 'wasm';
  if (p.endsWith('.js') || contentType.includes('javascript')) return 'JS';
  if (p.endsWith('.css') || contentType.includes('css')) return 'CSS';
  if (p.endsWith('/') || p.endsWith('.html') || contentType.includes('html')) return 'HTML';
  return 'other';
}
const TYPES = ['HTML', 'JS', 'wasm', 'CSS', 'dataset JSON', 'other', 'service worker'];

async function firstVisit(browser, url) {
  // With the offline worker allowed: on a first visit it downloads its script
  // and what it keeps for later.
  const page = await newPage(browser, { serviceWorkers: 'allow' });
  const responses = [];
  const workerRequests = new Set();
  page.on('response', (r) => responses.push(r));
  page.context().on('request', (r) => { if (r.serviceWorker()) workerRequests.add(r.url()); });
  await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
  await started(page, 60_000);
  await page.waitForLoadState('networkidle');
  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker?.getRegistration();
    if (!registration) return false;
    // Active once its install step has kept every file it lists.
    await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 60_000))]);
    return true;
  });
  if (worker) await page.waitForTimeout(500);
  const files = [];
  for (const r of responses) {
    if (r.status() >= 300 && r.status() < 400) continue;
    const body = await r.body().catch(() => null);
    if (!body) continue;
    files.push({ url: r.url(), status: r.status(), type: typeOf(r.url(), r.headers()['content-type'] ?? ''), ...sizes(body) });
  }
  // The worker's requests: Playwright gives their URLs, not their bodies, so
  // those are read again from the server. A file the page loaded already is
  // not counted twice (a host that lets browsers cache, as GitHub Pages does,
  // answers the worker from the browser's cache).
  const loaded = new Set(files.map((f) => f.url));
  const refetched = [...workerRequests].filter((u) => loaded.has(u));
  for (const u of workerRequests) {
    if (loaded.has(u)) continue;
    const body = Buffer.from(await (await fetch(u)).arrayBuffer());
    files.push({ url: u, status: 200, type: 'service worker', ...sizes(body) });
  }
  await page.context().close();
  const byType = {};
  for (const t of [...TYPES, 'total']) byType[t] = { raw: 0, gzip: 0, brotli: 0, files: 0 };
  for (const f of files) {
    for (const t of [f.type, 'total']) {
      byType[t].raw += f.raw; byType[t].gzip += f.gzip; byType[t].brotli += f.brotli; byType[t].files += 1;
    }
  }
  return { files, byType, workerRefetched: refetched.length };
}

// ---------------------------------------------------------------------------
// 4. Lighthouse (its CLI, in its own Chromium).

function runLighthouse(url, file) {
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-lighthouse-'));
  const cli = path.join(HERE, 'node_modules/lighthouse/cli/index.js');
  const argv = [
    cli, url, '--quiet', '--output=json', `--output-path=${file}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=${[...LIGHTHOUSE_FLAGS, `--user-data-dir=${profile}`].join(' ')}`,
  ];
  return new Promise((resolve, reject) => {
    // Asynchronous: the pages are served by this very process.
    const child = spawn(process.execPath, argv, {
      env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(profile, { recursive: true, force: true });
      if (code !== 0) return reject(new Error(`lighthouse exited ${code}: ${stderr.trim().split('\n').pop()}`));
      const report = JSON.parse(readFileSync(file, 'utf8'));
      if (report.runtimeError) return reject(new Error(report.runtimeError.message));
      const score = (c) => Math.round(report.categories[c].score * 100);
      const audit = (a) => report.audits[a].numericValue;
      resolve({
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        FCP: audit('first-contentful-paint'),
        LCP: audit('largest-contentful-paint'),
        TBT: audit('total-blocking-time'),
        CLS: audit('cumulative-layout-shift'),
        version: report.lighthouseVersion,
        formFactor: report.configSettings.formFactor,
      });
    });
  });
}

/** The median of each figure over `LIGHTHOUSE_RUNS` runs. */
async function lighthouse(url, name) {
  if (LIGHTHOUSE_RUNS < 1) throw new Error('skipped (BENCH_LIGHTHOUSE_RUNS=0)');
  const runs = [];
  for (let i = 1; i <= LIGHTHOUSE_RUNS; i += 1) {
    log(`lighthouse ${name} run ${i}/${LIGHTHOUSE_RUNS}`);
    runs.push(await runLighthouse(url, path.join(OUT, `lighthouse-${name}-${i}.json`)));
  }
  const out = { runs: runs.length, version: runs[0].version, formFactor: runs[0].formFactor };
  for (const k of ['performance', 'accessibility', 'best-practices', 'seo', 'FCP', 'LCP', 'TBT', 'CLS']) {
    out[k] = median(runs.map((r) => r[k]));
  }
  return out;
}

// ---------------------------------------------------------------------------
// 5. The largest page, and interaction timing on it.

/** Element counts of every list and detail page, visited client-side from the home page. */
async function pageSizes(browser, server, dataset) {
  const page = await newPage(browser);
  await page.goto(server.url('en/'));
  await started(page, 60_000);
  const paths = [
    ...LIST_PAGES.map((l) => `en/${l}/`),
    ...['parks', 'agreements', 'events', 'organisations'].flatMap((c) => dataset[c].map((r) => `en/${c}/${r.id}/`)),
  ];
  const counts = {};
  for (const p of paths) {
    await navigate(page, server.url(p), 30_000);
    counts[p] = await page.evaluate(() => window.__bench.nextFrame().then(() => window.__bench.elements()));
  }
  await page.context().close();
  return counts;
}

async function interactions(browser, server, largest) {
  const switchTimes = [];
  const linkTimes = [];
  const switchWork = [];
  const linkWork = [];
  const lastWork = (page) => page.evaluate(() => window.__bench.lastWork);
  for (let i = 0; i < RUNS; i += 1) {
    const page = await newPage(browser);
    await page.goto(server.url(largest));
    await started(page, 60_000);
    switchTimes.push(await page.evaluate(() => {
      const link = document.querySelector('.language-switcher a[hreflang="fr"]');
      const before = document.querySelector('main').textContent;
      return window.__bench.time(
        () => link.click(),
        () => document.documentElement.lang === 'fr' && document.querySelector('main').textContent !== before,
        30_000,
      );
    }));
    switchWork.push(await lastWork(page));
    await page.goto(server.url(largest));
    await started(page, 60_000);
    // The header's link to the home page (or, on the home page, to the parks).
    const target = largest === 'en/' ? 'en/parks/' : 'en/';
    linkTimes.push(await navigate(page, server.url(target), 30_000));
    linkWork.push(await lastWork(page));
    await page.context().close();
  }
  return {
    languageSwitch: median(switchTimes), internalLink: median(linkTimes), switchTimes, linkTimes,
    languageSwitchWork: median(switchWork), internalLinkWork: median(linkWork),
  };
}

async function baselineFigures(browser, server) {
  const linkTimes = [];
  const linkWork = [];
  const shown = [];
  let memory = null;
  let elements = null;
  for (let i = 0; i < RUNS; i += 1) {
    const page = await newPage(browser);
    await page.goto(server.url(''));
    await started(page, 60_000);
    shown.push(await page.evaluate(() => window.__bench.readyAt));
    memory = await page.evaluate(() => window.__bench.wasmMemory());
    elements = await page.evaluate(() => window.__bench.elements());
    linkTimes.push(await navigate(page, server.url('about/'), 30_000));
    linkWork.push(await page.evaluate(() => window.__bench.lastWork));
    await page.context().close();
  }
  return { internalLink: median(linkTimes), internalLinkWork: median(linkWork), shown: median(shown), memory, elements };
}

// ---------------------------------------------------------------------------
// 6. Scale.

// Where the portal's server answers with the synthetic datasets, and how often it did.
const SYNTHETIC = '/__bench/data/';
const syntheticRequests = new Map();

/** A `startServer` interceptor streaming `dir`'s files under SYNTHETIC. */
function serveSynthetic(dir) {
  return (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (!pathname.startsWith(SYNTHETIC)) return false;
    const file = path.join(dir, path.basename(pathname));
    if (!existsSync(file)) return false;
    syntheticRequests.set(path.basename(file), (syntheticRequests.get(path.basename(file)) ?? 0) + 1);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(res);
    return true;
  };
}

function validateNatively(file) {
  if (!VALIDATE) return failed('validator not built (run through scripts/bench.sh)');
  const t0 = performance.now();
  const run = spawnSync(VALIDATE, [file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  const lastLine = `${run.stdout ?? ''}`.trim().split('\n').pop() ?? '';
  const firstLine = `${run.stdout ?? ''}`.trim().split('\n')[0] ?? '';
  if (run.status === 0) return ok(ms, { verdict: 'valid' });
  return { failed: `exit ${run.status}: ${firstLine.replace(/^\$: /, '')}`.slice(0, 160), ms, lastLine };
}

async function scale(browser, server, copies) {
  const datasetUrl = `${server.origin}${SYNTHETIC}portal-${copies}x.json`;
  const heavy = copies >= 100;
  const startTimeout = copies >= 1000 ? 600_000 : 180_000;
  const actTimeout = copies >= 1000 ? 300_000 : 60_000;
  const result = { copies };

  // Start-up, on the home page: the median of three loads (one at 1,000×).
  const loads = [];
  for (let i = 0; i < (copies >= 1000 ? 1 : 3); i += 1) {
    const page = await newPage(browser, { datasetUrl });
    try {
      await page.goto(server.url('en/'), { timeout: startTimeout });
      const state = await started(page, startTimeout);
      const marks = await page.evaluate(() => Object.fromEntries(
        performance.getEntriesByType('mark').filter((m) => m.name.startsWith('portal:')).map((m) => [m.name, m.startTime]),
      ));
      const { shownAt, readyAt } = await page.evaluate(() => window.__bench);
      const memory = await page.evaluate(() => window.__bench.wasmMemory());
      loads.push({ state, marks, shownAt, readyAt, memory, problems: page.problems.slice(0, 3) });
    } catch (error) {
      loads.push({ error: failed(error) });
    } finally {
      await page.context().close();
    }
  }
  const span = (from, to) => (l) => (l.marks?.[from] !== undefined && l.marks?.[to] !== undefined ? l.marks[to] - l.marks[from] : NaN);
  const good = loads.filter((l) => !l.error);
  const refused = good.find((l) => l.state !== 'page');
  const pick = (f, what) => {
    if (!good.length) return loads[0].error;
    const v = median(good.map(f));
    if (Number.isFinite(v)) return ok(v);
    if (refused) return failed(refused.state);
    return failed(`${what}: no portal:* marks (a build without them?)`);
  };
  result.wasmStart = pick((l) => l.marks?.['portal:fetch:start'] ?? NaN, 'no fetch');
  result.fetch = pick(span('portal:fetch:start', 'portal:fetch:end'), 'not fetched');
  result.validate = pick(span('portal:fetch:end', 'portal:validate:end'), 'not validated');
  if (refused && Number.isFinite(result.validate.value)) result.validate.suffix = ' (refused)';
  result.index = refused ? failed(refused.state) : pick(span('portal:validate:end', 'portal:index:end'), 'not indexed');
  result.shown = pick((l) => l.shownAt ?? NaN, 'not shown');
  result.ready = refused ? failed(refused.state) : pick((l) => l.readyAt ?? NaN, 'not ready');
  result.memory = good.length && good[0].memory ? ok(median(good.map((l) => l.memory))) : failed(loads[0].error?.failed ?? 'no wasm exports');
  result.loads = loads;
  if (refused || !good.length) {
    const why = refused ? refused.state : loads[0].error.failed;
    result.search = failed(why);
    result.searchFirst = failed(why);
    result.listPage = failed(why);
    result.listRender = failed(why);
    result.listElements = failed(why);
    result.memoryAfter = failed(why);
    return result;
  }

  // Search, then the list pages, in one visit.
  const page = await newPage(browser, { datasetUrl });
  try {
    await page.goto(server.url('en/'), { timeout: startTimeout });
    await started(page, startTimeout);
    result.search = await attempt(`search at ${copies}×`, async () => {
      await navigate(page, server.url('en/search/'), actTimeout);
      await page.waitForSelector('#search-page-input');
      const times = [];
      for (let round = 0; round < (heavy ? 1 : 2); round += 1) {
        for (const q of SEARCH_QUERIES) {
          times.push(await page.evaluate(([query, limit]) => {
            const input = document.querySelector('#search-page-input');
            const type = (text) => () => { input.value = text; input.dispatchEvent(new Event('input', { bubbles: true })); };
            const answer = () => document.querySelector('.search-count, [data-state="no-results"]');
            return window.__bench.time(type(''), () => !answer(), limit)
              .then(() => window.__bench.time(type(query), () => answer()?.textContent.includes(query), limit));
          }, [q, actTimeout]));
        }
      }
      // The first query also builds the search index (on first use).
      return ok(median(times.slice(1)), { times, queries: SEARCH_QUERIES, first: times[0] });
    });
    result.searchFirst = result.search.failed ? result.search : ok(result.search.first);
    // The largest list page at this scale, by element count.
    const lists = await attempt(`list pages at ${copies}×`, async () => {
      const counts = {};
      for (const l of LIST_PAGES) {
        await navigate(page, server.url(`en/${l}/`), actTimeout);
        counts[l] = await page.evaluate(() => window.__bench.nextFrame().then(() => window.__bench.elements()));
      }
      return counts;
    });
    if (lists.failed) {
      Object.assign(result, { listPage: lists, listRender: lists, listElements: lists });
    } else {
      const largest = Object.entries(lists).sort((a, b) => b[1] - a[1])[0][0];
      result.listPage = ok(largest, { counts: lists });
      result.listElements = ok(lists[largest]);
      result.listRender = await attempt(`list render at ${copies}×`, async () => {
        const times = [];
        for (let i = 0; i < (heavy ? 3 : 5); i += 1) {
          await navigate(page, server.url('en/'), actTimeout);
          times.push(await navigate(page, server.url(`en/${largest}/`), actTimeout));
        }
        return ok(median(times), { times });
      });
    }
    result.memoryAfter = ok(await page.evaluate(() => window.__bench.wasmMemory()));
    result.problems = page.problems.slice(0, 5);
  } catch (error) {
    for (const k of ['search', 'searchFirst', 'listPage', 'listRender', 'listElements', 'memoryAfter']) result[k] ??= failed(error);
  } finally {
    await page.context().close();
  }
  return result;
}

// ---------------------------------------------------------------------------
// 7. The report.

const KB = 1000;
function bytes(n) {
  if (!Number.isFinite(n)) return '—';
  const three = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  if (n >= 1e6) return `${three(n / 1e6)} MB`;
  if (n >= KB) return `${three(n / KB)} kB`;
  return `${n} B`;
}
const ms = (n) => (!Number.isFinite(n) ? '—' : n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : n >= 100 ? `${Math.round(n)} ms` : `${n.toFixed(1)} ms`);
const mib = (n) => `${(n / 1048576).toFixed(1)} MiB`;
const triple = (s) => (s && s.files ? `${bytes(s.raw)} / ${bytes(s.gzip)} / ${bytes(s.brotli)}` : '—');
const times = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b ? `×${(a / b).toFixed(a / b >= 10 ? 0 : a / b >= 1 ? 1 : 2)}` : '—');

// Why figures are missing, numbered below the table: a cell shows `failed [n]`.
let notes = [];
function failure(reason) {
  let i = notes.indexOf(reason);
  if (i < 0) i = notes.push(reason) - 1;
  return `failed [${i + 1}]`;
}

function cell(figure, format) {
  if (figure === undefined || figure === null) return '—';
  if (figure.failed) return failure(figure.failed);
  return format(figure.value) + (figure.suffix ?? '');
}

function buildRows(r) {
  notes = [];
  const rows = [];
  const section = (title) => rows.push({ section: title });
  // A figure measured at every scale; `baseline` is `{ value, text }` where the baseline has it.
  const scaled = (label, key, format, { baseline, ratioToBaseline = true } = {}) => {
    const at = (c) => r.scales[c]?.[key];
    const base = at(1);
    const cells = SCALE_COLUMNS.map((c) => {
      const f = at(c);
      const text = cell(f, format);
      if (c === 1 || !f || f.failed || f.suffix || !base || base.failed || typeof f.value !== 'number') return text;
      return `${text} (${times(f.value, base.value)})`;
    });
    rows.push({
      label, cells,
      baseline: baseline ? baseline.text : '—',
      ratio: ratioToBaseline && baseline && base && !base.failed ? times(base.value, baseline.value) : '—',
    });
  };
  const B = (value, text) => ({ value, text });

  // Bytes.
  section('First visit (bytes; raw / gzip -9 / brotli -q 11), portal /en/ vs baseline /');
  for (const t of [...TYPES, 'total']) {
    const p = r.bytes.portal.byType[t];
    const b = r.bytes.baseline.byType[t];
    if (!p.files && !b.files) continue;
    const cells = SCALE_COLUMNS.map((c) => {
      if (c === 1) return triple(p);
      const d = r.datasets[c];
      if (!d || (t !== 'dataset JSON' && t !== 'total')) return '"';
      const shipped = r.bytes.portal.byType['dataset JSON'];
      const s = t === 'total'
        ? { files: 1, raw: p.raw - shipped.raw + d.raw, gzip: p.gzip - shipped.gzip + d.gzip, brotli: p.brotli - shipped.brotli + d.brotli }
        : { files: 1, ...d };
      return `${triple(s)} (${times(s.brotli, p.brotli)})`;
    });
    rows.push({
      label: `${t === 'total' ? '**total**' : t} (${p.files} file${p.files === 1 ? '' : 's'})`,
      cells,
      baseline: b.files ? triple(b) : '—',
      ratio: b.files && p.files ? times(p.brotli, b.brotli) : '—',
    });
  }

  // Lighthouse.
  for (const [name, key, withBaseline] of [['/en/', 'home', true], [`/${DETAIL_PAGE}`, 'detail', false]]) {
    section(`Lighthouse ${r.lighthouse.version ?? ''} (mobile), portal ${name}${withBaseline ? ' vs baseline /' : ''}; median of ${LIGHTHOUSE_RUNS}`);
    const p = r.lighthouse[key];
    const b = withBaseline ? r.lighthouse.baseline : null;
    const fmt = {
      performance: (v) => `${v}`, accessibility: (v) => `${v}`, 'best-practices': (v) => `${v}`, seo: (v) => `${v}`,
      FCP: ms, LCP: ms, TBT: ms, CLS: (v) => v.toFixed(3),
    };
    for (const k of Object.keys(fmt)) {
      const pv = p?.failed ? failure(p.failed) : fmt[k](p[k]);
      const bv = !b ? '—' : b.failed ? failure(b.failed) : fmt[k](b[k]);
      const isTime = ['FCP', 'LCP', 'TBT'].includes(k);
      rows.push({
        label: k, cells: SCALE_COLUMNS.map((c) => (c === 1 ? pv : '')), baseline: bv,
        ratio: isTime && b && !b.failed && !p?.failed ? times(p[k], b[k]) : '—',
      });
    }
  }

  // Interaction.
  const it = r.interaction;
  section(`Interaction (median of ${RUNS}), on the largest page: ${it.largest ? `/${it.largest} (${it.largestElements} elements)` : '—'}`);
  const bl = r.baselineFigures;
  const interaction = (label, figure, baseline) => rows.push({
    label,
    cells: SCALE_COLUMNS.map((c) => (c === 1 ? cell(figure, ms) : '')),
    baseline: baseline ? cell(baseline, ms) : '—',
    ratio: figure?.value && baseline?.value ? times(figure.value, baseline.value) : '—',
  });
  interaction('language switch (→ fr): click → next painted frame', it.languageSwitch);
  interaction('language switch (→ fr): click → main thread free', it.languageSwitchWork);
  interaction(`internal link → ${it.linkTarget ?? '—'} (baseline → /about/): click → next painted frame`, it.internalLink, bl.internalLink);
  interaction('internal link: click → main thread free', it.internalLinkWork, bl.internalLinkWork);

  // Scale.
  section('Scale (the shipped dataset copied N times; portal /en/; (×n) = ratio to 1×)');
  rows.push({
    label: 'dataset: records / size',
    cells: SCALE_COLUMNS.map((c) => (r.datasets[c] ? `${r.datasets[c].records.toLocaleString('en')} / ${bytes(r.datasets[c].raw)}` : '—')),
    baseline: '—', ratio: '—',
  });
  scaled('native `validate` (whole process)', 'native', (v) => `valid, ${ms(v)}`);
  const bv = (f, fmt) => (f?.value !== undefined ? B(f.value, fmt(f.value)) : undefined);
  scaled('start-up: wasm running (fetch starts)', 'wasmStart', ms);
  scaled('start-up: fetch the dataset', 'fetch', ms);
  scaled('start-up: parse + validate', 'validate', ms);
  scaled('start-up: index (Catalog::new; the search index waits for first use)', 'index', ms);
  scaled('start-up: first page heading shown (page start in the HTML)', 'shown', ms, { baseline: bv(bl.shown, ms) });
  scaled('start-up: page ready (the app shows the data)', 'ready', ms, { baseline: bv(bl.shown, ms) });
  scaled('search: first query (also builds the index)', 'searchFirst', ms, { ratioToBaseline: false });
  scaled('search: input → results painted', 'search', ms, { ratioToBaseline: false });
  rows.push({
    label: 'largest list page',
    cells: SCALE_COLUMNS.map((c) => cell(r.scales[c]?.listPage, (v) => `/en/${v}/`)),
    baseline: '—', ratio: '—',
  });
  scaled('largest list: link → painted', 'listRender', ms);
  scaled('largest list: DOM elements', 'listElements', (v) => v.toLocaleString('en'));
  scaled('wasm memory after start-up', 'memory', mib, { baseline: bl.memory ? B(bl.memory, mib(bl.memory)) : undefined });
  scaled('wasm memory after search + lists', 'memoryAfter', mib);
  return rows;
}

const SCALE_COLUMNS = [1, 10, 100, 1000];
const HEADER = ['Figure', '1×', '10×', '100×', '1,000×', 'Baseline', 'Ratio'];

function toMarkdown(rows) {
  const esc = (s) => String(s).replace(/\|/g, '\\|');
  const lines = [`| ${HEADER.join(' | ')} |`, `|${HEADER.map((_, i) => (i ? ' ---: ' : ' --- ')).join('|')}|`];
  for (const row of rows) {
    if (row.section) lines.push(`| **${esc(row.section)}** |${' |'.repeat(HEADER.length - 1)}`);
    else lines.push(`| ${[row.label, ...row.cells, row.baseline, row.ratio].map(esc).join(' | ')} |`);
  }
  return lines.join('\n');
}

function toText(rows) {
  const table = rows.map((row) => (row.section ? null : [row.label.replace(/\*\*/g, '').replace(/`/g, ''), ...row.cells, String(row.baseline), row.ratio]));
  const widths = HEADER.map((h, i) => Math.max(h.length, ...table.filter(Boolean).map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  const out = [line(HEADER), widths.map((w) => '─'.repeat(w)).join('  ')];
  rows.forEach((row, i) => (row.section ? out.push('', `▸ ${row.section}`) : out.push(line(table[i]))));
  return out.join('\n');
}

function machine(browserVersion) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = cpuinfo.match(/^model name\s*:\s*(.*)$/m)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  let chromium = `Chromium ${browserVersion}`;
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch { /* keep Playwright's answer */ }
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['-C', ROOT, 'status', '--porcelain', '--untracked-files=no', '--', 'src', 'style', 'Cargo.toml', 'index.html'], { encoding: 'utf8' }).trim();
    if (dirty) commit += ' with uncommitted changes';
  } catch { /* not a clone */ }
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return {
    nproc, model, memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`, chromium, node: process.version, commit, load,
  };
}

function markdownDocument(r, rows) {
  const m = r.machine;
  const detail = (f) => (f ? f.files.map((x) => `| ${new URL(x.url).pathname} | ${x.type} | ${x.raw.toLocaleString('en')} | ${x.gzip.toLocaleString('en')} | ${x.brotli.toLocaleString('en')} |`).join('\n') : '');
  return `# Benchmark

Figures of one run of \`scripts/bench.sh\`. They describe this machine
on this day; nothing here is a pass/fail threshold. Generated by
\`bench/run.mjs\`; rerun to update (see *How to rerun*).

- **Date:** ${r.date}
- **Machine:** ${m.nproc} CPU cores (${m.model}), ${m.memory} memory; ${m.chromium}; Node ${m.node};
  load average ${m.load} when the measurements began${m.loadAtEnd ? `, ${m.loadAtEnd} when they ended` : ''}
- **Portal:** commit ${m.commit}, release build (\`opt-level = "z"\`, LTO, \`--cfg erase_components\`, LLVM inline threshold 0, \`wasm-opt -Oz\` four rounds, short import and export names) for \`/\`
- **Baseline:** \`bench/baseline/\`, a two-route Leptos 0.8 app with a counter, built with the same profile, compiler and wasm-opt settings and compacted the same way

## Results

${toMarkdown(rows)}
${notes.length ? `\nWhy some figures are missing:\n\n${notes.map((n, i) => `${i + 1}. ${n}`).join('\n')}\n` : ''}
How to read it:

- **1× … 1,000×**: the portal, with the shipped dataset (1×) or a synthetic one made of that many copies of it
  (\`bench/synth.mjs\`: each copy's ids suffixed \`-c<k>\`, its references pointing at its own records, so it is valid).
  \`(×n)\` after a figure is its ratio to the 1× figure. \`"\` means "as at 1×" (the other files do not depend on the dataset;
  those scaled bytes are the shipped first visit with the synthetic dataset's file in place of the shipped one).
- **Baseline** and **Ratio**: the same figure for the baseline app, and portal (1×) ÷ baseline; for bytes the ratio is of
  the brotli sizes (the headline: what a host that compresses serves).
- Bytes are counted per file as Chromium decoded it, then compressed separately with Node's zlib: gzip level 9 and
  brotli quality 11. 1 kB = 1,000 bytes. (The benchmark's server, like GitHub Pages, sends text and wasm gzip-compressed
  to the browser; the raw column is the decoded size.)
  *service worker*: the portal's offline worker (\`sw.js\`) and the files it keeps that the page itself did not load;
  it also asks again for ${r.bytes.portal.workerRefetched ?? 0} files the page loaded, which a host that lets browsers cache
  them (GitHub Pages does) answers from the browser's cache, so those are not counted twice. Every other measurement
  blocks the worker (Playwright's \`serviceWorkers: 'block'\`).
- Times come from the page's own clock (\`performance.now()\`). An interaction is timed from the moment the click or
  input event is dispatched until the DOM shows the result, then to the end of the next frame
  (\`requestAnimationFrame\`, then a task posted from it, i.e. after that frame was painted). *Main thread free* stops
  instead at a task posted once the DOM shows the result: the app's own work, without the wait for the frame (which
  alone can take up to 16.7 ms at 60 Hz).
  Interactions: median of ${RUNS} runs, each on a fresh load of the page. Start-up: median of 3 loads (1 at 1,000×),
  split by the User Timing marks \`portal:fetch:start\`, \`portal:fetch:end\`, \`portal:validate:end\` and
  \`portal:index:end\` that \`src/loader.rs\` sets; each page file's loader preloads the dataset beside the wasm once the
  page has painted, so *fetch* is how long the running app still waits for it. The synthetic dataset replaces \`data/portal.json\` through
  Playwright's \`page.route('**/data/portal.json')\`, which redirects the request to the same server's copy of it
  (\`route.continue({ url })\`; \`route.fulfill\` hands the body over in one DevTools message, which disconnects the
  browser at 1,000×), so it arrives over HTTP on loopback; uncompressed (the shipped file is sent gzip-compressed).
- The synthetic datasets repeat the same texts, which compressors find across copies: their gzip and above all brotli
  sizes are far smaller than real data of that size would give. Their raw size is the figure to read.
- Search: each query (${SEARCH_QUERIES.map((q) => `\`${q}\``).join(', ')}) is set as the whole value of
  \`#search-page-input\` with one \`input\` event (as a paste would), after clearing it; the page shows at most 200 results.
  The search index is built on first use, so the very first query is reported on its own; the other figure is the
  median of the rest, over two rounds of these queries (one from 100×).
- Start-up: *first page heading shown* is when a \`main h1\` is first in the page: for the portal, the whole page its
  HTML file carries (rendered at build time by the app's components); *page ready* is when the app has taken the page
  file's place, data included. The baseline has no page file: both are its first render.
- Largest list page: the list page (${LIST_PAGES.join(', ')}) with the most elements at that scale, reached from the
  home page by its link in the header; median of 5 navigations (3 from 100×). Every list page's size is below.
- Memory: the wasm linear memory (\`memory.buffer.byteLength\` of the exports Trunk announces in
  \`TrunkApplicationStarted\`); it only grows, so it is the peak so far.
- Lighthouse ${r.lighthouse.version ?? ''}: its default (mobile) settings, simulated throttling (slow 4G, 4× slower CPU), Chromium flags
  \`${LIGHTHOUSE_FLAGS.join(' ')}\` and a fresh \`--user-data-dir\` per run; each figure is the median of ${LIGHTHOUSE_RUNS} runs.
  The benchmark's server gzip-compresses HTML, CSS, JS, JSON and wasm as GitHub Pages does, so the simulated network
  carries what a visitor of the published site downloads.

### The wasm by crate

The portal's wasm after \`wasm-opt\` (the flags of \`scripts/compact-app.mjs\`), function names kept (\`-g\`) so that each
function's code can be put to its crate (\`bench/wasm-size.mjs\`); bytes before compression. *sophia_china_portal* includes
what wasm-opt inlined into the app's functions (part of the dataset's reading: serde's derived code). *data* is the data segments: field and key
names, the interface strings of the three languages, tables, messages.

${r.wasmCrates ? `| Crate | Bytes | Share |
| --- | ---: | ---: |
${r.wasmCrates.crates.slice(0, 16).map(([c, b]) => `| ${c} | ${b.toLocaleString('en')} | ${(100 * b / r.wasmCrates.total).toFixed(1)} % |`).join('\n')}
| *all* | ${r.wasmCrates.total.toLocaleString('en')} | 100 % |` : '(not measured: no module with names was given)'}

### Page sizes (elements)

The interaction figures use the list or detail page with the most elements at 1×: ${r.interaction.largest ? `\`/${r.interaction.largest}\`` : '—'}.
The five largest: ${Object.entries(r.pageSizes ?? {}).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([p, n]) => `\`/${p}\` ${n}`).join(', ')}.

List pages by scale:

| List page | ${SCALE_COLUMNS.map((c) => `${c.toLocaleString('en')}×`).join(' | ')} |
| --- |${SCALE_COLUMNS.map(() => ' ---: ').join('|')}|
${LIST_PAGES.map((l) => `| /en/${l}/ | ${SCALE_COLUMNS.map((c) => r.scales[c]?.listPage?.counts?.[l]?.toLocaleString('en') ?? '—').join(' | ')} |`).join('\n')}

### First visit, file by file

Portal \`/en/\`:

| File | Type | Raw | gzip | brotli |
| --- | --- | ---: | ---: | ---: |
${detail(r.bytes.portal)}

Baseline \`/\`:

| File | Type | Raw | gzip | brotli |
| --- | --- | ---: | ---: | ---: |
${detail(r.bytes.baseline)}

## Trades measured

Choices of the stack or the build weighed in bytes, each measured by building the wasm of one tree both
ways (\`trunk build --release\`, brotli -q 11 of the wasm and its glue); they are not rerun by the benchmark.

- **serde_json or serde-wasm-bindgen** (2026-12-07): the app reading its files with serde_json, 250,343 + 4,297 B;
  with the browser's \`JSON.parse\` and \`serde-wasm-bindgen\`, 242,347 + 4,396 B: 7,996 B less. Kept: serde_json,
  because serde-wasm-bindgen reads a struct by its expected fields only, so the app would read a file with an
  unknown field (another format) instead of refusing it, and a key written twice.
- **Interface strings compiled in or loaded per language** (2026-12-07): the three languages' strings make
  11,744 B of the wasm (250,343 B with them, 238,599 B with only the start-failure notice and the switcher's
  titles). Loaded at run time, a first visit of \`/en/\` fetched its language's file, 3.2 kB (French 4.0, Chinese
  3.5), and the wasm carried the code that loaded them, which had made the wasm net some 8 kB lighter: a
  first-visit difference of some 5 kB, under the 8 kB that would pay for that machinery. Kept: compiled in.
- **Paths of a reading error** (2026-12-07): \`serde_path_to_error\` makes 7,903 B of the wasm (242,440 B without
  it, every error then at \`$\`). Kept: a broken file is named by the path of its first problem.
- **The QR code of a filtered list drawn in the browser** (2026-12-07): the \`qrcode\` crate (SVG, level M, as the
  build draws the codes) in a wasm of its own, optimised as the app's (opt-level z, LTO, \`wasm-opt -Oz\`), makes
  17,850 B brotli against 3,705 B for the same wasm without it: some 14 kB, where the first visit of \`/en/\` had
  about 1 kB left under its 300 kB budget. Kept: the code drawn at build time for each page's own address; on a
  filtered list the panel's caption says that the code opens the whole list, and names that address.
- **Pages with nothing to run, shown from their page files** (2026-12-07): with the open-data page drawn by the
  app (its strings in the wasm) and the descriptions of the five pages about the portal in the wasm, 262,363 B;
  with both shown from their page files (\`components/page_text.rs\`) and those strings left to the build
  (\`locales/*/site/\`, as the texts of the feeds, calendars, previews, structured data and what replaces a control
  without scripts already were), 257,582 B: 4,781 B less. The texts of the five pages about the portal, in the
  three languages, are 25,192 B of HTML, 7,418 B brotli, which the wasm would carry if the app drew them. The cost:
  a link to one of these pages loads its page file (the footer's links are plain loads), and offline one not yet
  visited says that its text is not on the device. Kept: from the page files.
- **Page descriptions left to the page files** (2026-12-07): the app setting each page's meta description as the
  visitor moves, its descriptions in the wasm, 257,606 B; the app keeping the title only (\`document::page_title\`), the
  descriptions written by the build alone (\`locales/*/site/descriptions.toml\`) and removed with the other tags for
  search engines and link previews when the app starts, 256,215 B: 1,391 B less. The description matters to
  search engines and link previews, which read the page files, not to a visitor of the app. Kept: in the page files
  only. With the source review's notes (the dataset 26,233 → 28,055 B), this keeps the first visit of \`/en/\` under
  its budget: 299,888 B.

## How to rerun

\`\`\`sh
scripts/setup.sh --browser   # once: the portal's build and browser tools
scripts/bench.sh             # builds the portal and the baseline, measures, rewrites this file
scripts/bench.sh --no-build  # measures the last run's portal build again (else a copy of dist/)
\`\`\`

\`scripts/bench.sh\` installs Lighthouse in \`bench/node_modules\` (\`npm ci --prefix bench\`) the first time.
The measurements took ${Math.ceil(r.seconds / 60)} minutes here, after the builds. \`BENCH_SCALES=1,10\`, \`BENCH_RUNS\` and
\`BENCH_LIGHTHOUSE_RUNS\` make a shorter run. The raw figures of the last run are in \`bench/out/results.json\`.
Other work on the machine (a build, the tests) slows every figure: run it on an otherwise idle machine.
`;
}

// ---------------------------------------------------------------------------
// The run.

function report(r) {
  writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(r, null, 2));
  const rows = buildRows(r);
  console.log(`\nBenchmark, ${r.date} — ${r.machine.nproc} cores, ${r.machine.model}, ${r.machine.memory}, ${r.machine.chromium}\n`);
  console.log(toText(rows));
  if (r.wasmCrates) {
    console.log('\nThe wasm by crate (after wasm-opt, bytes):');
    for (const [crate, bytes] of r.wasmCrates.crates.slice(0, 12)) console.log(`  ${String(bytes).padStart(8)}  ${(100 * bytes / r.wasmCrates.total).toFixed(1).padStart(5)} %  ${crate}`);
  }
  if (notes.length) console.log(`\n${notes.map((n, i) => `[${i + 1}] ${n}`).join('\n')}`);
  mkdirSync(path.dirname(DOC), { recursive: true });
  writeFileSync(DOC, markdownDocument(r, rows));
  console.log(`\nWritten to ${path.relative(process.cwd(), DOC)}; raw figures in ${path.relative(process.cwd(), path.join(OUT, 'results.json'))}.`);
}

async function main() {
  // `--from <results.json>`: only rewrite the table and the document from the figures of an earlier run.
  if (args.from) return report(JSON.parse(readFileSync(args.from, 'utf8')));
  const began = Date.now();
  for (const [what, dir] of [['portal', PORTAL_DIST], ['baseline', BASELINE_DIST]]) {
    if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`no ${what} build in ${dir}`);
  }
  const shipped = JSON.parse(readFileSync(path.join(PORTAL_DIST, 'data/portal.json'), 'utf8'));
  const wasmCrates = WASM_NAMES && existsSync(WASM_NAMES) ? sizeByCrate(WASM_NAMES) : null;
  const portalBase = publicPathOf(PORTAL_DIST);
  if (portalBase !== '/') log(`the portal build is for ${portalBase}; serving it there`);
  const dataDir = path.join(OUT, 'data');
  mkdirSync(dataDir, { recursive: true });
  const portal = await startServer({ root: PORTAL_DIST, base: portalBase, intercept: serveSynthetic(dataDir), gzip: true });
  const baseline = await startServer({ root: BASELINE_DIST, base: '/', gzip: true });
  let browser = await launch();
  const r = { date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), scales: {}, datasets: {}, wasmCrates };
  r.machine = machine(browser.version());
  log(`portal at ${portal.url()}, baseline at ${baseline.url()}`);

  try {
    // 3. Bytes.
    log('first visit bytes');
    r.bytes = { portal: await firstVisit(browser, portal.url('en/')), baseline: await firstVisit(browser, baseline.url('')) };

    // 5. Largest page and interactions (before Lighthouse, which uses the CPU hard).
    log('page sizes');
    r.pageSizes = await attempt('page sizes', () => pageSizes(browser, portal, shipped));
    const entries = Object.entries(r.pageSizes.failed ? {} : r.pageSizes).sort((a, b) => b[1] - a[1]);
    r.interaction = { largest: entries[0]?.[0], largestElements: entries[0]?.[1] };
    if (entries.length) {
      log(`interactions on /${r.interaction.largest}`);
      r.interaction.linkTarget = r.interaction.largest === 'en/' ? '/en/parks/' : '/en/';
      const it = await attempt('interactions', () => interactions(browser, portal, r.interaction.largest));
      r.interaction.languageSwitch = it.failed ? it : ok(it.languageSwitch, { runs: it.switchTimes });
      r.interaction.internalLink = it.failed ? it : ok(it.internalLink, { runs: it.linkTimes });
      r.interaction.languageSwitchWork = it.failed ? it : ok(it.languageSwitchWork);
      r.interaction.internalLinkWork = it.failed ? it : ok(it.internalLinkWork);
    } else {
      r.interaction.languageSwitch = r.pageSizes;
      r.interaction.internalLink = r.pageSizes;
      r.interaction.languageSwitchWork = r.pageSizes;
      r.interaction.internalLinkWork = r.pageSizes;
    }
    log('baseline figures');
    const bf = await attempt('baseline', () => baselineFigures(browser, baseline));
    r.baselineFigures = bf.failed ? { internalLink: bf, internalLinkWork: bf, shown: bf } : {
      internalLink: ok(bf.internalLink), internalLinkWork: ok(bf.internalLinkWork), shown: ok(bf.shown), memory: bf.memory, elements: bf.elements,
    };

    // 6. Scale.
    for (const copies of SCALES) {
      log(`scale ${copies}×: generating`);
      const file = path.join(dataDir, `portal-${copies}x.json`);
      const data = synthesize(shipped, copies);
      const records = check(data);
      const body = Buffer.from(serialize(data));
      writeFileSync(file, body);
      log(`scale ${copies}×: ${records} records, ${body.length} bytes; compressing`);
      r.datasets[copies] = { records, ...sizes(body) };
      log(`scale ${copies}×: native validator`);
      const native = validateNatively(file);
      log(`scale ${copies}×: browser`);
      // A fresh browser per scale, so one scale's memory does not weigh on the next.
      await browser.close();
      browser = await launch();
      r.scales[copies] = { native, ...(await attempt(`scale ${copies}×`, () => scale(browser, portal, copies))) };
      r.scales[copies].datasetRequests = syntheticRequests.get(path.basename(file)) ?? 0;
      if (r.scales[copies].failed) {
        const f = { failed: r.scales[copies].failed };
        for (const k of ['wasmStart', 'fetch', 'validate', 'index', 'shown', 'ready', 'search', 'searchFirst', 'listPage', 'listRender', 'listElements', 'memory', 'memoryAfter']) r.scales[copies][k] = f;
      }
      if (copies >= 100) rmSync(file, { force: true });
    }
    await browser.close();
    browser = null;

    // 4. Lighthouse, last: it runs its own Chromium.
    r.lighthouse = {};
    r.lighthouse.home = await attempt('lighthouse home', () => lighthouse(portal.url('en/'), 'portal-home'));
    r.lighthouse.detail = await attempt('lighthouse detail', () => lighthouse(portal.url(DETAIL_PAGE), 'portal-detail'));
    r.lighthouse.baseline = await attempt('lighthouse baseline', () => lighthouse(baseline.url(''), 'baseline'));
    r.lighthouse.version = r.lighthouse.home.version ?? r.lighthouse.baseline.version;
  } finally {
    if (browser) await browser.close();
    await portal.close();
    await baseline.close();
  }

  r.seconds = (Date.now() - began) / 1000;
  r.machine.loadAtEnd = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  report(r);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
