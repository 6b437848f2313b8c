// Headless Chromium from Debian, driven by playwright-core (no browser download),
// with every console error, uncaught exception and Rust panic collected so a
// test can fail on them.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Playwright gives each launch a fresh temporary profile; these flags keep
// Chromium from reaching out to the network on its own.
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
];

/**
 * The longest a test waits for anything in the browser, unless it says
 * otherwise. A bound, not a pace: waits end on the event they wait for, and
 * this one only ends a wait that something has broken. It is generous because
 * a 2-core machine building beside the tests makes every page slower (see
 * docs/TESTING.md, Waits, load and time); `E2E_WAIT_MS` sets another.
 */
export const WAIT_MS = Number(process.env.E2E_WAIT_MS) || 60_000;

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/**
 * A page in a new isolated context (its own storage), with the given browser
 * languages and viewport, and the offline worker blocked (`serviceWorkers: 'allow'` to test it). `page.problems` collects console errors, page errors
 * and panics; `page.context().close()` ends it.
 */
export async function newPage(browser, { locale = 'en-US', viewport, serviceWorkers = 'block', ...device } = {}) {
  // The offline worker is blocked unless a test asks for it: once it controls
  // a page, the dataset comes through the worker, out of reach of the faults
  // and substitute datasets that tests inject with page.route. `device` takes
  // Playwright's other context options (a phone's `isMobile` and `hasTouch`,
  // `javaScriptEnabled: false` for the page files alone).
  const context = await browser.newContext({ locale, viewport, serviceWorkers, ...device });
  // Every wait has an end: Playwright's waits and navigations give up after
  // these unless a test sets its own bound.
  context.setDefaultTimeout(WAIT_MS);
  context.setDefaultNavigationTimeout(WAIT_MS);
  const page = await context.newPage();
  pollOnATimer(page);
  page.problems = [];
  // Requests that got no answer, for the message of a wait that ends in vain
  // (`ready`); those a navigation cut short are not failures.
  page.failedRequests = [];
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    if (!/ERR_ABORTED/.test(error)) page.failedRequests.push(`${request.url()} (${error})`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /panicked at/.test(msg.text())) {
      page.problems.push(`console: ${msg.text()} @ ${msg.location()?.url ?? ''}`);
    }
  });
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  // Page addresses the server answered with 404 (the not-found page itself).
  page.notFoundPages = new Set();
  page.on('response', (response) => {
    if (response.status() === 404 && response.request().isNavigationRequest()) page.notFoundPages.add(response.url());
  });
  return page;
}

/**
 * Makes `page.waitForFunction` check its condition every 100 ms unless told
 * otherwise. Playwright checks it on each animation frame by default, and a
 * headless browser gives a page frames at its discretion: on a busy machine,
 * maybe none for a while, and the wait would miss a condition long met.
 */
export function pollOnATimer(page) {
  const waitForFunction = page.waitForFunction.bind(page);
  page.waitForFunction = (condition, arg, options) => waitForFunction(condition, arg, { polling: 100, ...options });
  return page;
}

/**
 * Calls `check` (which may be async) every 100 ms until it returns something
 * truthy, and returns that; fails after `ms`, naming `what`. For conditions
 * Playwright cannot wait on itself, such as a page-side promise's result.
 */
export async function until(what, check, ms = WAIT_MS) {
  const deadline = Date.now() + ms;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`${what}: not after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits, at most `ms`, until an offline worker is active for the page
 * (`navigator.serviceWorker.ready`, a page-side promise with no timeout of its own).
 */
export function workerReady(page, ms = WAIT_MS) {
  return page.evaluate((ms) => Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`no active offline worker after ${ms} ms`)), ms)),
  ]), ms);
}

/**
 * The stages of the app's start on a page file, in order, as the performance
 * marks it sets (`crate::browser::mark`), each with what its absence means.
 */
const STAGES = [
  ['portal:main', "the app's code did not start (its script or wasm was not loaded)"],
  ['portal:mounted', 'the app did not mount'],
  ['portal:fetch:end', 'the dataset did not arrive'],
  ['portal:validate:end', 'the dataset was not read'],
  ['portal:index:end', 'the dataset was not indexed'],
  ['portal:takeover', 'the app did not take the page file\'s place'],
];

/**
 * Waits, at most `ms`, until the app shows the page: a page heading, and the
 * page file's render (`#prerendered`) replaced by the app's. The wait follows
 * the page's own changes (a MutationObserver: the takeover removes the page
 * file), not a polling pace; if it ends without them, the error names the
 * page, the last stage of the app's start it reached and what came next,
 * what the page shows and what went wrong in it.
 */
