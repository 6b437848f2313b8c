// Records found and shown through their relations, on a desktop and a phone
// screen, in every language: search finds an agreement by the names and
// cities of its parties and says why; a park shows what the organisations
// based in it did, and the parks table counts the same partners as the park pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, ready } from './support/browser.mjs';
import { STRINGS, LANGS } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const QUERIES = ['成都', 'Chengdu', 'Nanjing', '南京'];

const parkById = (id) => DATASET.parks.find((p) => p.id === id);
const orgById = (id) => DATASET.organisations.find((o) => o.id === id);

/** The park a party stands for: the park itself, or the one an organisation is based in. */
function parkOf(party) {
  if (party.park) return parkById(party.park);
  const org = orgById(party.organisation);
  return org?.park ? parkById(org.park) : undefined;
}

/** A party's names: in each language (an organisation's with its acronym, as its heading), local name, acronym. */
function partyNames(party) {
  if (party.park) {
    const park = parkById(party.park);
    return { shown: park.name, others: [park.local_name] };
  }
  const org = orgById(party.organisation);
  const heading = (name) => (org.acronym && !name.includes(org.acronym) ? `${name} (${org.acronym})` : name);
  const shown = Object.fromEntries(LANGS.map((l) => [l, heading(org.name[l])]));
  return { shown, others: [org.local_name, org.acronym].filter(Boolean) };
}

const fill = (text, args) => Object.entries(args).reduce((t, [k, v]) => t.replace(`{${k}}`, v), text);
const has = (texts, query) => texts.some((t) => t.toLowerCase().includes(query.toLowerCase()));

/**
 * The reasons an agreement may be found for by `query`, as the page writes
 * them in `lang`: each party, city of a party's park, or place that contains
 * the query in one of its languages.
 */
function reasons(agreement, query, lang) {
  const out = [];
  const s = STRINGS[lang];
  for (const party of agreement.parties) {
    const { shown, others } = partyNames(party);
    if (has([...LANGS.map((l) => shown[l]), ...others], query)) out.push(fill(s['search.reason_party'], { name: shown[lang] }));
    const park = parkOf(party);
    if (park && has(LANGS.map((l) => park.city[l]), query)) {
      out.push(fill(s['search.reason_city'], { name: park.city[lang], park: park.name[lang] }));
    }
  }
  if (agreement.place && has(LANGS.map((l) => agreement.place[l]), query)) out.push(fill(s['search.reason_place'], { name: agreement.place[lang] }));
  return out;
}

/** The agreements with a party in, or named after, the city `query`: computed from the dataset. */
const expectedAgreements = (query) => DATASET.agreements.filter((a) => reasons(a, query, 'en').length > 0);

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

test('the expected sets are the ones the portal promises', () => {
  const ids = (q) => expectedAgreements(q).map((a) => a.id);
  // Its title does not name the city; its party, the Chengdu zone, is there.
  assert.ok(ids('成都').includes('sophia-antipolis-china-innovation-center-agreement-2016'));
  assert.ok(ids('成都').length >= 4, ids('成都').join());
  assert.deepEqual(ids('成都'), ids('Chengdu'));
  // The Jiangning zone is in Nanjing.
  assert.ok(ids('Nanjing').includes('fsa-jiangning-strategic-cooperation'));
  assert.deepEqual(ids('南京'), ids('Nanjing'));
});

