// The app shell in a real browser: every route in every language, the
// language switcher, the choice of language at `/`, and the not-found page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, ready, problemsBesidesPage404 } from './support/browser.mjs';
import { STRINGS, LANGS, HTML_LANG, NATIVE_NAME } from './support/strings.mjs';
import { serveSite } from './support/site.mjs';

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

const SECTIONS = [
  { path: '', title: 'home.title', nav: 'nav.home' },
  { path: 'parks', title: 'parks.title', nav: 'nav.parks' },
  { path: 'agreements', title: 'agreements.title', nav: 'nav.agreements' },
  { path: 'events', title: 'events.title', nav: 'nav.events' },
];

async function visit(page, path) {
  const response = await page.goto(server.url(path));
  await ready(page);
  return response;
}

for (const lang of LANGS) {
  test(`every section renders in ${lang}`, async () => {
    const page = await newPage(browser);
    const s = STRINGS[lang];
    for (const section of SECTIONS) {
      await visit(page, `${lang}/${section.path}`);
      assert.equal(await page.textContent('main h1'), s[section.title]);
      assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG[lang]);
      const title = await page.title();
      assert.ok(title.includes(s['portal.name']), `title "${title}" names the portal`);
      if (section.path) assert.ok(title.startsWith(s[section.title]), `title "${title}" names the page`);
      const current = page.locator('.site-nav a[aria-current="page"]');
      assert.equal(await current.count(), 1);
      assert.equal(await current.textContent(), s[section.nav]);
      assert.equal(await page.locator('footer').count(), 1);
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('the language switcher keeps the page and changes the language', async () => {
  const page = await newPage(browser);
  await visit(page, 'fr/agreements');
  for (const lang of ['en', 'zh', 'fr']) {
    await page.click(`.language-switcher a[hreflang="${HTML_LANG[lang]}"]`);
    await page.waitForURL(server.url(`${lang}/agreements/`));
    await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, STRINGS[lang]['agreements.title']);
    assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG[lang]);
    assert.ok((await page.title()).startsWith(STRINGS[lang]['agreements.title']));
    assert.equal(await page.textContent('.language-switcher a[aria-current]'), NATIVE_NAME[lang]);
  }
  // Each language is named in its own language and marked as such.
  for (const lang of LANGS) {
    const link = page.locator(`.language-switcher a[hreflang="${HTML_LANG[lang]}"]`);
    assert.equal(await link.textContent(), NATIVE_NAME[lang]);
    assert.equal(await link.getAttribute('lang'), HTML_LANG[lang]);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the site root opens in the browser language, else English', async () => {
  for (const [locale, lang] of [['fr-FR', 'fr'], ['zh-CN', 'zh'], ['de-DE', 'en'], ['en-GB', 'en']]) {
    const page = await newPage(browser, { locale });
    await page.goto(server.url(''));
    await page.waitForURL(server.url(`${lang}/`));
    await ready(page);
    assert.equal(await page.textContent('main h1'), STRINGS[lang]['home.title'], locale);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('the site root remembers the language chosen in the switcher', async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  await visit(page, 'en/parks');
  await page.click('.language-switcher a[hreflang="zh-Hans"]');
  await page.waitForURL(server.url('zh/parks/'));
  await page.goto(server.url(''));
  await page.waitForURL(server.url('zh/'));
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('unknown addresses show the not-found page with a way home', async () => {
  const page = await newPage(browser, { locale: 'fr-FR' });
  for (const [path, lang] of [['en/nowhere', 'en'], ['zh/parks/x/y', 'zh'], ['de/parks', 'fr'], ['fr/Parks', 'fr']]) {
    await visit(page, path);
    assert.equal(await page.locator('[data-page="not-found"]').count(), 1, path);
    assert.equal(await page.textContent('main h1'), STRINGS[lang]['not_found.title'], path);
    assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG[lang], path);
    await page.click('main a.button');
    await page.waitForURL(server.url(`${lang}/`));
    await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, STRINGS[lang]['home.title']);
  }
  assert.deepEqual(problemsBesidesPage404(page), []);
  await page.context().close();
});
