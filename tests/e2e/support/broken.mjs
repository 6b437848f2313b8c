// The broken datasets of tests/fixtures/broken.json, made from the one valid
// fixture: each case's text, and what the validator reports about it. The
// patches are applied with fast-json-patch, independently of the Rust tests'
// JSON Patch library.
import { readFileSync } from 'node:fs';
import jsonpatch from 'fast-json-patch';

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const FILE = JSON.parse(readFileSync(new URL('broken.json', FIXTURES), 'utf8'));
const BASE = readFileSync(new URL(FILE.base, FIXTURES), 'utf8');

function documentOf(c) {
  if (c.patch) {
    const doc = jsonpatch.applyPatch(JSON.parse(BASE), c.patch, true, false).newDocument;
    return JSON.stringify(doc, null, 2);
  }
  const { whole, cut_at: cutAt, replace } = c.text;
  if (whole !== undefined) return whole;
  if (cutAt) {
    const lines = BASE.split('\n');
    return [...lines.slice(0, cutAt.line - 1), [...lines[cutAt.line - 1]].slice(0, cutAt.column - 1).join('')].join('\n');
  }
  if (replace) return BASE.replace(replace[0], replace[1]);
  throw new Error(`${c.name}: no patch and no text edit`);
}

/** Every case: `{ name, what, problems: [{ path, says }], document }`. */
export const BROKEN_CASES = FILE.cases.map((c) => ({ ...c, document: documentOf(c) }));