for (const [screen, viewport] of Object.entries(VIEWPORTS)) {
  for (const lang of LANGS) {
    test(`search finds every agreement of a city's parties and says why (${lang}, ${screen})`, async () => {
      const page = await newPage(browser, { viewport });
      for (const query of QUERIES) {
        await page.goto(server.url(`${lang}/search/?q=${encodeURIComponent(query)}`));
        await ready(page);
        await page.waitForSelector('.search-count');
        const results = await page.$$eval('[data-group="agreement"] li.search-hit', (items) => items.map((li) => {
          const reason = li.querySelector('[data-reason]');
          const detail = li.querySelector('.summary__detail:not([data-reason])');
          return {
            href: li.querySelector('a[data-result]').getAttribute('href'),
            reason: reason?.textContent,
            reasonMarks: [...(reason?.querySelectorAll('mark') ?? [])].map((m) => m.textContent),
            detail: detail?.textContent,
            detailMarks: [...(detail?.querySelectorAll('mark') ?? [])].map((m) => m.textContent),
            titleMarks: [...li.querySelectorAll('h3 mark')].map((m) => m.textContent),
          };
        }));
        const expected = expectedAgreements(query);
        assert.ok(expected.length > 0, query);
        for (const agreement of expected) {
          const hit = results.find((r) => r.href.endsWith(`/${lang}/agreements/${agreement.id}/`));
          assert.ok(hit, `${query} finds ${agreement.id} in ${lang}`);
          // Why, in the visitor's language: one of its parties, their cities or its place.
          assert.ok(reasons(agreement, query, lang).includes(hit.reason), `${query} → ${agreement.id}: ${hit.reason}`);
          // What matched is highlighted: in the reason, or in a line of its own
          // that names the language it was found in.
          const marks = [...hit.reasonMarks, ...hit.detailMarks, ...hit.titleMarks];
          assert.ok(marks.some((m) => m.toLowerCase() === query.toLowerCase()), `${query} → ${agreement.id}: ${marks}`);
        }
        // Nothing overflows the screen.
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${query} fits`);
      }
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
}

test('a city typed in another language: the reason in the visitor’s, the match in its own', async () => {
  const page = await newPage(browser);
  const jiangning = parkById('jiangning-development-zone');
  for (const lang of LANGS) {
    await page.goto(server.url(`${lang}/search/?q=${encodeURIComponent('南京')}`));
    await ready(page);
    const item = page.locator('li.search-hit', { has: page.locator('a[href$="/agreements/fsa-jiangning-strategic-cooperation/"]') });
    const reason = fill(STRINGS[lang]['search.reason_city'], { name: jiangning.city[lang], park: jiangning.name[lang] });
    assert.equal(await item.locator('[data-reason="city"]').textContent(), reason);
    if (lang === 'zh') {
      // Typed in the page's language: highlighted in the reason itself, no other line.
      assert.equal(await item.locator('[data-reason] mark').textContent(), '南京');
      assert.equal(await item.locator('.summary__detail:not([data-reason])').count(), 0);
    } else {
      const found = fill(STRINGS[lang]['search.found_in'], { language: STRINGS[lang]['language_name.zh'] });
      const detail = item.locator('.summary__detail:not([data-reason])');
      assert.equal(await detail.locator('mark').textContent(), '南京');
      assert.ok((await detail.textContent()).includes(`(${found})`), await detail.textContent());
    }
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

/** What a park's page should list, from the dataset: its own and its organisations' records. */
function parkRecords(park) {
  const own = (party) => parkOf(party)?.id === park.id;
  const orgs = DATASET.organisations.filter((o) => o.park === park.id).map((o) => o.id);
  const mine = (party) => party.park === park.id || orgs.includes(party.organisation);
  const agreements = DATASET.agreements.filter((a) => a.parties.some(mine));
  const events = DATASET.events.filter((e) => e.parks.includes(park.id) || [...e.organisers, ...e.participants].some(mine));
  const partners = [];
  for (const a of agreements) {
    for (const p of a.parties) {
      const key = p.park ? `parks/${p.park}` : `organisations/${p.organisation}`;
      if (!own(p) && !partners.includes(key)) partners.push(key);
    }
  }
  return { agreements: agreements.map((a) => a.id), events: events.map((e) => e.id), partners };
}

/** The record links of a park page's section, as `kind/id`. */
const sectionLinks = (page, id) => page.$$eval(`section[aria-labelledby="${id}"] a`, (as) => as
  .map((a) => new URL(a.href).pathname.match(/\/(parks|organisations|agreements|events)\/([^/]+)\/$/))
  .filter(Boolean)
  .map((m) => `${m[1]}/${m[2]}`));

for (const [screen, viewport] of Object.entries(VIEWPORTS)) {
  test(`a park shows what its organisations did, and the parks table counts it (${screen})`, async () => {
    const page = await newPage(browser, { viewport });
    for (const lang of LANGS) {
      await page.goto(server.url(`${lang}/parks/`));
      await ready(page);
      const counts = Object.fromEntries(await page.$$eval('tr[data-id]', (rows) => rows
        .map((tr) => [tr.dataset.id, Number(tr.querySelector('td.number').textContent.replace(/\D/g, ''))])));
      for (const park of DATASET.parks) {
        await page.goto(server.url(`${lang}/parks/${park.id}/`));
        await ready(page);
        const expected = parkRecords(park);
        const agreements = (await sectionLinks(page, 'agreements')).filter((l) => l.startsWith('agreements/'));
        const events = (await sectionLinks(page, 'events')).filter((l) => l.startsWith('events/'));
        const partners = await sectionLinks(page, 'partners');
        assert.deepEqual(agreements, expected.agreements.map((id) => `agreements/${id}`), `${lang} ${park.id} agreements`);
        assert.deepEqual(new Set(events), new Set(expected.events.map((id) => `events/${id}`)), `${lang} ${park.id} events`);
        assert.deepEqual(partners, expected.partners, `${lang} ${park.id} partners`);
        // The table counts the partners the page lists.
        assert.equal(counts[park.id], partners.length, `${lang} ${park.id} count`);
      }
      // The Shenfu zone: the intention its investment department signed, with AIFC.
      await page.goto(server.url(`${lang}/parks/shenfu-demonstration-zone/`));
      await ready(page);
      const intention = page.locator('section[aria-labelledby="agreements"] a[href$="/agreements/shenfu-aifc-cooperation-intention-2025/"]');
      assert.equal(await intention.textContent(), DATASET.agreements.find((a) => a.id === 'shenfu-aifc-cooperation-intention-2025').title[lang]);
      assert.ok(await intention.isVisible());
      assert.deepEqual(await sectionLinks(page, 'partners'), ['organisations/aifc']);
      assert.equal(counts['shenfu-demonstration-zone'], 1);
      assert.equal(await page.locator(`section[aria-labelledby="agreements"] :text-is("${STRINGS[lang]['value.none']}")`).count(), 0);
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('the page file of a park already lists its organisations’ agreements', async () => {
  const page = await newPage(browser, { javaScriptEnabled: false });
  await page.goto(server.url('en/parks/shenfu-demonstration-zone/'));
  const links = await sectionLinks(page, 'agreements');
  assert.ok(links.includes('agreements/shenfu-aifc-cooperation-intention-2025'), links.join());
  assert.deepEqual(await sectionLinks(page, 'partners'), ['organisations/aifc']);
  await page.context().close();
});
