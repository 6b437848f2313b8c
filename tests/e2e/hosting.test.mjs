// The release build served as GitHub Pages serves it (files only, under the
// site's public path, 404.html with status 404): every kind of page opened
// directly in every language, reloaded, left and come back to through the
// history, and switched to another language; the static head of every page
// file; the sitemap and robots.txt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, problemsBesidesPage404, WAIT_MS } from './support/browser.mjs';
import { STRINGS, LANGS, HTML_LANG } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

/** One page of each kind, with the heading it must show in each language. */
const PAGE_KINDS = [
  { path: '', heading: (l) => STRINGS[l]['home.title'] },
  { path: 'parks/', heading: (l) => STRINGS[l]['parks.title'] },
  { path: `parks/${DATASET.parks[1].id}/`, heading: (l) => DATASET.parks[1].name[l] },
  { path: 'agreements/', heading: (l) => STRINGS[l]['agreements.title'] },
  { path: `agreements/${DATASET.agreements[0].id}/`, heading: (l) => DATASET.agreements[0].title[l] },
  { path: 'events/', heading: (l) => STRINGS[l]['events.title'] },
  { path: `events/${DATASET.events[3].id}/`, heading: (l) => DATASET.events[3].title[l] },
  { path: 'organisations/', heading: (l) => STRINGS[l]['organisations.title'] },
  { path: `organisations/${DATASET.organisations[0].id}/`, heading: (l) => DATASET.organisations[0].name[l] },
  { path: 'sources/', heading: (l) => STRINGS[l]['sources.title'] },
];

/** Waits until the app, not the page start of the HTML file, shows `expected` as the heading. */
async function heading(page, expected) {
  await page.waitForFunction(
    (t) => document.querySelector('main h1')?.textContent.startsWith(t) && !document.getElementById('prerendered'),
    expected, { timeout: WAIT_MS },
  );
}

test('without scripts, every kind of page shows itself whole in its language, with working links', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const lang of LANGS) {
    for (const kind of PAGE_KINDS) {
      const url = server.url(`${lang}/${kind.path}`);
      assert.equal((await page.goto(url)).status(), 200, url);
      assert.ok((await page.textContent('main h1')).startsWith(kind.heading(lang)), url);
      assert.equal(await page.locator('main h1').count(), 1, url);
      assert.equal(await page.locator('.site-nav a').count(), 8, url);
      // Nothing says "loading" when nothing will load.
      assert.equal(await page.locator('.data-status').count(), 0, url);
      assert.ok(await page.locator('footer.site-footer').isVisible(), url);
      // The language switcher opens the same page in the other languages.
      for (const other of LANGS) {
        const href = await page.getAttribute(`.language-switcher a[hreflang="${HTML_LANG[other]}"]`, 'href');
        assert.equal(new URL(href, url).href, server.url(`${other}/${kind.path}`), url);
      }
    }
  }
  for (const file of ['data/portal.json', 'data/parks.csv', 'data/topics.csv']) {
    assert.equal((await fetch(server.url(file))).status, 200, file);
  }
  // A link and the search form lead to further pages, still without scripts.
  await page.goto(server.url('zh/'));
  await page.click('.site-nav a >> nth=1');
  await page.waitForURL(server.url('zh/parks/'));
  assert.equal(await page.textContent('main h1'), STRINGS.zh['parks.title']);
  // The whole list is there.
  assert.equal(await page.locator('[data-list="parks"] tbody tr').count(), DATASET.parks.length);
  // Search runs in the browser: the header offers no field, and the search
  // page, reached from the footer, says why and leads to the sections.
  assert.equal(await page.locator('#header-search').isVisible(), false);
  await page.click(`.site-footer a[href$="/zh/search/"]`);
  await page.waitForURL(server.url('zh/search/'));
  assert.equal(await page.textContent('main h1'), STRINGS.zh['search.title']);
  assert.ok((await page.textContent('[data-without-script="search"]')).includes(STRINGS.zh['search.no_script']));
  await context.close();
});

