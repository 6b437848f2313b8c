// The offline worker: after a first visit the portal keeps working with the
// server cut off; after a new deploy a returning visitor gets the new release
// on the next load, whole (its code with its data), and the old caches go; a
// worker that cannot be registered is reported, not waited on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer } from './support/server.mjs';
import { launch, newPage, ready, until, workerReady } from './support/browser.mjs';
import { nextDeploy } from './support/redeploy.mjs';
import { STRINGS } from './support/strings.mjs';

const DATASET = JSON.parse(readFileSync('dist/data/portal.json', 'utf8'));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Visits `url` until the offline worker controls the page. */
async function visitUntilControlled(page, url) {
  await page.goto(url);
  await ready(page);
  await workerReady(page);
  await page.reload();
  await ready(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The names of the worker caches the page's origin holds. */
const cacheNames = (page) => page.evaluate(() => caches.keys());

test('after a visit in one language, pages visited and not yet visited open offline in every language, and the data comes back with the network', async () => {
  let server = await startServer();
  const port = Number(new URL(server.origin).port);
  const page = await newPage(browser, { serviceWorkers: 'allow' });
  await visitUntilControlled(page, server.url('en/'));
  const park = DATASET.parks[1];
  await page.goto(server.url(`en/parks/${park.id}/`));
  await ready(page);

  await server.close();
  /** Opens `path` offline and checks its heading, header, sections and switcher. */
  async function opensWhole(path, heading, lang) {
    await page.goto(server.url(path));
    await ready(page);
    assert.equal(await page.textContent('main h1'), heading, path);
    assert.equal(await page.getAttribute('html', 'lang'), { fr: 'fr', en: 'en', zh: 'zh-Hans' }[lang], path);
    assert.ok(await page.locator('.site-nav a').count() >= 5, `${path}: the header's sections`);
    assert.equal(await page.locator('.language-switcher a').count(), 3, `${path}: the language switcher`);
    assert.equal(await page.locator('[data-state="error"]').count(), 0, `${path}: no notice`);
  }
  // The server is gone: a page visited before, reloaded, and in the other languages.
  await opensWhole(`en/parks/${park.id}/`, park.name.en, 'en');
  await opensWhole(`fr/parks/${park.id}/`, park.name.fr, 'fr');
  await opensWhole(`zh/parks/${park.id}/`, park.name.zh, 'zh');
  // Pages never visited, in every language, open with their data.
  await opensWhole('fr/sources/', STRINGS.fr['sources.title'], 'fr');
  assert.equal(await page.locator('[data-list="sources"] article').count(), DATASET.sources.length);
  await opensWhole(`zh/events/${DATASET.events[0].id}/`, DATASET.events[0].title.zh, 'zh');
  await opensWhole(`en/events/${DATASET.events[0].id}/`, DATASET.events[0].title.en, 'en');

  // The server is back: pages load from it again.
  server = await startServer({ port });
  const response = await page.goto(server.url('en/agreements/'));
  assert.equal(response.status(), 200);
  await ready(page);
  assert.equal(await page.textContent('main h1'), STRINGS.en['agreements.title']);
  const unexpected = page.problems.filter((p) => !/Failed to load resource|net::ERR/.test(p));
  assert.deepEqual(unexpected, []);
  await page.context().close();
  await server.close();
});

test('after a new deploy a returning visitor gets it on the next load, code and data together, and the old caches go', async () => {
  const park = DATASET.parks[1];
  const renamed = { fr: `${park.name.fr} (nouvelle version)`, en: `${park.name.en} (new release)`, zh: `${park.name.zh}（新版）` };
  const deploy = nextDeploy('dist', (dataset) => { dataset.parks[1].name = renamed; });
  const url = (server) => server.url(`en/parks/${park.id}/`);
  try {
    // Release A: visited until its worker controls the page and has cached the app.
    let server = await startServer();
    const port = Number(new URL(server.origin).port);
    const page = await newPage(browser, { serviceWorkers: 'allow' });
    await visitUntilControlled(page, url(server));
    assert.equal(await page.textContent('main h1'), park.name.en);
    assert.deepEqual(await cacheNames(page), [deploy.oldCache]);

    // Release B replaces A at the same address.
    await server.close();
    server = await startServer({ root: deploy.root, port });
    const wasmLoaded = [];
    page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasmLoaded.push(request.url().split('/').pop()); });

    // One reload shows B: B's heading from B's data, through B's code only.
    await page.reload();
    await ready(page);
    assert.equal(await page.textContent('main h1'), renamed.en);
    assert.deepEqual(wasmLoaded, [deploy.newWasm], 'the page ran only the new release\'s wasm');
    assert.ok(!(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).join(' '))).includes(deploy.oldWasm));

    // B's worker takes over and removes A's caches.
    await until('only the new release\'s cache', async () => (await cacheNames(page)).join() === deploy.newCache);

    // Other pages of B, in other languages, come with B's data too, and the
    // page is whole: the app took over and nothing went wrong on the way.
    await page.goto(server.url(`zh/parks/${park.id}/`));
    await ready(page);
    assert.equal(await page.textContent('main h1'), renamed.zh);
    assert.equal(await page.locator('[data-state="error"]').count(), 0);
    assert.deepEqual(wasmLoaded.filter((w) => w !== deploy.newWasm), []);
    assert.deepEqual(page.problems, []);

    // B is what the worker now keeps: offline, B's data shows, on a page
    // never visited in a language read under B.
    await server.close();
    await page.goto(server.url('zh/parks/'));
    await ready(page);
    await page.waitForFunction(() => document.querySelector('[data-list="parks"]'));
    assert.ok((await page.textContent('[data-list="parks"]')).includes(renamed.zh));
    await page.context().close();
  } finally {
    deploy.remove();
  }
});

