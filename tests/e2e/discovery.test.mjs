// What programs find in the portal, on the release build served as GitHub
// Pages serves it:
// - structured data: every page file's JSON-LD, expanded by jsonld (a JSON-LD
//   processor independent of the portal's code, with a document loader that
//   refuses to load anything, so the data must stand on its own), has
//   breadcrumbs named as the page's; a record page describes its record, with
//   the record's type, its heading as name and its date at the data's precision;
// - feeds: every page names the Atom feed of its language, in its head and its
//   footer; each feed, read by @rowanmanning/feed-parser and checked as XML by
//   the browser's own parser, lists every dated agreement and event, newest
//   first, each linking to its page in that language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { parseFeed } from '@rowanmanning/feed-parser';
import { newPage, ready } from './support/browser.mjs';
import { STRINGS, LANGS, HTML_LANG } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

// The site URL the build was made for (SITE_URL), which canonical addresses use.
const SITE = new URL(readFileSync('dist/robots.txt', 'utf8').match(/Sitemap: (\S+)sitemap\.xml/)[1]);
const SECTIONS = ['parks', 'agreements', 'events', 'organisations'];
const LISTS = ['', ...SECTIONS.map((s) => `${s}/`), 'sources/', 'search/', 'map/', 'timeline/', 'data/'];

/** schema.org's type for each kind of organisation, as the README argues it. */
const ORGANISATION_TYPE = {
  foundation: 'NGO', association: 'NGO', university: 'CollegeOrUniversity', company: 'Corporation',
  government: 'GovernmentOrganization', 'innovation-centre': 'Organization', network: 'Organization',
};

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

/** The test server's address of a canonical address of the site. */
function local(url) {
  assert.ok(url.startsWith(SITE.href), `${url} is not under ${SITE.href}`);
  return server.url(url.slice(SITE.href.length));
}

/** A full schema.org IRI. */
const S = (term) => `https://schema.org/${term}`;

/** The values of a property of an expanded node: literals, addresses, or nodes. */
const values = (node, term) => (node[S(term)] ?? []).map((v) => v['@value'] ?? v['@id'] ?? v);
const value = (node, term) => values(node, term)[0];

/** ISO 8601 at the data's precision: `2016`, `2016-07`, `2016-07-02`. */
const iso = (d) => [String(d.year).padStart(4, '0'), d.month && String(d.month).padStart(2, '0'), d.month && d.day && String(d.day).padStart(2, '0')].filter(Boolean).join('-');

/** The top-level nodes of a JSON-LD text, expanded without loading anything. */
async function expand(text) {
  const documentLoader = async (url) => { throw new Error(`the JSON-LD asked to load ${url}`); };
  // Safe mode fails on anything expansion would drop (an unknown term, a bad address).
  const expanded = await jsonld.expand(JSON.parse(text), { documentLoader, safe: true });
  return expanded.flatMap((n) => n['@graph'] ?? [n]);
}

/** What a crawler reads in a page file: its heading, breadcrumbs, structured data and feed links. */
async function pageFile(page, path) {
  const response = await page.goto(server.url(path));
  assert.equal(response.status(), 200, path);
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    h1: document.querySelector('main h1').textContent,
    crumbs: [...document.querySelectorAll('nav.breadcrumbs li')].map((li) => li.textContent),
    jsonld: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent),
    inHead: [...document.querySelectorAll('script[type="application/ld+json"]')].every((s) => s.parentElement === document.head),
    feeds: [...document.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]')].map((l) => ({ href: l.href, title: l.title })),
    footerFeed: [...document.querySelectorAll('footer a[type="application/atom+xml"]')].map((a) => ({ href: a.href, text: a.textContent })),
  }));
}

/** The breadcrumbs of expanded nodes, as (name, address) in order. */
function breadcrumbs(nodes) {
  const lists = nodes.filter((n) => n['@type']?.includes(S('BreadcrumbList')));
  assert.equal(lists.length, 1, 'one BreadcrumbList');
  const items = values(lists[0], 'itemListElement');
  return items
    .map((item) => ({ position: value(item, 'position'), name: value(item, 'name'), item: value(item, 'item') }))
    .sort((a, b) => a.position - b.position);
}

