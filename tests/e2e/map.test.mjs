// The map page in every language: every park drawn as a link that the
// keyboard reaches, whose name shows on focus and hover and that opens the
// park; the list beside it; the base map fetched by this page alone, from the
// site itself; and the page still usable when the base map cannot be loaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer } from './support/server.mjs';
import { newPage, ready, WAIT_MS } from './support/browser.mjs';
import { STRINGS, LANGS, plural } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

const PARK_IDS = DATASET.parks.map((p) => p.id).sort();
const GEOMETRY = /\/map\/geometry\.json$/;
const squash = (text) => text.replace(/\s+/g, '');
const ORGANISATIONS = Object.fromEntries(DATASET.organisations.map((o) => [o.id, o]));
/** The park a party stands for on the map: itself, or the park of an organisation (if any). */
const parkOf = (party) => party.park ?? ORGANISATIONS[party.organisation]?.park ?? null;
const parksOf = (agreement) => [...new Set(agreement.parties.map(parkOf).filter(Boolean))];
/** The agreements the map draws (two parks or more), and those it cannot. */
const DRAWN = DATASET.agreements.filter((a) => parksOf(a).length >= 2);
const UNDRAWN = DATASET.agreements.filter((a) => parksOf(a).length < 2);
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

/** Opens the map page and waits for the base map. */
async function openMap(page, lang) {
  await page.goto(server.url(`${lang}/map/`));
  await ready(page);
  await page.waitForSelector('.map-land');
}

/** Waits until the map shows `name` as the active park's name. */
async function tipShows(page, name, { fitted = false } = {}) {
  await page.waitForFunction(([expected, selector]) => {
    const text = document.querySelector(selector);
    return text?.textContent.replace(/\s+/g, '') === expected;
  }, [squash(name), fitted ? '.map-tip[data-fitted] text' : '.map-tip text'], { timeout: WAIT_MS })
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
    // After the markers, Tab goes on through the agreements' lines, then the caption's
    // links (the agreements not drawn) into the list, whose entries name their park on
    // the map too.
    for (let i = 0; i < DRAWN.length; i++) {
      assert.ok(await page.evaluate(() => document.activeElement?.closest?.('a.map-line')), 'the lines follow the markers');
      await page.keyboard.press('Tab');
    }
    const inList = () => page.evaluate(() => document.activeElement?.closest?.('[data-list="map-parks"] > li')?.dataset.park ?? null);
    let entry = await inList();
    for (let i = 0; i < 10 && !entry; i++) {
      assert.ok(await page.evaluate(() => document.activeElement?.closest?.('.map-caption')), 'the caption follows the markers');
      await page.keyboard.press('Tab');
      entry = await inList();
    }
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
  const qingdaoLines = DRAWN.filter((a) => parksOf(a).includes(park.id)).map((a) => a.id);
  assert.deepEqual(await page.$$eval('.map-links a.map-line:not([aria-hidden])[data-state="on"]',
    (as) => as.map((a) => a.dataset.agreement)), qingdaoLines, 'the lines of Qingdao stand out');
  assert.ok((await page.locator('.map-links a.map-line[data-state="off"]').count()) > 0, 'the others fade');
  await page.mouse.move(5, 5);
  await page.locator('.map-tip').waitFor({ state: 'detached' });
  // Pointing at a park in the list names it on the map and brings out its lines.
  const sophia = DATASET.parks.find((p) => p.id === 'sophia-antipolis');
  await page.locator('[data-list="map-parks"] > li[data-park="sophia-antipolis"] h3').hover();
  await tipShows(page, sophia.name.zh);
  const sophiaLines = DRAWN.filter((a) => parksOf(a).includes('sophia-antipolis')).map((a) => a.id).sort();
  assert.deepEqual(await page.$$eval('.map-links a.map-line:not([aria-hidden])[data-state="on"]',
    (as) => as.map((a) => a.dataset.agreement).sort()), sophiaLines, 'the lines of Sophia Antipolis stand out');
  await page.mouse.move(5, 5);
  await page.locator('.map-tip').waitFor({ state: 'detached' });
  assert.equal(await page.locator('.map-links a.map-line[data-state]').count(), 0);
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

/** Boxes on screen, by park: each marker's tap area (halo), dot and label. */
function markerBoxes(page) {
  return page.evaluate(() => {
    const box = (el) => { const b = el.getBoundingClientRect(); return { x: b.x, y: b.y, w: b.width, h: b.height }; };
    return [...document.querySelectorAll('svg.map a.map-park')].map((a) => ({
      id: a.dataset.park,
      halo: box(a.querySelector('.map-park__halo')),
      dot: box(a.querySelector('.map-park__dot')),
      label: box(a.querySelector('.map-park__label')),
    }));
  });
}

/**
 * The tip's box and every marker's boxes, read at one moment: on a phone the
 * map's frame may still be sliding to the focused marker, which moves them
 * all alike.
 */
function tipAndMarkers(page) {
  return page.evaluate(() => {
    const box = (el) => { const b = el.getBoundingClientRect(); return { x: b.x, y: b.y, w: b.width, h: b.height }; };
    return {
      tip: box(document.querySelector('.map-tip rect')),
      markers: [...document.querySelectorAll('svg.map a.map-park')].map((a) => ({
        id: a.dataset.park,
        dot: box(a.querySelector('.map-park__dot')),
        label: box(a.querySelector('.map-park__label')),
      })),
    };
  });
}

/** The area two boxes share, less half a pixel of rounding on each side. */
function overlap(a, b) {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) - 0.5;
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) - 0.5;
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * A point on screen, inside the map's visible part, where a click reaches the
 * line of agreement `id` (the line or its copy in the panel, not another line
 * or a marker); null if none.
 */
