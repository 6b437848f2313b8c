// The share panel of the list and record pages, on the release build served
// as GitHub Pages serves it:
// - the QR code, photographed from the page in light and dark, reads (with
//   jsQR, an independent decoder) as the page's canonical address, on every
//   list and record page in every language, and after client-side navigation;
// - the copy button copies that address and says so politely; the e-mail
//   link carries the title and the address; the browser's own sharing is
//   offered where it exists and hidden where not; without scripts, no button
//   that needs them shows;
// - the correction link of the record pages: absent from a build with no
//   repository (on loopback), present and prefilled in a build for GitHub
//   Pages (made here, into a temporary folder);
// - where the page file names no site address (the development server), the
//   panel shows the address in the address bar and no QR code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { publicPathOf, startServer } from './support/server.mjs';
import { newPage, ready, WAIT_MS } from './support/browser.mjs';
import { STRINGS, LANGS } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

const KINDS = ['parks', 'agreements', 'events', 'organisations'];
/** Every page with a share panel, relative to a language's home: the lists, then every record. */
const SHARED = [...KINDS.map((kind) => `${kind}/`), ...KINDS.flatMap((kind) => DATASET[kind].map((r) => `${kind}/${r.id}/`))];
/** A record's name in a language, as its page's heading and the issue's title have it. */
const recordName = (kind, id, lang) => {
  const record = DATASET[kind].find((r) => r.id === id);
  return (record.name ?? record.title)[lang];
};

/** What a page file (in the build folder `root`) has in its head: canonical address, title, repository. */
function pageFile(root, address) {
  const html = readFileSync(path.join(root, address, 'index.html'), 'utf8');
  return {
    canonical: html.match(/<link rel="canonical" href="([^"]+)">/)[1],
    repository: html.match(/<meta name="portal-repository" content="([^"]+)">/)?.[1] ?? null,
  };
}

/** What a decoder reads in a screenshot of `locator`; null when it finds no code. */
async function readQr(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  return code?.data ?? null;
}

/** The panel's QR image, once loaded. */
async function qrImage(page) {
  const img = page.locator('.share-panel .share-qr img');
  await img.waitFor({ timeout: WAIT_MS });
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle(), { timeout: WAIT_MS });
  return img;
}

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

