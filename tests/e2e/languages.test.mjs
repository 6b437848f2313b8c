// Every language's interface strings are compiled into the app, so a change
// of language is an ordinary link inside the app. Checked here: what a visit
// downloads, in-app language changes (the switcher by pointer and keyboard,
// Back after a new start), and the page's feed link following the language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, ready } from './support/browser.mjs';
import { STRINGS, LANGS, HTML_LANG, NATIVE_NAME } from './support/strings.mjs';
import { serveSite } from './support/site.mjs';

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

/** The JSON files `page` has asked for so far, as paths under the site. */
function watchJson(page) {
  const asked = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.json')) asked.push(path.slice(path.indexOf('/', 1) + 1));
  });
  return asked;
}

/** Marks the document, to tell an in-app change from a page load. */
const mark = (page) => page.evaluate(() => { window.sameDocument = true; });
const sameDocument = (page) => page.evaluate(() => window.sameDocument === true);

const switcher = (lang) => `.language-switcher a[hreflang="${HTML_LANG[lang]}"]`;

for (const lang of LANGS) {
  test(`a page in ${lang} needs no file but the dataset and the names`, async () => {
    const page = await newPage(browser);
    const asked = watchJson(page);
    await page.goto(server.url(`${lang}/agreements/`));
    await ready(page);
    assert.equal(await page.textContent('main h1'), STRINGS[lang]['agreements.title']);
    assert.deepEqual(asked.sort(), ['data/names.json', 'data/portal.json']);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('the switcher changes the language in the app, by pointer and by keyboard', async () => {
  const page = await newPage(browser);
  const asked = watchJson(page);
  await page.goto(server.url('en/events/'));
  await ready(page);
  await mark(page);
  asked.length = 0;
  await page.click(switcher('zh'));
  await page.waitForURL(server.url('zh/events/'));
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, STRINGS.zh['events.title']);
  assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG.zh);
  assert.ok(await sameDocument(page), 'the app changed the language without loading a page');
  // The page's feed link follows the language shown.
  const feed = await page.$eval('head link[rel="alternate"][type="application/atom+xml"]', (l) => [l.href, l.title]);
  assert.deepEqual(feed, [server.url('zh/feed.xml'), STRINGS.zh['feed.title']]);
  // By keyboard, without a pointer.
  await page.focus(switcher('fr'));
  await page.keyboard.press('Enter');
  await page.waitForURL(server.url('fr/events/'));
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, STRINGS.fr['events.title']);
  assert.ok(await sameDocument(page));
  await page.click(switcher('en'));
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, STRINGS.en['events.title']);
  assert.ok(await sameDocument(page));
  // No file was needed for any of these changes.
  assert.deepEqual(asked, []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('Back, after a new start on a page in another language, shows the page in its language', async () => {
  const page = await newPage(browser);
  const asked = watchJson(page);
  await page.goto(server.url('fr/parks/'));
  await ready(page);
  await page.click(switcher('en'));
  await page.waitForURL(server.url('en/parks/'));
  // A new start on the English page.
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
  assert.deepEqual(asked, []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