for (const lang of LANGS) {
  test(`deep links in ${lang} open with HTTP 200, survive reload and history, and switch language`, async () => {
    const page = await newPage(browser);
    for (const kind of PAGE_KINDS) {
      const url = server.url(`${lang}/${kind.path}`);
      const response = await page.goto(url);
      assert.equal(response.status(), 200, url);
      await heading(page, kind.heading(lang));
      assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG[lang]);

      const reloaded = await page.reload();
      assert.equal(reloaded.status(), 200, `reload ${url}`);
      await heading(page, kind.heading(lang));

      // Away through a link (home, or the parks from home), then back and forward through the history.
      const away = kind.path === '' ? { nth: 1, path: 'parks/', title: 'parks.title' } : { nth: 0, path: '', title: 'home.title' };
      await page.click(`.site-nav a >> nth=${away.nth}`);
      await page.waitForURL(server.url(`${lang}/${away.path}`));
      await heading(page, STRINGS[lang][away.title]);
      await page.goBack();
      await page.waitForURL(url);
      await heading(page, kind.heading(lang));
      await page.goForward();
      await page.waitForURL(server.url(`${lang}/${away.path}`));
      await heading(page, STRINGS[lang][away.title]);
      await page.goBack();
      await heading(page, kind.heading(lang));

      // The same page in the next language, which also survives a reload.
      const other = LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length];
      await page.click(`.language-switcher a[hreflang="${HTML_LANG[other]}"]`);
      await page.waitForURL(server.url(`${other}/${kind.path}`));
      await heading(page, kind.heading(other));
      assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG[other]);
      const again = await page.reload();
      assert.equal(again.status(), 200);
      await heading(page, kind.heading(other));
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('an address with no page answers 404 and shows the not-found page', async () => {
  const page = await newPage(browser, { locale: 'zh-CN' });
  for (const [path, lang] of [['en/nowhere/', 'en'], ['fr/parks/no-such-park/', 'fr'], ['xx/', 'zh'], ['zh/parks/a/b/', 'zh']]) {
    const response = await page.goto(server.url(path));
    assert.equal(response.status(), 404, path);
    await heading(page, STRINGS[lang]['not_found.title']);
    assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG[lang], path);
  }
  // Outside the public path, the host's own 404 (nothing of the portal).
  const outside = await fetch(`${server.origin}/other-site/`);
  assert.equal(outside.status, 404);
  assert.deepEqual(problemsBesidesPage404(page), []);
  await page.context().close();
});

/** Reads a tag's attribute from raw HTML (the file as a crawler or link preview sees it). */
function attrOf(html, pattern) {
  return html.match(pattern)?.[1];
}

test('each page file carries its own title, description, language and alternates', async () => {
  const routes = PAGE_KINDS.map((k) => k.path);
  for (const lang of LANGS) {
    for (const [i, path] of routes.entries()) {
      const response = await fetch(server.url(`${lang}/${path}`));
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.equal(attrOf(html, /<html lang="([^"]+)"/), HTML_LANG[lang]);
      const title = attrOf(html, /<title>([^<]*)<\/title>/);
      assert.ok(title.includes(STRINGS[lang]['portal.name']), title);
      if (i > 0) assert.ok(title.startsWith(PAGE_KINDS[i].heading(lang).replaceAll('&', '&amp;')), `${lang}/${path}: ${title}`);
      assert.ok(attrOf(html, /<meta name="description" content="([^"]+)"/)?.length > 10);
      const canonical = attrOf(html, /<link rel="canonical" href="([^"]+)"/);
      assert.ok(canonical.endsWith(`${server.base}${lang}/${path}`), canonical);
      for (const alt of LANGS) {
        const href = attrOf(html, new RegExp(`<link rel="alternate" hreflang="${HTML_LANG[alt]}" href="([^"]+)"`));
        assert.ok(href?.endsWith(`${server.base}${alt}/${path}`), `${lang}/${path} → ${alt}: ${href}`);
      }
      assert.ok(attrOf(html, /<link rel="alternate" hreflang="x-default" href="([^"]+)"/)?.endsWith(server.base));
      assert.equal(attrOf(html, /<meta property="og:url" content="([^"]+)"/), canonical);
      assert.ok(attrOf(html, /<meta property="og:title" content="([^"]+)"/));
      assert.ok(attrOf(html, /<meta property="og:locale" content="([^"]+)"/));
    }
  }
});

test('the sitemap lists every page in every language, and robots.txt points to it', async () => {
  const sitemap = await (await fetch(server.url('sitemap.xml'))).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const records = DATASET.parks.length + DATASET.agreements.length + DATASET.events.length
    + DATASET.organisations.length + DATASET.people.length + DATASET.topics.length;
  // Home, seven lists (sources, people and topics included), search, map, timeline and
  // open data, the five pages about the portal, then every record and topic, in three languages.
  assert.equal(locs.length, (12 + 5 + records) * 3);
  for (const loc of locs) {
    const path = new URL(loc).pathname;
    assert.ok(path.startsWith(server.base));
    assert.equal((await fetch(server.url(path.slice(server.base.length)))).status, 200, loc);
  }
  assert.equal([...sitemap.matchAll(/hreflang="x-default"/g)].length, locs.length);
  const robots = await (await fetch(server.url('robots.txt'))).text();
  assert.match(robots, /Sitemap: \S+sitemap\.xml/);
});
