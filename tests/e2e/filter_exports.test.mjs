// The filters that tell records apart and the export of what they show, in
// every language, on a desktop and on a phone: the park filter (every
// agreement has a Chinese party, so the country cannot choose), the count of
// undated records a range of years hides, a range given the wrong way round,
// a single year, and the CSV of the filtered list, written for reading in the
// page's language, with commas and with semicolons, really downloaded by
// Chromium under the portal's Content-Security-Policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { newPage, ready } from './support/browser.mjs';
import { parseCsv } from './support/csv.mjs';
import { STRINGS, LANGS, plural } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

const DEVICES = {
  desktop: {},
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
};

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

const shownIds = (page) => page.$$eval('[data-list] [data-id]', (els) => els.map((e) => e.dataset.id));
const park = (id) => DATASET.parks.find((p) => p.id === id);
/** The park a party stands for: itself, or the park its organisation is based in. */
const parkOf = (party) => party.park ?? DATASET.organisations.find((o) => o.id === party.organisation)?.park ?? null;
const partyName = (party, lang) => (party.park ? park(party.park) : DATASET.organisations.find((o) => o.id === party.organisation)).name[lang];
const agreementParks = (a) => new Set(a.parties.map(parkOf).filter(Boolean));
const eventParks = (e) => new Set([...e.organisers, ...e.participants].map(parkOf).filter(Boolean).concat(e.parks));
const yearsOf = (r) => (r.date ? [r.date.from.year, (r.date.to ?? r.date.from).year] : null);

/** The file name a list's export has in `lang`. */
function exportName(lang, list, filtered, semicolon) {
  const s = STRINGS[lang];
  let name = s[`${list}.title`];
  if (filtered) name = s['filters.export_file'].replace('{list}', name);
  if (semicolon) name = s['filters.export_file_semicolon'].replace('{name}', name);
  return `${name}.csv`;
}

/** The id of the record of an exported row, from the address of its page (the last column). */
const idOf = (list, lang) => (row) => row.at(-1).match(new RegExp(`/${lang}/${list}/([a-z0-9-]+)/$`))?.[1];

/** Clicks `link` and returns the downloaded file's name and text (after its byte order mark, which it must have). */
/** On a phone the filters are folded behind a button: unfolds them. */
async function openFilters(page) {
  const toggle = page.locator('.filters-toggle');
  if (await toggle.isVisible() && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

async function download(page, link) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const bytes = readFileSync(await file.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  return { name: file.suggestedFilename(), text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3)) };
}

