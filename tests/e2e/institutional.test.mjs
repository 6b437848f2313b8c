// What an institutional portal owes its visitors, in every language: the
// pages about the portal (about, contact, legal notice, privacy,
// accessibility), linked from every footer with the data's last update; an
// event only announced said so wherever it is listed; the people of an event
// under where they come from; the calendar to subscribe to; a home page with
// no empty block and no card alone on its row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { newPage, ready } from './support/browser.mjs';
import { STRINGS, LANGS, HTML_LANG, NATIVE_NAME } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

const COUNTRIES = JSON.parse(readFileSync('dist/data/names.json', 'utf8')).countries;
const INFO = ['about', 'contact', 'legal-notice', 'privacy', 'accessibility'];
const titleKey = (slug) => `info.${slug.replaceAll('-', '_')}_title`;
const updated = DATASET.updated;
const iso = `${updated.year}-${String(updated.month).padStart(2, '0')}-${String(updated.day).padStart(2, '0')}`;

for (const lang of LANGS) {
  test(`the pages about the portal, from every footer, with and without scripts (${lang})`, async () => {
    const s = STRINGS[lang];
    const page = await newPage(browser);
    await page.goto(server.url(`${lang}/events/`));
    await ready(page);
    // Every footer: the data's date, as the editors set it, and the five pages.
    const date = page.locator('.site-footer [data-updated] time');
    assert.equal(await date.getAttribute('datetime'), iso);
    assert.ok((await page.textContent('.site-footer [data-updated]')).startsWith(s['footer.updated']));
    const links = page.locator('.footer-info a');
    assert.deepEqual(await links.allTextContents(), INFO.map((slug) => s[titleKey(slug)]));
    assert.equal(await page.getAttribute('.footer-info', 'aria-label'), s['info.about_title']);
    for (const slug of INFO) {
      await page.goto(server.url(`${lang}/events/`));
      await ready(page);
      await page.locator(`.footer-info a[data-info="${slug}"]`).click();
      await page.waitForURL(`**/${lang}/${slug}/`);
      await ready(page);
      assert.equal(await page.textContent('main h1'), s[titleKey(slug)]);
      // The text the build wrote, kept by the app: headings, paragraphs, in the page's language.
      const text = page.locator('main [data-page-text] .prose');
      assert.ok(await text.locator('h2').count() >= 2, slug);
      assert.ok((await text.textContent()).length > 150, slug);
      assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG[lang]);
    }
    // The publisher's details say when they are not set (this build sets none).
    await page.goto(server.url(`${lang}/legal-notice/`));
    await ready(page);
    assert.equal(await page.locator('.info-details dt').count(), 6);
    assert.ok(await page.locator('.info-details .not-set').count() >= 4);
    assert.ok((await page.locator('.info-details').allTextContents()).join(' ').includes('GitHub'));
    assert.deepEqual(page.problems, []);

    // Without scripts, the same text.
    const plain = await newPage(browser, { javaScriptEnabled: false });
    for (const slug of INFO) {
      await plain.goto(server.url(`${lang}/${slug}/`));
      assert.equal(await plain.textContent('main h1'), s[titleKey(slug)]);
      assert.ok(await plain.locator('main .prose h2').count() >= 2, slug);
    }
    await plain.context().close();
    await page.context().close();
  });
}

