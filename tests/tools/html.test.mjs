// Every HTML file of the build (each page file in each language, the site
// root, 404.html and the offline shell) checked by the W3C Nu HTML Checker
// (npm vnu-jar, on the Java runtime scripts/setup.sh installs): no error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const DIST = 'dist';
const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

test('the Nu HTML Checker finds no error in any HTML file of the build', () => {
  const files = htmlFiles(DIST);
  for (const needed of ['index.html', '404.html', 'offline.html', 'en/index.html', 'zh/map/index.html']) {
    assert.ok(files.includes(join(DIST, needed)), `${needed} is in the build`);
  }
  // vnu exits with 1 when it reports errors; the report is on stderr either way.
  let report;
  try {
    execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
    report = { messages: [] };
  } catch (error) {
    if (error.status !== 1) throw error;
    report = JSON.parse(error.stderr.toString());
  }
  const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
  const shown = errors
    .slice(0, 20)
    .map((m) => `${m.url.replace(/^.*?dist\//, '')}:${m.lastLine} ${m.message} ${m.extract ?? ''}`);
  assert.equal(errors.length, 0, `${errors.length} errors in ${files.length} files:\n${shown.join('\n')}`);
  assert.ok(files.length > 200, `${files.length} HTML files checked`);
});
