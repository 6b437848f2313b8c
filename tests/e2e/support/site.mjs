// What most browser test files start from: the built site served as GitHub
// Pages serves it, a headless Chromium, and the dataset that build published.
import { before, after } from 'node:test';
import { readFileSync } from 'node:fs';
import { startServer } from './server.mjs';
import { launch } from './browser.mjs';

/** The dataset of the build under test, as published in `dist/`. */
export const DATASET = JSON.parse(readFileSync('dist/data/portal.json', 'utf8'));

/**
 * Serves `dist/` and launches Chromium before the file's tests, handing
 * both to `use`; closes them after the tests.
 */
export function serveSite(use) {
  let server, browser;
  before(async () => {
    server = await startServer();
    browser = await launch();
    use(server, browser);
  });
  after(async () => { await browser?.close(); await server?.close(); });
}