test('every page file describes itself in JSON-LD: breadcrumbs, and on record pages the record as its heading names it', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const basedOn = new Map(LANGS.map((l) => [l, new Set()]));
  let records = 0;
  for (const lang of LANGS) {
    const home = STRINGS[lang]['nav.home'];
    for (const path of LISTS) {
      const file = await pageFile(page, `${lang}/${path}`);
      assert.equal(file.jsonld.length, 1, `${lang}/${path}: one JSON-LD block`);
      assert.ok(file.inHead, `${lang}/${path}: in the head`);
      const nodes = await expand(file.jsonld[0]);
      const crumbs = breadcrumbs(nodes);
      assert.equal(crumbs[0].name, home);
      assert.equal(local(crumbs[0].item), server.url(`${lang}/`));
      if (path) {
        // A section: home, then the page, named as its heading.
        assert.deepEqual(crumbs.map((c) => c.name), [home, file.h1], `${lang}/${path}`);
        assert.equal(local(crumbs[1].item), server.url(`${lang}/${path}`));
        const pages = nodes.filter((n) => [S('CollectionPage'), S('SearchResultsPage'), S('WebPage')].some((t) => n['@type']?.includes(t)));
        assert.equal(pages.length, 1, `${lang}/${path}`);
        assert.equal(value(pages[0], 'name'), file.h1);
        assert.equal(value(pages[0], 'inLanguage'), HTML_LANG[lang]);
      } else {
        assert.equal(crumbs.length, 1);
      }
    }
    for (const section of SECTIONS) {
      for (const record of DATASET[section]) {
        const path = `${lang}/${section}/${record.id}/`;
        const file = await pageFile(page, path);
        assert.equal(file.jsonld.length, 1, path);
        const nodes = await expand(file.jsonld[0]);
        // The breadcrumbs of the data are the page's, each with its address.
        const crumbs = breadcrumbs(nodes);
        assert.deepEqual(crumbs.map((c) => c.name), file.crumbs, path);
        assert.deepEqual(crumbs.map((c) => local(c.item)), [`${lang}/`, `${lang}/${section}/`, path].map((p) => server.url(p)), path);
        const type = { parks: 'Place', events: 'Event', agreements: 'CreativeWork' }[section] ?? ORGANISATION_TYPE[record.kind];
        const found = nodes.filter((n) => n['@type']?.includes(S(type)));
        assert.equal(found.length, 1, `${path}: one ${type}`);
        const node = found[0];
        assert.equal(value(node, 'name'), file.h1, `${path}: the name is the heading`);
        assert.equal(local(value(node, 'url')), server.url(path));
        if (section === 'events') {
          assert.equal(value(node, 'startDate'), record.date ? iso(record.date.from) : undefined, `${path}: startDate`);
          assert.equal(value(node, 'endDate'), record.date?.to ? iso(record.date.to) : undefined, `${path}: endDate`);
        }
        if (section === 'parks') {
          const geo = values(node, 'geo')[0];
          assert.equal(value(geo, 'latitude'), record.location.lat);
          assert.equal(value(geo, 'longitude'), record.location.lon);
        }
        for (const source of values(node, 'isBasedOn')) basedOn.get(lang).add(source);
        assert.equal(values(node, 'isBasedOn').length, record.sources.length, path);
        records++;
      }
    }
  }
  assert.equal(records, SECTIONS.reduce((n, s) => n + DATASET[s].length, 0) * LANGS.length);
  // What records are based on is an article's entry on the sources page, described there.
  for (const lang of LANGS) {
    const file = await pageFile(page, `${lang}/sources/`);
    const articles = (await expand(file.jsonld[0])).filter((n) => n['@type']?.includes(S('Article')));
    assert.equal(articles.length, DATASET.sources.length);
    const ids = new Set(articles.map((a) => a['@id']));
    const anchors = await page.evaluate(() => [...document.querySelectorAll('article.source[id]')].map((a) => a.id));
    for (const source of basedOn.get(lang)) {
      assert.ok(ids.has(source), `${source} is an article of the sources page`);
      const url = new URL(local(source));
      assert.equal(url.href.replace(url.hash, ''), server.url(`${lang}/sources/`));
      assert.ok(anchors.includes(url.hash.slice(1)), `${source}: the sources page has the entry`);
    }
    for (const article of articles) {
      const record = DATASET.sources.find((s) => article['@id'].endsWith(`#${s.id}`));
      assert.equal(value(article, 'headline'), record.original_title);
      assert.equal(value(article, 'datePublished'), record.date ? iso(record.date) : undefined);
    }
  }
  await context.close();
});