function pointOnLine(page, id) {
  return page.evaluate((id) => {
    const frame = document.querySelector('.map-frame').getBoundingClientRect();
    const [left, right] = [Math.max(frame.left, 0) + 2, Math.min(frame.right, innerWidth) - 2];
    for (const path of document.querySelectorAll(`svg.map a.map-line[data-agreement="${id}"] .map-line__hit`)) {
      const length = path.getTotalLength();
      const m = path.getScreenCTM();
      for (let i = 1; i < 60; i++) {
        const p = path.getPointAtLength((length * i) / 60);
        const [x, y] = [m.a * p.x + m.c * p.y + m.e, m.b * p.x + m.d * p.y + m.f];
        if (x < left || x > right || y < 1 || y > innerHeight - 1) continue;
        if (document.elementFromPoint(x, y)?.closest('a')?.dataset.agreement === id) return { x, y };
      }
    }
    return null;
  }, id);
}

/** Slides the map's frame to `share` (0 its west end, 1 its east end), at once. */
function slideTo(page, share) {
  return page.evaluate((share) => {
    const frame = document.querySelector('.map-frame');
    frame.style.scrollBehavior = 'auto';
    const range = frame.scrollWidth - frame.clientWidth;
    // A right-to-left frame counts from its east end, in negative numbers.
    const rtl = getComputedStyle(frame).direction === 'rtl';
    frame.scrollLeft = rtl ? -range * (1 - share) : range * share;
  }, share);
}

