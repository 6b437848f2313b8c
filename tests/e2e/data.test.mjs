// The dataset as the app loads it: real records in each language, and a clear
// message with a working retry when the file cannot be used.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer } from './support/server.mjs';
import { launch, newPage, ready } from './support/browser.mjs';
import { STRINGS, LANGS } from './support/strings.mjs';
import { assertErrorPage } from './support/error_page.mjs';

const DATASET = JSON.parse(readFileSync('dist/data/portal.json', 'utf8'));

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

for (const lang of LANGS) {
  test(`the parks of the dataset are listed in ${lang}`, async () => {
    const page = await newPage(browser);
    await page.goto(server.url(`${lang}/parks`));
    await ready(page);
    await page.waitForSelector('[data-list="parks"]');
    const shown = await page.$$eval('[data-list="parks"] tbody th a', (hs) => hs.map((h) => h.textContent));
    assert.deepEqual(new Set(shown), new Set(DATASET.parks.map((p) => p.name[lang])));
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

/** Serves the dataset request with `fault` until `heal()` is called. */
async function breakDataset(page, fault) {
  let broken = true;
  await page.route('**/data/portal.json', (route) => (broken ? fault(route) : route.continue()));
  return () => { broken = false; };
}

const FAULTS = {
  'HTTP 404': { fault: (r) => r.fulfill({ status: 404, body: 'not found' }), shown: 404 },
  'HTTP 500': { fault: (r) => r.fulfill({ status: 500, body: 'oops' }), shown: 500 },
  'an empty body': { fault: (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '' }), shown: 'damaged' },
  'a truncated body': {
    fault: (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(DATASET).slice(0, 5000) }),
    shown: 'damaged',
  },
  'no answer': { fault: (r) => r.abort('connectionrefused'), shown: 'network' },
  'a dataset that breaks the rules': {
    fault: (r) => r.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ...DATASET, parks: [{ ...DATASET.parks[0], sources: [] }, ...DATASET.parks.slice(1)] }),
    }),
    shown: [{ path: '$.parks[0].sources', says: ['at least one source'] }],
  },
};

for (const [name, { fault, shown }] of Object.entries(FAULTS)) {
  test(`${name} gives a message in the visitor's language and a retry that works`, async () => {
    for (const lang of LANGS) {
      const page = await newPage(browser);
      const s = STRINGS[lang];
      const heal = await breakDataset(page, fault);
      await page.goto(server.url(`${lang}/parks`));
      await assertErrorPage(page, lang, shown, `${name}, ${lang}`);
      heal();
      await page.click(`button:has-text("${s['data.retry']}")`);
      await page.waitForSelector('[data-list="parks"]');
      assert.equal(await page.textContent('main h1'), s['parks.title']);
      // A network failure is logged by the browser itself; nothing else may be.
      const problems = page.problems.filter((p) => !/Failed to load resource|net::ERR/.test(p));
      assert.deepEqual(problems, []);
      await page.context().close();
    }
  });
}

test('a slow dataset: the page start shows at once with a loading message in the visitor language, then the data', async () => {
  for (const lang of LANGS) {
    const page = await newPage(browser);
    await page.route('**/data/portal.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await route.continue();
    });
    await page.goto(server.url(`${lang}/parks/`));
    // The heading is in the HTML file; the app, once running, adds the loading message.
    assert.equal(await page.textContent('main h1'), STRINGS[lang]['parks.title']);
    await page.waitForSelector('.data-status', { state: 'visible' });
    assert.equal(await page.textContent('.data-status'), STRINGS[lang]['data.loading']);
    // The running app keeps the page file's title while the data loads.
    assert.equal(await page.title(), `${STRINGS[lang]['parks.title']} · ${STRINGS[lang]['portal.name']}`);
    assert.equal(await page.locator('main:visible').count(), 1);
    await page.waitForSelector('[data-list="parks"]', { timeout: 20_000 });
    assert.equal(await page.locator('#prerendered').count(), 0);
    assert.equal(await page.locator('main').count(), 1);
    assert.equal(await page.textContent('main h1'), STRINGS[lang]['parks.title']);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('a search typed before the app has taken over is kept, with the focus', async () => {
  const page = await newPage(browser);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/data/portal.json', async (route) => { await held; await route.continue(); });
  // The held dataset holds the load event too.
  await page.goto(server.url('fr/'), { waitUntil: 'domcontentloaded' });
  await page.locator('#prerendered #header-search').click();
  await page.keyboard.type('Qingdao');
  release();
  await page.waitForFunction(() => !document.getElementById('prerendered'));
  assert.equal(await page.inputValue('#header-search'), 'Qingdao');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'header-search');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.search-count');
  assert.match(new URL(page.url()).search, /q=Qingdao/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
