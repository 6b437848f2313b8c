// wasm-bindgen's JavaScript glue, minified in a release build (terser): it
// goes from 8.6 to 6.9 kB brotli, on every first visit. Trunk's own
// minification cannot be used here: it also rewrites index.html, whose
// markup the site generator reads. Runs after every Trunk build (a
// post_build hook in Trunk.toml), on the build's staging folder, and updates
// the integrity hash of the glue's <link rel="modulepreload"> in index.html.
// A development build is left as it is.
//
//   node scripts/minify-glue.mjs          as Trunk runs it (TRUNK_PROFILE, TRUNK_STAGING_DIR)
//   node scripts/minify-glue.mjs DIR      minifies the build in DIR, whatever the build
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('usage: minify-glue.mjs DIR (or run as a Trunk hook, which sets TRUNK_STAGING_DIR)');
  process.exit(2);
}
if (!process.argv[2] && process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const indexPath = path.join(dir, 'index.html');
let index = await readFile(indexPath, 'utf8');
const modules = (await readdir(dir)).filter((name) => name.endsWith('.js') && index.includes(`/${name}"`));
if (modules.length !== 1) {
  console.error(`minify-glue: expected one glue module linked from index.html, found ${modules.length}`);
  process.exit(1);
}
const name = modules[0];
const source = await readFile(path.join(dir, name), 'utf8');
// Names the glue exports and the wasm imports (object keys) are kept: terser
// renames local variables only and leaves property names alone.
const { code } = await minify(source, { module: true, compress: true, mangle: true });
await writeFile(path.join(dir, name), code);

const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
const link = new RegExp(`(<link rel="modulepreload" href="[^"]*/${name.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]*(")`);
if (!link.test(index)) {
  console.error(`minify-glue: no modulepreload link with an integrity hash for ${name} in index.html`);
  process.exit(1);
}
index = index.replace(link, `$1${integrity}$2`);
await writeFile(indexPath, index);
