// The topic pages: an index of every topic with how many parks, agreements,
// events and organisations the sources tie to it, and a page per topic
// listing them (as the lists' `?topic=` filter would), whole in its page
// file, with share panel, JSON-LD and a place in the sitemap. Topic tags on
// record pages lead to them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { newPage, ready } from './support/browser.mjs';
import { LANGS, STRINGS } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

/** The ids of each kind of record tied to `topic`, from the dataset itself. */
function recordsOf(topic) {
  const ids = (records, field) => records.filter((r) => (r[field] ?? []).includes(topic)).map((r) => r.id).sort();
  return {
    parks: ids(DATASET.parks, 'sectors'),
    agreements: ids(DATASET.agreements, 'topics'),
    events: ids(DATASET.events, 'topics'),
    organisations: ids(DATASET.organisations, 'sectors'),
  };
}

test('the topics page lists every topic with its counts, each leading to its page', async () => {
  const page = await newPage(browser);
  for (const lang of LANGS) {
    await page.goto(server.url(`${lang}/topics/`));
    await ready(page);
    assert.equal(await page.textContent('main h1'), STRINGS[lang]['topics.title']);
    const rows = await page.$$eval('[data-list="topics"] tbody tr', (trs) => trs.map((tr) => ({
      id: tr.dataset.id,
      href: tr.querySelector('a').getAttribute('href'),
      counts: [...tr.querySelectorAll('td')].map((td) => Number(td.textContent)),
    })));
    assert.equal(rows.length, DATASET.topics.length, lang);
    for (const row of rows) {
      const r = recordsOf(row.id);
      assert.deepEqual(row.counts, [r.parks.length, r.agreements.length, r.events.length, r.organisations.length], `${lang} ${row.id}`);
      assert.ok(row.href.endsWith(`/${lang}/topics/${row.id}/`), row.href);
    }
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a topic page lists the records of its topic, in every language, and its page file holds them', async () => {
  const page = await newPage(browser);
  const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  // The topic with the most records, and one with records of one kind only.
  const topics = [...DATASET.topics].sort((a, b) => {
    const size = (t) => Object.values(recordsOf(t.id)).flat().length;
    return size(b) - size(a);
  });
  for (const topic of [topics[0], topics.at(-1)]) {
    const expected = recordsOf(topic.id);
    for (const lang of LANGS) {
      const path = `${lang}/topics/${topic.id}/`;
      for (const [p, how] of [[page, 'app'], [plain, 'page file']]) {
        await p.goto(server.url(path));
        if (p === page) await ready(p); else await p.waitForSelector('main h1');
        assert.equal(await p.textContent('main h1'), topic.name[lang], `${path} (${how})`);
        for (const [kind, ids] of Object.entries(expected)) {
          const shown = (await p.$$eval(`section[aria-labelledby="${kind}"] [data-id]`, (els) => els.map((e) => e.dataset.id))).sort();
          assert.deepEqual(shown, ids, `${path} (${how}): ${kind}`);
        }
        assert.equal(await p.locator('.share-panel').count(), 1, `${path}: share panel`);
      }
      // Breadcrumbs lead back to the topics.
      assert.ok((await page.getAttribute('.breadcrumbs li:nth-child(2) a', 'href')).endsWith(`/${lang}/topics/`));
    }
  }
  // Its JSON-LD names the topic; the sitemap lists it.
  const html = readFileSync(`dist/en/topics/${topics[0].id}/index.html`, 'utf8');
  const ld = JSON.parse(html.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)[1]);
  const collection = ld['@graph'].find((n) => n['@type'] === 'CollectionPage');
  assert.equal(collection.about.name, topics[0].name.en);
  const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
  for (const topic of DATASET.topics) assert.ok(sitemap.includes(`/en/topics/${topic.id}/</loc>`), topic.id);
  assert.deepEqual(page.problems, []);
  await page.context().close();
  await plain.context().close();
});

test('topic tags on record pages lead to the topic page, which lists that record', async () => {
  const page = await newPage(browser);
  const agreement = DATASET.agreements.find((a) => a.topics.length > 0);
  for (const lang of LANGS) {
    await page.goto(server.url(`${lang}/agreements/${agreement.id}/`));
    await ready(page);
    const tags = await page.$$eval('.tags a', (as) => as.map((a) => a.getAttribute('href')));
    assert.equal(tags.length, agreement.topics.length);
    assert.ok(tags.every((href) => /\/topics\/[a-z0-9-]+\/$/.test(href)), tags.join(' '));
    await page.click('.tags a >> nth=0');
    await page.waitForURL(`**/${lang}/topics/${agreement.topics[0]}/`);
    await page.waitForSelector(`section[aria-labelledby="agreements"] [data-id="${agreement.id}"]`);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
