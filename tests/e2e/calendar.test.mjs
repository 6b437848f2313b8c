// The events' calendar files (.ics), as a visitor gets them: the link on an
// event page downloads the file of that event, in the page's language; the
// file of every dated event is served beside the events list. Each file is
// read with ical.js, an iCalendar parser independent of the portal's code,
// and compared with the dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { newPage, ready } from './support/browser.mjs';
import { STRINGS, LANGS, HTML_LANG } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

const DATED = DATASET.events.filter((e) => e.date);
const UNDATED = DATASET.events.filter((e) => !e.date);
const byId = (id) => DATASET.events.find((e) => e.id === id);
// The site URL the build was made for (SITE_URL), which the files' absolute addresses use.
const SITE = new URL(readFileSync('dist/robots.txt', 'utf8').match(/Sitemap: (\S+)sitemap\.xml/)[1]);

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

const pad = (n) => String(n).padStart(2, '0');
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;

/** The first day and the day after the last day a dataset date covers, as YYYY-MM-DD. */
function expectedDays(date) {
  const { from } = date;
  const last = date.to ?? from;
  const start = iso(from.year, from.month ?? 1, from.day ?? 1);
  let end;
  if (last.day) end = new Date(Date.UTC(last.year, last.month - 1, last.day + 1));
  else if (last.month) end = new Date(Date.UTC(last.year, last.month, 1));
  else end = new Date(Date.UTC(last.year + 1, 0, 1));
  return { start, end: end.toISOString().slice(0, 10), precision: !from.month || !last.month ? 'year' : !from.day || !last.day ? 'month' : 'day' };
}

