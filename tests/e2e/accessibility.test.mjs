// WCAG 2.2 AA: axe-core on every kind of page in every language, and the
// portal used with the keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { newPage, pollOnATimer, ready, settled, WAIT_MS } from './support/browser.mjs';
import { STRINGS, LANGS, HTML_LANG, NATIVE_NAME } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// WCAG 2.0 to 2.2 A and AA, best practices, and axe's experimental rules
// (which include label-in-name and unique landmarks).
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'];
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

const PAGES = [
  '', 'parks/', `parks/${DATASET.parks[0].id}/`, `parks/${DATASET.parks[1].id}/`,
  'agreements/', `agreements/${DATASET.agreements[0].id}/`,
  'events/', `events/${DATASET.events[0].id}/`, `events/${DATASET.events[8].id}/`,
  'organisations/', `organisations/${DATASET.organisations[0].id}/`,
  'people/', 'people/zhu-hongyu/', 'topics/', `topics/${DATASET.topics[2].id}/`,
  'sources/', 'search/?q=chengdu', 'search/?q=zzqqxx', 'map/', 'timeline/', 'data/',
  'agreements/?country=CN&from=2016', 'events/?year=2025', 'no-such-page/',
  'about/', 'contact/', 'legal-notice/', 'privacy/', 'accessibility/',
];

/** axe's violations on the page as it is, in light and in dark, each as one line. */
async function audit(page, where) {
  const found = [];
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await settled(page);
    if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async (tags) => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    }, TAGS);
    for (const v of violations) found.push(`${where} (${scheme}) ${v}`);
  }
  return found;
}

/** A page with the audit script allowed: it is injected inline, which the portal's own policy forbids. */
async function auditPage(viewport) {
  const context = await browser.newContext({ bypassCSP: true, viewport, serviceWorkers: 'block' });
  context.setDefaultTimeout(WAIT_MS);
  return pollOnATimer(await context.newPage());
}

for (const lang of LANGS) {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    test(`axe, experimental rules included, finds no violation on any kind of page (${lang}, ${device})`, async () => {
      const page = await auditPage(viewport);
      let audited = 0;
      const found = [];
      for (const path of PAGES) {
        await page.goto(server.url(`${lang}/${path}`));
        await ready(page);
        await settled(page);
        found.push(...await audit(page, `${lang}/${path}`));
        audited++;
      }
      assert.deepEqual(found, []);
      assert.equal(audited, PAGES.length);
      await page.context().close();
    });
  }
}

test('axe finds no violation on the data-error page, in every language, at both widths', async () => {
  const found = [];
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    const page = await auditPage(viewport);
    // A dataset of another format: the notice with its details list.
    const broken = JSON.stringify({ ...DATASET, parks: [{ ...DATASET.parks[0], website: 'https://example.org' }, ...DATASET.parks.slice(1)] });
    await page.route('**/data/portal.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: broken }));
    for (const lang of LANGS) {
      for (const path of ['parks/', `events/${DATASET.events[0].id}/`]) {
        await page.goto(server.url(`${lang}/${path}`));
        await page.waitForSelector('[data-state="error"] details');
        found.push(...await audit(page, `${lang}/${path} ${device}, data error`));
      }
    }
    await page.context().close();
  }
  assert.deepEqual(found, []);
});

test('the portal works with the keyboard alone', async () => {
  const page = await newPage(browser);
  await page.goto(server.url('en/parks/'));
  await ready(page);

  // The first Tab reaches the skip link, which shows itself and jumps to the content.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  const box = await page.locator('.skip-link').boundingBox();
  assert.ok(box && box.y >= 0, 'the skip link is visible when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');

  // A visible focus ring on links and controls.
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');

  // Following a link moves the focus to the new page's heading.
  await page.focus('[data-list="parks"] tbody a');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/parks\/[a-z0-9-]+\/$/);
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');

  // The language switcher by keyboard: each language named in its own language.
  for (const target of ['zh', 'fr']) {
    await page.focus(`.language-switcher a[hreflang="${HTML_LANG[target]}"]`);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), NATIVE_NAME[target]);
    await page.keyboard.press('Enter');
    await page.waitForFunction((l) => document.documentElement.lang === l, HTML_LANG[target]);
  }

  // Filters by keyboard: choose a country with the arrow keys.
  await page.goto(server.url('fr/parks/'));
  await ready(page);
  await page.focus('#filter-country');
  await page.keyboard.press('ArrowDown');
  await page.waitForURL(/country=/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('names in another language carry their own lang', async () => {
  const page = await newPage(browser);
  await page.goto(server.url('en/parks/chengdu-hi-tech-zone/'));
  await ready(page);
  const chinese = await page.$$eval('main [lang="zh-Hans"]', (els) => els.map((e) => e.textContent));
  assert.ok(chinese.some((t) => t.includes('成都')), chinese.join());
  await page.goto(server.url('zh/organisations/fondation-sophia-antipolis/'));
  await ready(page);
  assert.ok(await page.locator('main [lang="fr"]').count() > 0);
  await page.context().close();
});

test('each map marker is named with the label it shows, and the two search areas have distinct names', async () => {
  // WCAG 2.5.3 (label in name) and unique landmarks, checked directly: axe
  // does not read the marker's label, which is hidden from the accessibility
  // tree because the marker's name already says it.
  const page = await newPage(browser);
  for (const lang of LANGS) {
    await page.goto(server.url(`${lang}/map/`));
    await ready(page);
    await page.waitForSelector('a.map-park text');
    const markers = await page.$$eval('a.map-park', (as) => as.map((a) => [a.getAttribute('aria-label'), a.querySelector('text').textContent.trim()]));
    assert.equal(markers.length, DATASET.parks.length);
    for (const [name, label] of markers) assert.ok(name.startsWith(label) || name.includes(label), `${lang}: "${name}" does not say "${label}"`);
    await page.goto(server.url(`${lang}/search/?q=chengdu`));
    await ready(page);
    const names = await page.$$eval('[role="search"]', (els) => els.map((e) => e.getAttribute('aria-label')));
    assert.equal(names.length, 2, lang);
    assert.ok(names.every(Boolean) && names[0] !== names[1], `${lang}: ${names}`);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
