// A second deploy made from the tested build, as a new release would look to
// a returning visitor: the dataset says something else, and the app's code
// has another content hash, hence other file names and integrity hashes
// throughout the page files, their Content-Security-Policy and the offline
// worker. Building the portal a second time would take minutes; this takes
// milliseconds and changes exactly what a deploy changes.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';

const digest = (algorithm, data) => createHash(algorithm).update(data).digest('base64');

/** Unsigned LEB128, as WebAssembly writes sizes. */
function leb128(n) {
  const bytes = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    bytes.push(byte);
  } while (n);
  return Buffer.from(bytes);
}

/** `wasm` with a custom section appended: still a valid module, with other bytes. */
function withCustomSection(wasm, name, payload) {
  const label = Buffer.from(name);
  const body = Buffer.concat([leb128(label.length), label, Buffer.from(payload)]);
  return Buffer.concat([wasm, Buffer.from([0]), leb128(body.length), body]);
}

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

/** The inline scripts of a page, as the policy hashes them. */
const inlineScripts = (html) => [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

/**
 * Copies the build in `from` to a new temporary folder and turns it into the
 * next deploy: `changeDataset(dataset)` edits the dataset, and the app's
 * wasm and JavaScript get a new content hash. Returns the folder, the old and
 * new wasm file names, and `remove()`.
 */
export function nextDeploy(from, changeDataset) {
  const root = mkdtempSync(path.join(tmpdir(), 'portal-deploy-'));
  cpSync(from, root, { recursive: true });

  const datasetFile = path.join(root, 'data', 'portal.json');
  const dataset = JSON.parse(readFileSync(datasetFile, 'utf8'));
  changeDataset(dataset);
  writeFileSync(datasetFile, JSON.stringify(dataset));

  const oldWasm = readdirSync(root).find((f) => f.endsWith('_bg.wasm'));
  const [, stem, oldHash] = oldWasm.match(/^(.*)-([0-9a-f]+)_bg\.wasm$/);
  const wasmBytes = withCustomSection(readFileSync(path.join(root, oldWasm)), 'portal-deploy', `next after ${oldHash}`);
  const newHash = createHash('sha256').update(wasmBytes).digest('hex').slice(0, oldHash.length);
  const newWasm = `${stem}-${newHash}_bg.wasm`;
  writeFileSync(path.join(root, newWasm), wasmBytes);
  rmSync(path.join(root, oldWasm));
  const oldJs = `${stem}-${oldHash}.js`;
  const newJs = `${stem}-${newHash}.js`;
  writeFileSync(path.join(root, newJs), readFileSync(path.join(root, oldJs)));
  rmSync(path.join(root, oldJs));

  const oldIntegrity = `sha384-${digest('sha384', readFileSync(path.join(from, oldWasm)))}`;
  const newIntegrity = `sha384-${digest('sha384', wasmBytes)}`;
  const rename = (text) => text.replaceAll(oldWasm, newWasm).replaceAll(oldJs, newJs).replaceAll(oldIntegrity, newIntegrity);

  for (const file of files(root)) {
    if (file.endsWith('.html')) {
      let html = readFileSync(file, 'utf8');
      const before = inlineScripts(html);
      html = rename(html);
      // The policy allows the inline loader by its hash, which changed with the file names.
      inlineScripts(html).forEach((script, i) => {
        html = html.replaceAll(`'sha256-${digest('sha256', before[i])}'`, `'sha256-${digest('sha256', script)}'`);
      });
      writeFileSync(file, html);
    } else if (path.basename(file) === 'sw.js') {
      const worker = rename(readFileSync(file, 'utf8')).replace(/const CACHE = "portal-([0-9a-f]+)";/, `const CACHE = "portal-${newHash}";`);
      writeFileSync(file, worker);
    }
  }
  const cacheOf = (dir) => readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/const CACHE = "([^"]+)";/)[1];
  return {
    root, oldWasm, newWasm, oldCache: cacheOf(from), newCache: cacheOf(root),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
