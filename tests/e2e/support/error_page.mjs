// The page a visitor gets when the dataset cannot be used, checked whole.
import assert from 'node:assert/strict';
import { STRINGS, plural } from './strings.mjs';

/** How many of the validator's problems the error page lists in its details. */
const DETAILS_SHOWN = 5;

/**
 * The error page of a dataset that cannot be used: its heading, the message
 * for `problems` (a file that is not JSON gets the damaged-file message, one
 * that breaks the rules the count of its problems), the retry, and the
 * details listing the first problems with their paths and messages.
 */
export async function assertErrorPage(page, lang, fault, label) {
  const s = STRINGS[lang];
  await page.waitForSelector('[data-state="error"]');
  assert.equal(await page.textContent('main h1'), s['data.error_title'], label);
  const message = await page.textContent('[data-state="error"] h1 + p');
  const problems = Array.isArray(fault) ? fault : [];
  const expected = fault === 'network' ? s['data.error_network']
    : typeof fault === 'number' ? s['data.error_status'].replace('{status}', fault)
      : fault === 'damaged' ? s['data.error_damaged']
        : plural(lang, 'data.error_invalid', problems.length);
  assert.equal(message, expected, label);
  assert.equal(await page.locator(`[data-state="error"] button:has-text("${s['data.retry']}")`).count(), 1, label);
  const details = await page.$$eval('[data-state="error"] details li', (lis) => lis.map((li) => li.textContent));
  if (!Array.isArray(fault)) {
    assert.deepEqual(details, [], label);
    return;
  }
  assert.equal(await page.textContent('[data-state="error"] details summary'), s['data.details'], label);
  assert.equal(details.length, Math.min(problems.length, DETAILS_SHOWN), label);
  details.forEach((line, i) => {
    assert.ok(line.startsWith(`${problems[i].path}: `), `${label}: "${line}" is not at ${problems[i].path}`);
    for (const fragment of problems[i].says) assert.ok(line.includes(fragment), `${label}: "${line}" lacks "${fragment}"`);
  });
}

