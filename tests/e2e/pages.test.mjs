// Every list and record page of the shipped dataset, in every language:
// reached by following links from the home page, each link ending on a real
// page, no console error, and no interface or record text of another
// language on the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, ready, problemsBesidesPage404 } from './support/browser.mjs';
import { STRINGS, LANGS, HTML_LANG } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

/** Every text of the dataset in a language, for spotting it on a page of another. */
function datasetTexts(lang) {
  const texts = new Set();
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      if (typeof value.fr === 'string' && typeof value.en === 'string' && typeof value.zh === 'string') texts.add(value[lang]);
      else Object.values(value).forEach(walk);
    }
  };
  walk(DATASET);
  return texts;
}

/** Texts that belong to `other` and not to `lang` (same text in both is a shared proper name). */
function foreignTexts(lang, other) {
  const mine = new Set([...Object.values(STRINGS[lang]), ...datasetTexts(lang)]);
  return new Set([...Object.values(STRINGS[other]), ...datasetTexts(other)].filter((t) => !mine.has(t) && t.length > 3));
}

const EXPECTED = (lang) => new Set([
  `/${lang}/`, `/${lang}/parks/`, `/${lang}/agreements/`, `/${lang}/events/`, `/${lang}/organisations/`, `/${lang}/sources/`,
  ...DATASET.parks.map((r) => `/${lang}/parks/${r.id}/`),
  ...DATASET.agreements.map((r) => `/${lang}/agreements/${r.id}/`),
  ...DATASET.events.map((r) => `/${lang}/events/${r.id}/`),
  ...DATASET.organisations.map((r) => `/${lang}/organisations/${r.id}/`),
]);

for (const lang of LANGS) {
  test(`every page in ${lang} is reachable, alive and in ${lang} only`, async () => {
    const page = await newPage(browser);
    // Every request the portal makes while visiting all its pages.
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    const foreign = LANGS.filter((o) => o !== lang).map((o) => [o, foreignTexts(lang, o)]);
    const seen = new Set();
    const queue = [`/${lang}/`];
    while (queue.length) {
      const path = queue.shift();
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await page.goto(server.url(path));
      await ready(page);
      assert.equal(response.status(), 200, `${path} answers ${response.status()}`);
      assert.equal(await page.locator('[data-page="not-found"]').count(), 0, `dead link to ${path}`);
      assert.equal(await page.locator('[data-state="error"]').count(), 0, `${path} failed to load its data`);
      assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG[lang], path);
      const title = await page.title();
      assert.ok(title.length > 0 && title.includes(STRINGS[lang]['portal.name']), `${path}: title "${title}"`);
      // The description is the page file's, for search engines and link previews.
      const description = (await response.text()).match(/<meta name="description" content="([^"]*)"/)?.[1];
      assert.ok(description?.length > 10, `${path}: meta description`);
      // Text of another language, outside elements that declare their own language.
      const texts = await page.$$eval('body *:not(script):not(style)', (els) => els
        .filter((el) => !el.closest('[lang]:not(html)') && el.closest('body'))
        .flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent.trim()))
        .filter(Boolean));
      for (const text of texts) {
        for (const [other, set] of foreign) {
          assert.ok(!set.has(text), `${path}: "${text}" is ${other} text on a ${lang} page`);
        }
      }
      // getAttribute: an SVG link's `href` is not a string. The share panel's
      // e-mail and correction links leave the site on purpose (share.test.mjs).
      const links = await page.$$eval('main a[href], header a[href]', (as) => as
        .filter((a) => !a.closest('.share-panel') || a.origin === location.origin)
        .map((a) => new URL(a.getAttribute('href'), location.href).pathname));
      for (const href of links) {
        assert.ok(href.startsWith(server.base), `${path}: link ${href} leaves the site's public path`);
        const link = '/' + href.slice(server.base.length);
        // Page addresses end in `/`; other links under a language are files (calendars).
        if (link.startsWith(`/${lang}/`) && link.endsWith('/') && !seen.has(link)) queue.push(link);
      }
    }
    const missing = [...EXPECTED(lang)].filter((p) => !seen.has(p));
    assert.deepEqual(missing, [], 'pages no link leads to');
    const elsewhere = requests.filter((url) => new URL(url).origin !== server.origin);
    assert.deepEqual(elsewhere, [], 'requests to another origin');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('an unknown record id shows the not-found page in the visitor language', async () => {
  const page = await newPage(browser);
  for (const lang of LANGS) {
    for (const section of ['parks', 'agreements', 'events', 'organisations']) {
      await page.goto(server.url(`${lang}/${section}/no-such-record`));
      await ready(page);
      assert.equal(await page.locator('[data-page="not-found"]').count(), 1, `${lang}/${section}`);
      assert.equal(await page.textContent('main h1'), STRINGS[lang]['not_found.title']);
    }
  }
  assert.deepEqual(problemsBesidesPage404(page), []);
  await page.context().close();
});

test('dates follow the language and their precision', async () => {
  const page = await newPage(browser);
  const expected = { fr: '2 juillet 2016', en: 'July 2, 2016', zh: '2016年7月2日' };
  const month = { fr: 'mai 2017', en: 'May 2017', zh: '2017年5月' };
  for (const lang of LANGS) {
    await page.goto(server.url(`${lang}/agreements/sophia-chengdu-sister-parks-2016`));
    await ready(page);
    assert.ok((await page.textContent('.facts')).includes(expected[lang]), lang);
    await page.goto(server.url(`${lang}/agreements/chengdu-technology-parks-declaration-2017`));
    await ready(page);
    const facts = await page.textContent('.facts');
    const day = { fr: /\d{1,2} mai/, en: /May \d{1,2},/, zh: /月\d{1,2}日/ }[lang];
    assert.ok(facts.includes(month[lang]) && !day.test(facts), `${lang}: ${facts}`);
  }
  await page.context().close();
});

test('the parks list is sorted by the language collation', async () => {
  const page = await newPage(browser);
  for (const lang of LANGS) {
    await page.goto(server.url(`${lang}/parks`));
    await ready(page);
    const names = await page.$$eval('[data-list="parks"] tbody th a', (as) => as.map((a) => a.textContent));
    const sorted = [...names].sort(new Intl.Collator(HTML_LANG[lang]).compare);
    assert.deepEqual(names, sorted, lang);
  }
  await page.context().close();
});
