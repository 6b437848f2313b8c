// The map page in every language: every park drawn as a link that the
// keyboard reaches, whose name shows on focus and hover and that opens the
// park; the list beside it; the base map fetched by this page alone, from the
// site itself; and the page still usable when the base map cannot be loaded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer } from './support/server.mjs';
import { launch, newPage, ready } from './support/browser.mjs';
import { STRINGS, LANGS, plural } from './support/strings.mjs';

const DATASET = JSON.parse(readFileSync('dist/data/portal.json', 'utf8'));
const PARK_IDS = DATASET.parks.map((p) => p.id).sort();
const GEOMETRY = /\/map\/geometry\.json$/;
const squash = (text) => text.replace(/\s+/g, '');

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** Opens the map page and waits for the base map. */
async function openMap(page, lang) {
  await page.goto(server.url(`${lang}/map/`));
  await ready(page);
  await page.waitForSelector('.map-land', { timeout: 20_000 });
}

/** Waits until the map shows `name` as the active park's name. */
async function tipShows(page, name, { fitted = false } = {}) {
  await page.waitForFunction(([expected, selector]) => {
    const text = document.querySelector(selector);
    return text?.textContent.replace(/\s+/g, '') === expected;
  }, [squash(name), fitted ? '.map-tip[data-fitted] text' : '.map-tip text'], { timeout: 5_000 })
    .catch(async () => {
      const shown = await page.locator('.map-tip').textContent({ timeout: 500 }).catch(() => 'nothing');
      assert.fail(`the map shows "${shown}" instead of "${name}"`);
    });
}

/** Presses Tab until a park marker has focus; its park id. */
async function tabToMarker(page, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.closest?.('.map-park')?.dataset.park ?? null);
    if (id) return id;
  }
  return null;
}

