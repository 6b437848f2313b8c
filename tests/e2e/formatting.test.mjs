// The portal writes dates, numbers, country names and the order of names in
// Rust (portal-core), so that a page file and the app write them alike. What
// a visitor's browser would write is `Intl`: these tests hold the Rust code
// to it, in Chromium, for every date and number of the shipped dataset
// (printed by `cargo run -p portal-site --example formats`), every country of
// data/names.json and the order it gives the names the app sorts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { launch } from './support/browser.mjs';
import { LANGS, HTML_LANG } from './support/strings.mjs';

const FORMATS = JSON.parse(execFileSync(
  'cargo', ['run', '--quiet', '-p', 'portal-site', '--example', 'formats', '--', 'dist/data/portal.json', 'dist/data/names.json'],
  { encoding: 'utf8', maxBuffer: 1 << 26 },
));
const NAMES = JSON.parse(readFileSync('dist/data/names.json', 'utf8'));

let browser, page;
before(async () => {
  browser = await launch();
  page = await (await browser.newContext()).newPage();
});
after(async () => { await browser?.close(); });

/** Runs `fn(arg)` in the page, where `Intl` is the browser's. */
const inBrowser = (fn, arg) => page.evaluate(fn, arg);

test('the dataset has dates, spans and numbers to check', () => {
  assert.ok(FORMATS.dates.length > 0 && FORMATS.spans.length > 0 && FORMATS.numbers.length > 0);
});

for (const lang of LANGS) {
  test(`every date and span of the dataset is written as Intl writes it (${lang})`, async () => {
    const intl = await inBrowser(({ tag, dates, spans }) => {
      const precision = (d) => (d.day ? 3 : d.month ? 2 : 1);
      const options = (p) => ({
        timeZone: 'UTC', year: 'numeric', ...(p >= 2 && { month: 'long' }), ...(p >= 3 && { day: 'numeric' }),
      });
      const at = (d) => new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
      const cut = (d, p) => [d.year, p >= 2 ? d.month : 0, p >= 3 ? d.day : 0].join('-');
      const single = (d, p) => new Intl.DateTimeFormat(tag, options(p)).format(at(d));
      return {
        dates: dates.map(({ date }) => single(date, precision(date))),
        spans: spans.map(({ span: { from, to } }) => {
          const p = Math.min(precision(from), to ? precision(to) : 3);
          if (!to || cut(from, p) === cut(to, p)) return single(from, p);
          return new Intl.DateTimeFormat(tag, options(p)).formatRange(at(from), at(to));
        }),
      };
    }, { tag: HTML_LANG[lang], dates: FORMATS.dates, spans: FORMATS.spans });
    FORMATS.dates.forEach(({ date, text }, i) => assert.equal(text[lang], intl.dates[i], JSON.stringify(date)));
    FORMATS.spans.forEach(({ span, text }, i) => assert.equal(text[lang], intl.spans[i], JSON.stringify(span)));
  });

  test(`every number of the dataset, and counts, are written as Intl writes them (${lang})`, async () => {
    const intl = await inBrowser(({ tag, numbers, counts }) => ({
      numbers: numbers.map(({ value }) => new Intl.NumberFormat(
        tag, Math.abs(value) >= 1e6 ? { notation: 'compact', compactDisplay: 'long' } : {},
      ).format(value)),
      counts: counts.map(({ value }) => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(value)),
    }), { tag: HTML_LANG[lang], numbers: FORMATS.numbers, counts: FORMATS.counts });
    FORMATS.numbers.forEach(({ value, text }, i) => assert.equal(text[lang], intl.numbers[i], String(value)));
    FORMATS.counts.forEach(({ value, text }, i) => assert.equal(text[lang], intl.counts[i], String(value)));
  });

  test(`country names are Intl's, and names are in Intl.Collator's order (${lang})`, async () => {
    const codes = Object.keys(NAMES.countries);
    assert.ok(codes.length > 0);
    const intl = await inBrowser(({ tag, codes, order }) => {
      const regions = new Intl.DisplayNames([tag], { type: 'region' });
      const collator = new Intl.Collator(tag);
      return {
        countries: codes.map((c) => regions.of(c)),
        // Each name against the next: never after it.
        misplaced: order.flatMap((name, i) => (i > 0 && collator.compare(order[i - 1], name) > 0 ? [[order[i - 1], name]] : [])),
      };
    }, { tag: HTML_LANG[lang], codes, order: FORMATS.names[lang] });
    codes.forEach((code, i) => assert.equal(NAMES.countries[code][lang], intl.countries[i], code));
    assert.ok(FORMATS.names[lang].length > 10);
    assert.equal(NAMES.order[lang].length, FORMATS.names[lang].length);
    assert.deepEqual(intl.misplaced, []);
  });
}
