// The open-data page in each language: what it says about the dataset and its
// licence, and each download (the JSON dataset and one CSV table per record
// type) fetched by clicking its link and read back: byte order mark, header,
// one row per record of the dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { newPage, ready } from './support/browser.mjs';
import { parseCsv } from './support/csv.mjs';
import { STRINGS, LANGS } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

const TABLES = ['parks', 'organisations', 'agreements', 'events', 'people', 'sources', 'topics'];

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

/** Clicks `link` and returns the downloaded file's name and bytes. */
async function download(page, link) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

for (const lang of LANGS) {
  test(`the open-data page in ${lang}: every CSV table downloads with one row per record`, async () => {
    const s = STRINGS[lang];
    const page = await newPage(browser);
    await page.goto(server.url(`${lang}/data/`));
    await ready(page);
    assert.equal(await page.textContent('main h1'), s['open_data.title']);
    const rows = page.locator('[data-list="downloads"] tbody tr');
    assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.table)), TABLES);
    for (const table of TABLES) {
      const row = page.locator(`[data-list="downloads"] tr[data-table="${table}"]`);
      assert.equal(Number(await row.getAttribute('data-count')), DATASET[table].length, table);
      assert.equal(await row.locator('th').textContent(), s[`open_data.table_${table}`]);
      const link = row.locator('a:not([data-separator])');
      assert.equal(await link.getAttribute('href'), `${server.base}data/${table}.csv`);
      const file = await download(page, link);
      assert.equal(file.name, `${table}.csv`);
      assert.deepEqual([...file.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${table}: UTF-8 byte order mark`);
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(file.bytes.subarray(3));
      // Plain line split first: no text of the dataset holds a CRLF, so rows are lines.
      const lines = text.split('\r\n');
      assert.equal(lines.pop(), '', `${table}: ends with CRLF`);
      assert.equal(lines.length, DATASET[table].length + 1, `${table}: header and one line per record`);
      const [header, ...records] = parseCsv(text);
      assert.equal(header[0], 'id');
      assert.equal(records.length, DATASET[table].length, `${table}: one row per record`);
      for (const record of records) assert.equal(record.length, header.length, `${table}: ${record[0]}`);
      assert.deepEqual(records.map((r) => r[0]), DATASET[table].map((r) => r.id), `${table}: ids in dataset order`);
      // Names or titles in the three languages, as in the dataset.
      const stem = ['name', 'title'].find((stem) => header.includes(`${stem}_${lang}`));
      if (stem) {
        const column = header.indexOf(`${stem}_${lang}`);
        assert.deepEqual(records.map((r) => r[column]), DATASET[table].map((r) => r[stem][lang]), `${table}: ${stem}_${lang}`);
      }
      if (header.includes('sources')) {
        const column = header.indexOf('sources');
        assert.deepEqual(records.map((r) => r[column]), DATASET[table].map((r) => r.sources.join(';')), `${table}: sources`);
      }
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`the open-data page in ${lang}: the JSON dataset, the licence and the source articles`, async () => {
    const s = STRINGS[lang];
    const page = await newPage(browser);
    await page.goto(server.url(`${lang}/data/`));
    await ready(page);
    const json = page.locator('a[data-download="json"]');
    assert.equal(await json.textContent(), s['open_data.json_link']);
    const file = await download(page, json);
    assert.deepEqual(JSON.parse(file.bytes.toString('utf8')), DATASET);

    const licence = page.locator('[data-section="licence"]');
    const text = await licence.textContent();
    assert.ok(text.includes(s['open_data.licence']), 'licence statement');
    assert.ok(text.includes('CC BY 4.0') && text.includes('Creative Commons'), 'names CC BY 4.0');
    assert.ok(text.includes(s['open_data.sources_rights']), 'source articles stay their publishers\'');
    assert.equal(await licence.locator('a[rel~="license"]').getAttribute('href'), s['open_data.licence_url']);
    assert.match(s['open_data.licence_url'], /^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);

    // Each source article, linked to its entry on the sources page.
    const sources = licence.locator('[data-list="source-rights"] li');
    assert.deepEqual(await sources.evaluateAll((lis) => lis.map((li) => li.dataset.source)), DATASET.sources.map((r) => r.id));
    for (const source of DATASET.sources) {
      const item = licence.locator(`li[data-source="${source.id}"]`);
      const link = item.locator('a');
      assert.equal(await link.textContent(), source.title[lang]);
      assert.equal(await link.getAttribute('href'), `${server.base}${lang}/sources/#${source.id}`);
      const publisher = source.publisher?.[lang] ?? s['open_data.publisher_unknown'];
      assert.ok((await item.textContent()).includes(publisher), `${source.id}: publisher`);
    }
    assert.ok((await page.textContent('main')).includes(s['open_data.fields']), 'the note on the fields');

    // Following a source link opens that article on the sources page.
    const first = DATASET.sources[0];
    await licence.locator(`li[data-source="${first.id}"] a`).click();
    await page.waitForURL(server.url(`${lang}/sources/#${first.id}`));
    await page.waitForSelector(`article.source[id="${first.id}"]`);
    assert.equal(await page.textContent('main h1'), s['sources.title']);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}
