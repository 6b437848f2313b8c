// The portal on a phone (390 × 844, touch) and on a desktop, in every language:
// a compact header with search and language one tap away (the languages
// without scripts too), the first record of every list on the first screen,
// breadcrumbs on one line, lists that never squeeze their text to a character per line nor
// hide a column past the edge, every tap target at least 24 × 24 px (WCAG 2.2,
// 2.5.8), no sideways scrolling of the page, and a statistics grid without an
// empty cell at any width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { newPage, ready } from './support/browser.mjs';
import { LANGS, HTML_LANG, NATIVE_NAME, STRINGS } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 800 } };
/** A quarter of the phone's screen: the most the header may take. */
const HEADER_MAX = 844 / 4;
const TARGET_MIN = 24;

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

/**
 * One page of each kind, per language, from the sitemap (so a kind of page
 * added later is checked too): the first address of each section and of each
 * section's records, plus a search with results and the not-found page.
 */
function pageKinds(lang) {
  const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)]
    .map(([, loc]) => new URL(loc).pathname)
    .map((path) => path.slice(path.indexOf(`/${lang}/`) + 1))
    .filter((path) => path.startsWith(`${lang}/`))
    .map((path) => path.slice(lang.length + 1));
  const kinds = new Map();
  for (const path of paths) {
    const kind = path.split('/').filter(Boolean).map((part, i) => (i === 0 ? part : '*')).join('/');
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values(), 'search/?q=chengdu', 'no-such-page/'];
}

/** What the test measures on the page as it is shown, in one pass in the page. */
function measure({ targetMin }) {
  const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
  const header = document.querySelector('.site-header');
  const headerBox = header.getBoundingClientRect();
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    if (el.closest('.visually-hidden, [hidden]')) return false;
    return getComputedStyle(el).visibility !== 'hidden';
  };
  const describe = (el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''} "${(el.textContent || el.getAttribute('aria-label') || el.placeholder || '').trim().slice(0, 30)}"`;

  // Tap targets of the header, the page and the footer. The map's drawing has
  // its own targets and tests (map.test.mjs); the skip link shows on focus.
  const targets = [...document.querySelectorAll(
    ':is(header, main, footer) :is(a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex="0"])',
  )].filter((el) => !el.closest('svg') && shown(el));
  const small = targets
    .map((el) => [el, el.getBoundingClientRect()])
    .filter(([, box]) => box.width < targetMin - 0.01 || box.height < targetMin - 0.01)
    .map(([el, box]) => `${describe(el)} ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);

  // Text squeezed into a narrow box: a text of at least two characters broken
  // over lines that hold fewer than three characters on average (中/国,
  // 西/班/牙, 巴塞罗/那). Each character's line is where the browser drew it.
  const squeezed = [];
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    if (text.trim().length < 2 || !shown(node.parentElement)) continue;
    const tops = [];
    let i = 0;
    for (const char of text) {
      if (char.trim()) {
        range.setStart(node, i);
        range.setEnd(node, i + char.length);
        const box = range.getClientRects()[0];
        if (box) tops.push(box.top);
      }
      i += char.length;
    }
    tops.sort((a, b) => a - b);
    const lines = tops.filter((top, k) => k === 0 || top - tops[k - 1] > 4).length;
    if (lines > 1 && tops.length / lines < 3) squeezed.push(`"${text.trim().slice(0, 30)}" in ${describe(node.parentElement)}: ${tops.length} characters on ${lines} lines`);
  }

  // A list or table wider than its box would hide what is past its edge.
  const clipped = [...document.querySelectorAll('main [data-list], main .table-wrap')]
    .filter((el) => el.scrollWidth > el.clientWidth + 1)
    .map((el) => `${describe(el)} ${el.scrollWidth} > ${el.clientWidth}`);

  // Each value of a table of records names its column (shown on phones).
  const unlabelled = [];
  for (const table of document.querySelectorAll('main table.records')) {
    const columns = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    const wrong = [...table.querySelectorAll('tbody tr')].flatMap((row) => [...row.children]
      .map((cell, k) => (cell.tagName === 'TD' && cell.dataset.label !== columns[k] ? `"${cell.dataset.label ?? ''}" for "${columns[k]}"` : null))
      .filter(Boolean));
    if (wrong.length) unlabelled.push(`${table.dataset.list}: ${wrong.length} values not labelled with their column, e.g. ${wrong[0]}`);
  }
  return {
    headerHeight: headerBox.height,
    headerOnScreen: Math.max(0, Math.min(headerBox.bottom, viewport.height) - Math.max(headerBox.top, 0)),
    overflow: document.documentElement.scrollWidth - viewport.width,
    targets: targets.length,
    small,
    squeezed,
    clipped,
    unlabelled,
  };
}

