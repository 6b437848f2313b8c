// Pages without scripts: every page kind in every language, read from its
// page file with JavaScript disabled. No control is left that would do
// nothing: what needs scripts is hidden, and where it was, the page says so
// in its language and links to pages that hold the same records (the topic
// pages, the park pages, the sections). No link of any page file leads to a
// filtered address (`?…`), whose page file would be the unfiltered list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, STRINGS } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

/** One address of each kind of page, from the sitemap, and the not-found page. */
function pageKinds(lang) {
  const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
  const seen = new Map();
  for (const [, loc] of sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)) {
    const path = new URL(loc).pathname.slice(server.base.length);
    if (!path.startsWith(`${lang}/`)) continue;
    const parts = path.split('/').filter(Boolean);
    const kind = parts.length > 2 ? `${parts[1]}/*` : parts.slice(1).join('/');
    if (!seen.has(kind)) seen.set(kind, path.slice(lang.length + 1));
  }
  return [...seen.values(), 'no-such-page/'];
}

/** The controls a visitor can see and reach on the page. */
const visibleControls = () => [...document.querySelectorAll('button, select, input, textarea')]
  .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
  .map((el) => el.outerHTML.slice(0, 90));

for (const lang of LANGS) {
  test(`without scripts, no control on any kind of page does nothing silently (${lang})`, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const kinds = pageKinds(lang);
    assert.ok(kinds.length >= 19, `page kinds: ${kinds.join(', ')}`);
    const problems = [];
    for (const path of kinds) {
      await page.goto(server.url(`${lang}/${path}`));
      await page.waitForSelector('main h1');
      for (const control of await page.evaluate(visibleControls)) problems.push(`${lang}/${path}: ${control}`);
      // Hidden controls are replaced by a word and links where they stood.
      const notices = await page.$$eval('[data-without-script]', (els) => els
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ kind: el.dataset.withoutScript, text: el.textContent, links: el.querySelectorAll('a[href]').length })));
      const hasFilters = await page.locator('form.filters').count() > 0;
      if (hasFilters !== notices.some((n) => n.kind === 'filters')) problems.push(`${lang}/${path}: filters without their notice`);
      for (const notice of notices) {
        const key = notice.kind === 'filters' ? 'filters.no_script' : 'search.no_script';
        if (!notice.text.includes(STRINGS[lang][key])) problems.push(`${lang}/${path}: the ${notice.kind} notice does not say why`);
      }
    }
    assert.deepEqual(problems, []);

    // The search page says search needs scripts, and leads to every section and the topics.
    await page.goto(server.url(`${lang}/search/?q=Chengdu`));
    const search = await page.$eval('[data-without-script="search"]', (el) => [...el.querySelectorAll('a')].map((a) => a.getAttribute('href')));
    for (const section of ['parks/', 'agreements/', 'events/', 'organisations/', 'people/', 'topics/', 'sources/', 'map/', 'timeline/']) {
      assert.ok(search.some((href) => href.endsWith(`/${lang}/${section}`)), `search notice links to ${section}`);
    }
    assert.equal(await page.locator('#search-hint').isVisible(), false, 'the keyboard tip shows without scripts');

    // A list's notice leads to its records by topic and by park, and those pages hold them.
    await page.goto(server.url(`${lang}/agreements/`));
    const links = await page.$$eval('[data-without-script="filters"] a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    const topics = links.filter(([href]) => href.includes('/topics/'));
    const parks = links.filter(([href]) => href.includes('/parks/'));
    assert.ok(topics.length > 0 && parks.length > 0, 'links by topic and by park');
    const [topicHref, topicLabel] = topics[0];
    const count = Number(topicLabel.match(/\((\d+)\)$/)[1]);
    await page.goto(new URL(topicHref, page.url()).href);
    assert.equal(await page.locator('section[aria-labelledby="agreements"] [data-id]').count(), count, `${topicHref}: its agreements`);
    await context.close();
  });
}

test('no link in any page file leads to a filtered address of the site', () => {
  const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? files(path) : e.name === 'index.html' ? [path] : [];
  });
  const pages = files('dist');
  assert.ok(pages.length > 200, `${pages.length} page files`);
  const filtered = [];
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"]*)"/g)) {
      const url = new URL(href.replaceAll('&amp;', '&'), `http://127.0.0.1${server.base}${file.slice('dist/'.length)}`);
      if (url.origin === 'http://127.0.0.1' && url.search) filtered.push(`${file}: ${href}`);
    }
  }
  assert.deepEqual(filtered.slice(0, 10), []);
  assert.ok(DATASET.topics.length > 0);
});