/** Checks the file's physical form (CRLF, lines of at most 75 octets) and parses it. */
function parse(text) {
  assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
  assert.equal(text.replace(/\r\n/g, '').search(/[\r\n]/), -1, 'every line break is CRLF');
  for (const line of text.slice(0, -2).split('\r\n')) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line, 'utf8')} octets: ${line}`);
  }
  return new ICAL.Component(ICAL.parse(text));
}

/** Checks one VEVENT against the dataset's record, in `lang`. */
function checkEvent(vevent, lang) {
  const event = new ICAL.Event(vevent);
  const id = event.uid.split('@')[0];
  const record = byId(id);
  assert.ok(record, `UID ${event.uid} names an event of the dataset`);
  assert.ok(record.date, `${id} has a date`);
  assert.equal(event.uid, `${id}@${SITE.hostname}`);
  assert.equal(event.summary, record.title[lang], `${id}: SUMMARY in ${lang}`);
  assert.equal(vevent.getFirstProperty('summary').getParameter('language'), HTML_LANG[lang]);
  const days = expectedDays(record.date);
  assert.ok(event.startDate.isDate && event.endDate.isDate, `${id}: all-day`);
  assert.equal(event.startDate.toString(), days.start, `${id}: DTSTART`);
  assert.equal(event.endDate.toString(), days.end, `${id}: DTEND`);
  assert.ok(event.description.startsWith(record.summary[lang]), `${id}: DESCRIPTION starts with the summary`);
  for (const outcome of record.outcomes) assert.ok(event.description.includes(outcome[lang]), `${id}: outcome`);
  const pageUrl = new URL(`${lang}/events/${id}/`, SITE).href;
  assert.ok(event.description.includes(pageUrl), `${id}: DESCRIPTION gives the page`);
  assert.equal(vevent.getFirstPropertyValue('url'), pageUrl);
  const note = { month: STRINGS[lang]['calendar.month_only'], year: STRINGS[lang]['calendar.year_only'] };
  for (const [precision, text] of Object.entries(note)) {
    assert.equal(event.description.includes(text), days.precision === precision, `${id}: ${precision} note`);
  }
  assert.equal(event.location ?? null, record.place?.[lang] ?? null, `${id}: LOCATION`);
  assert.ok(vevent.getFirstPropertyValue('dtstamp'), `${id}: DTSTAMP`);
  return id;
}

function checkCalendar(calendar, lang) {
  assert.equal(calendar.name, 'vcalendar');
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
  assert.equal(calendar.getFirstPropertyValue('calscale'), 'GREGORIAN');
  assert.ok(calendar.getFirstPropertyValue('prodid'));
  assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), STRINGS[lang]['calendar.name']);
}

/** Clicks `link` and returns the downloaded file's name and text. */
async function download(page, link) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

// One event known to the day, one known to the month, one known to the year.
const SAMPLES = ['franco-chinese-forum-future-leaders-2016', 'global-innovation-entrepreneurship-fair-2017', 'chinhui-cup-2016'];

for (const lang of LANGS) {
  test(`an event page in ${lang} downloads the event's calendar file in ${lang}`, async () => {
    const page = await newPage(browser);
    for (const id of SAMPLES) {
      assert.ok(byId(id)?.date, `${id} is a dated event of the dataset`);
      await page.goto(server.url(`${lang}/events/${id}/`));
      await ready(page);
      const link = page.locator('a[data-calendar="event"]');
      assert.equal(await link.textContent(), STRINGS[lang]['calendar.add_event']);
      assert.equal(await link.getAttribute('href'), `${server.base}${lang}/events/${id}/event.ics`);
      assert.equal(await link.getAttribute('download'), `${id}.ics`);
      const file = await download(page, link);
      assert.equal(file.name, `${id}.ics`);
      const calendar = parse(file.text);
      checkCalendar(calendar, lang);
      const events = calendar.getAllSubcomponents('vevent');
      assert.equal(events.length, 1);
      assert.equal(checkEvent(events[0], lang), id);
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`an undated event's page in ${lang} offers no calendar file`, async () => {
    assert.ok(UNDATED.length > 0, 'the dataset has undated events');
    const page = await newPage(browser);
    for (const event of UNDATED) {
      await page.goto(server.url(`${lang}/events/${event.id}/`));
      await ready(page);
      assert.equal(await page.textContent('main h1'), event.title[lang]);
      // Nothing in the page (the footer's link is to the calendar of all events).
      assert.equal(await page.locator('main a[data-calendar]').count(), 0, event.id);
      const response = await fetch(server.url(`${lang}/events/${event.id}/event.ics`));
      assert.equal(response.status, 404, event.id);
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`every dated event has its calendar file in ${lang}`, async () => {
    for (const event of DATED) {
      const response = await fetch(server.url(`${lang}/events/${event.id}/event.ics`));
      assert.equal(response.status, 200, event.id);
      const calendar = parse(await response.text());
      checkCalendar(calendar, lang);
      assert.equal(checkEvent(calendar.getFirstSubcomponent('vevent'), lang), event.id);
    }
  });

  test(`the calendar of all events in ${lang} holds every dated event and no other`, async () => {
    const response = await fetch(server.url(`${lang}/events/calendar.ics`));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/calendar/);
    const check = (text) => {
      const calendar = parse(text);
      checkCalendar(calendar, lang);
      const ids = calendar.getAllSubcomponents('vevent').map((v) => checkEvent(v, lang));
      assert.deepEqual(new Set(ids), new Set(DATED.map((e) => e.id)));
      assert.equal(ids.length, DATED.length);
    };
    check(await response.text());

    // The links to it, on the events list and on the open-data page.
    const page = await newPage(browser);
    for (const path of [`${lang}/events/`, `${lang}/data/`]) {
      await page.goto(server.url(path));
      await ready(page);
      const link = page.locator('main a[data-calendar="events"]');
      assert.equal(await link.count(), 1, path);
      assert.equal(await link.getAttribute('href'), `${server.base}${lang}/events/calendar.ics`);
      assert.equal(await link.textContent(), STRINGS[lang]['calendar.add_all']);
      const file = await download(page, link);
      assert.equal(file.name, `sophia-antipolis-china-events-${lang}.ics`);
      check(file.text);
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}
