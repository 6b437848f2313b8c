// After a first visit the portal keeps working with the server cut off: the
// service worker serves the app, the pages and the dataset from its cache.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer } from './support/server.mjs';
import { launch, newPage, ready } from './support/browser.mjs';
import { STRINGS } from './support/strings.mjs';

const DATASET = JSON.parse(readFileSync('dist/data/portal.json', 'utf8'));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('pages visited and not yet visited open offline, and the data comes back with the network', async () => {
  let server = await startServer();
  const port = Number(new URL(server.origin).port);
  const page = await newPage(browser, { serviceWorkers: 'allow' });
  await page.goto(server.url('en/'));
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await ready(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const park = DATASET.parks[1];
  await page.goto(server.url(`en/parks/${park.id}/`));
  await ready(page);

  await server.close();
  // The server is gone: a page visited before, reloaded.
  await page.reload();
  await ready(page);
  assert.equal(await page.textContent('main h1'), park.name.en);
  // A page never visited, in another language, still opens with its data.
  await page.goto(server.url('fr/sources/'));
  await ready(page);
  assert.equal(await page.textContent('main h1'), STRINGS.fr['sources.title']);
  assert.equal(await page.locator('[data-list="sources"] article').count(), DATASET.sources.length);
  await page.goto(server.url(`zh/events/${DATASET.events[0].id}/`));
  await ready(page);
  assert.equal(await page.textContent('main h1'), DATASET.events[0].title.zh);

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
