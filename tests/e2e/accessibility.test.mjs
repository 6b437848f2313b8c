// WCAG 2.2 AA: axe-core on every kind of page in every language, and the
// portal used with the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startServer } from './support/server.mjs';
import { launch, newPage, ready } from './support/browser.mjs';
import { STRINGS, LANGS, HTML_LANG, NATIVE_NAME } from './support/strings.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DATASET = JSON.parse(readFileSync('dist/data/portal.json', 'utf8'));
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const PAGES = [
  '', 'parks/', `parks/${DATASET.parks[0].id}/`, `parks/${DATASET.parks[1].id}/`,
  'agreements/', `agreements/${DATASET.agreements[0].id}/`,
  'events/', `events/${DATASET.events[0].id}/`, `events/${DATASET.events[8].id}/`,
  'organisations/', `organisations/${DATASET.organisations[0].id}/`,
  'sources/', 'search/?q=chengdu', 'search/?q=zzqqxx', 'map/', 'timeline/', 'data/',
  'agreements/?country=CN&from=2016', 'no-such-page/',
];

for (const lang of LANGS) {
  test(`axe finds no violation on any kind of page (${lang})`, async () => {
    // The audit script is injected inline, which the portal's own policy forbids.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    let audited = 0;
    const found = [];
    for (const path of PAGES) {
      await page.goto(server.url(`${lang}/${path}`));
      await ready(page);
      await page.waitForTimeout(150);
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.addScriptTag({ content: AXE });
        const violations = await page.evaluate(async (tags) => {
          const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
          return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        }, TAGS);
        audited++;
        for (const v of violations) found.push(`${lang}/${path} (${scheme}) ${v}`);
      }
    }
    assert.deepEqual(found, []);
    assert.equal(audited, PAGES.length * 2);
    await context.close();
  });
}

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
