// Hostile and broken data, in the browser: every broken dataset of the
// validator's test suite, a 10 MB string, and markup or script addresses in
// every text field. Whatever the file, the visitor gets a clear message in
// their language or inert text; no panic, no script, no console error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, ready, problemsBesidesPage404 } from './support/browser.mjs';
import { LANGS, STRINGS } from './support/strings.mjs';
import { BROKEN_CASES } from './support/broken.mjs';
import { assertErrorPage } from './support/error_page.mjs';
import { DATASET, serveSite } from './support/site.mjs';

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

const hostileStrings = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '"><svg onload="window.__pwned = 3">',
  'javascript:window.__pwned = 4',
  'data:text/html,<script>window.__pwned = 5</script>',
];

/** The dataset with every visitor-visible text replaced by a hostile string. */
function poisoned() {
  const copy = structuredClone(DATASET);
  let i = 0;
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      if (typeof value.fr === 'string' && typeof value.en === 'string' && typeof value.zh === 'string') {
        for (const l of LANGS) value[l] = `${hostileStrings[i++ % hostileStrings.length]} ${l}`;
      } else Object.values(value).forEach(walk);
    }
  };
  walk(copy);
  for (const person of copy.people) person.native_name = person.latin_name = hostileStrings[i++ % hostileStrings.length];
  return copy;
}

test(`${BROKEN_CASES.length} broken datasets: the app stops at what it cannot read, with its message and details, and shows the rest without a fault`, async () => {
  assert.ok(BROKEN_CASES.length >= 30);
  const reads = BROKEN_CASES.filter((c) => c.app === 'reads');
  assert.ok(reads.length > 0 && reads.length < BROKEN_CASES.length);
  for (const [i, c] of BROKEN_CASES.entries()) {
    const label = `${c.name} (${c.what})`;
    if (c.app === 'reads') {
      // The pages take what they can and show it, lists and records alike
      // (the records' own pages come from 404.html: their ids are the fixture's).
      const doc = JSON.parse(c.document);
      const lang = LANGS[i % LANGS.length];
      const page = await newPage(browser);
      await page.route('**/data/portal.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: c.document }));
      for (const path of ['parks/', 'events/', `parks/${doc.parks[0].id}/`, `events/${doc.events[0].id}/`]) {
        await page.goto(server.url(`${lang}/${path}`));
        await ready(page);
        assert.equal(await page.locator('[data-state="error"]').count(), 0, `${label}, ${lang}/${path}`);
      }
      assert.deepEqual(problemsBesidesPage404(page), [], label);
      await page.context().close();
    } else {
      for (const lang of LANGS) {
        const page = await newPage(browser);
        await page.route('**/data/portal.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: c.document }));
        await page.goto(server.url(`${lang}/parks/`));
        await assertErrorPage(page, lang, c.app === 'not-json' ? 'damaged' : c.app, STRINGS[lang]['parks.title'], `${label}, ${lang}`);
        assert.deepEqual(page.problems, [], label);
        await page.context().close();
      }
    }
  }
});

test('a 10 MB string is refused with a message, not a frozen page', async () => {
  const huge = structuredClone(DATASET);
  huge.parks[0].description.en = 'x'.repeat(10 * 1024 * 1024);
  for (const lang of LANGS) {
    const page = await newPage(browser);
    await page.route('**/data/portal.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(huge) }));
    await page.goto(server.url(`${lang}/parks/`));
    await assertErrorPage(page, lang, { path: '$.parks[0].description.en', says: [`${10 * 1024 * 1024} characters is over the limit`] }, STRINGS[lang]['parks.title'], `10 MB, ${lang}`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('markup and script addresses in every text field render as inert text on every page', async () => {
  const body = JSON.stringify(poisoned());
  const paths = ['', 'parks/', 'agreements/', 'events/', 'organisations/', 'sources/', 'timeline/', 'map/', 'data/',
    `parks/${DATASET.parks[0].id}/`, `agreements/${DATASET.agreements[0].id}/`, `events/${DATASET.events[0].id}/`,
    `organisations/${DATASET.organisations[0].id}/`, 'search/?q=script'];
  for (const lang of LANGS) {
    const page = await newPage(browser);
    await page.route('**/data/portal.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    for (const path of paths) {
      await page.goto(server.url(`${lang}/${path}`));
      await ready(page);
      await page.waitForTimeout(100);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, `${lang}/${path} ran injected script`);
      assert.equal(await page.locator('main script, main img[onerror], main svg[onload]').count(), 0, `${lang}/${path}`);
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
      assert.ok(hrefs.every((h) => !/^\s*(javascript|data):/i.test(h)), `${lang}/${path}: ${hrefs}`);
    }
    // The strings are shown, as text.
    await page.goto(server.url(`${lang}/parks/${DATASET.parks[0].id}/`));
    await ready(page);
    assert.ok((await page.textContent('main')).includes('<'), 'the markup is visible as text');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});
