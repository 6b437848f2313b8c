// Each language's interface strings come from a file of their own
// (`strings/<lang>.<version>.json`): a page loads its language's, and another
// language's when the visitor goes there (src/languages.rs). Checked here:
// which files a visit asks for, in-app language changes (a link, Back), and
// what a visitor gets when a strings file cannot be had.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './support/server.mjs';
import { launch, newPage, ready, until } from './support/browser.mjs';
import { STRINGS, LANGS, HTML_LANG, NATIVE_NAME } from './support/strings.mjs';
import { assertErrorPage } from './support/error_page.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const STRINGS_FILE = /\/strings\/(fr|en|zh)\.[0-9a-f]{16}\.json$/;

/** The languages whose strings file `page` has asked for so far, in order. */
function watchStrings(page) {
  const asked = [];
  page.on('request', (request) => {
    const match = request.url().match(STRINGS_FILE);
    if (match) asked.push(match[1]);
  });
  return asked;
}

/** Marks the document, to tell an in-app change from a page load. */
const mark = (page) => page.evaluate(() => { window.sameDocument = true; });
const sameDocument = (page) => page.evaluate(() => window.sameDocument === true);

const switcher = (lang) => `.language-switcher a[hreflang="${HTML_LANG[lang]}"]`;

for (const lang of LANGS) {
  test(`a page in ${lang} loads its own language's strings only`, async () => {
    const page = await newPage(browser);
    const asked = watchStrings(page);
    await page.goto(server.url(`${lang}/agreements/`));
    await ready(page);
    assert.equal(await page.textContent('main h1'), STRINGS[lang]['agreements.title']);
    assert.deepEqual(asked, [lang]);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('the switcher loads the other language in the app, asked for as the pointer reaches it', async () => {
  const page = await newPage(browser);
  const asked = watchStrings(page);
  await page.goto(server.url('en/events/'));
  await ready(page);
  await mark(page);
  await page.hover(switcher('zh'));
  await until('the Chinese strings asked for on hover', () => asked.includes('zh'));
  await page.click(switcher('zh'));
  await page.waitForURL(server.url('zh/events/'));
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, STRINGS.zh['events.title']);
  assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG.zh);
  assert.ok(await sameDocument(page), 'the app changed the language without loading a page');
  // The page's feed link follows the language shown.
  const feed = await page.$eval('head link[rel="alternate"][type="application/atom+xml"]', (l) => [l.href, l.title]);
  assert.deepEqual(feed, [server.url('zh/feed.xml'), STRINGS.zh['feed.title']]);
  // By keyboard, without a pointer: the click waits for the file.
  await page.focus(switcher('fr'));
  await page.keyboard.press('Enter');
  await page.waitForURL(server.url('fr/events/'));
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, STRINGS.fr['events.title']);
  assert.ok(await sameDocument(page));
  assert.deepEqual(asked, ['en', 'zh', 'fr']);
  // Back to a language loaded before: no file asked for again.
  await page.click(switcher('en'));
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, STRINGS.en['events.title']);
  assert.deepEqual(asked, ['en', 'zh', 'fr']);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('Back to a page in a language this visit has not loaded shows it in that language', async () => {
  const page = await newPage(browser);
  const asked = watchStrings(page);
  await page.goto(server.url('fr/parks/'));
  await ready(page);
  await page.click(switcher('en'));
  await page.waitForURL(server.url('en/parks/'));
  // A new start on the English page: French is no longer loaded.
  await page.reload();
  await ready(page);
  await mark(page);
  asked.length = 0;
  await page.goBack();
  await page.waitForURL(server.url('fr/parks/'));
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, STRINGS.fr['parks.title']);
  assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG.fr);
  assert.equal(await page.textContent(`${switcher('fr')}[aria-current]`), NATIVE_NAME.fr);
  assert.ok(await sameDocument(page), 'the app went back without loading a page');
  assert.deepEqual(asked, ['fr']);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('when the other language cannot be loaded, the link opens its page file', async () => {
  const page = await newPage(browser);
  await page.goto(server.url('en/agreements/'));
  await ready(page);
  await mark(page);
  await page.route(STRINGS_FILE, (route) => (route.request().url().includes('/fr.') ? route.abort('connectionrefused') : route.continue()));
  await page.click(switcher('fr'));
  await page.waitForURL(server.url('fr/agreements/'));
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, STRINGS.fr['agreements.title']);
  assert.equal(await sameDocument(page), false, 'the browser loaded the French page file');
  // That page, with no French strings to be had, stays as published, and says so.
  await assertErrorPage(page, 'fr', 'network', STRINGS.fr['agreements.title'], 'fr strings');
  const problems = page.problems.filter((p) => !/Failed to load resource|net::ERR/.test(p));
  assert.deepEqual(problems, []);
  await page.context().close();
});

const FAULTS = {
  'HTTP 404': { fault: (r) => r.fulfill({ status: 404, body: 'not found' }), shown: 404 },
  'a file of another build': {
    fault: (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '["0000000000000000",[],[]]' }),
    shown: 'damaged',
  },
  'no answer': { fault: (r) => r.abort('connectionrefused'), shown: 'network' },
};

for (const [name, { fault, shown }] of Object.entries(FAULTS)) {
  test(`strings file: ${name} leaves the page as published, says why in its language, and Try again starts again`, async () => {
    for (const lang of LANGS) {
      const page = await newPage(browser);
      let broken = true;
      await page.route(STRINGS_FILE, (route) => (broken ? fault(route) : route.continue()));
      await page.goto(server.url(`${lang}/parks/`));
      await assertErrorPage(page, lang, shown, STRINGS[lang]['parks.title'], `${name}, ${lang}`);
      // The page file is whole and its links work as plain links.
      assert.ok(await page.locator('#prerendered [data-list="parks"] tbody tr').count() > 0);
      broken = false;
      await page.click(`[data-state="error"]:visible button:has-text("${STRINGS[lang]['data.retry']}")`);
      await ready(page);
      assert.equal(await page.locator('[data-state="error"]').count(), 0);
      assert.equal(await page.textContent('main h1'), STRINGS[lang]['parks.title']);
      const problems = page.problems.filter((p) => !/Failed to load resource|net::ERR/.test(p));
      assert.deepEqual(problems, [], `${name}, ${lang}`);
      await page.context().close();
    }
  });
}
