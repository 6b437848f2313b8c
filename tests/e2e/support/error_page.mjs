// The notice a visitor gets when the dataset cannot be used, checked whole.
// The page file stays readable behind it: its heading is still the page's.
import assert from 'node:assert/strict';
import { STRINGS } from './strings.mjs';

/**
 * The data's failure on the page: the notice's title, the message for what
 * went wrong, the word that the page is shown as published, the retry, and
 * the details. `fault` is `'network'` (no answer), an HTTP status, `'damaged'`
 * (not JSON), or the problem the app's reading stopped at (`{ path, says }`),
 * which the details give with its path and message. `heading` is the page's
 * own heading, which stays.
 */
export async function assertErrorPage(page, lang, fault, heading, label) {
  const s = STRINGS[lang];
  // (The app's own render, hidden behind the page file, has one too.)
  const notice = '[data-state="error"]:visible';
  await page.waitForSelector(notice);
  assert.equal(await page.textContent('main h1'), heading, label);
  assert.equal(await page.textContent(`${notice} .data-error__title`), s['data.error_title'], label);
  const [message, effect] = await page.$$eval(`${notice} > p`, (ps) => ps.map((p) => p.textContent));
  const expected = fault === 'network' ? s['data.error_network']
    : typeof fault === 'number' ? s['data.error_status'].replace('{status}', fault)
      : fault === 'damaged' ? s['data.error_damaged']
        : s['data.error_invalid'];
  assert.equal(message, expected, label);
  assert.equal(effect, s['data.error_effect'], label);
  assert.equal(await page.locator(`${notice} button:has-text("${s['data.retry']}")`).count(), 1, label);
  const details = await page.$$eval(`${notice} details li`, (lis) => lis.map((li) => li.textContent));
  if (typeof fault !== 'object') {
    assert.deepEqual(details, [], label);
    return;
  }
  assert.equal(await page.textContent(`${notice} details summary`), s['data.details'], label);
  assert.equal(details.length, 1, label);
  assert.ok(details[0].startsWith(`${fault.path}: `), `${label}: "${details[0]}" is not at ${fault.path}`);
  for (const fragment of fault.says) assert.ok(details[0].includes(fragment), `${label}: "${details[0]}" lacks "${fragment}"`);
}
