// Filters of the list pages and the timeline, in every language: a filter
// combination is reflected in the address, restored from it, and counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, ready, WAIT_MS } from './support/browser.mjs';
import { STRINGS, LANGS, HTML_LANG, plural } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

const yearsOf = (r) => (r.date ? [r.date.from.year, (r.date.to ?? r.date.from).year] : null);

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

const shownIds = (page) => page.$$eval('[data-list] [data-id]', (els) => els.map((e) => e.dataset.id));

for (const lang of LANGS) {
  test(`agreement filters combine, go into the address and come back from it (${lang})`, async () => {
    const page = await newPage(browser);
    await page.goto(server.url(`${lang}/agreements/`));
    await ready(page);
    assert.equal((await shownIds(page)).length, DATASET.agreements.length);

    // The option for a kind counts the agreements of that kind.
    const sisterCount = DATASET.agreements.filter((a) => a.kind === 'sister-parks').length;
    const option = await page.textContent('#filter-kind option[value="sister-parks"]');
    assert.ok(option.endsWith(`(${sisterCount})`), option);

    // Country China, then the year range 2016–2017.
    await page.selectOption('#filter-country', 'CN');
    await page.waitForURL(/country=CN/);
    await page.selectOption('#from', '2016');
    await page.waitForURL(/from=2016/);
    await page.selectOption('#to', '2017');
    await page.waitForURL(/to=2017/);
    const expected = DATASET.agreements.filter((a) => {
      const years = yearsOf(a);
      const countries = a.parties.map((p) => (p.park ? DATASET.parks.find((x) => x.id === p.park) : DATASET.organisations.find((x) => x.id === p.organisation)).country);
      return countries.includes('CN') && years && years[1] >= 2016 && years[0] <= 2017;
    }).map((a) => a.id);
    assert.ok(expected.length > 0 && expected.length < DATASET.agreements.length);
    assert.deepEqual((await shownIds(page)).sort(), [...expected].sort());
    const status = await page.textContent('.filters__count');
    assert.equal(status, plural(lang, 'filters.shown', expected.length, { total: DATASET.agreements.length }));

    // The address restores the same view in a fresh visit.
    const shared = page.url();
    const other = await newPage(browser);
    await other.goto(shared);
    await ready(other);
    assert.deepEqual((await shownIds(other)).sort(), [...expected].sort());
    assert.equal(await other.inputValue('#filter-country'), 'CN');
    assert.equal(await other.inputValue('#from'), '2016');
    assert.equal(await other.inputValue('#to'), '2017');

    // Back undoes the last filter; "clear" removes them all.
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('to=2017'));
    await page.click('.filters__clear');
    await page.waitForURL(server.url(`${lang}/agreements/`));
    assert.equal((await shownIds(page)).length, DATASET.agreements.length);
    // The focus stays in the filter bar, on its first filter.
    await page.waitForFunction(() => document.activeElement?.matches('form.filters select'), null, { timeout: WAIT_MS });
    assert.deepEqual([...page.problems, ...other.problems], []);
    await page.context().close();
    await other.context().close();
  });
}

