// The wasm's size by crate, so that growth shows where it comes from.
//
// Reads a module whose function names were kept through wasm-opt (`-g`): the
// code of each function is put to the crate its name starts with (for an
// impl, `<tachys::… as …>`, the implementing type's crate), and the data
// segments (strings, tables) to one line of their own. Sizes are bytes of the
// optimised module, before compression; the share of each crate is also an
// estimate of its share of the brotli size.
//
//   node bench/wasm-size.mjs named.wasm      prints the table
import { readFileSync } from 'node:fs';

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  let i = at;
  for (;;) {
    const byte = bytes[i++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, i];
  }
}

function text(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [new TextDecoder().decode(bytes.subarray(start, start + length)), start + length];
}

/** The sections of a module: `{ id, name, start, end }`. */
function sections(bytes) {
  const out = [];
  let i = 8;
  while (i < bytes.length) {
    const id = bytes[i];
    const [size, start] = leb(bytes, i + 1);
    let name = null;
    if (id === 0) [name] = text(bytes, start);
    out.push({ id, name, start, end: start + size });
    i = start + size;
  }
  return out;
}

/** The crate a (demangled) function name belongs to. */
export function crateOf(name) {
  const strip = (s) => s.replace(/^&(mut )?/, '').trim();
  const crate = (s) => /^([a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::/.exec(strip(s))?.[1];
  if (name.startsWith('<')) {
    const [self, trait] = name.slice(1).split(/ as /);
    const own = crate(self.split('>')[0]);
    if (own && !['core', 'alloc', 'std'].includes(own)) return own;
    return crate(trait ?? '') ?? own ?? 'other';
  }
  return crate(name) ?? 'other';
}

/** Bytes per crate (and `data` for the data segments) of a module with names. */
export function sizeByCrate(path) {
  const bytes = readFileSync(path);
  const all = sections(bytes);
  let imported = 0;
  const importSection = all.find((s) => s.id === 2);
  if (importSection) {
    let [count, i] = leb(bytes, importSection.start);
    for (; count > 0; count--) {
      [, i] = text(bytes, i);
      [, i] = text(bytes, i);
      const kind = bytes[i++];
      if (kind === 0) { [, i] = leb(bytes, i); imported++; }
      else if (kind === 1) { i += 1; const flags = bytes[i++]; [, i] = leb(bytes, i); if (flags & 1) [, i] = leb(bytes, i); }
      else if (kind === 2) { const flags = bytes[i++]; [, i] = leb(bytes, i); if (flags & 1) [, i] = leb(bytes, i); }
      else if (kind === 3) i += 2;
      else if (kind === 4) { i += 1; [, i] = leb(bytes, i); }
    }
  }
  const names = new Map();
  const nameSection = all.find((s) => s.id === 0 && s.name === 'name');
  if (nameSection) {
    let [, i] = text(bytes, nameSection.start);
    while (i < nameSection.end) {
      const sub = bytes[i];
      const [size, start] = leb(bytes, i + 1);
      if (sub === 1) {
        let [count, j] = leb(bytes, start);
        for (; count > 0; count--) {
          let index;
          [index, j] = leb(bytes, j);
          let name;
          [name, j] = text(bytes, j);
          names.set(index, name);
        }
      }
      i = start + size;
    }
  }
  const sizes = new Map();
  const add = (key, n) => sizes.set(key, (sizes.get(key) ?? 0) + n);
  const code = all.find((s) => s.id === 10);
  if (code) {
    let [count, i] = leb(bytes, code.start);
    for (let f = 0; f < count; f++) {
      const [size, body] = leb(bytes, i);
      add(crateOf(names.get(imported + f) ?? 'other'), body + size - i);
      i = body + size;
    }
  }
  for (const s of all.filter((x) => x.id === 11)) add('data (strings, tables)', s.end - s.start);
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  return { total, crates: [...sizes.entries()].sort((a, b) => b[1] - a[1]) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const { total, crates } = sizeByCrate(process.argv[2]);
  for (const [crate, bytes] of crates) console.log(`${String(bytes).padStart(9)}  ${(100 * bytes / total).toFixed(1).padStart(5)} %  ${crate}`);
  console.log(`${String(total).padStart(9)}  100.0 %  code and data`);
}