for (const [device, options] of Object.entries(DEVICES)) {
  for (const lang of LANGS) {
    test(`park filter on agreements and events (${lang}, ${device})`, async () => {
      const s = STRINGS[lang];
      const page = await newPage(browser, options);
      await page.goto(server.url(`${lang}/agreements/`));
      await ready(page);
      // The country cannot choose: China is every agreement's.
      const china = await page.textContent('#filter-country option[value="CN"]');
      assert.ok(china.endsWith(`(${DATASET.agreements.length})`), china);
      // The park filter can, with each park's count.
      assert.equal(await page.textContent('label[for="filter-park"]'), s['filters.park']);
      const offered = await page.$$eval('#filter-park option[value]:not([value=""])', (os) => os.map((o) => [o.value, o.textContent]));
      const expectedParks = [...new Set(DATASET.agreements.flatMap((a) => [...agreementParks(a)]))].sort();
      assert.deepEqual(offered.map(([id]) => id).sort(), expectedParks);
      for (const [id, label] of offered) {
        const count = DATASET.agreements.filter((a) => agreementParks(a).has(id)).length;
        assert.equal(label, `${park(id).name[lang]} (${count})`);
        assert.ok(count < DATASET.agreements.length, id);
      }
      await openFilters(page);
      await page.selectOption('#filter-park', 'chengdu-hi-tech-zone');
      await page.waitForURL(/park=chengdu-hi-tech-zone/);
      const chengdu = DATASET.agreements.filter((a) => agreementParks(a).has('chengdu-hi-tech-zone')).map((a) => a.id);
      // Three: the agreement whose title names no city is among them.
      assert.equal(chengdu.length, 3);
      assert.ok(chengdu.includes('sophia-antipolis-china-innovation-center-agreement-2016'));
      assert.deepEqual((await shownIds(page)).sort(), [...chengdu].sort());
      assert.equal(await page.textContent('.filters__count'), plural(lang, 'filters.shown', chengdu.length, { total: DATASET.agreements.length }));

      // Events: by organisers, participants and the parks they concern.
      await page.goto(server.url(`${lang}/events/?park=shenfu-demonstration-zone`));
      await ready(page);
      const shenfu = DATASET.events.filter((e) => eventParks(e).has('shenfu-demonstration-zone')).map((e) => e.id);
      assert.ok(shenfu.length > 0 && shenfu.length < DATASET.events.length);
      assert.deepEqual((await shownIds(page)).sort(), [...shenfu].sort());
      assert.equal(await page.inputValue('#filter-park'), 'shenfu-demonstration-zone');
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });

    test(`a range of years says how many undated records it hides, and a reversed one is put in order (${lang}, ${device})`, async () => {
      const s = STRINGS[lang];
      const page = await newPage(browser, options);
      await page.goto(server.url(`${lang}/agreements/`));
      await ready(page);
      assert.equal(await page.locator('.filters__note').count(), 0, 'nothing hidden without a range');
      await openFilters(page);
      await page.selectOption('#from', '2016');
      await page.waitForURL(/from=2016/);
      const undated = DATASET.agreements.filter((a) => !a.date).length;
      assert.equal(undated, 2);
      const note = page.locator('.filters__note');
      assert.equal(await note.getAttribute('role'), 'status');
      assert.ok(await note.isVisible());
      assert.equal(await note.locator('[data-note="undated"]').textContent(), plural(lang, 'filters.undated_hidden', undated));
      assert.equal((await shownIds(page)).length, DATASET.agreements.length - undated);

      // The events list: with a park too, only the undated ones it would show.
      await page.goto(server.url(`${lang}/events/?to=2030&park=qingdao-hi-tech-zone`));
      await ready(page);
      const qingdaoUndated = DATASET.events.filter((e) => !e.date && eventParks(e).has('qingdao-hi-tech-zone')).length;
      assert.ok(qingdaoUndated > 0);
      assert.equal(await page.textContent('.filters__note [data-note="undated"]'), plural(lang, 'filters.undated_hidden', qingdaoUndated));

      // 2025 → 2016 from an address: read as 2016 → 2025, and said.
      await page.goto(server.url(`${lang}/agreements/?from=2025&to=2016`));
      await ready(page);
      const inRange = DATASET.agreements.filter((a) => { const y = yearsOf(a); return y && y[1] >= 2016 && y[0] <= 2025; }).map((a) => a.id);
      assert.ok(inRange.length > 0);
      assert.deepEqual((await shownIds(page)).sort(), [...inRange].sort());
      assert.equal(await page.inputValue('#from'), '2016');
      assert.equal(await page.inputValue('#to'), '2025');
      const swapped = s['filters.years_swapped'].replace('{from}', '2016').replace('{to}', '2025');
      assert.equal(await page.textContent('.filters__note [data-note="swapped"]'), swapped);
      assert.equal(await page.locator('[data-state="no-match"]').count(), 0);

      // Chosen the wrong way round: the address takes the years in order.
      await page.goto(server.url(`${lang}/agreements/?from=2021`));
      await ready(page);
      await openFilters(page);
      await page.selectOption('#to', '2016');
      await page.waitForURL((url) => url.searchParams.get('from') === '2016' && url.searchParams.get('to') === '2021');
      const between = DATASET.agreements.filter((a) => { const y = yearsOf(a); return y && y[1] >= 2016 && y[0] <= 2021; }).map((a) => a.id);
      assert.deepEqual((await shownIds(page)).sort(), [...between].sort());

      // One year alone: 2025's events, not 2026's as "from 2025" shows them.
      await page.goto(server.url(`${lang}/events/`));
      await ready(page);
      await openFilters(page);
      assert.equal(await page.textContent('label[for="year"]'), s['filters.year']);
      await page.selectOption('#year', '2025');
      await page.waitForURL((url) => url.searchParams.get('year') === '2025' && !url.searchParams.has('from'));
      const of2025 = DATASET.events.filter((e) => { const y = yearsOf(e); return y && y[0] <= 2025 && y[1] >= 2025; }).map((e) => e.id);
      assert.ok(of2025.length > 0 && DATASET.events.some((e) => yearsOf(e)?.[0] === 2026));
      assert.deepEqual((await shownIds(page)).sort(), [...of2025].sort());
      assert.equal(await page.inputValue('#from'), '2025');
      assert.equal(await page.inputValue('#to'), '2025');
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });

    test(`the filtered list downloads as CSV for reading in the page's language, with commas and with semicolons (${lang}, ${device})`, async () => {
      const s = STRINGS[lang];
      const page = await newPage(browser, options);
      await page.goto(server.url(`${lang}/agreements/?park=sophia-antipolis&from=2016`));
      await ready(page);
      const shown = await shownIds(page);
      assert.ok(shown.length > 1 && shown.length < DATASET.agreements.length, `${shown.length}`);
      const bar = page.locator('.filters__export');
      assert.equal((await bar.textContent()).startsWith(plural(lang, 'filters.export', shown.length)), true);
      const comma = bar.locator('a[data-export="comma"]');
      assert.equal(await comma.textContent(), s['filters.export_csv']);
      const file = await download(page, comma);
      // Named in the page's language, as a selection.
      assert.equal(file.name, exportName(lang, 'agreements', true, false));
      const [header, ...rows] = parseCsv(file.text, ',');
      // Headers in the page's language; no id, no column per language.
      assert.equal(header[0], s['export.title']);
      assert.equal(header.at(-1), s['export.page']);
      assert.ok(header.includes(s['field.parties']) && header.includes(s['field.kind']), header.join(' | '));
      assert.ok(header.length <= 12, header.join(' | '));
      // Exactly the records shown, in their order, each with its page.
      assert.deepEqual(rows.map(idOf('agreements', lang)), shown);
      for (const row of rows) {
        assert.equal(row.length, header.length, row[0]);
        const agreement = DATASET.agreements.find((a) => a.id === idOf('agreements', lang)(row));
        // Names rather than ids, vocabulary in words.
        assert.equal(row[0], agreement.title[lang]);
        assert.equal(row[header.indexOf(s['field.kind'])], s[`agreement_kind.${agreement.kind.replaceAll('-', '_')}`]);
        assert.equal(row[header.indexOf(s['field.parties'])], agreement.parties.map((p) => partyName(p, lang)).join('; '));
      }

      // The semicolon variant: the same fields.
      const semicolon = bar.locator('a[data-export="semicolon"]');
      assert.equal(await semicolon.textContent(), s['filters.export_semicolon']);
      const variant = await download(page, semicolon);
      assert.equal(variant.name, exportName(lang, 'agreements', true, true));
      assert.deepEqual(parseCsv(variant.text, ';'), [header, ...rows]);

      // Events: in the list's order (coming, past, undated), over all its groups.
      await page.goto(server.url(`${lang}/events/?format=on-site`));
      await ready(page);
      const events = await shownIds(page);
      const eventsFile = await download(page, page.locator('.filters__export a[data-export="comma"]'));
      assert.equal(eventsFile.name, exportName(lang, 'events', true, false));
      const [eventsHeader, ...eventRows] = parseCsv(eventsFile.text, ',');
      assert.deepEqual(eventRows.map(idOf('events', lang)), events);
      const organisers = eventsHeader.indexOf(s['field.organisers']);
      const status = eventsHeader.indexOf(s['field.status']);
      for (const row of eventRows) {
        const event = DATASET.events.find((e) => e.id === idOf('events', lang)(row));
        assert.equal(row[organisers], event.organisers.map((p) => partyName(p, lang)).join('; '));
        assert.equal(row[status], s[`event_status.${event.status}`]);
      }
      // The Content-Security-Policy let it through: no violation on the console.
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
}

test('without scripts, the export links name the published tables for reading, and the open-data page the machine tables', async () => {
  for (const lang of LANGS) {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(server.url(`${lang}/agreements/`));
    const comma = page.locator('.filters__export a[data-export="comma"]');
    assert.equal(await comma.getAttribute('href'), `${server.base}data/${lang}/agreements.csv`);
    assert.equal(await comma.getAttribute('download'), exportName(lang, 'agreements', false, false));
    assert.equal(await page.locator('.filters__export a[data-export="semicolon"]').getAttribute('href'), `${server.base}data/${lang}/agreements-semicolon.csv`);
    // The park filter is in the page file too.
    assert.ok(await page.locator('#filter-park option[value="chengdu-hi-tech-zone"]').count());
    await page.goto(server.url(`${lang}/data/`));
    const links = await page.$$eval('[data-list="downloads"] a[data-separator="semicolon"]', (as) => as.map((a) => a.getAttribute('href')));
    assert.equal(links.length, 7);
    assert.ok(links.every((href) => /data\/[a-z]+-semicolon\.csv$/.test(href)), links.join(' '));
    await page.context().close();
  }
});

test('the open-data page offers each table with semicolons, for French-locale spreadsheets', async () => {
  for (const lang of LANGS) {
    const s = STRINGS[lang];
    const page = await newPage(browser);
    await page.goto(server.url(`${lang}/data/`));
    await ready(page);
    assert.ok((await page.textContent('main')).includes(s['open_data.csv_semicolon']));
    assert.equal(await page.textContent('[data-list="downloads"] thead th:nth-child(4)'), s['open_data.column_semicolon']);
    const link = page.locator('[data-list="downloads"] tr[data-table="agreements"] a[data-separator="semicolon"]');
    const file = await download(page, link);
    assert.equal(file.name, 'agreements-semicolon.csv');
    const [header, ...rows] = parseCsv(file.text, ';');
    assert.equal(header[0], 'id');
    assert.deepEqual(rows.map((r) => r[0]), DATASET.agreements.map((a) => a.id));
    const names = header.indexOf(`party_names_${lang}`);
    assert.deepEqual(rows.map((r) => r[names]), DATASET.agreements.map((a) => a.parties.map((p) => partyName(p, lang)).join('; ')));
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('when the table cannot be had, the export says so in the visitor\'s language, and works again after', async () => {
  for (const lang of LANGS) {
    const page = await newPage(browser);
    let broken = true;
    await page.route(`**/data/${lang}/agreements.csv`, (route) => (broken ? route.abort('connectionrefused') : route.continue()));
    await page.goto(server.url(`${lang}/agreements/?park=sophia-antipolis`));
    await ready(page);
    const comma = page.locator('.filters__export a[data-export="comma"]');
    const downloads = [];
    page.on('download', (d) => downloads.push(d));
    await comma.click();
    const status = page.locator('.filters__export-status[role="status"]');
    await page.waitForFunction((t) => document.querySelector('.filters__export-status')?.textContent.trim() === t, STRINGS[lang]['filters.export_failed']);
    assert.equal(downloads.length, 0);
    broken = false;
    const file = await download(page, comma);
    assert.equal(file.name, exportName(lang, 'agreements', true, false));
    assert.equal((await status.textContent()).trim(), '');
    const problems = page.problems.filter((p) => !/Failed to load resource|net::ERR/.test(p));
    assert.deepEqual(problems, [], lang);
    await page.context().close();
  }
});
