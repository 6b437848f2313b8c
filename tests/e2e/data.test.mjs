// The dataset as the app loads it: real records in each language, and a clear
// message with a working retry when the file cannot be used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, ready } from './support/browser.mjs';
import { STRINGS, LANGS } from './support/strings.mjs';
import { assertErrorPage } from './support/error_page.mjs';
import { DATASET, serveSite } from './support/site.mjs';

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

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
  'a dataset of another format': {
    fault: (r) => r.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ...DATASET, parks: [{ ...DATASET.parks[0], website: 'https://example.org' }, ...DATASET.parks.slice(1)] }),
    }),
    shown: { path: '$.parks[0].website', says: ['unknown field `website`'] },
  },
};

for (const [name, { fault, shown }] of Object.entries(FAULTS)) {
  test(`${name} leaves the page as published, with a message in the visitor's language and a retry that works`, async () => {
    for (const lang of LANGS) {
      const page = await newPage(browser);
      const s = STRINGS[lang];
      const heal = await breakDataset(page, fault);
      await page.goto(server.url(`${lang}/parks/`));
      await assertErrorPage(page, lang, shown, s['parks.title'], `${name}, ${lang}`);
      // The list is there, from the page file.
      assert.equal(await page.locator('#prerendered [data-list="parks"] tbody tr').count(), DATASET.parks.length);
      heal();
      await page.click(`[data-state="error"]:visible button:has-text("${s['data.retry']}")`);
      await ready(page);
      assert.equal(await page.locator('[data-state="error"]').count(), 0);
      assert.equal(await page.locator('[data-list="parks"] tbody tr').count(), DATASET.parks.length);
      assert.equal(await page.textContent('main h1'), s['parks.title']);
      // A network failure is logged by the browser itself; nothing else may be.
      const problems = page.problems.filter((p) => !/Failed to load resource|net::ERR/.test(p));
      assert.deepEqual(problems, []);
      await page.context().close();
    }
  });
}

test('a slow dataset: the whole page shows at once from the page file, says no "loading", and the app takes over unseen', async () => {
  for (const lang of LANGS) {
    const page = await newPage(browser);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/data/portal.json', async (route) => { await held; await route.continue(); });
    await page.goto(server.url(`${lang}/parks/`), { waitUntil: 'domcontentloaded' });
    // The heading and the whole list are in the HTML file.
    assert.equal(await page.textContent('main h1'), STRINGS[lang]['parks.title']);
    assert.equal(await page.locator('[data-list="parks"] tbody tr').count(), DATASET.parks.length);
    await page.waitForTimeout(500);
    assert.equal(await page.locator('.data-status:visible').count(), 0, 'nothing says it is loading');
    assert.equal(await page.title(), `${STRINGS[lang]['parks.title']} · ${STRINGS[lang]['portal.name']}`);
    assert.equal(await page.locator('main:visible').count(), 1);
    release();
    await ready(page);
    assert.equal(await page.locator('main').count(), 1);
    assert.equal(await page.textContent('main h1'), STRINGS[lang]['parks.title']);
    assert.equal(await page.locator('[data-list="parks"] tbody tr').count(), DATASET.parks.length);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('late code or data: the page file is read and followed meanwhile, and the app takes over whenever they come', async () => {
  // The app has no deadline of its own: a wasm or a dataset that comes long
  // after the page (here after 3 s each, on a machine where a page is taken
  // over in well under 1 s) is used when it comes, and until then the page
  // file is the page, links included.
  for (const held of ['**/*.wasm', '**/data/portal.json']) {
    const page = await newPage(browser);
    let release;
    const late = new Promise((resolve) => { release = resolve; });
    await page.route(held, async (route) => { await late; await route.continue().catch(() => {}); });
    await page.goto(server.url('zh/parks/'), { waitUntil: 'domcontentloaded' });
    assert.equal(await page.textContent('main h1'), STRINGS.zh['parks.title']);
    await page.click(`main a[href$="/zh/parks/${DATASET.parks[0].id}/"]`);
    await page.waitForURL(server.url(`zh/parks/${DATASET.parks[0].id}/`));
    assert.equal(await page.textContent('main h1'), DATASET.parks[0].name.zh, held);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    assert.equal(await page.locator('#prerendered').count(), 1, `${held}: the page file stays while it is held back`);
    release();
    await ready(page);
    assert.equal(await page.textContent('main h1'), DATASET.parks[0].name.zh, held);
    assert.deepEqual(page.problems, [], held);
    await page.context().close();
  }
});

test('a page that gets no frame to paint still starts the app', async () => {
  // The loader starts the app after the first painted frame; a browser too
  // busy to paint, or a headless one, may give a page no frame for a long
  // time, and the start must not wait on one for ever. Here the page never
  // gets one.
  const page = await newPage(browser);
  await page.addInitScript(() => { window.requestAnimationFrame = () => 0; });
  await page.goto(server.url('en/agreements/'));
  await ready(page, 10_000);
  assert.equal(await page.textContent('main h1'), STRINGS.en['agreements.title']);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a wait for the app that ends in vain names the page, how far the app got and what is missing', async () => {
  // The tests' own wait (support/browser.mjs): its message is what a failed
  // run leaves to go on, so it must tell a page that cannot start from one
  // without data.
  const cases = [
    ['**/*.wasm', (route) => route.abort('connectionreset'), /reached: no stage; next: the app's code did not start/],
    ['**/data/portal.json', () => {}, /reached: portal:main → portal:mounted; next: the dataset did not arrive/],
  ];
  for (const [what, fault, expected] of cases) {
    const page = await newPage(browser);
    await page.route(what, fault);
    await page.goto(server.url('fr/events/'), { waitUntil: 'domcontentloaded' });
    const error = await ready(page, 3_000).then(() => null, (e) => e);
    assert.ok(error, `${what}: the wait ended in vain`);
    assert.match(error.message, new RegExp(`^${server.url('fr/events/').replace(/[.?]/g, '\\$&')}: the app did not show the page within 3 s`), what);
    assert.match(error.message, expected, what);
    assert.match(error.message, /page file still there/, what);
    if (what.endsWith('wasm')) assert.match(error.message, /failed requests: \S+\.wasm \(net::ERR_CONNECTION_RESET\)/);
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