test('event format, park country and organisation kind filters', async () => {
  const page = await newPage(browser);
  await page.goto(server.url('en/events/?format=online'));
  await ready(page);
  const online = DATASET.events.filter((e) => e.format !== 'on-site').map((e) => e.id);
  assert.deepEqual((await shownIds(page)).sort(), online.sort());

  await page.goto(server.url('zh/parks/?country=CN'));
  await ready(page);
  assert.deepEqual((await shownIds(page)).sort(), DATASET.parks.filter((p) => p.country === 'CN').map((p) => p.id).sort());

  await page.goto(server.url('fr/organisations/?kind=company'));
  await ready(page);
  assert.deepEqual((await shownIds(page)).sort(), DATASET.organisations.filter((o) => o.kind === 'company').map((o) => o.id).sort());

  // Filters nothing matches: a message, not an empty page.
  await page.goto(server.url('fr/parks/?country=CN&topic=no-such-topic'));
  await ready(page);
  assert.equal(await page.textContent('[data-state="no-match"]'), STRINGS.fr['filters.none_match']);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('country names are those of the browser (Intl.DisplayNames) in every language', async () => {
  // The portal names the dataset's countries from a table of its own, which
  // saves loading Intl's region names: the two must agree.
  const page = await newPage(browser);
  const codes = [...new Set([...DATASET.parks, ...DATASET.organisations].map((r) => r.country))];
  for (const lang of LANGS) {
    const options = [];
    for (const list of ['parks', 'organisations']) {
      await page.goto(server.url(`${lang}/${list}/`));
      await ready(page);
      options.push(...await page.$$eval('#filter-country option', (os) => os.filter((o) => o.value).map((o) => [o.value, o.textContent])));
    }
    assert.deepEqual([...new Set(options.map(([code]) => code))].sort(), codes.sort(), lang);
    for (const [code, label] of options) {
      const expected = await page.evaluate((c) => new Intl.DisplayNames([document.documentElement.lang], { type: 'region' }).of(c), code);
      assert.ok(label.startsWith(expected), `${lang} ${code}: "${label}" vs Intl "${expected}"`);
    }
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a facet with very many values offers the most frequent, with the one in force, and says how many are left out', async () => {
  // 150 extra topics, each the sector of one park (copies of the first one).
  const topics = Array.from({ length: 150 }, (_, i) => ({ id: `topic-${i}`, name: { fr: `Thème ${i}`, en: `Topic ${i}`, zh: `主题${i}` } }));
  const parks = topics.map((t, i) => ({ ...DATASET.parks[0], id: `park-${i}`, sectors: [t.id] }));
  const big = { ...DATASET, topics: [...DATASET.topics, ...topics], parks: [...DATASET.parks, ...parks] };
  const all = new Set([...big.parks.flatMap((p) => p.sectors)]);
  const page = await newPage(browser);
  await page.route('**/data/portal.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(big) }));
  for (const lang of LANGS) {
    await page.goto(server.url(`${lang}/parks/?topic=topic-149`));
    await ready(page);
    const values = await page.$$eval('#filter-topic option:not([disabled])', (os) => os.map((o) => o.value).filter(Boolean));
    assert.equal(values.length, 100, lang);
    assert.ok(values.includes('topic-149'), lang);
    assert.equal(await page.inputValue('#filter-topic'), 'topic-149');
    // The shipped topics, each the sector of several parks, come first.
    for (const sector of DATASET.parks[0].sectors) assert.ok(values.includes(sector), `${lang} ${sector}`);
    const more = await page.textContent('#filter-topic option[disabled]');
    assert.equal(more, plural(lang, 'filters.more_values', all.size - 100), lang);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('long lists are cut into pages that keep the filters', async () => {
  // A dataset with many organisations: copies of the shipped ones under new ids.
  const copies = [];
  for (let i = 2; copies.length + DATASET.organisations.length < 130; i++) {
    for (const org of DATASET.organisations) copies.push({ ...org, id: `${org.id}-copy-${i}` });
  }
  const big = { ...DATASET, organisations: [...DATASET.organisations, ...copies].slice(0, 130) };
  const page = await newPage(browser);
  await page.route('**/data/portal.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(big) }));
  await page.goto(server.url('en/organisations/'));
  await ready(page);
  assert.equal((await shownIds(page)).length, 50);
  assert.equal(await page.textContent('.pager span'), STRINGS.en['filters.page_of'].replace('{page}', '1').replace('{pages}', '3'));
  await page.click('.pager a[rel="next"]');
  await page.waitForURL(/page=2/);
  assert.equal((await shownIds(page)).length, 50);
  await page.click('.pager a[rel="next"]');
  await page.waitForURL(/page=3/);
  assert.equal((await shownIds(page)).length, 30);
  // A filter starts again from the first page, and keeps counting everything.
  await page.selectOption('#filter-country', 'CN');
  await page.waitForURL((url) => url.search.includes('country=CN') && !url.search.includes('page='));
  const chinese = big.organisations.filter((o) => o.country === 'CN').length;
  assert.equal((await shownIds(page)).length, Math.min(50, chinese));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
