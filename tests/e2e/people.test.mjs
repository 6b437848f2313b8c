// People, in every language, on a desktop and a phone screen: each person's
// page and the links to it wherever a person is named, an agreement's signing
// event's people and the agreements signed alongside it, one name per person
// in Chinese, the sources' missing addresses, and topic tags as links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { newPage, ready } from './support/browser.mjs';
import { STRINGS, LANGS } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const person = (id) => DATASET.people.find((p) => p.id === id);

/** A person's name as every page of `lang` writes it. */
function nameIn(p, lang) {
  if (p.native_name === p.latin_name || lang === 'zh') return p.native_name;
  return `${p.latin_name} (${p.native_name})`;
}

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

/** The address of a page, as its links write it (under the public path). */
const pathOf = (url) => new URL(url).pathname;
const linkTargets = (page, selector) => page.$$eval(selector, (links) => links.map((a) => [new URL(a.href).pathname + new URL(a.href).search, a.textContent.trim()]));
const noOverflow = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const lang of LANGS) {
    test(`an event names its people as links to their pages, which list their events and agreements (${lang}, ${device})`, async () => {
      const page = await newPage(browser, { viewport });
      const forum = 'franco-chinese-forum-future-leaders-2016';
      await page.goto(server.url(`${lang}/events/${forum}/`));
      await ready(page);
      const event = DATASET.events.find((e) => e.id === forum);
      // Every one of them (grouped by where they come from: institutional.test.mjs).
      const people = await linkTargets(page, '#people + .people-groups ul.people a');
      assert.deepEqual(people.sort(), event.people.map((id) => [pathOf(server.url(`${lang}/people/${id}/`)), nameIn(person(id), lang)]).sort());

      // Followed inside the app: the person's page, with its heading, kind,
      // breadcrumbs through the people list, role, park, events and agreements.
      await page.click(`#people + .people-groups a[href$="/people/pierre-laffitte/"]`);
      await page.waitForURL(server.url(`${lang}/people/pierre-laffitte/`));
      await page.waitForFunction((name) => document.querySelector('main h1')?.textContent === name, 'Pierre Laffitte');
      const laffitte = person('pierre-laffitte');
      assert.equal(await page.textContent('.record-kind'), STRINGS[lang]['person.record']);
      assert.deepEqual(await linkTargets(page, '.breadcrumbs a'), [
        [pathOf(server.url(`${lang}/`)), STRINGS[lang]['nav.home']],
        [pathOf(server.url(`${lang}/people/`)), STRINGS[lang]['people.title']],
      ]);
      const facts = await page.$$eval('.facts > div', (rows) => rows.map((r) => [r.querySelector('dt').textContent, r.querySelector('dd').textContent]));
      assert.deepEqual(facts[0], [STRINGS[lang]['person.role'], laffitte.role[lang]]);
      const park = DATASET.parks.find((p) => p.id === laffitte.park);
      assert.deepEqual(await linkTargets(page, '.facts a'), [[pathOf(server.url(`${lang}/parks/${park.id}/`)), park.name[lang]]]);
      assert.equal(await page.textContent('#events'), STRINGS[lang]['person.events']);
      assert.deepEqual(await page.$$eval('#events + ul [data-id]', (els) => els.map((e) => e.dataset.id)), [forum]);
      assert.equal(await page.textContent('#agreements'), STRINGS[lang]['person.agreements']);
      const signed = DATASET.agreements.filter((a) => a.event === forum).map((a) => a.id);
      assert.equal(signed.length, 2);
      assert.deepEqual(await page.$$eval('#agreements + ul [data-id]', (els) => els.map((e) => e.dataset.id)), signed);
      assert.deepEqual(
        (await linkTargets(page, '#sources + ol a')).map(([href]) => href),
        laffitte.sources.map((s) => pathOf(server.url(`${lang}/sources/`)) + ''),
      );
      assert.ok(await page.isVisible('.share-panel'), 'the share panel');
      assert.ok(await noOverflow(page), 'no sideways scrolling');

      // A person of an organisation links it, and Chinese names come with
      // their Latin form once on Chinese pages.
      await page.goto(server.url(`${lang}/people/zhu-hongyu/`));
      await ready(page);
      const zhu = person('zhu-hongyu');
      assert.equal(await page.textContent('main h1'), nameIn(zhu, lang));
      const org = DATASET.organisations.find((o) => o.id === zhu.organisation);
      assert.ok((await linkTargets(page, '.facts a')).some(([href]) => href === pathOf(server.url(`${lang}/organisations/${org.id}/`))));
      const latin = await page.$$eval('.facts dt', (dts, label) => dts.filter((dt) => dt.textContent === label).map((dt) => dt.nextElementSibling.textContent), STRINGS[lang]['person.latin_name']);
      assert.deepEqual(latin, lang === 'zh' ? ['Zhu Hongyu'] : []);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });

    test(`an agreement page shows the people of its signing event and the agreements signed with it (${lang}, ${device})`, async () => {
      const page = await newPage(browser, { viewport });
      const sister = DATASET.agreements.find((a) => a.id === 'sophia-chengdu-sister-parks-2016');
      await page.goto(server.url(`${lang}/agreements/${sister.id}/`));
      await ready(page);
      const event = DATASET.events.find((e) => e.id === sister.event);
      assert.equal(await page.textContent('#people'), STRINGS[lang]['signing.people']);
      assert.deepEqual(
        (await linkTargets(page, '#people + .people-groups ul.people a')).sort(),
        event.people.map((id) => [pathOf(server.url(`${lang}/people/${id}/`)), nameIn(person(id), lang)]).sort(),
      );
      assert.equal(await page.textContent('#alongside'), STRINGS[lang]['signing.alongside']);
      const alongside = DATASET.agreements.filter((a) => a.event === sister.event && a.id !== sister.id).map((a) => a.id);
      assert.deepEqual(await page.$$eval('#alongside + ul [data-id]', (els) => els.map((e) => e.dataset.id)), alongside);
      assert.ok(await noOverflow(page), 'no sideways scrolling');

      // An agreement signed at no recorded event has neither section.
      await page.goto(server.url(`${lang}/agreements/fsa-jiangning-strategic-cooperation/`));
      await ready(page);
      assert.equal(await page.$('#people'), null);
      assert.equal(await page.$('#alongside'), null);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
}

for (const lang of LANGS) {
  test(`the people list links every person, named as their pages name them (${lang})`, async () => {
    const page = await newPage(browser);
    await page.goto(server.url(`${lang}/people/`));
    await ready(page);
    assert.equal(await page.textContent('main h1'), STRINGS[lang]['people.title']);
    const rows = await linkTargets(page, 'table[data-list="people"] tbody th a');
    assert.equal(rows.length, DATASET.people.length);
    for (const p of DATASET.people) {
      assert.ok(rows.some(([href, text]) => href === pathOf(server.url(`${lang}/people/${p.id}/`)) && text === nameIn(p, lang)), p.id);
    }
    // The footer reaches the list from every page.
    assert.ok((await linkTargets(page, 'footer a')).some(([href]) => href === pathOf(server.url(`${lang}/people/`))));
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`search results open a person's own page (${lang})`, async () => {
    const page = await newPage(browser);
    await page.goto(server.url(`${lang}/search/?q=Laffitte`));
    await ready(page);
    await page.waitForSelector('[data-group="person"] a');
    const links = await linkTargets(page, '[data-group="person"] a');
    assert.deepEqual(links.map(([href]) => href), [pathOf(server.url(`${lang}/people/pierre-laffitte/`))]);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`every source says it carries no address, with its publisher and date where given (${lang})`, async () => {
    const page = await newPage(browser);
    await page.goto(server.url(`${lang}/sources/`));
    await ready(page);
    const entries = await page.$$eval('article.source', (articles) => articles.map((a) => ({
      id: a.id,
      facts: Object.fromEntries([...a.querySelectorAll('.facts > div')].map((r) => [r.querySelector('dt').textContent, r.querySelector('dd').textContent])),
    })));
    assert.equal(entries.length, DATASET.sources.length);
    const s = STRINGS[lang];
    for (const entry of entries) {
      const source = DATASET.sources.find((x) => x.id === entry.id);
      assert.equal(entry.facts[s['source.address']], s['source.address_missing'], entry.id);
      assert.equal(entry.facts[s['field.publisher']], source.publisher?.[lang], entry.id);
      assert.equal(s['field.published'] in entry.facts, Boolean(source.date), entry.id);
    }
    // The page file says so too, before any script runs.
    const file = readFileSync(`dist/${lang}/sources/index.html`, 'utf8');
    const missing = s['source.address_missing'].replaceAll('\u00A0', '&nbsp;');
    const count = file.split(s['source.address_missing']).length - 1 || file.split(missing).length - 1;
    assert.equal(count, DATASET.sources.length);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`topic tags lead to the records that share them (${lang})`, async () => {
    const page = await newPage(browser);
    const sister = DATASET.agreements.find((a) => a.id === 'sophia-chengdu-sister-parks-2016');
    await page.goto(server.url(`${lang}/agreements/${sister.id}/`));
    await ready(page);
    // Each tag leads to its topic's page, whole in its page file (not to a filtered list).
    const tags = await linkTargets(page, '#topics + ul.tags a');
    assert.deepEqual(tags.map(([href]) => href), sister.topics.map((t) => pathOf(server.url(`${lang}/topics/${t}/`))));
    await page.click('#topics + ul.tags a[href$="/topics/biomedicine/"]');
    await page.waitForURL(/\/topics\/biomedicine\/$/);
    const expected = DATASET.agreements.filter((a) => a.topics.includes('biomedicine')).map((a) => a.id);
    assert.ok(expected.length > 1, 'the topic is shared');
    const inSection = (section) => page.$$eval(`section[aria-labelledby="${section}"] [data-id]`, (els) => els.map((e) => e.dataset.id));
    await page.waitForSelector(`section[aria-labelledby="agreements"] [data-id="${sister.id}"]`);
    assert.deepEqual((await inSection('agreements')).sort(), [...expected].sort());

    // An organisation's sectors lead to the topic's page, with the organisations that share it.
    const org = DATASET.organisations.find((o) => o.sectors.length > 0);
    await page.goto(server.url(`${lang}/organisations/${org.id}/`));
    await ready(page);
    const sector = org.sectors[0];
    await page.click(`#sectors + ul.tags a[href$="/topics/${sector}/"]`);
    await page.waitForURL(new RegExp(`/topics/${sector}/$`));
    const sharing = DATASET.organisations.filter((o) => o.sectors.includes(sector)).map((o) => o.id);
    await page.waitForSelector(`section[aria-labelledby="organisations"] [data-id="${org.id}"]`);
    assert.deepEqual((await inSection('organisations')).sort(), [...sharing].sort());

    // With scripts, the lists still filter by topic from their address.
    await page.goto(server.url(`${lang}/agreements/?topic=biomedicine`));
    await ready(page);
    await page.waitForFunction((n) => document.querySelectorAll('[data-list] [data-id]').length === n, expected.length);
    assert.equal(await page.inputValue('#filter-topic'), 'biomedicine');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('Chinese pages name each person one way: the people list, the texts and the links agree', async () => {
  const page = await newPage(browser, { viewport: VIEWPORTS.phone });
  const latinNamed = DATASET.people.filter((p) => p.native_name === p.latin_name);
  // Pages whose texts name people: the park, foundation and events that do.
  for (const path of ['zh/parks/sophia-antipolis/', 'zh/organisations/fondation-sophia-antipolis/', 'zh/events/franco-chinese-forum-future-leaders-2016/', 'zh/people/']) {
    await page.goto(server.url(path));
    await ready(page);
    const text = await page.textContent('main');
    // No transliteration that no source gives (皮埃尔·拉菲特): a middle dot
    // in a Chinese page joins only the park's own name.
    const dotted = [...text.matchAll(/[\u4e00-\u9fff]+·[\u4e00-\u9fff]+/g)].map((m) => m[0]).filter((m) => !m.includes('索菲亚·安蒂波利斯'));
    assert.deepEqual(dotted, [], path);
    // Every link to a person is written as the person's page heading.
    for (const [href, name] of await linkTargets(page, 'main a[href*="/people/"]')) {
      const id = href.split('/').filter(Boolean).pop();
      if (id === 'people') continue;
      assert.equal(name, person(id).native_name, `${path}: ${href}`);
    }
  }
  // The Latin-named people named in the forum's text are written as their links.
  await page.goto(server.url('zh/events/franco-chinese-forum-future-leaders-2016/'));
  await ready(page);
  const lead = await page.textContent('.record-lead');
  for (const p of latinNamed.filter((p) => ['pierre-laffitte', 'adolphe-colrat'].includes(p.id))) {
    assert.ok(lead.includes(p.native_name), p.id);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('person pages are page files, in the sitemap, with their JSON-LD', async () => {
  const sitemap = await (await fetch(server.url('sitemap.xml'))).text();
  for (const lang of LANGS) {
    assert.ok(sitemap.includes(`/${lang}/people/</loc>`), `people list ${lang}`);
    for (const p of DATASET.people) {
      assert.ok(sitemap.includes(`/${lang}/people/${p.id}/</loc>`), `${p.id} ${lang}`);
    }
  }
  // Without scripts, the page file shows the person and links their organisation.
  const page = await newPage(browser, { javaScriptEnabled: false });
  await page.goto(server.url('zh/people/shi-jianqi/'));
  assert.equal(await page.textContent('main h1'), '石槙琦');
  assert.ok(await page.$('.facts a[href$="/organisations/aifc/"]'));
  const data = JSON.parse(await page.textContent('script[type="application/ld+json"]'));
  const node = (data['@graph'] ?? [data]).find((n) => n['@type'] === 'Person');
  assert.equal(node.name, '石槙琦');
  assert.deepEqual(node.alternateName, ['Shi Jianqi']);
  await page.context().close();
});
