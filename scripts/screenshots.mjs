// Screenshots of portal pages in every language, for a person to look at:
//   node scripts/screenshots.mjs [--phone] [--dark] [--no-scripts] [--first-screen] path ...
//   (paths without language, e.g. "" "parks"; --no-scripts shows the page files
//   as read without JavaScript, --first-screen what shows before scrolling)
// Serves dist/ and writes PNGs to tests/e2e/artifacts/screenshots/.
import { mkdir } from 'node:fs/promises';
import { startServer } from '../tests/e2e/support/server.mjs';
import { launch, newPage, ready } from '../tests/e2e/support/browser.mjs';

const args = process.argv.slice(2);
const phone = args.includes('--phone');
const dark = args.includes('--dark');
const scripts = !args.includes('--no-scripts');
const firstScreen = args.includes('--first-screen');
const paths = args.filter((a) => !a.startsWith('--'));
const viewport = phone ? { width: 390, height: 844 } : { width: 1280, height: 900 };
const out = new URL('../tests/e2e/artifacts/screenshots/', import.meta.url);
await mkdir(out, { recursive: true });

const server = await startServer();
const browser = await launch();
try {
  for (const path of paths.length ? paths : ['']) {
    for (const lang of ['fr', 'en', 'zh']) {
      const page = await newPage(browser, { viewport, javaScriptEnabled: scripts });
      if (dark) await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(server.url(`${lang}/${path}`));
      if (scripts) await ready(page); else await page.waitForSelector('main h1');
      await page.waitForTimeout(300);
      const variant = `${phone ? '-phone' : ''}${dark ? '-dark' : ''}${scripts ? '' : '-noscript'}${firstScreen ? '-first' : ''}`;
      const name = `${lang}-${(path || 'home').replace(/[^a-z0-9-]+/gi, '_')}${variant}.png`;
      await page.screenshot({ path: new URL(name, out).pathname, fullPage: !firstScreen });
      if (page.problems.length) console.error(name, page.problems);
      console.log(new URL(name, out).pathname);
      await page.context().close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
