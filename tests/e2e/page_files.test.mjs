// The page files against the app, on the release build served as GitHub
// Pages serves it:
// - whole pages: read without scripts, each page file holds (nearly) every
//   line the app shows at that address once it has taken over (its controls
//   that need scripts aside, which the page file replaces with links);
// - one renderer: the page the build rendered natively (`#prerendered`) and
//   the app's DOM after takeover have the same text and the same links (but
//   those a page file offers in place of controls that need scripts).
//
// One page of each kind in each language; `PAGE_FILES=all` checks every page
// of the sitemap instead (and reports the lowest share).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { newPage, ready, WAIT_MS } from './support/browser.mjs';
import { LANGS } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

/** The least share of the app's lines a page file must hold. */
const WHOLE = 0.95;

/** One address of each kind of page, relative to a language's home. */
const KINDS = [
  '',
  'parks/', `parks/${DATASET.parks[0].id}/`,
  'agreements/', `agreements/${DATASET.agreements[0].id}/`,
  'events/', `events/${DATASET.events[0].id}/`,
  'organisations/', `organisations/${DATASET.organisations[0].id}/`,
  'people/', `people/${DATASET.people[0].id}/`,
  'topics/', `topics/${DATASET.topics[0].id}/`,
  'sources/', 'search/', 'map/', 'timeline/', 'data/',
];

/** The addresses to check: one per kind and language, or every page of the sitemap. */
function addresses(base) {
  if (process.env.PAGE_FILES === 'all') {
    const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
    return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname.slice(base.length));
  }
  return LANGS.flatMap((lang) => KINDS.map((kind) => `${lang}/${kind}`));
}

/** The visible lines of a text, trimmed, without empty ones. */
const lines = (text) => text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

/** The app's page at `path` once it has taken over, its late parts (the map) drawn. */
async function appPage(page, path) {
  await page.goto(server.url(path));
  await ready(page);
  await page.waitForLoadState('networkidle', { timeout: WAIT_MS });
  if (path.endsWith('/map/')) await page.waitForSelector('.map-land', { state: 'attached', timeout: WAIT_MS });
}

test('every page file holds the page the app shows there, read without scripts', async (t) => {
  const still = await browser.newContext({ javaScriptEnabled: false });
  const plain = await still.newPage();
  const page = await newPage(browser);
  const shares = [];
  for (const path of addresses(server.base)) {
    assert.equal((await plain.goto(server.url(path))).status(), 200, path);
    const file = new Set(lines(await plain.evaluate(() => document.body.innerText)));
    await appPage(page, path);
    // What the app shows, but the controls that need scripts (`.needs-script`):
    // the page file replaces them with links (tests/e2e/without_scripts.test.mjs).
    const shown = lines(await page.evaluate(() => {
      const hidden = [...document.querySelectorAll('.needs-script')];
      for (const el of hidden) el.style.display = 'none';
      const text = document.body.innerText;
      for (const el of hidden) el.style.display = '';
      return text;
    }));
    const missing = shown.filter((l) => !file.has(l));
    const share = 1 - missing.length / shown.length;
    shares.push([share, path]);
    assert.ok(shown.length > 5, `${path}: the app shows ${shown.length} lines`);
    assert.ok(share >= WHOLE, `${path}: the page file has ${(100 * share).toFixed(1)} % of the app's ${shown.length} lines; missing: ${missing.slice(0, 5).join(' | ')}`);
  }
  shares.sort((a, b) => a[0] - b[0]);
  t.diagnostic(`${shares.length} page files; lowest share ${(100 * shares[0][0]).toFixed(1)} % (${shares[0][1]}), ` +
    `${shares.filter(([s]) => s === 1).length} hold every line`);
  await still.close();
  await page.context().close();
});

test('the page rendered at build time and the app after takeover have the same text and links', async () => {
  for (const path of addresses(server.base)) {
    const page = await newPage(browser);
    // The dataset waits until the page file has been read, so the app cannot
    // take over before.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/data/portal.json', async (route) => { await held; await route.continue(); });
    await page.goto(server.url(path), { waitUntil: 'domcontentloaded' });
    const read = (root) => page.evaluate((selector) => {
      const el = document.querySelector(selector);
      return {
        text: el.innerText,
        // What a page file offers in place of controls that need scripts
        // (`[data-without-script]`, hidden where scripts run) the app does not draw.
        links: [...el.querySelectorAll('a[href]')].filter((a) => !a.closest('[data-without-script]'))
          .map((a) => `${a.textContent.trim()} → ${a.getAttribute('href')}`),
      };
    }, root);
    const built = await read('#prerendered');
    release();
    await ready(page);
    await page.waitForLoadState('networkidle', { timeout: WAIT_MS });
    const app = await read('body');
    assert.deepEqual(lines(app.text), lines(built.text), `${path}: text`);
    assert.deepEqual(app.links, built.links, `${path}: links`);
    await page.context().close();
  }
});

test('an address without a page: the 404 file is the not-found page, and the app writes it alike', async () => {
  const page = await newPage(browser);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/data/portal.json', async (route) => { await held; await route.continue(); });
  const response = await page.goto(server.url('en/no-such-page/'), { waitUntil: 'domcontentloaded' });
  assert.equal(response.status(), 404);
  const built = lines(await page.evaluate(() => document.getElementById('prerendered').innerText));
  release();
  await ready(page);
  const app = lines(await page.evaluate(() => document.body.innerText));
  assert.deepEqual(app, built);
  await page.context().close();
});
