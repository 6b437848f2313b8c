// The link-preview images as a link preview finds them: every page file's
// og:image (and Twitter image) answers, on the built site, with a PNG of
// 1200 × 630 under 60 KB; the app drops the tags once it runs, a visitor's
// browser never downloads the images, and the offline worker does not keep them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { newPage, ready } from './support/browser.mjs';
import { LANGS, STRINGS } from './support/strings.mjs';
import { DATASET, serveSite } from './support/site.mjs';

const MAX_BYTES = 60 * 1024;

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

/** Every record page under a language: `parks/<id>/`, … */
const RECORD_PATHS = ['parks', 'agreements', 'events', 'organisations']
  .flatMap((type) => DATASET[type].map((record) => `${type}/${record.id}/`));

/** The `content` of the head's `<meta>` whose `key` attribute is `value`, as the raw file has it. */
function meta(html, key, value) {
  return html.match(new RegExp(`<meta ${key}="${value}" content="([^"]*)">`))?.[1];
}

/** Width and height from a PNG's signature and header chunk. */
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

/**
 * An absolute address of the build's site (SITE_URL, whose host is not this
 * server's) as the test server serves it: the same path under the public path.
 */
function served(address) {
  const { pathname } = new URL(address);
  assert.ok(pathname.startsWith(server.base), address);
  return server.url(pathname.slice(server.base.length));
}

/** Fetches a page file and checks the image its head names; returns the image's address. */
async function checkPage(lang, path, images) {
  const html = await (await fetch(server.url(`${lang}/${path}`))).text();
  const image = meta(html, 'property', 'og:image');
  const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)[1];
  assert.equal(new URL(image).origin, new URL(canonical).origin, `${lang}/${path}: ${image}`);
  assert.equal(meta(html, 'property', 'og:image:type'), 'image/png');
  assert.equal(meta(html, 'property', 'og:image:width'), '1200');
  assert.equal(meta(html, 'property', 'og:image:height'), '630');
  const alt = meta(html, 'property', 'og:image:alt');
  assert.ok(alt?.length > 3, `${lang}/${path}: alt ${alt}`);
  assert.equal(meta(html, 'name', 'twitter:card'), 'summary_large_image');
  assert.equal(meta(html, 'name', 'twitter:image'), image);
  assert.equal(meta(html, 'name', 'twitter:image:alt'), alt);
  if (!images.has(image)) {
    const response = await fetch(served(image));
    assert.equal(response.status, 200, image);
    assert.equal(response.headers.get('content-type'), 'image/png', image);
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual(pngSize(bytes), [1200, 630], image);
    assert.ok(bytes.length <= MAX_BYTES, `${image}: ${bytes.length} bytes`);
    images.set(image, bytes.length);
  }
  return { image, alt };
}

test('every record page names its own image, a PNG of 1200 × 630 under 60 KB, in each language', async () => {
  const images = new Map();
  for (const lang of LANGS) {
    for (const path of RECORD_PATHS) {
      const { image, alt } = await checkPage(lang, path, images);
      assert.ok(image.endsWith(`/${lang}/${path}preview.png`), image);
      const type = STRINGS[lang][`record.${path.split('/')[0].slice(0, -1)}`];
      assert.ok(alt.startsWith(type), `${lang}/${path}: ${alt} (${type})`);
    }
  }
  assert.equal(images.size, RECORD_PATHS.length * LANGS.length);
});

test("the other pages name the portal's image of their language", async () => {
  const images = new Map();
  for (const lang of LANGS) {
    for (const path of ['', 'parks/', 'events/', 'sources/', 'map/', 'timeline/', 'data/']) {
      const { image } = await checkPage(lang, path, images);
      assert.ok(image.endsWith(`/${lang}/preview.png`), image);
    }
  }
  assert.equal(images.size, LANGS.length);
});

test('a visitor downloads no image: the app drops the preview tags, the offline worker keeps none', async () => {
  const page = await newPage(browser);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  for (const lang of LANGS) {
    await page.goto(server.url(`${lang}/${RECORD_PATHS[0]}`));
    await ready(page);
    const left = await page.evaluate(() => document.querySelectorAll("meta[property^='og:'], meta[name^='twitter:']").length);
    assert.equal(left, 0, lang);
  }
  assert.deepEqual(requests.filter((url) => /\.png(\?|$)/.test(url)), []);
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== server.origin), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
  const worker = readFileSync('dist/sw.js', 'utf8');
  assert.ok(!worker.includes('.png'), 'the offline worker lists an image');
});