for (const lang of LANGS) {
  test(`on every list and record page in ${lang}, the QR code on screen reads as the canonical address, light and dark`, async (t) => {
    const started = Date.now();
    // The phone's width: the code must be readable where it is shown smallest.
    const page = await newPage(browser, { viewport: { width: 390, height: 900 } });
    let read = 0;
    for (const address of SHARED) {
      const where = `${lang}/${address}`;
      const { canonical } = pageFile('dist', where);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(server.url(where));
      await ready(page);
      assert.equal(await page.textContent('.share-address span'), canonical, where);
      const img = await qrImage(page);
      assert.equal(await img.getAttribute('alt'), STRINGS[lang]['share.qr_alt'], where);
      const box = await img.boundingBox();
      assert.ok(box.width >= 160 && box.height >= 160, `${where}: the code is ${box.width} × ${box.height} px`);
      assert.equal(await readQr(img), canonical, `${where} (light)`);
      await page.emulateMedia({ colorScheme: 'dark' });
      // The page did turn dark, and the code stayed dark on white.
      assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(247, 248, 250)', where);
      assert.equal(await readQr(img), canonical, `${where} (dark)`);
      read += 2;
    }
    assert.deepEqual(page.problems, []);
    assert.equal(read, 2 * SHARED.length);
    t.diagnostic(`${read} codes read on ${read / 2} pages in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    await page.context().close();
  });
}

test('after client-side navigation the panel and its code are those of the new page', async () => {
  const page = await newPage(browser);
  const park = DATASET.parks[2];
  await page.goto(server.url('fr/parks/'));
  await ready(page);
  await page.click(`main a[href$="/fr/parks/${park.id}/"]`);
  await page.waitForFunction((name) => document.querySelector('main h1')?.textContent === name, park.name.fr, { timeout: WAIT_MS });
  const { canonical } = pageFile('dist', `fr/parks/${park.id}/`);
  assert.equal(await page.textContent('.share-address span'), canonical);
  assert.equal(await readQr(await qrImage(page)), canonical);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the copy button copies the address and says so politely; a refusal is said too', async () => {
  const page = await newPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  for (const lang of LANGS) {
    for (const address of ['events/', `organisations/${DATASET.organisations[3].id}/`]) {
      const where = `${lang}/${address}`;
      await page.goto(server.url(where));
      await ready(page);
      const status = page.locator('.share-panel [role="status"]');
      assert.equal(await status.textContent(), '');
      const copy = page.locator('.share-panel button', { hasText: STRINGS[lang]['share.copy'] });
      assert.ok(await copy.isVisible(), where);
      await copy.click();
      await page.waitForFunction((text) => document.querySelector('.share-panel [role="status"]').textContent === text,
        STRINGS[lang]['share.copied'], { timeout: WAIT_MS });
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), pageFile('dist', where).canonical, where);
    }
  }
  // A browser that refuses (no permission, no clipboard): the visitor is told to copy by hand.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  await page.goto(server.url('zh/parks/'));
  await ready(page);
  await page.click('.share-panel [data-share="copy"]');
  await page.waitForFunction((text) => document.querySelector('.share-panel [role="status"]').textContent === text,
    STRINGS.zh['share.copy_failed'], { timeout: WAIT_MS });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the e-mail link carries the page title and address; sharing is offered only where the browser has it', async () => {
  const page = await newPage(browser);
  for (const lang of LANGS) {
    for (const address of ['agreements/', `agreements/${DATASET.agreements[1].id}/`]) {
      const where = `${lang}/${address}`;
      await page.goto(server.url(where));
      await ready(page);
      const mail = page.locator('.share-panel a[href^="mailto:"]');
      assert.equal(await mail.textContent(), STRINGS[lang]['share.mail']);
      const href = await mail.getAttribute('href');
      // Spaces as %20: mail programs do not read `+` as a space.
      assert.ok(!href.includes('+') && /^mailto:\?subject=[^&]+&body=[^&]+$/.test(href), href);
      const url = new URL(href);
      assert.equal(url.searchParams.get('subject'), await page.title(), where);
      assert.equal(url.searchParams.get('body'), pageFile('dist', where).canonical, where);
      // This Chromium has no navigator.share: the button is there, hidden.
      assert.equal(await page.evaluate(() => 'share' in navigator), false);
      assert.equal(await page.locator('.share-panel [data-share="share"]').isHidden(), true, where);
    }
  }
  await page.context().close();

  // A browser with its own sharing: the button shows and hands it the page.
  const sharing = await newPage(browser);
  await sharing.addInitScript(() => {
    window.__shared = [];
    navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };
  });
  const park = DATASET.parks[0];
  await sharing.goto(server.url(`en/parks/${park.id}/`));
  await ready(sharing);
  const button = sharing.locator('.share-panel [data-share="share"]');
  assert.equal(await button.textContent(), STRINGS.en['share.native']);
  await button.click();
  assert.deepEqual(await sharing.evaluate(() => window.__shared), [
    { title: await sharing.title(), url: pageFile('dist', `en/parks/${park.id}/`).canonical },
  ]);
  assert.deepEqual(sharing.problems, []);
  await sharing.context().close();
});

test('the panel speaks the page\'s language; without scripts its buttons that need them do not show', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  const page = await newPage(browser);
  for (const lang of LANGS) {
    const s = (key) => STRINGS[lang][key];
    for (const address of ['organisations/', `events/${DATASET.events[2].id}/`]) {
      const where = `${lang}/${address}`;
      await page.goto(server.url(where));
      await ready(page);
      const panel = page.locator('.share-panel');
      assert.equal(await panel.locator('h2').textContent(), s('share.title'), where);
      assert.equal(await page.locator('#share-title').count(), 1);
      assert.equal(await panel.getAttribute('aria-labelledby'), 'share-title');
      assert.ok((await panel.locator('.share-address').textContent()).startsWith(s('share.address')), where);
      assert.equal(await panel.locator('[data-share="copy"]').textContent(), s('share.copy'));
      // A desktop: the hint to scan it, not the phone's to show it.
      assert.equal(await panel.locator('figcaption .share-qr__hint:visible').textContent(), s('share.qr_hint'));

      await plain.goto(server.url(where));
      const still = plain.locator('.share-panel');
      assert.equal(await still.locator('h2').textContent(), s('share.title'), where);
      assert.ok(await still.locator('.share-address span').isVisible());
      assert.ok(await still.locator('a[href^="mailto:"]').isVisible());
      assert.ok(await still.locator('.share-qr img').isVisible());
      // Buttons that would do nothing are not shown.
      assert.equal(await still.locator('[data-share="copy"]').isHidden(), true, where);
      assert.equal(await still.locator('[data-share="share"]').isHidden(), true, where);
    }
  }
  // Pages that are neither lists nor records have no panel.
  for (const address of ['en/', 'en/sources/', 'en/map/', 'en/search/']) {
    await page.goto(server.url(address));
    await ready(page);
    assert.equal(await page.locator('.share-panel').count(), 0, address);
  }
  await context.close();
  await page.context().close();
});

test('the record pages of this build link to a correction only if it names a repository', async () => {
  const page = await newPage(browser);
  for (const lang of LANGS) {
    for (const kind of KINDS) {
      const where = `${lang}/${kind}/${DATASET[kind][0].id}/`;
      const { repository } = pageFile('dist', where);
      await page.goto(server.url(where));
      await ready(page);
      const link = page.locator('.share-correction a');
      if (repository === null) {
        assert.equal(await link.count(), 0, where);
      } else {
        assert.ok((await link.getAttribute('href')).startsWith(`${repository}/issues/new?template=correction.yml&`), where);
      }
    }
  }
  await page.context().close();
});

test('the issue form has the fields the correction links fill in', () => {
  const form = readFileSync('.github/ISSUE_TEMPLATE/correction.yml', 'utf8');
  const ids = [...form.matchAll(/^\s+id: (\S+)$/gm)].map(([, id]) => id);
  for (const id of ['record', 'page']) assert.ok(ids.includes(id), `no field ${id} in ${ids}`);
  assert.equal(new Set(ids).size, ids.length);
});

test('a build for GitHub Pages: every record page links to a prefilled correction of its record', async (t) => {
  const started = Date.now();
  const root = mkdtempSync(path.join(tmpdir(), 'portal-pages-'));
  try {
    // The site generator over the app Trunk built for dist/ (scripts/build.sh
    // keeps it), when that was for the same public path; else a whole build.
    const site = 'https://owner.github.io/sophia-china-portal/';
    const env = { ...process.env, DIST: root, SITE_URL: site, PORTAL_REPOSITORY: '' };
    const options = { env, encoding: 'utf8', timeout: 480_000 };
    const trunk = 'target/trunk-output';
    const build = existsSync(trunk) && publicPathOf(trunk) === new URL(site).pathname
      ? (cpSync(trunk, root, { recursive: true }),
        spawnSync('cargo', ['run', '--quiet', '-p', 'portal-site', '--bin', 'static-pages', '--', root, site], options))
      : spawnSync('scripts/build.sh', options);
    assert.equal(build.status, 0, `the build failed:\n${build.stderr.slice(-3000)}`);
    t.diagnostic(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const pages = await startServer({ root });
    const page = await newPage(browser);
    const still = await browser.newContext({ javaScriptEnabled: false });
    const plain = await still.newPage();
    try {
      for (const lang of LANGS) {
        for (const kind of KINDS) {
          for (const record of DATASET[kind]) {
            const where = `${lang}/${kind}/${record.id}/`;
            const file = pageFile(root, where);
            assert.equal(file.canonical, `https://owner.github.io/sophia-china-portal/${where}`);
            assert.equal(file.repository, 'https://github.com/owner/sophia-china-portal');
            await plain.goto(pages.url(where));
            const built = await plain.getAttribute('.share-correction a', 'href');
            const issue = new URL(built);
            assert.equal(`${issue.origin}${issue.pathname}`, 'https://github.com/owner/sophia-china-portal/issues/new', where);
            assert.deepEqual(Object.fromEntries(issue.searchParams), {
              template: 'correction.yml',
              title: STRINGS[lang]['share.correction_title'].replace('{name}', recordName(kind, record.id, lang)),
              record: record.id,
              page: file.canonical,
            }, where);
            if (record === DATASET[kind][0]) {
              // The app writes the same link, in the same words.
              await page.goto(pages.url(where));
              await ready(page);
              const link = page.locator('.share-correction a');
              assert.equal(await link.getAttribute('href'), built, where);
              assert.equal(await link.textContent(), STRINGS[lang]['share.correction']);
              assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
              assert.equal(await readQr(await qrImage(page)), file.canonical, where);
            }
          }
        }
        // Lists have no record to correct.
        await plain.goto(pages.url(`${lang}/parks/`));
        assert.equal(await plain.locator('.share-correction').count(), 0);
      }
      assert.deepEqual(page.problems, []);
    } finally {
      await still.close();
      await page.context().close();
      await pages.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a page file that names no site address (the development server): the address bar\'s address, no QR code', async () => {
  const page = await newPage(browser);
  await page.route((url) => url.pathname.endsWith('/en/parks/'), async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<meta name="(site-url|portal-repository)"[^>]*>/g, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto(server.url('en/parks/?country=CN'));
  await ready(page);
  assert.equal(await page.textContent('.share-address span'), server.url('en/parks/'));
  assert.equal(await page.locator('.share-qr').count(), 0);
  const mail = new URL(await page.getAttribute('.share-panel a[href^="mailto:"]', 'href'));
  assert.equal(mail.searchParams.get('body'), server.url('en/parks/'));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('on a filtered list the panel shares what is shown: address, copy, e-mail and the browser\'s sharing carry the filters; the QR caption names the address it opens', async () => {
  const page = await newPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await page.addInitScript(() => {
    window.__shared = [];
    navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };
  });
  const park = 'chengdu-hi-tech-zone';
  for (const lang of LANGS) {
    const { canonical } = pageFile('dist', `${lang}/agreements/`);
    const filtered = `${canonical}?park=${park}`;
    await page.goto(server.url(`${lang}/agreements/?park=${park}`));
    await ready(page);
    assert.equal(await page.textContent('.share-address span'), filtered, lang);
    assert.ok((await page.textContent('.share-address')).startsWith(STRINGS[lang]['share.address_filtered']));
    await page.click('.share-panel [data-share="copy"]');
    await page.waitForFunction((text) => document.querySelector('.share-panel [role="status"]').textContent === text,
      STRINGS[lang]['share.copied'], { timeout: WAIT_MS });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), filtered);
    const mail = new URL(await page.getAttribute('.share-panel a[href^="mailto:"]', 'href'));
    assert.equal(mail.searchParams.get('body'), filtered);
    await page.click('.share-panel [data-share="share"]');
    assert.equal((await page.evaluate(() => window.__shared.at(-1))).url, filtered);
    // The code is the list's own; the caption says so, with that address.
    assert.equal(await readQr(await qrImage(page)), canonical);
    const caption = await page.textContent('.share-qr__unfiltered');
    assert.ok(caption.includes(STRINGS[lang]['share.qr_unfiltered']) && caption.includes(canonical), caption);

    // A filter changed in the page: the panel follows; all filters cleared: the plain address.
    await page.selectOption('#filter-kind', { index: 1 });
    await page.waitForURL(/kind=/);
    assert.match(await page.textContent('.share-address span'), new RegExp(`\\?park=${park}&kind=[a-z-]+$`));
    await page.click('.filters__clear');
    await page.waitForFunction((c) => document.querySelector('.share-address span')?.textContent === c, canonical, { timeout: WAIT_MS });
    assert.equal(await page.locator('.share-qr__unfiltered').count(), 0);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