test('a worker that cannot be registered is reported on the console, and the portal works on', async () => {
  const server = await startServer({
    intercept: (req, res) => {
      if (!req.url.endsWith('/sw.js')) return false;
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end('this is not JavaScript (');
      return true;
    },
  });
  const page = await newPage(browser, { serviceWorkers: 'allow' });
  await page.goto(server.url('en/parks/'));
  await ready(page);
  await page.waitForFunction(() => document.querySelector('[data-list="parks"]'));
  await until('a report of the worker\'s failure', () => page.problems.some((p) => p.includes('offline worker')));
  assert.ok(page.problems.some((p) => /The offline worker \S*sw\.js could not be registered/.test(p)), page.problems.join('\n'));
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
  await page.context().close();
  await server.close();
});

test('one visit in English, moving only inside the app, then offline: French and Chinese pages, visited or not, open whole; a status line says offline; a missing QR code gives way to a sentence', async () => {
  const server = await startServer();
  const page = await newPage(browser, { serviceWorkers: 'allow' });
  // The first page loads before the worker runs: the dataset it fetched went
  // past the worker; the moves after it are the app's, which fetches nothing.
  await page.goto(server.url('en/'));
  await ready(page);
  await workerReady(page);
  const park = DATASET.parks[2];
  await page.click('.site-nav a[href$="/en/parks/"]');
  await page.waitForSelector(`main a[href$="/en/parks/${park.id}/"]`);
  await page.click(`main a[href$="/en/parks/${park.id}/"]`);
  await page.waitForFunction((name) => document.querySelector('main h1')?.textContent === name, park.name.en);

  await page.context().setOffline(true);
  await page.waitForFunction((text) => document.querySelector('.connection-status')?.textContent === text, STRINGS.en['connection.offline']);
  const event = DATASET.events[3];
  for (const [lang, path, heading] of [
    ['fr', `fr/parks/${park.id}/`, park.name.fr],
    ['zh', `zh/parks/${park.id}/`, park.name.zh],
    ['fr', `fr/events/${event.id}/`, event.title.fr],
    ['zh', 'zh/agreements/', STRINGS.zh['agreements.title']],
  ]) {
    await page.goto(server.url(path));
    await ready(page);
    assert.equal(await page.textContent('main h1'), heading, path);
    assert.ok(await page.locator('.site-nav a').count() >= 5, `${path}: the header's sections`);
    assert.equal(await page.locator('.language-switcher a').count(), 3, `${path}: the language switcher`);
    assert.equal(await page.locator('[data-state="error"]').count(), 0, `${path}: no notice`);
    assert.ok((await page.title()).startsWith(heading), `${path}: title ${await page.title()}`);
    assert.equal(await page.textContent('.connection-status'), STRINGS[lang]['connection.offline'], path);
    // The QR code of a page never opened online is not on the device.
    await page.waitForSelector('.share-qr__missing');
    assert.equal(await page.textContent('.share-qr__missing'), STRINGS[lang]['share.qr_missing']);
    assert.equal(await page.locator('.share-qr img').count(), 0);
  }
  // Online again: the line empties.
  await page.context().setOffline(false);
  await page.waitForFunction(() => document.querySelector('.connection-status')?.textContent === '');
  await page.context().close();
  await server.close();
});

test('data that cannot be had while offline: the message says the visitor is offline, under the header', async () => {
  const server = await startServer();
  const page = await newPage(browser);
  // No worker here: the dataset is refused, the page file stays readable with the notice.
  await page.route('**/data/portal.json', (route) => route.abort('internetdisconnected'));
  await page.goto(server.url('fr/parks/'));
  await page.waitForSelector('[data-state="error"]');
  await page.context().setOffline(true);
  await page.click('[data-state="error"] button');
  await page.waitForFunction((text) => document.querySelector('[data-state="error"]')?.textContent.includes(text),
    STRINGS.fr['data.error_offline']);
  // The page file's header, the app's shell still hidden behind it.
  assert.ok(await page.locator('.site-nav a:visible').count() >= 5, 'the header');
  assert.equal(await page.locator('.language-switcher a:visible').count(), 3, 'the language switcher');
  await page.context().close();
  await server.close();
});