test('each language has an Atom feed of every dated agreement and event, newest first, linked from every page', async () => {
  const dated = [
    ...DATASET.agreements.filter((r) => r.date).map((r) => ({ section: 'agreements', record: r })),
    ...DATASET.events.filter((r) => r.date).map((r) => ({ section: 'events', record: r })),
  ];
  const page = await newPage(browser);
  for (const lang of LANGS) {
    const feedUrl = new URL(`${lang}/feed.xml`, SITE).href;
    const response = await fetch(local(feedUrl));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /xml/);
    const text = await response.text();
    // Well-formed, by the browser's own (strict) XML parser, in Atom's namespace.
    const xml = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, ns: doc.documentElement.namespaceURI, lang: doc.documentElement.getAttribute('xml:lang') };
    }, text);
    assert.equal(xml.error, null, `${lang}/feed.xml`);
    assert.equal(xml.ns, 'http://www.w3.org/2005/Atom');
    assert.equal(xml.lang, HTML_LANG[lang]);

    const feed = parseFeed(text);
    assert.equal(feed.title, STRINGS[lang]['feed.title']);
    assert.equal(feed.description, STRINGS[lang]['feed.subtitle']);
    assert.equal(feed.self, feedUrl);
    assert.equal(local(feed.url), server.url(`${lang}/`));
    assert.ok(feed.items.length >= 10, `${lang}: ${feed.items.length} entries`);
    assert.equal(feed.items.length, dated.length, `${lang}: every dated agreement and event, and only those`);
    const { year, month, day } = DATASET.updated;
    assert.equal(feed.updated.getTime(), Date.UTC(year, month - 1, day), 'the feed is as new as the data, which its editors date');
    const seen = new Set();
    for (const [i, item] of feed.items.entries()) {
      const { pathname } = new URL(item.url);
      const match = dated.find(({ section, record }) => pathname.endsWith(`/${lang}/${section}/${record.id}/`));
      assert.ok(match, `${item.url} is a dated agreement or event`);
      assert.ok(!seen.has(item.url), `${item.url} twice`);
      seen.add(item.url);
      assert.equal(item.id, item.url);
      assert.equal(item.title, match.record.title[lang]);
      const { from } = match.record.date;
      assert.equal(item.updated.toISOString(), new Date(Date.UTC(from.year, (from.month ?? 1) - 1, from.day ?? 1)).toISOString(), item.url);
      if (i > 0) assert.ok(item.updated <= feed.items[i - 1].updated, `${item.url}: newest first`);
      assert.ok(item.description.startsWith(match.record.summary[lang]), item.url);
      if (!from.day) assert.ok(item.description.includes(STRINGS[lang][from.month ? 'feed.month_only' : 'feed.year_only']), `${item.url}: says how precise its date is`);
      // The entry's page answers, in the feed's language, with the entry's title.
      const pageResponse = await fetch(local(item.url));
      assert.equal(pageResponse.status, 200, item.url);
      const html = await pageResponse.text();
      assert.match(html, new RegExp(`<html lang="${HTML_LANG[lang]}"`), item.url);
      assert.ok(new URL(local(item.url)).pathname.startsWith(`${server.base}${lang}/`));
    }
    assert.equal(seen.size, dated.length);
  }
  await page.context().close();

  // Every page file, in its head and its footer, names the feed of its language.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc.slice(SITE.href.length));
  assert.ok(paths.length > 100);
  for (const path of paths) {
    const lang = path.split('/')[0];
    const file = await pageFile(plain, path);
    assert.deepEqual(file.feeds, [{ href: new URL(`${lang}/feed.xml`, SITE).href, title: STRINGS[lang]['feed.title'] }], path);
    assert.deepEqual(file.footerFeed, [{ href: server.url(`${lang}/feed.xml`), text: STRINGS[lang]['feed.link'] }], path);
  }
  await context.close();
});

test('once the app runs, the JSON-LD of the first page goes, the feed link stays, and the footer opens the feed', async () => {
  const page = await newPage(browser);
  for (const lang of LANGS) {
    await page.goto(server.url(`${lang}/events/${DATASET.events[0].id}/`));
    await ready(page);
    assert.equal(await page.locator('script[type="application/ld+json"]').count(), 0);
    assert.equal(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').count(), 1);
    assert.equal(await page.locator('head link[rel="canonical"]').count(), 0);
    // The footer's link is a file, not a page of the app: the browser opens it.
    const [response] = await Promise.all([
      page.waitForResponse(server.url(`${lang}/feed.xml`)),
      page.click('footer a[type="application/atom+xml"]'),
    ]);
    await page.waitForURL(server.url(`${lang}/feed.xml`));
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /xml/);
  }
  // Chromium asks for the origin's `/favicon.ico` when it shows a document
  // with no icon of its own (the feed's XML): the browser's request, not the portal's.
  assert.deepEqual(page.problems.filter((p) => !p.endsWith(`${server.origin}/favicon.ico`)), []);
  await page.context().close();
});
