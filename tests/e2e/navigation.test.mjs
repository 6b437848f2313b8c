// Moving within the app, as a visitor does it: a link to a fragment reaches
// its target; Back and Forward come back where the visitor was, the focus on
// the link they followed; a new page opens at its top with the focus on its
// heading; the search page's keyboard tip does what it says, and is not shown
// on touch screens. On a desktop and on a phone's screen (390 × 844), in
// every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, ready, WAIT_MS } from './support/browser.mjs';
import { STRINGS, LANGS } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
/** Within a line of text: what "the same place" means after Back and Forward. */
const LINE_PX = 24;

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

const scrollY = (page) => page.evaluate(() => window.scrollY);
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el?.tagName, id: el?.id, href: el?.getAttribute('href'), text: el?.textContent };
});

/** Scrolls to `y` and waits for the scroll event to have been delivered. */
async function scrollTo(page, y) {
  await page.evaluate((y) => new Promise((resolve) => {
    addEventListener('scroll', () => requestAnimationFrame(() => resolve()), { once: true });
    window.scrollTo(0, y);
  }), y);
}

/** Follows `link` as the visitor of `device` does: Enter on a desktop, a tap on a phone. */
async function follow(page, device, link) {
  if (device === 'desktop') {
    await link.focus();
    await page.keyboard.press('Enter');
  } else {
    await link.click();
  }
}

/**
 * Marks (`data-followed`) a link to an event's page that is in view, and
 * names it by its address and its rank among the page's links to it.
 */
function markLinkInView(page) {
  return page.evaluate(() => {
    const links = [...document.querySelectorAll('main [data-list] a[href]')]
      .filter((a) => /\/events\/[a-z0-9-]+\/$/.test(a.getAttribute('href')));
    const link = links.find((a) => { const r = a.getBoundingClientRect(); return r.top > 40 && r.bottom < innerHeight - 40; });
    const href = link.getAttribute('href');
    link.dataset.followed = '';
    return { href, rank: [...document.querySelectorAll('a[href]')].filter((a) => a.getAttribute('href') === href).indexOf(link) };
  });
}

/** Waits until the focus is on the link `followed` names. */
function focusBackOn(page, followed) {
  return page.waitForFunction(({ href, rank }) => {
    const el = document.activeElement;
    return el?.getAttribute('href') === href
      && [...document.querySelectorAll('a[href]')].filter((a) => a.getAttribute('href') === href).indexOf(el) === rank;
  }, followed, { timeout: WAIT_MS });
}

