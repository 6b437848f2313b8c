// The app's wasm and wasm-bindgen's JavaScript glue, made smaller after
// Trunk's build of a release (a post_build hook in Trunk.toml; the benchmark's
// baseline app runs it too, see bench/baseline/Trunk.toml):
//
// - the wasm goes through wasm-opt (Trunk's own run is off, index.html):
//   four rounds of -Oz around a restructuring of the control flow (flatten,
//   rereloop), each of which still finds code to remove; and its imports and
//   exports get short names. wasm-bindgen names each import after a hash of
//   16 hexadecimal digits, some 230 of them, which no compressor can shorten,
//   in the wasm and again in the glue;
// - the glue gets the same names, then is minified by terser (Trunk's own
//   minification would also rewrite index.html, whose markup the site
//   generator reads);
// - index.html gets the new integrity hashes of both.
//
// A development build (trunk serve) is left as it is.
//
//   node scripts/compact-app.mjs          as Trunk runs it (TRUNK_PROFILE, TRUNK_STAGING_DIR)
//   node scripts/compact-app.mjs DIR      compacts the build in DIR, whatever the build
//   node scripts/compact-app.mjs --flags  prints the wasm-opt flags (scripts/bench.sh)
import { readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { minify } from 'terser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the wasm may use (as the browsers the portal supports have it), and the optimisation. */
export const WASM_OPT_FLAGS = [
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
  // Rust's data and stack lie above the lowest kilobyte: smaller address arithmetic.
  '--low-memory-unused',
  '-Oz', '-Oz', '--flatten', '--rereloop', '-Oz', '-Oz',
];

if (process.argv[2] === '--flags') {
  console.log(WASM_OPT_FLAGS.join(' '));
  process.exit(0);
}
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('usage: compact-app.mjs DIR (or run as a Trunk hook, which sets TRUNK_STAGING_DIR)');
  process.exit(2);
}
if (!process.argv[2] && process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const fail = (message) => {
  console.error(`compact-app: ${message}`);
  process.exit(1);
};

const indexPath = path.join(dir, 'index.html');
let index = await readFile(indexPath, 'utf8');

/** The `<link>` to a file of the build with an integrity hash, by its rel and extension. */
function linked(rel, extension) {
  const tags = [...index.matchAll(/<link [^>]*>/g)].map((m) => m[0])
    .filter((tag) => tag.includes(`rel="${rel}"`) && new RegExp(`href="[^"]*${extension}"`).test(tag));
  if (tags.length !== 1) fail(`expected one <link rel="${rel}"> to a ${extension} file in index.html, found ${tags.length}`);
  const href = tags[0].match(/href="([^"]*)"/)[1];
  return { tag: tags[0], file: path.join(dir, path.basename(href)) };
}

function withIntegrity(link, content) {
  if (!/integrity="[^"]*"/.test(link.tag)) fail(`${path.basename(link.file)} has no integrity hash in index.html`);
  const hash = `sha384-${createHash('sha384').update(content).digest('base64')}`;
  index = index.replace(link.tag, link.tag.replace(/integrity="[^"]*"/, `integrity="${hash}"`));
}

// The wasm: optimised, and its imports and exports renamed; wasm-opt prints
// the new names ({"imports": [[module, name, new]…], "exports": [[name, new]…]}).
const wasm = linked('preload', '_bg.wasm');
const wasmOpt = path.join(root, 'node_modules/.bin/wasm-opt');
const names = JSON.parse(execFileSync(wasmOpt, [
  wasm.file, ...WASM_OPT_FLAGS, '--minify-imports-and-exports-and-modules', '-o', wasm.file,
], { encoding: 'utf8', maxBuffer: 1 << 24 }));
const imports = new Map(names.imports.map(([, name, short]) => [name, short]));
const exports = new Map(names.exports);
const compacted = await readFile(wasm.file);
// The module name the wasm now imports from (wasm-opt prints only the functions' new names).
const after = WebAssembly.Module.imports(new WebAssembly.Module(compacted)).map((i) => i.module);
const modules = { before: new Set(names.imports.map(([module]) => module)), after: new Set(after) };
if (modules.before.size !== 1 || modules.after.size !== 1) fail('expected the wasm to import from one module, the glue');
const [module] = modules.before;
const [shortModule] = modules.after;

// The glue: the same names. Its imports are the keys of one object
// (`name: function(…) {`), its uses of the exports `wasm.name`; a name
// the mapping lacks, or one left over, means the glue is not the shape this
// expects (another wasm-bindgen version, say), and the build stops.
const glue = linked('modulepreload', '.js');
let source = await readFile(glue.file, 'utf8');
let renamed = 0;
source = source.replace(/^(\s+)([A-Za-z_$][\w$]*)(: function\()/gm, (whole, indent, name, rest) => {
  if (!imports.has(name)) return whole;
  renamed += 1;
  return `${indent}${imports.get(name)}${rest}`;
});
if (renamed !== imports.size) fail(`renamed ${renamed} of the wasm's ${imports.size} imports in the glue`);
const moduleKey = `${JSON.stringify(module)}: import0`;
if (source.split(moduleKey).length !== 2) fail(`the glue does not pass its imports as ${moduleKey}`);
source = source.replace(moduleKey, `${JSON.stringify(shortModule)}: import0`);
source = source.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (whole, name) => {
  if (!exports.has(name)) fail(`the glue uses wasm.${name}, which the wasm does not export`);
  return `wasm.${exports.get(name)}`;
});
const { code } = await minify(source, { module: true, compress: true, mangle: true });

await writeFile(glue.file, code);
withIntegrity(glue, code);
withIntegrity(wasm, compacted);
await writeFile(indexPath, index);