for (const lang of LANGS) {
  for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    test(`map lines in ${lang} on a ${device}: one per agreement, named after it, reached by Tab, shown on focus, opened by Enter or a tap`, async () => {
      const page = await newPage(browser, { viewport });
      await openMap(page, lang);
      // One link per drawn agreement, named and titled after it.
      const lines = await page.$$eval('svg.map a.map-line:not([aria-hidden])', (as) => as.map((a) => ({
        id: a.dataset.agreement, name: a.getAttribute('aria-label'), href: a.getAttribute('href'),
      })));
      // Newest first (see figure.rs: where two lines share their way, the newer keeps its own part).
      assert.deepEqual(lines.map((l) => l.id), DRAWN.map((a) => a.id).reverse());
      for (const line of lines) {
        const agreement = DRAWN.find((a) => a.id === line.id);
        assert.equal(line.name, agreement.title[lang]);
        assert.ok(line.href.endsWith(`/${lang}/agreements/${line.id}/`), line.href);
      }
      // Their drawn copies, under the markers and in the panel, are for the pointer only.
      for (const copy of await page.$$('svg.map a.map-line[aria-hidden="true"]')) {
        assert.equal(await copy.getAttribute('tabindex'), '-1');
      }

      // Tab reaches each line in turn; each shows its agreement's title beside it, hiding no
      // marker and no label, and brings out its parks; Escape hides the title.
      let id = null;
      for (let i = 0; i < 80 && !id; i++) {
        await page.keyboard.press('Tab');
        id = await page.evaluate(() => document.activeElement?.closest?.('a.map-line')?.dataset.agreement ?? null);
      }
      const reached = [];
      while (id && !reached.includes(id)) {
        reached.push(id);
        const agreement = DRAWN.find((a) => a.id === id);
        await tipShows(page, agreement.title[lang], { fitted: true });
        const { tip, markers } = await tipAndMarkers(page);
        for (const other of markers) {
          assert.equal(overlap(tip, other.dot), 0, `${id}: the title covers ${other.id}'s marker`);
          assert.equal(overlap(tip, other.label), 0, `${id}: the title covers ${other.id}'s label`);
        }
        const on = await page.$$eval('svg.map a.map-park.map-park--on', (as) => as.map((a) => a.dataset.park).sort());
        assert.deepEqual(on, parksOf(agreement).sort(), `${id}: its parks stand out`);
        await page.keyboard.press('Escape');
        await page.locator('.map-tip').waitFor({ state: 'detached' });
        assert.equal(await page.evaluate(() => document.activeElement?.dataset?.agreement), id, 'Escape leaves the focus');
        await page.keyboard.press('Tab');
        id = await page.evaluate(() => document.activeElement?.closest?.('a.map-line')?.dataset.agreement ?? null);
      }
      assert.deepEqual(reached, DRAWN.map((a) => a.id).reverse(), 'Tab reaches every line');
      // The markers came before the lines; after them, the caption.
      assert.ok(await page.evaluate(() => document.activeElement?.closest?.('.map-caption')), 'then the caption');

      // Every line takes a click or a tap somewhere on the map, on a band at least 24 px wide.
      const scale = await page.$eval('svg.map', (svg) => svg.getBoundingClientRect().width / 1000);
      const band = await page.$eval('.map-line__hit', (p) => parseFloat(getComputedStyle(p).strokeWidth));
      assert.ok(band * scale >= 24, `a line's band is ${band * scale} px wide`);
      await page.locator('.map-frame').scrollIntoViewIfNeeded();
      const points = {};
      for (const agreement of DRAWN) {
        points[agreement.id] = await pointOnLine(page, agreement.id);
        // On a phone, the visitor slides the map to see the rest of a line.
        for (const share of device === 'phone' ? [0, 0.25, 0.5, 0.75] : []) {
          if (points[agreement.id]) break;
          await slideTo(page, share);
          points[agreement.id] = await pointOnLine(page, agreement.id);
        }
        if (device === 'phone') await slideTo(page, 1);
        assert.ok(points[agreement.id], `${agreement.id}: some point of the line takes a tap`);
      }

      // Enter on a line opens its agreement inside the app; so does a tap on another.
      await page.evaluate(() => { window.stillHere = true; });
      await page.locator(`svg.map a.map-line[data-agreement="${DRAWN[0].id}"]:not([aria-hidden])`).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`**/${lang}/agreements/${DRAWN[0].id}/`);
      await page.waitForFunction((title) => document.querySelector('main h1')?.textContent === title, DRAWN[0].title[lang]);
      await page.goBack();
      await page.waitForSelector('svg.map a.map-line');
      const last = DRAWN[DRAWN.length - 1];
      await page.locator('.map-frame').scrollIntoViewIfNeeded();
      const point = await pointOnLine(page, last.id);
      assert.ok(point, `${last.id} takes a tap after Back`);
      await page.mouse.click(point.x, point.y);
      await page.waitForURL(`**/${lang}/agreements/${last.id}/`);
      await page.waitForFunction((title) => document.querySelector('main h1')?.textContent === title, last.title[lang]);
      assert.equal(await page.evaluate(() => window.stillHere), true, 'followed inside the app');
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });

    test(`map in ${lang} on a ${device}: labels and names hide no other marker or label; Escape hides a name`, async () => {
      const page = await newPage(browser, { viewport });
      await openMap(page, lang);
      const boxes = await markerBoxes(page);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          assert.equal(overlap(a.label, b.label), 0, `labels of ${a.id} and ${b.id} overlap`);
        }
        for (const b of boxes.filter((b) => b.id !== a.id)) {
          assert.equal(overlap(a.label, b.halo), 0, `the label of ${a.id} covers ${b.id}'s marker`);
        }
        // Every marker is a target of 24 × 24 px at least.
        assert.ok(a.halo.w >= 24 && a.halo.h >= 24, `${a.id}: ${a.halo.w} × ${a.halo.h} px`);
        const top = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('a')?.dataset.park,
          { x: a.dot.x + a.dot.w / 2, y: a.dot.y + a.dot.h / 2 });
        if (top !== undefined) assert.equal(top, a.id, `${a.id}: its dot takes its own taps`);
      }
      // The labels of the panel's parks stay inside the panel (the French
      // "Shenyang et Fushun" used to run past its left edge).
      const frame = await page.locator('svg.map .map-panel-frame').evaluate((el) => {
        const b = el.getBoundingClientRect();
        return { x: b.x, y: b.y, w: b.width, h: b.height };
      });
      const inPanel = boxes.filter((a) => {
        const [x, y] = [a.dot.x + a.dot.w / 2, a.dot.y + a.dot.h / 2];
        return x > frame.x && x < frame.x + frame.w && y > frame.y && y < frame.y + frame.h;
      });
      assert.ok(inPanel.length >= 4, `${inPanel.length} parks in the panel`);
      for (const a of inPanel) {
        assert.ok(a.label.x >= frame.x - 0.5 && a.label.x + a.label.w <= frame.x + frame.w + 0.5,
          `${a.id}: its label (${a.label.x}–${a.label.x + a.label.w}) runs past the panel (${frame.x}–${frame.x + frame.w})`);
      }
      // The whole name shown on focus covers no other marker and no label (Chengdu's used to hide Xi'an).
      for (const park of DATASET.parks) {
        await page.locator(`svg.map a.map-park[data-park="${park.id}"]`).focus();
        await tipShows(page, park.name[lang], { fitted: true });
        // On a phone the focus may be sliding the map's frame (smoothly) to
        // the marker: the tip and the markers are measured in one reading.
        const { tip, markers } = await tipAndMarkers(page);
        for (const other of markers.filter((b) => b.id !== park.id)) {
          assert.equal(overlap(tip, other.dot), 0, `${park.id}: its name covers ${other.id}'s marker`);
        }
        // No label either, its own included: it names the marker, it does not hide what it is called.
        for (const any of markers) {
          assert.equal(overlap(tip, any.label), 0, `${park.id}: its name covers ${any.id}'s label`);
        }
        // Escape hides it, and the focus stays.
        await page.keyboard.press('Escape');
        await page.locator('.map-tip').waitFor({ state: 'detached' });
        assert.equal(await page.evaluate(() => document.activeElement?.dataset?.park), park.id);
      }
      // A name shown by the pointer goes with Escape too, the pointer still on the marker.
      if (device === 'desktop') {
        const chengdu = DATASET.parks.find((p) => p.id === 'chengdu-hi-tech-zone');
        await page.locator('a.map-park[data-park="chengdu-hi-tech-zone"] .map-park__dot').hover();
        await tipShows(page, chengdu.name[lang]);
        await page.keyboard.press('Escape');
        await page.locator('.map-tip').waitFor({ state: 'detached' });
      }
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }

  test(`map in ${lang}: the agreements it cannot draw are named, with the party that has no park`, async () => {
    const page = await newPage(browser, { viewport: PHONE });
    await openMap(page, lang);
    assert.ok(UNDRAWN.some((a) => a.id === 'eupic-qingdao-exchange-platform'), 'EUPIC–Qingdao has one park only');
    assert.equal(await page.locator('svg.map a.map-line[data-agreement="eupic-qingdao-exchange-platform"]').count(), 0);
    const note = page.locator('.map-caption .map-undrawn');
    assert.ok(await note.isVisible());
    assert.equal(await note.locator('p').textContent(), plural(lang, 'map.not_drawn', UNDRAWN.length));
    const items = await note.locator('li').evaluateAll((lis) => lis.map((li) => ({
      id: li.dataset.agreement,
      links: [...li.querySelectorAll('a')].map((a) => [a.getAttribute('href').replace(/^.*\/(\w+)\/([^/]+)\/$/, '$1/$2'), a.textContent]),
      why: li.querySelector('.map-undrawn__why').textContent,
    })));
    assert.deepEqual(items.map((i) => i.id), UNDRAWN.map((a) => a.id));
    for (const item of items) {
      const agreement = UNDRAWN.find((a) => a.id === item.id);
      const parkless = agreement.parties.filter((p) => !parkOf(p)).map((p) => p.organisation);
      assert.deepEqual(item.links.map(([href]) => href),
        [`agreements/${item.id}`, ...parkless.map((o) => `organisations/${o}`)]);
      assert.equal(item.links[0][1], agreement.title[lang]);
      for (const [i, o] of parkless.entries()) {
        assert.ok(item.links[i + 1][1].includes(ORGANISATIONS[o].name[lang]), item.links[i + 1][1]);
      }
      assert.ok(item.why.startsWith(STRINGS[lang]['map.not_drawn_party'].split('{party}')[0]), item.why);
    }
    const eupic = items.find((i) => i.id === 'eupic-qingdao-exchange-platform');
    assert.ok(eupic.links.some(([href]) => href === 'organisations/chengdu-eu-project-innovation-center'), 'EUPIC is named');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`map in ${lang} on a phone: China in view at load, every target 24 px at least, Europe a button away`, async () => {
    const page = await newPage(browser, { viewport: PHONE });
    await openMap(page, lang);
    const inView = async (id) => page.evaluate((id) => {
      const halo = document.querySelector(`a.map-park[data-park="${id}"] .map-park__halo`).getBoundingClientRect();
      const frame = document.querySelector('.map-frame').getBoundingClientRect();
      return halo.left >= Math.max(frame.left, 0) && halo.right <= Math.min(frame.right, innerWidth)
        && halo.top >= 0 && halo.bottom <= innerHeight;
    }, id);
    for (const park of DATASET.parks.filter((p) => p.country === 'CN')) {
      assert.ok(await inView(park.id), `${park.id} is in view at load`);
    }
    assert.equal(await inView('sophia-antipolis'), false, 'Europe is out of the first view');
    for (const box of await markerBoxes(page)) {
      assert.ok(box.halo.w >= 24 && box.halo.h >= 24, `${box.id}: ${box.halo.w} × ${box.halo.h} px`);
    }
    // The buttons take the map to Europe and back; each is a 44 px target.
    const europe = page.getByRole('button', { name: STRINGS[lang]['map.show_europe'] });
    const china = page.getByRole('button', { name: STRINGS[lang]['map.show_china'] });
    for (const button of [europe, china]) {
      const b = await button.boundingBox();
      assert.ok(b.height >= 44 && b.width >= 44, `${b.width} × ${b.height}`);
    }
    await europe.click();
    await page.waitForFunction((id) => {
      const halo = document.querySelector(`a.map-park[data-park="${id}"] .map-park__halo`).getBoundingClientRect();
      return halo.left >= 0 && halo.right <= innerWidth;
    }, 'sophia-antipolis', { timeout: WAIT_MS });
    await china.click();
    await page.waitForFunction(() => {
      const halo = document.querySelector('a.map-park[data-park="zhangjiang-hi-tech-park"] .map-park__halo').getBoundingClientRect();
      return halo.left >= 0 && halo.right <= innerWidth;
    }, null, { timeout: WAIT_MS });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

/**
 * Whether the focused element's focus indicator shows: an outline that no
 * scrolling or clipping ancestor cuts off, or, for the map's SVG links, the
 * ring drawn around a marker (its halo) or along a line.
 */
function focusShows() {
  const el = document.activeElement;
  if (!el || el === document.body) return 'nothing focused';
  const ring = el.querySelector?.('.map-park__halo, .map-line__focus');
  if (ring) {
    const cs = getComputedStyle(ring);
    return cs.stroke !== 'none' && cs.stroke !== 'rgba(0, 0, 0, 0)' && Number.parseFloat(cs.strokeWidth) >= 2 ? null : `${el.dataset.park ?? el.dataset.agreement}: no ring`;
  }
  const cs = getComputedStyle(el);
  if (cs.outlineStyle === 'none' || Number.parseFloat(cs.outlineWidth) < 2) return `${el.tagName} ${el.textContent.trim().slice(0, 30)}: no outline`;
  const reach = Number.parseFloat(cs.outlineWidth) + Number.parseFloat(cs.outlineOffset);
  const box = el.getBoundingClientRect();
  const ring4 = { left: box.left - reach, right: box.right + reach, top: box.top - reach, bottom: box.bottom + reach };
  for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
    const style = getComputedStyle(a);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = a.getBoundingClientRect();
    if (ring4.left < clip.left - 0.5 || ring4.right > clip.right + 0.5 || ring4.top < clip.top - 0.5 || ring4.bottom > clip.bottom + 0.5) {
      return `${el.tagName} ${el.textContent.trim().slice(0, 30)}: ring cut by ${a.tagName}.${a.className}`;
    }
  }
  return null;
}

for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`by keyboard on a ${device}: every stop shows its focus, header included; the parks come before the lines; Back returns to the marker followed`, async (t) => {
    const page = await newPage(browser, { viewport });
    await openMap(page, 'en');
    // From the top of the page: the header's stops, then the map's.
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press('Tab');
    const problems = [];
    const order = [];
    for (let i = 0; i < 60; i++) {
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        return { park: el?.dataset?.park ?? null, agreement: el?.closest?.('a.map-line')?.dataset.agreement ?? null, footer: Boolean(el?.closest?.('.map-list')) };
      });
      const shows = await page.evaluate(focusShows);
      if (shows) problems.push(shows);
      if (stop.park) order.push(`park:${stop.park}`);
      if (stop.agreement) order.push(`line:${stop.agreement}`);
      if (stop.footer) break;
      await page.keyboard.press('Tab');
    }
    assert.deepEqual(problems, []);
    const firstLine = order.findIndex((s) => s.startsWith('line:'));
    assert.equal(order.filter((s) => s.startsWith('park:')).length, DATASET.parks.length);
    assert.ok(firstLine >= DATASET.parks.length && order.slice(firstLine).every((s) => s.startsWith('line:')), order.join(' '));
    assert.equal(order.length, DATASET.parks.length + DRAWN.length);
    t.diagnostic(`${device}: ${order.length} map stops (${DATASET.parks.length} parks, then ${DRAWN.length} lines)`);

    // Tab from the page's heading to the first park.
    await page.focus('main h1');
    let tabs = 0;
    while (tabs < 20 && !(await page.evaluate(() => Boolean(document.activeElement?.dataset?.park)))) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    t.diagnostic(`${device}: ${tabs} Tab presses from the map's heading to the first park`);
    assert.ok(tabs <= 3, `${tabs} presses to the first park`);

    // Enter on a marker opens the park; Back gives the focus back to that marker.
    const park = await page.evaluate(() => document.activeElement.dataset.park);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/en/parks/${park}/`);
    await ready(page);
    await page.goBack();
    await page.waitForURL('**/en/map/');
    await page.waitForFunction((id) => document.activeElement?.dataset?.park === id, park);
    await page.context().close();
  });
}