const citing = DATASET.agreements.find((a) => a.sources.includes('shenfu-aifc-meeting'));

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const lang of LANGS) {
    test(`a link to a fragment, followed in the app, brings its target into view and focus (${lang}, ${device})`, async () => {
      const page = await newPage(browser, { viewport });
      await page.goto(server.url(`${lang}/agreements/${citing.id}/`));
      await ready(page);
      const link = page.locator('main a[href$="/sources/#shenfu-aifc-meeting"]');
      await follow(page, device, link);
      await page.waitForURL(server.url(`${lang}/sources/#shenfu-aifc-meeting`));
      await page.waitForFunction(() => document.activeElement?.id === 'shenfu-aifc-meeting', null, { timeout: WAIT_MS });
      const place = await page.evaluate(() => {
        const target = document.getElementById('shenfu-aifc-meeting');
        return { top: target.getBoundingClientRect().top, offset: target.getBoundingClientRect().top + scrollY, height: innerHeight };
      });
      // The target is far down the page: at the top, it would be out of view.
      assert.ok(place.offset > place.height, `target at ${place.offset} px, screen ${place.height} px`);
      assert.ok(place.top >= 0 && place.top < place.height / 2, `target's top at ${place.top} px in a ${place.height} px screen`);

      // Loading the same address directly still lands on the target.
      const direct = await newPage(browser, { viewport });
      await direct.goto(server.url(`${lang}/sources/#shenfu-aifc-meeting`));
      await ready(direct);
      const top = await direct.evaluate(() => document.getElementById('shenfu-aifc-meeting').getBoundingClientRect().top);
      assert.ok(top >= 0 && top < viewport.height / 2, `direct load: target's top at ${top} px`);
      assert.deepEqual([...page.problems, ...direct.problems], []);
      await page.context().close();
      await direct.context().close();
    });

    test(`Back and Forward come back to the place and the link followed; a new page opens at its top (${lang}, ${device})`, async () => {
      const page = await newPage(browser, { viewport });
      await page.goto(server.url(`${lang}/events/`));
      await ready(page);
      await scrollTo(page, 1100);
      const before = await scrollY(page);
      assert.ok(Math.abs(before - 1100) <= 1, `the list scrolls to 1,100 px (at ${before})`);
      const followed = await markLinkInView(page);
      await follow(page, device, page.locator('[data-followed]'));
      await page.waitForURL((url) => url.pathname === followed.href);

      // A new page: its top, the focus on its heading.
      await page.waitForFunction(() => document.activeElement?.matches('main h1'), null, { timeout: WAIT_MS });
      assert.equal(await scrollY(page), 0);

      // Somewhere down the record page, then Back.
      const room = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      const recordY = Math.min(400, room);
      assert.ok(recordY >= 100, `the record page scrolls (${room} px of room)`);
      await scrollTo(page, recordY);
      await page.goBack();
      await page.waitForURL(server.url(`${lang}/events/`));
      await focusBackOn(page, followed);
      const back = await scrollY(page);
      assert.ok(Math.abs(back - before) <= LINE_PX, `Back: at ${back} px, left at ${before} px`);
      // The link followed is in view, where the visitor saw it.
      const linkTop = await page.evaluate(() => document.activeElement.getBoundingClientRect().top);
      assert.ok(linkTop > 0 && linkTop < viewport.height, `the link followed at ${linkTop} px`);

      // Forward: the record page where it was left.
      await page.goForward();
      await page.waitForURL((url) => url.pathname === followed.href);
      await page.waitForFunction((y) => Math.abs(window.scrollY - y) <= 24 && document.activeElement?.matches('main h1'),
        recordY, { timeout: WAIT_MS });

      // A new navigation from there, by a link to the list: its top again.
      await page.locator(`a[href$="/${lang}/events/"]:visible`).first().click();
      await page.waitForURL(server.url(`${lang}/events/`));
      await page.waitForFunction(() => document.activeElement?.matches('main h1') && window.scrollY === 0, null, { timeout: WAIT_MS });
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
}

test('after a reload, Back still comes back to the place and the link followed', async () => {
  const page = await newPage(browser, { viewport: VIEWPORTS.desktop });
  await page.goto(server.url('en/events/'));
  await ready(page);
  await scrollTo(page, 1100);
  const before = await scrollY(page);
  const followed = await markLinkInView(page);
  await follow(page, 'desktop', page.locator('[data-followed]'));
  await page.waitForURL((url) => url.pathname === followed.href);
  await page.waitForFunction(() => document.activeElement?.matches('main h1'), null, { timeout: WAIT_MS });
  await scrollTo(page, 150);
  await page.reload();
  await ready(page);
  // The browser restores the page file reloaded, and the app keeps it there.
  assert.ok(Math.abs(await scrollY(page) - 150) <= LINE_PX, `reloaded at ${await scrollY(page)} px`);
  await page.goBack();
  await page.waitForURL(server.url('en/events/'));
  await focusBackOn(page, followed);
  const back = await scrollY(page);
  assert.ok(Math.abs(back - before) <= LINE_PX, `Back after a reload: at ${back} px, left at ${before} px`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

/** The result links' names, in order. */
const resultNames = (page) => page.$$eval('a[data-result]', (links) => links.map((a) => a.textContent));

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const lang of LANGS) {
    test(`the search tip's keys work after a header search, and say what they do (${lang}, ${device})`, async () => {
      const page = await newPage(browser, { viewport });
      await page.goto(server.url(`${lang}/`));
      await ready(page);
      // On a narrow screen the header's box may sit behind a button: the
      // form is there either way, as its field.
      await page.fill('#header-search', 'Qingdao');
      await page.press('#header-search', 'Enter');
      await page.waitForURL(server.url(`${lang}/search/?q=Qingdao`));
      await page.waitForFunction(() => document.activeElement?.matches('main h1'), null, { timeout: WAIT_MS });
      const names = await resultNames(page);
      assert.ok(names.length > 1, names.join());

      // The tip, in the page's language, is shown (no touch screen here).
      const tip = page.locator('#search-hint');
      assert.equal(await tip.textContent(), STRINGS[lang]['search.keyboard_hint']);
      assert.ok(await tip.isVisible());
      assert.equal(await page.getAttribute('#search-page-input', 'aria-describedby'), 'search-hint');

      // ↓ from the heading goes into the results, ↓ on, ↑ back.
      await page.keyboard.press('ArrowDown');
      assert.equal((await focused(page)).text, names[0]);
      await page.keyboard.press('ArrowDown');
      assert.equal((await focused(page)).text, names[1]);
      await page.keyboard.press('ArrowUp');
      assert.equal((await focused(page)).text, names[0]);

      // Escape leaves the results for the search box, which keeps the query…
      await page.keyboard.press('Escape');
      assert.equal((await focused(page)).id, 'search-page-input');
      assert.equal(await page.inputValue('#search-page-input'), 'Qingdao');
      // …and in the box, empties it: the address and the results follow.
      await page.keyboard.press('Escape');
      assert.equal(await page.inputValue('#search-page-input'), '');
      await page.waitForURL((url) => url.pathname.endsWith(`/${lang}/search/`) && !url.searchParams.get('q'));
      await page.waitForFunction(() => !document.querySelector('a[data-result]'), null, { timeout: WAIT_MS });
      assert.equal((await focused(page)).id, 'search-page-input');

      // A second search from the header, on the search page itself: ↓ still
      // goes into the results, and Escape from the heading to the box.
      await page.fill('#header-search', 'Chengdu');
      await page.press('#header-search', 'Enter');
      await page.waitForURL(server.url(`${lang}/search/?q=Chengdu`));
      await page.waitForFunction(() => document.activeElement?.matches('main h1') && document.querySelector('a[data-result]'), null, { timeout: WAIT_MS });
      await page.keyboard.press('Escape');
      assert.equal((await focused(page)).id, 'search-page-input');
      await page.keyboard.press('ArrowDown');
      assert.equal((await focused(page)).text, (await resultNames(page))[0]);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
}

test('keyboard tips are not shown on touch screens', async () => {
  for (const lang of LANGS) {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, hasTouch: true, isMobile: true, serviceWorkers: 'block' });
    context.setDefaultTimeout(WAIT_MS);
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
    await page.goto(server.url(`${lang}/search/?q=Qingdao`));
    await ready(page);
    assert.ok(await page.evaluate(() => matchMedia('(hover: none) and (pointer: coarse)').matches));
    assert.equal(await page.locator('#search-hint').textContent(), STRINGS[lang]['search.keyboard_hint']);
    assert.equal(await page.locator('#search-hint').isVisible(), false, `${lang}: the keyboard tip shows on a touch screen`);
    // Nor does a screen reader read it out as the box's description.
    assert.equal(await page.getAttribute('#search-page-input', 'aria-describedby'), null, `${lang}: the tip describes the box`);
    // The results start below the box all the same.
    const gap = await page.evaluate(() => document.querySelector('.search-results').getBoundingClientRect().top
      - document.querySelector('#search-page-input').getBoundingClientRect().bottom);
    assert.ok(gap >= 16, `${lang}: ${gap} px between the box and the results`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