export async function ready(page, ms = WAIT_MS) {
  const shown = () => page.evaluate((ms) => new Promise((resolve) => {
    const done = () => Boolean(document.querySelector('main h1') && !document.getElementById('prerendered'));
    if (done()) return resolve(true);
    const observer = new MutationObserver(() => {
      if (done()) { observer.disconnect(); clearTimeout(timer); resolve(true); }
    });
    const timer = setTimeout(() => { observer.disconnect(); resolve(false); }, ms);
    observer.observe(document, { childList: true, subtree: true });
  }), ms);
  // And a bound on this side, for a page whose own timers no longer run.
  const bound = new Promise((resolve) => { setTimeout(() => resolve(false), ms + 5_000).unref(); });
  let done;
  try {
    done = await Promise.race([shown(), bound]);
  } catch (error) {
    // The document was replaced while waiting (a page the app opens by
    // loading its file): wait on the new one.
    if (!/context was destroyed|navigat/i.test(error.message)) throw error;
    await page.waitForLoadState('domcontentloaded');
    done = await Promise.race([shown(), bound]);
  }
  if (!done) throw new Error(await whyNotReady(page, ms));
}

/** What a page that `ready` waited on in vain shows, and how far the app's start got. */
async function whyNotReady(page, ms) {
  const state = await page.evaluate(() => ({
    marks: performance.getEntriesByType('mark').map((m) => m.name),
    heading: document.querySelector('main h1')?.textContent.trim() ?? null,
    pageFile: Boolean(document.getElementById('prerendered')),
    notice: document.querySelector('.data-notice')?.textContent.trim() || null,
  })).catch((error) => ({ marks: [], unreadable: error.message }));
  const reached = STAGES.filter(([mark]) => state.marks.includes(mark)).map(([mark]) => mark);
  const missing = STAGES.find(([mark]) => !state.marks.includes(mark));
  return [
    `${page.url()}: the app did not show the page within ${ms / 1000} s`,
    `  reached: ${reached.join(' → ') || 'no stage'}; next: ${missing ? missing[1] : 'all stages passed, but no heading'}`,
    state.unreadable ? `  the page could not be read: ${state.unreadable}`
      : `  the page shows: heading ${JSON.stringify(state.heading)}, page file ${state.pageFile ? 'still there' : 'gone'}, data notice ${JSON.stringify(state.notice)}`,
    `  failed requests: ${(page.failedRequests ?? []).slice(-5).join('; ') || 'none'}`,
    `  problems: ${(page.problems ?? []).slice(-5).join('; ') || 'none'}`,
  ].join('\n');
}

/**
 * Brings the page to rest: web fonts loaded, and every CSS transition or
 * animation at its end (an audit of colours and sizes measures the page as it
 * stays, not mid-change). Ended at once rather than waited for: their time
 * runs with the frames the browser paints, which a busy machine may delay.
 */
export async function settled(page, ms = WAIT_MS) {
  await page.evaluate((ms) => Promise.race([
    (async () => {
      await document.fonts.ready;
      for (const animation of document.getAnimations()) {
        try { animation.finish(); } catch { /* an endless one stays as it is */ }
      }
    })(),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${location.href}: fonts not loaded after ${ms} ms`)), ms)),
  ]), ms);
}

/**
 * The problems of `page` less the browser's own report of a page address
 * answering 404, which is expected where a test opens an address with no page,
 * and of that page's QR code (`qr.svg` beside the page file, which a record
 * the build did not have, from a substitute dataset, has not either).
 */
export function problemsBesidesPage404(page) {
  return page.problems.filter((p) => {
    const [, url] = p.match(/status of 404 .* @ (\S+)$/) ?? [];
    return !(url && page.notFoundPages.has(url.replace(/qr\.svg$/, '')));
  });
}