test('on a page about the portal, the language switcher and Back bring the text of the page asked for', async () => {
  const page = await newPage(browser);
  await page.goto(server.url('fr/privacy/'));
  await ready(page);
  const french = await page.textContent('main .prose');
  await page.getByRole('link', { name: NATIVE_NAME.zh, exact: true }).click();
  await page.waitForURL('**/zh/privacy/');
  await ready(page);
  assert.equal(await page.textContent('main h1'), STRINGS.zh['info.privacy_title']);
  const chinese = await page.textContent('main .prose');
  assert.notEqual(chinese, french);
  assert.ok(/[\u4e00-\u9fff]/.test(chinese));
  // Into the app's pages and back.
  await page.locator('.site-nav a').nth(1).click();
  await page.waitForURL('**/zh/parks/');
  await page.goBack();
  await page.waitForURL('**/zh/privacy/');
  await page.waitForFunction(() => document.querySelector('main .prose h2'));
  assert.equal(await page.textContent('main .prose'), chinese);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an event only announced says so in the list, on its page and in the timeline', async () => {
  const announced = DATASET.events.filter((e) => e.status === 'announced');
  assert.ok(announced.length > 0);
  for (const lang of LANGS) {
    const s = STRINGS[lang];
    const page = await newPage(browser);
    await page.goto(server.url(`${lang}/events/`));
    await ready(page);
    const marked = await page.$$eval('[data-list="events"] [data-id]:has([data-status="announced"])', (els) => els.map((e) => e.dataset.id));
    assert.deepEqual(marked.sort(), announced.map((e) => e.id).sort());
    for (const event of announced) {
      const item = page.locator(`[data-list="events"] [data-id="${event.id}"]`);
      assert.equal(await item.locator('[data-status="announced"]').textContent(), s['event_status.announced']);
      // Listed under past, it says the sources do not report it as held.
      const past = await item.evaluate((el) => Boolean(el.closest('[data-group="past"]')));
      assert.equal((await item.textContent()).includes(s['events.announced_past']), past, event.id);
    }
    const past = announced.find((e) => e.date && e.date.from.year < 2026) ?? announced[0];
    await page.goto(server.url(`${lang}/events/${past.id}/`));
    await ready(page);
    assert.ok(['event_status.announced', 'events.announced_past'].map((k) => s[k]).includes(await page.textContent('[data-status="announced"]')));
    await page.goto(server.url(`${lang}/timeline/`));
    await ready(page);
    assert.equal(await page.locator('.timeline [data-status="announced"]').count(), announced.length);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('the people of an event are grouped under their organisation, with its country', async () => {
  const event = DATASET.events.find((e) => e.id === 'shenfu-aifc-meeting-2025');
  for (const lang of LANGS) {
    const page = await newPage(browser);
    await page.goto(server.url(`${lang}/events/${event.id}/`));
    await ready(page);
    const groups = await page.$$eval('.people-group', (gs) => gs.map((g) => ({
      name: g.querySelector('.people-group__name').textContent,
      people: [...g.querySelectorAll('.people a')].map((a) => a.getAttribute('href').split('/').at(-2)),
    })));
    const org = (id) => DATASET.organisations.find((o) => o.id === id);
    const expected = [];
    for (const id of event.people) {
      const person = DATASET.people.find((p) => p.id === id);
      let group = expected.find((g) => g.org === person.organisation);
      if (!group) expected.push(group = { org: person.organisation, people: [] });
      group.people.push(id);
    }
    assert.deepEqual(groups.map((g) => g.people), expected.map((g) => g.people));
    for (const [i, g] of expected.entries()) {
      // The organisation, then its country as the portal names it.
      // Joined by no-break spaces, so the country keeps to the name's last word.
      assert.equal(groups[i].name, `${org(g.org).name[lang]}\u00a0·\u00a0${COUNTRIES[org(g.org).country][lang]}`);
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('the events list and the footer offer the calendar to download and to subscribe to', async () => {
  for (const lang of LANGS) {
    const s = STRINGS[lang];
    const page = await newPage(browser);
    await page.goto(server.url(`${lang}/events/`));
    await ready(page);
    const download = page.locator('main [data-calendar="events"]');
    const subscribe = page.locator('main [data-calendar="subscribe"]');
    assert.equal(await subscribe.textContent(), s['calendar.subscribe']);
    const file = await download.getAttribute('href');
    const webcal = await subscribe.getAttribute('href');
    // The same file's address at the site's host, with the scheme calendar apps subscribe with.
    assert.equal(webcal.replace(/^webcal:\/\/[^/]+/, ''), file);
    assert.ok(file.endsWith(`/${lang}/events/calendar.ics`));
    // The file it names is the calendar, in the page's language.
    const response = await page.request.get(server.url(file.replace(server.base, '')));
    assert.equal(response.status(), 200);
    assert.match(await response.text(), /^BEGIN:VCALENDAR/);
    assert.equal(await page.getAttribute('.site-footer [data-calendar="footer"]', 'href'), file);
    // The feed of the language links to it too.
    const feed = await (await page.request.get(server.url(`${lang}/feed.xml`))).text();
    assert.match(feed, new RegExp(`<link[^>]*href="[^"]*/${lang}/events/calendar\\.ics"[^>]*rel="related"|<link[^>]*rel="related"[^>]*href="[^"]*/${lang}/events/calendar\\.ics"`));
    await page.context().close();
  }
});

for (const [device, viewport] of Object.entries({ desktop: { width: 1280, height: 900 }, tablet: { width: 800, height: 1000 }, phone: { width: 390, height: 844 } })) {
  test(`the home page: no empty block, a card for every section, none alone on its row (${device})`, async () => {
    for (const lang of LANGS) {
      const s = STRINGS[lang];
      const page = await newPage(browser, { viewport });
      await page.goto(server.url(`${lang}/`));
      await ready(page);
      // Without upcoming events (as the events list counts them today), no heading announces them.
      const list = await newPage(browser);
      await list.goto(server.url(`${lang}/events/`));
      await ready(list);
      const upcoming = await list.locator('[data-group="upcoming"] [data-id]').count();
      await list.context().close();
      assert.equal(await page.locator('#upcoming-events').count(), upcoming ? 1 : 0);
      assert.equal(await page.textContent('#recent-events'), s['home.recent_events']);
      const cards = await page.$$eval('.card-grid .card', (cs) => cs.map((c) => ({ top: Math.round(c.getBoundingClientRect().top), href: c.querySelector('a').getAttribute('href') })));
      const sections = ['parks', 'agreements', 'events', 'organisations', 'topics', 'map', 'timeline', 'sources'];
      assert.deepEqual(cards.map((c) => c.href.split('/').at(-2)), sections);
      const perRow = new Map();
      for (const card of cards) perRow.set(card.top, (perRow.get(card.top) ?? 0) + 1);
      const rows = [...perRow.values()];
      assert.ok(rows.every((n) => n === rows[0]), `${device} ${lang}: rows of ${rows.join(', ')}`);
      // The brand name on at most two lines.
      const lines = await page.locator('.brand__name').evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      assert.ok(lines <= 2, `${device} ${lang}: ${lines} lines`);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    }
  });
}