for (const lang of LANGS) {
  test(`map in ${lang}: every park, reached by Tab, named on focus, opened with Enter`, async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await openMap(page, lang);

    assert.equal(await page.textContent('main h1'), STRINGS[lang]['map.title']);
    const markers = await page.$$eval('svg.map a.map-park', (as) => as.map((a) => a.dataset.park).sort());
    assert.deepEqual(markers, PARK_IDS, 'one marker per park');
    const listed = await page.$$eval('[data-list="map-parks"] > li', (lis) => lis.map((li) => li.dataset.park).sort());
    assert.deepEqual(listed, PARK_IDS, 'every park in the list');
    for (const park of DATASET.parks) {
      const link = page.locator(`[data-list="map-parks"] > li[data-park="${park.id}"] h3 a`);
      assert.equal(await link.textContent(), park.name[lang]);
    }
    // The SVG is a labelled group whose links are named after the parks,
    // after the visible label where that is the park's city.
    assert.equal(await page.getAttribute('svg.map', 'aria-label'), STRINGS[lang]['map.label']);
    const summary = await page.textContent('svg.map desc');
    assert.equal(summary, plural(lang, 'map.summary', DATASET.parks.length));
    for (const park of DATASET.parks) {
      const marker = page.locator(`a.map-park[data-park="${park.id}"]`);
      const label = (await marker.locator('text').textContent()).trim();
      const expected = label === park.name[lang] || park.name[lang].includes(label)
        ? park.name[lang]
        : STRINGS[lang]['map.marker_name'].replace('{label}', label).replace('{name}', park.name[lang]);
      assert.equal(await marker.getAttribute('aria-label'), expected);
    }
    // Lines for the agreements, and the attribution of the base map.
    assert.ok((await page.locator('.map-links path').count()) > 10);
    assert.equal(await page.textContent('.map-attribution'), STRINGS[lang]['map.attribution']);
    assert.equal(await page.locator('.map-swipe').isVisible(), false, 'no sideways hint on a wide screen');
    assert.match(STRINGS[lang]['map.attribution'], /Natural Earth/);

    // Tab reaches every marker in turn; each shows its park's whole name.
    assert.equal(await page.locator('.map-tip').count(), 0, 'no name shown before focus');
    const reached = [];
    let id = await tabToMarker(page);
    while (id && !reached.includes(id)) {
      reached.push(id);
      // The name shows; its box is fitted to the text once the browser has measured it.
      const name = DATASET.parks.find((p) => p.id === id).name[lang];
      await tipShows(page, name, { fitted: true });
      const tip = page.locator('.map-tip');
      const box = await tip.locator('rect').boundingBox();
      const text = await tip.locator('text').boundingBox();
      assert.ok(text.x >= box.x - 1 && text.x + text.width <= box.x + box.width + 1, `${id}: the name fits its box`);
      const svg = await page.locator('svg.map').boundingBox();
      assert.ok(box.x >= svg.x - 1 && box.x + box.width <= svg.x + svg.width + 1, `${id}: the name stays on the map`);
      await page.keyboard.press('Tab');
      id = await page.evaluate(() => document.activeElement?.closest?.('.map-park')?.dataset.park ?? null);
    }
    assert.deepEqual([...reached].sort(), PARK_IDS, 'Tab reaches every marker');
    // After the markers, Tab goes on into the list, whose entries name their park on the map too.
    const entry = await page.evaluate(() => document.activeElement?.closest?.('[data-list="map-parks"] > li')?.dataset.park ?? null);
    assert.ok(entry, 'the list follows the markers');
    await tipShows(page, DATASET.parks.find((p) => p.id === entry).name[lang]);

    // Enter on a marker opens the park, without reloading the app.
    await page.evaluate(() => { window.stillHere = true; });
    await page.goto(server.url(`${lang}/map/`));
    await ready(page);
    await page.evaluate(() => { window.stillHere = true; });
    const first = await tabToMarker(page);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${lang}/parks/${first}/`);
    await page.waitForFunction((name) => document.querySelector('main h1')?.textContent === name,
      DATASET.parks.find((p) => p.id === first).name[lang]);
    assert.equal(await page.evaluate(() => window.stillHere), true, 'followed inside the app');

    const elsewhere = requests.filter((url) => new URL(url).origin !== server.origin);
    assert.deepEqual(elsewhere, [], 'requests to another origin');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('hovering a marker or a list entry shows the park name; a click opens the park', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await openMap(page, 'zh');
  const park = DATASET.parks.find((p) => p.id === 'qingdao-hi-tech-zone');
  const marker = page.locator(`a.map-park[data-park="${park.id}"] .map-park__dot`);
  await marker.hover();
  await tipShows(page, park.name.zh);
  await page.mouse.move(5, 5);
  await page.locator('.map-tip').waitFor({ state: 'detached' });
  // Pointing at a park in the list names it on the map and brings out its lines.
  const sophia = DATASET.parks.find((p) => p.id === 'sophia-antipolis');
  await page.locator('[data-list="map-parks"] > li[data-park="sophia-antipolis"] h3').hover();
  await tipShows(page, sophia.name.zh);
  assert.ok((await page.locator('.map-links path[data-state="on"]').count()) >= 6);
  assert.ok((await page.locator('.map-links path[data-state="off"]').count()) > 0);
  await page.mouse.move(5, 5);
  await page.locator('.map-tip').waitFor({ state: 'detached' });
  assert.equal(await page.locator('.map-links path[data-state]').count(), 0);
  await marker.click();
  await page.waitForURL(`**/zh/parks/${park.id}/`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the base map is fetched by the map page only', async () => {
  const page = await newPage(browser);
  const geometry = [];
  page.on('request', (r) => { if (GEOMETRY.test(new URL(r.url()).pathname)) geometry.push(r.url()); });
  for (const path of ['en/', 'en/parks/', 'en/parks/sophia-antipolis/', 'en/agreements/']) {
    await page.goto(server.url(path));
    await ready(page);
  }
  await page.waitForTimeout(300);
  assert.deepEqual(geometry, [], 'no other page asks for the geometry');
  // Following the header's link to the map fetches it, from the site's own path.
  await page.click(`header a[href$="/en/map/"]`);
  await page.waitForSelector('.map-land');
  assert.deepEqual(geometry, [server.url('map/geometry.json')]);
  // Leaving the map does not fetch it again.
  await page.click(`header a[href$="/en/parks/"]`);
  await ready(page);
  assert.equal(geometry.length, 1);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the geometry file is small', () => {
  const size = readFileSync('dist/map/geometry.json').length;
  assert.ok(size < 60 * 1024, `${size} bytes`);
});

test('without its base map the page still shows the parks, the lines and the list, in the visitor language', async () => {
  let failures = 1;
  const faulty = await startServer({
    intercept: (req, res) => {
      if (GEOMETRY.test(req.url.split('?')[0]) && failures > 0) {
        failures--;
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('boom');
        return true;
      }
      return false;
    },
  });
  try {
    for (const lang of ['fr', 'zh']) {
      failures = 1;
      const page = await newPage(browser);
      await page.goto(faulty.url(`${lang}/map/`));
      await ready(page);
      const alert = page.locator('[data-state="map-error"]');
      await alert.waitFor();
      assert.ok((await alert.textContent()).includes(STRINGS[lang]['map.error']));
      assert.equal(await page.locator('svg.map a.map-park').count(), PARK_IDS.length);
      assert.equal(await page.locator('[data-list="map-parks"] > li').count(), PARK_IDS.length);
      assert.equal(await page.locator('.map-land').count(), 0);
      // Retry: the file is there the second time.
      await alert.getByRole('button', { name: STRINGS[lang]['map.retry'] }).click();
      await page.waitForSelector('.map-land');
      assert.equal(await alert.count(), 0);
      // The browser reports the failed request itself; nothing else may go wrong.
      const problems = page.problems.filter((p) => !/status of 500/.test(p));
      assert.deepEqual(problems, []);
      await page.context().close();
    }
  } finally {
    await faulty.close();
  }
});

test('on a phone the map and the list both show, the list below the map', async () => {
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await openMap(page, 'en');
  const map = await page.locator('.map-figure').boundingBox();
  const list = await page.locator('.map-list').boundingBox();
  assert.ok(list.y >= map.y + map.height, 'list below the map');
  // The map keeps a readable size and slides sideways, and says so.
  assert.ok(await page.locator('.map-swipe').isVisible());
  assert.ok(await page.locator('.map-frame').evaluate((f) => f.scrollWidth > f.clientWidth));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, 'the page itself does not scroll sideways');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
