// The portal's style sheets as the build ships them: style/*.css, in the
// order of SHEETS, written to target/style/portal.css, which index.html links
// (Trunk then hashes and copies it): one file, one request and one integrity
// hash in each page file instead of three. A release build minifies it with
// Lightning CSS: the sources keep their comments for the next reader, and
// visitors do not download them (docs/BENCHMARK.md). A development build
// joins them as they are. Runs before every Trunk build (a pre_build hook in
// Trunk.toml).
//
//   node scripts/styles.mjs              as Trunk runs it (TRUNK_PROFILE says which build)
//   node scripts/styles.mjs --release    minified, whatever the build
import { readFile, writeFile, mkdir, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { transform } from 'lightningcss';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(root, 'style');
const OUT = path.join(root, 'target/style');

const release = process.env.TRUNK_PROFILE === 'release' || process.argv.includes('--release');

// The cascade's order: later sheets' rules win over earlier ones'.
const SHEETS = ['main.css', 'map.css', 'data.css'];

const unlisted = (await readdir(SOURCE)).filter((n) => n.endsWith('.css') && !SHEETS.includes(n));
if (unlisted.length > 0) {
  console.error(`styles: ${unlisted.join(', ')} not in SHEETS (scripts/styles.mjs): add them where they belong in the cascade`);
  process.exit(1);
}
const code = Buffer.concat(await Promise.all(SHEETS.map(async (name) => Buffer.concat([await readFile(path.join(SOURCE, name)), Buffer.from('\n')]))));
let out = code;
if (release) {
  // No browser targets: the rules are kept as written (no prefixes, no
  // lowering), only comments, white space and redundant syntax go.
  const result = transform({ filename: 'portal.css', code, minify: true });
  for (const warning of result.warnings) console.warn(`styles: ${warning.message}`);
  out = result.code;
}
await mkdir(OUT, { recursive: true });
await writeFile(path.join(OUT, 'portal.css'), out);