async function check(page, where, problems) {
  const m = await page.evaluate(measure, { targetMin: TARGET_MIN });
  if (m.headerHeight > HEADER_MAX) problems.push(`${where}: header ${m.headerHeight.toFixed(0)} px high`);
  if (m.overflow > 0) problems.push(`${where}: page scrolls sideways by ${m.overflow} px`);
  if (m.targets === 0) problems.push(`${where}: no tap target found`);
  for (const s of m.small) problems.push(`${where}: target under ${TARGET_MIN} px: ${s}`);
  for (const s of m.squeezed) problems.push(`${where}: squeezed text ${s}`);
  for (const s of m.clipped) problems.push(`${where}: list wider than its box: ${s}`);
  for (const s of m.unlabelled) problems.push(`${where}: ${s}`);
  // Scrolled down, the header takes no more of the screen than at the top.
  await page.evaluate(() => window.scrollTo(0, 600));
  const scrolled = await page.evaluate(measure, { targetMin: TARGET_MIN });
  if (scrolled.headerOnScreen > HEADER_MAX) problems.push(`${where}: header takes ${scrolled.headerOnScreen.toFixed(0)} px of the screen scrolled`);
  await page.evaluate(() => window.scrollTo(0, 0));
  return m;
}

for (const lang of LANGS) {
  for (const [device, options] of Object.entries({ phone: PHONE, desktop: DESKTOP })) {
    test(`every kind of page fits the ${device}: header, lists, targets, no sideways scroll (${lang})`, async () => {
      const page = await newPage(browser, options);
      const problems = [];
      const headers = [];
      const kinds = pageKinds(lang);
      assert.ok(kinds.length >= 15, `page kinds: ${kinds.join(', ')}`);
      for (const path of kinds) {
        await page.goto(server.url(`${lang}/${path}`));
        await ready(page);
        const m = await check(page, `${lang}/${path} (${device})`, problems);
        headers.push(m.headerHeight);
      }
      assert.deepEqual(problems, []);
      // The header is the same on every page; on the phone it is compact.
      assert.ok(Math.max(...headers) - Math.min(...headers) < 1, `header heights ${headers}`);
      assert.deepEqual(page.problems.filter((p) => !/status of 404/.test(p)), []);
      await page.context().close();
    });
  }

  test(`on a phone, search and the other languages are one tap away (${lang})`, async () => {
    const page = await newPage(browser, PHONE);
    const others = LANGS.filter((l) => l !== lang);
    await page.goto(server.url(`${lang}/parks/`));
    await ready(page);
    // Each is on screen and on top: a tap at its centre reaches it.
    const onTop = (selector) => page.$eval(selector, (el) => {
      const box = el.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return box.bottom <= window.innerHeight && box.top >= 0 && (hit === el || el.contains(hit));
    });
    assert.ok(await onTop('#header-search'), 'the search field is not on the first screen');
    for (const other of others) {
      assert.ok(await onTop(`.language-switcher a[hreflang="${HTML_LANG[other]}"]`), `the link to ${other} is not on the first screen`);
    }

    await page.tap('#header-search');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'header-search');
    await page.keyboard.type('Chengdu');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Chengdu/);
    await page.waitForSelector('[data-list="search"] a');

    await page.goto(server.url(`${lang}/parks/`));
    await ready(page);
    await page.tap(`.language-switcher a[hreflang="${HTML_LANG[others[0]]}"]`);
    await page.waitForURL(server.url(`${others[0]}/parks/`));
    await page.waitForFunction((l) => document.documentElement.lang === l, HTML_LANG[others[0]]);
    assert.equal(await page.textContent('.language-switcher a[aria-current]'), NATIVE_NAME[others[0]]);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`without scripts, the page files have the compact header and the list cards (${lang})`, async () => {
    const page = await newPage(browser, { ...PHONE, javaScriptEnabled: false });
    const problems = [];
    for (const path of ['', 'parks/', 'organisations/', 'events/']) {
      await page.goto(server.url(`${lang}/${path}`));
      await page.waitForSelector('main h1');
      await check(page, `${lang}/${path} (phone, page file)`, problems);
      // Search and the languages are on the first screen, each section a link in the row.
      const { search, languages, sections } = await page.evaluate(() => {
        const onScreen = (el) => el && el.getBoundingClientRect().bottom <= window.innerHeight && el.getBoundingClientRect().height > 0;
        return {
          // Search runs in the browser: without scripts the header does not offer it.
          search: getComputedStyle(document.querySelector('form.search-box')).display === 'none',
          languages: [...document.querySelectorAll('.language-switcher a')].filter(onScreen).length,
          sections: document.querySelectorAll('.site-nav a[href]').length,
        };
      });
      if (!search) problems.push(`${lang}/${path}: the header offers search, which needs scripts`);
      if (languages !== 3) problems.push(`${lang}/${path}: ${languages} languages on the first screen`);
      if (sections < 8) problems.push(`${lang}/${path}: ${sections} sections in the navigation`);
    }
    // The list's rows are cards: no row is wider than the screen, and a value
    // sits beside its column's name.
    await page.goto(server.url(`${lang}/parks/`));
    const card = await page.$eval('table.records tbody tr', (row) => {
      const box = row.getBoundingClientRect();
      const cell = row.querySelector('td');
      return { width: box.width, display: getComputedStyle(row).display, label: getComputedStyle(cell, '::before').content };
    });
    assert.equal(card.display, 'block');
    assert.ok(card.width <= 390, `card ${card.width} px wide`);
    assert.match(card.label, /^".+"/, `label ${card.label}`);
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}

test('on a phone, the current section\'s tab is in view in the header\'s row, at the start and after a move', async () => {
  for (const lang of LANGS) {
    const page = await newPage(browser, PHONE);
    // How far the current tab lies inside the row (negative: cut off or hidden).
    const inRow = () => page.evaluate(() => {
      const row = document.querySelector('.site-nav ul').getBoundingClientRect();
      const tab = document.querySelector('.site-nav a[aria-current="page"]').getBoundingClientRect();
      return Math.min(tab.left - row.left, row.right - tab.right);
    });
    const overflows = () => page.$eval('.site-nav ul', (ul) => ul.scrollWidth > ul.clientWidth);
    // The last section: past the right edge in a row that starts at its left end.
    await page.goto(server.url(`${lang}/sources/`));
    await ready(page);
    assert.ok(await overflows(), `${lang}: the row fits the phone (nothing to check)`);
    await page.waitForFunction(() => {
      const row = document.querySelector('.site-nav ul').getBoundingClientRect();
      const tab = document.querySelector('.site-nav a[aria-current="page"]').getBoundingClientRect();
      return tab.left >= row.left && tab.right <= row.right;
    });
    assert.ok(await inRow() >= 0, `${lang}: sources`);
    // Back to the first, in the app.
    await page.tap('.brand');
    await page.waitForURL(server.url(`${lang}/`));
    await page.waitForFunction(() => document.querySelector('.site-nav ul').scrollLeft === 0);
    assert.ok(await inRow() >= 0, `${lang}: home`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('the statistics grid of the home page has no empty cell at any width', async () => {
  const page = await newPage(browser, DESKTOP);
  await page.goto(server.url('en/'));
  await ready(page);
  const problems = [];
  for (const width of [1280, 1024, 900, 768, 700, 600, 480, 390, 360, 320]) {
    await page.setViewportSize({ width, height: 800 });
    const rows = await page.$eval('.key-figures ul', (list) => {
      const box = list.getBoundingClientRect();
      const style = getComputedStyle(list);
      const left = box.left + parseFloat(style.borderLeftWidth);
      const right = box.right - parseFloat(style.borderRightWidth);
      const byRow = new Map();
      for (const item of list.children) {
        const r = item.getBoundingClientRect();
        const top = Math.round(r.top);
        byRow.set(top, [...(byRow.get(top) ?? []), r]);
      }
      // Each row runs from the grid's left edge to its right one, its cells
      // a line's width apart: nothing of the grid shows between or after them.
      return [...byRow.values()].map((cells) => {
        cells.sort((a, b) => a.left - b.left);
        const gaps = cells.slice(1).map((c, k) => c.left - cells[k].right);
        return { cells: cells.length, start: cells[0].left - left, end: right - cells.at(-1).right, widestGap: Math.max(0, ...gaps) };
      });
    });
    for (const [k, row] of rows.entries()) {
      if (Math.abs(row.start) > 0.5 || Math.abs(row.end) > 0.5 || row.widestGap > 1.5) {
        problems.push(`${width} px, row ${k + 1} of ${row.cells} figures: ${JSON.stringify(row)}`);
      }
    }
  }
  assert.deepEqual(problems, []);
  await page.context().close();
});

for (const lang of LANGS) {
  test(`on a phone, every list starts on the first screen, its filters folded behind one button that counts them (${lang})`, async () => {
    const page = await newPage(browser, PHONE);
    const lists = ['parks/', 'agreements/', 'events/', 'organisations/', 'people/', 'topics/', 'sources/'];
    const problems = [];
    for (const path of lists) {
      await page.goto(server.url(`${lang}/${path}`));
      await ready(page);
      const top = await page.$eval('main [data-list] [data-id], main [data-list] article, main [data-list] li', (el) => el.getBoundingClientRect().top);
      if (top >= 844) problems.push(`${lang}/${path}: first result at ${top.toFixed(0)} px`);
    }
    assert.deepEqual(problems, []);
    // The button names the filters in force, and opens and closes them.
    await page.goto(server.url(`${lang}/agreements/?country=CN&from=2016`));
    await ready(page);
    const toggle = page.locator('.filters-toggle');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.match(await toggle.textContent(), /2/);
    assert.equal(await page.locator('form.filters').isVisible(), false);
    await toggle.tap();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.locator('form.filters').isVisible(), true);
    // It stays open while the filters change.
    await page.selectOption('#filter-country', '');
    await page.waitForURL(/from=2016$/);
    assert.equal(await page.locator('form.filters').isVisible(), true);
    assert.match(await page.locator('.filters-toggle').textContent(), /1/);
    // On a desktop, the filters show and the button does not.
    const desktop = await newPage(browser, DESKTOP);
    await desktop.goto(server.url(`${lang}/agreements/`));
    await ready(desktop);
    assert.equal(await desktop.locator('.filters-toggle').isVisible(), false);
    assert.equal(await desktop.locator('form.filters').isVisible(), true);
    await desktop.context().close();
    await page.context().close();
  });

  test(`on a phone, breadcrumbs take one line, the record's name cut with an ellipsis, and a link near the title leads to the share panel (${lang})`, async () => {
    const page = await newPage(browser, PHONE);
    const longest = [...DATASET.events].sort((a, b) => b.title[lang].length - a.title[lang].length)[0];
    await page.goto(server.url(`${lang}/events/${longest.id}/`));
    await ready(page);
    const crumbs = await page.$eval('.breadcrumbs ol', (ol) => {
      const items = [...ol.children].map((li) => li.getBoundingClientRect());
      const last = ol.lastElementChild;
      return {
        // An item that starts below the first one's bottom is on a second line.
        rows: 1 + items.filter((b) => b.top >= items[0].bottom - 1).length,
        cut: last.scrollWidth > last.clientWidth,
        ellipsis: getComputedStyle(last).textOverflow,
        right: Math.max(...items.map((b) => b.right)),
      };
    });
    assert.equal(crumbs.rows, 1, 'breadcrumbs on one line');
    assert.ok(crumbs.right <= 390, `breadcrumbs end at ${crumbs.right} px`);
    assert.equal(crumbs.ellipsis, 'ellipsis');
    assert.ok(crumbs.cut, 'the long title is cut');
    const link = page.locator('.record-share');
    const box = await link.boundingBox();
    assert.ok(box && box.y + box.height <= 844, 'the share link is on the first screen');
    await link.tap();
    await page.waitForFunction(() => document.activeElement?.id === 'share');
    assert.ok(await page.$eval('#share', (el) => el.getBoundingClientRect().top < window.innerHeight));
    // On a touch screen the code is shown to another phone.
    assert.equal(await page.locator('.share-qr figcaption > :visible').textContent(), STRINGS[lang]['share.qr_hint_phone']);
    await page.context().close();
  });
}
