// The portal's style sheets as the build ships them: style/*.css, written to
// target/style/, which index.html links (Trunk then hashes and copies them).
// A release build minifies them with Lightning CSS: the sources keep their
// comments for the next reader, and visitors do not download them (the three
// sheets go from 8.3 to 5.7 kB brotli). A development build copies them as
// they are. Runs before every Trunk build (a pre_build hook in Trunk.toml).
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

await mkdir(OUT, { recursive: true });
for (const name of (await readdir(SOURCE)).filter((n) => n.endsWith('.css'))) {
  const code = await readFile(path.join(SOURCE, name));
  let out = code;
  if (release) {
    // No browser targets: the rules are kept as written (no prefixes, no
    // lowering), only comments, white space and redundant syntax go.
    const result = transform({ filename: name, code, minify: true });
    for (const warning of result.warnings) console.warn(`styles: ${name}: ${warning.message}`);
    out = result.code;
  }
  await writeFile(path.join(OUT, name), out);
}
