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

/** The longest a test waits for anything in the browser, unless it says otherwise. */
export const WAIT_MS = 20_000;

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
  page.problems = [];
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
 * Waits until the app shows the page: a page heading, and the page start
 * written into the HTML file (`#prerendered`) replaced by the app's render.
 */
export async function ready(page) {
  await page.waitForFunction(
    () => document.querySelector('main h1') && !document.getElementById('prerendered'),
    null, { timeout: 20_000 },
  );
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
