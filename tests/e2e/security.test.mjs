// Security of the pages as served: a strict Content-Security-Policy on every
// page file, no violation of it anywhere in the portal, integrity hashes on
// the app's code, and no link that hands the page to another site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { newPage, ready } from './support/browser.mjs';
import { LANGS } from './support/strings.mjs';
import { serveSite } from './support/site.mjs';

let server, browser;
serveSite((s, b) => { server = s; browser = b; });

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? htmlFiles(file) : name.endsWith('.html') ? [file] : [];
  });
}

test('every page file carries a strict policy and integrity hashes', () => {
  const files = htmlFiles('dist');
  assert.ok(files.length > 100);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1]?.replaceAll('&#39;', "'");
    assert.ok(policy, `${file} has no policy`);
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'), `${file}: the policy comes after a script`);
    const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    assert.match(scriptSrc, /^script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'$/, file);
    assert.ok(!/unsafe-inline|'unsafe-eval'|https?:|\*/.test(policy), `${file}: ${policy}`);
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /object-src 'none'/);
    // The JS module through its preload link; the wasm through the loader's
    // own fetch, which starts after the first paint (crates/site/src/head.rs).
    assert.match(html, /<link rel="modulepreload"[^>]*integrity="sha384-/, `${file}: module without integrity`);
    assert.match(html, /fetch\((['"])[^'"]+_bg\.wasm\1, \{ integrity: (['"])sha384-[A-Za-z0-9+/=]+\2 \}\)/, `${file}: wasm without integrity`);
  }
});

test('no page breaks the policy, and links to other sites cannot reach back', async () => {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const paths = [''];
  for (const dir of ['parks', 'agreements', 'events', 'organisations']) {
    const first = readdirSync(`dist/en/${dir}`).find((d) => statSync(`dist/en/${dir}/${d}`).isDirectory());
    paths.push(`${dir}/`, `${dir}/${first}/`);
  }
  paths.push('sources/', 'search/?q=chengdu', 'map/', 'timeline/', 'data/');
  for (const lang of LANGS) {
    for (const p of paths) {
      await page.goto(server.url(`${lang}/${p}`));
      await ready(page);
      await page.waitForTimeout(100);
      assert.deepEqual(await page.evaluate(() => window.__violations), [], `${lang}/${p}`);
      const external = await page.$$eval('a[href]', (as) => as
        .filter((a) => new URL(a.getAttribute('href'), location.href).origin !== location.origin)
        .filter((a) => !['noopener', 'noreferrer'].every((r) => (a.rel || '').split(/\s+/).includes(r)))
        .map((a) => a.getAttribute('href')));
      assert.deepEqual(external, [], `${lang}/${p}: external links without rel="noopener noreferrer"`);
    }
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
