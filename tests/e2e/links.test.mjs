// Broken and odd addresses, opened directly: each ends on the right page or
// on the not-found page in a sensible language, with no console error or panic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, ready, problemsBesidesPage404 } from './support/browser.mjs';
import { STRINGS, LANGS, HTML_LANG } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

/** [path, expected: {page: 'not-found' | heading text}, language] */
function generatedPaths() {
  const cases = [];
  const sections = ['parks', 'agreements', 'events', 'organisations'];
  for (const lang of LANGS) {
    for (const section of sections) {
      cases.push([`${lang}/${section}/no-such-id/`, 'not-found', lang]);
      cases.push([`${lang}/${section}/UPPER-Case/`, 'not-found', lang]);
      cases.push([`${lang}/${section}/with%20space/`, 'not-found', lang]);
      cases.push([`${lang}/${section}/%E6%88%90%E9%83%BD/`, 'not-found', lang]);
      cases.push([`${lang}/${section}/成都/`, 'not-found', lang]);
      cases.push([`${lang}/${section}/a/b/c/`, 'not-found', lang]);
      cases.push([`${lang}/${section}/${'x'.repeat(300)}/`, 'not-found', lang]);
      cases.push([`${lang}/${section}/..%2F..%2Fetc%2Fpasswd`, 'not-found', lang]);
      cases.push([`${lang}/${section}/%00/`, 'not-found', lang]);
      cases.push([`${lang}/${section}/-/`, 'not-found', lang]);
      cases.push([`${lang}/${section}/%/`, 'not-found', lang]);
      // Real pages, with and without their trailing slash, and with a query or fragment.
      cases.push([`${lang}/${section}`, 'list', lang]);
      cases.push([`${lang}/${section}/?utm_source=x`, 'list', lang]);
      cases.push([`${lang}/${section}/#top`, 'list', lang]);
    }
    for (const record of [DATASET.parks[0], DATASET.events[0]]) {
      const section = DATASET.parks.includes(record) ? 'parks' : 'events';
      cases.push([`${lang}/${section}/${record.id}`, 'record', lang]);
      cases.push([`${lang}/${section}/${record.id}/`, 'record', lang]);
      cases.push([`${lang}/${section}/${record.id.toUpperCase()}/`, 'not-found', lang]);
      cases.push([`${lang}/${section}/${record.id}-x/`, 'not-found', lang]);
    }
    cases.push([`${lang}/`, 'home', lang]);
    cases.push([`${lang}`, 'home', lang]);
    cases.push([`${lang}//`, 'home', lang]);
    cases.push([`${lang}/nowhere/`, 'not-found', lang]);
    cases.push([`${lang}/parks/../agreements/`, 'list', lang]);
    cases.push([`${lang}/${'deep/'.repeat(40)}`, 'not-found', lang]);
    cases.push([`${lang}/index.html`, 'not-found', lang]);
    cases.push([`${lang}/search/?q=%E6%88%90%E9%83%BD`, 'search', lang]);
    cases.push([`${lang}/search/?q=%`, 'search', lang]);
    cases.push([`${lang}/agreements/?from=abc&to=99999&country=%3Cb%3E`, 'list', lang]);
    cases.push([`${lang}/parks/?page=999999`, 'list', lang]);
    cases.push([`${lang}/parks/?page=-1`, 'list', lang]);
  }
  // Unknown or upper-case languages: the not-found page in the browser's language (French here).
  for (const prefix of ['FR', 'En', 'ZH', 'de', 'zh-hans', 'zh-CN', 'xx', '%E4%B8%AD%E6%96%87', 'f%20r', 'fr%2Fparks']) {
    cases.push([`${prefix}/`, 'not-found', 'fr']);
    cases.push([`${prefix}/parks/`, 'not-found', 'fr']);
  }
  cases.push(['', 'home', 'fr']);
  cases.push(['?x=1', 'home', 'fr']);
  return cases;
}

test('200 and more generated addresses end on the right page or the not-found page', async () => {
  const cases = generatedPaths();
  assert.ok(cases.length >= 200, `${cases.length} cases`);
  const page = await newPage(browser, { locale: 'fr-FR' });
  for (const [path, expected, lang] of cases) {
    await page.goto(server.url(path));
    await ready(page).catch((error) => { throw new Error(`${path}: no page heading (${error.message})`); });
    const heading = await page.textContent('main h1');
    const notFound = await page.locator('[data-page="not-found"]').count();
    if (expected === 'not-found') {
      assert.equal(notFound, 1, `${path}: "${heading}"`);
      assert.equal(heading, STRINGS[lang]['not_found.title'], path);
    } else {
      assert.equal(notFound, 0, `${path} should be a page`);
    }
    if (expected === 'home') assert.equal(heading, STRINGS[lang]['home.title'], path);
    assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG[lang], path);
  }
  assert.deepEqual(problemsBesidesPage404(page), []);
  await page.context().close();
});
