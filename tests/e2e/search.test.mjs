// Search in the browser: the examples the portal promises, in every language;
// the header box, shareable addresses, highlighting, keyboard use, no results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, ready } from './support/browser.mjs';
import { STRINGS, LANGS } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

const park = (id) => DATASET.parks.find((p) => p.id === id);

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

async function resultNames(page) {
  await page.waitForSelector('.search-count, [data-state="no-results"]');
  return page.$$eval('a[data-result]', (as) => as.map((a) => a.textContent));
}

for (const lang of LANGS) {
  test(`search examples in ${lang}`, async () => {
    const page = await newPage(browser);
    // A French word without its accents finds the accented records.
    await page.goto(server.url(`${lang}/search/?q=cooperation`));
    await ready(page);
    const plain = await resultNames(page);
    assert.ok(plain.length > 0);
    await page.goto(server.url(`${lang}/search/?q=${encodeURIComponent('coopération')}`));
    assert.deepEqual(await resultNames(page), plain);
    const marks = await page.$$eval('mark', (ms) => ms.map((m) => m.textContent.toLowerCase()));
    assert.ok(marks.length > 0 && marks.every((m) => m.startsWith('coop')), marks.join());

    // Chinese characters find Chengdu, shown in the visitor's language.
    await page.goto(server.url(`${lang}/search/?q=${encodeURIComponent('成都')}`));
    assert.ok((await resultNames(page)).includes(park('chengdu-hi-tech-zone').name[lang]));

    // A park's name typed in each language finds it, named in the visitor's language.
    for (const typed of LANGS.map((l) => park('qingdao-hi-tech-zone').name[l])) {
      await page.goto(server.url(`${lang}/search/?q=${encodeURIComponent(typed)}`));
      const names = await resultNames(page);
      assert.equal(names[0], park('qingdao-hi-tech-zone').name[lang], typed);
    }

    // Nothing found: a clear message quoting the query.
    await page.goto(server.url(`${lang}/search/?q=zzqqxx`));
    await page.waitForSelector('[data-state="no-results"]');
    assert.equal(await page.textContent('[data-state="no-results"]'), STRINGS[lang]['search.no_results'].replace('{query}', 'zzqqxx'));
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('the header box searches, typing updates a shareable address, and arrows move through results', async () => {
  const page = await newPage(browser);
  await page.goto(server.url('fr/'));
  await ready(page);
  await page.fill('#header-search', 'Qingdao');
  await page.press('#header-search', 'Enter');
  await page.waitForURL(server.url('fr/search/?q=Qingdao'));
  assert.ok((await resultNames(page)).length > 1);

  // Typing on the search page rewrites the address.
  await page.fill('#search-page-input', 'Jiangning');
  await page.waitForURL(/q=Jiangning/);
  const names = await resultNames(page);
  assert.equal(names[0], park('jiangning-development-zone').name.fr);

  // ↓ from the box to the first result, ↓ to the second, ↑ back, Enter opens.
  await page.focus('#search-page-input');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), names[0]);
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), names[1]);
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), names[0]);
  await page.keyboard.press('Enter');
  await page.waitForURL(server.url('fr/parks/jiangning-development-zone/'));

  // The shared address opens the same results in a fresh visit.
  const other = await newPage(browser);
  await other.goto(server.url('fr/search/?q=Jiangning'));
  await ready(other);
  assert.deepEqual(await resultNames(other), names);
  assert.deepEqual([...page.problems, ...other.problems], []);
  await page.context().close();
  await other.context().close();
});
