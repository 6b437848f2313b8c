// Synthetic datasets for the benchmark: the shipped public/data/portal.json
// copied N times. Copy 1 keeps the shipped ids; copy k ≥ 2 suffixes every id
// with `-c<k>` and points every reference inside it (sources, topics, parks,
// organisations, people, agreements, events) at the same copy's records, so
// each copy is a self-contained, valid dataset and their union is too: ids
// stay slugs and unique, every reference resolves, every source and topic is
// used. Texts are the shipped ones, in all three languages.
//
//   node bench/synth.mjs <copies> <out.json> [<portal.json>]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const COLLECTIONS = ['sources', 'topics', 'parks', 'organisations', 'people', 'agreements', 'events'];

// Keys whose values are record ids (a string, or a list of strings), wherever
// they appear inside a record: `sources` also in key figures; `park` and
// `organisation` also as the one key of a party (`{"park": id}`). Mirrors the
// `Ref` fields of the schema in crates/site/src/validate/shape.rs.
const REFERENCE_KEYS = new Set([
  'sources', 'sectors', 'topics', 'people', 'agreements', 'parks', 'park', 'organisation', 'event',
]);

/** The dataset with every record copied `copies` times (see above). */
export function synthesize(dataset, copies) {
  const out = { version: dataset.version };
  for (const key of COLLECTIONS) out[key] = [];
  for (let k = 1; k <= copies; k += 1) {
    const suffix = k === 1 ? '' : `-c${k}`;
    const rename = (id) => id + suffix;
    const remap = (value, key) => {
      if (Array.isArray(value)) return value.map((v) => remap(v, key));
      if (value !== null && typeof value === 'object') {
        const copy = {};
        for (const [k2, v] of Object.entries(value)) copy[k2] = remap(v, k2);
        return copy;
      }
      return typeof value === 'string' && REFERENCE_KEYS.has(key) ? rename(value) : value;
    };
    for (const key of COLLECTIONS) {
      for (const record of dataset[key]) {
        const copy = remap(record, null);
        copy.id = rename(record.id);
        out[key].push(copy);
      }
    }
  }
  return out;
}

/**
 * Checks what the generator promises (unique slug ids, every reference
 * resolving in its collection) and returns the record count; throws otherwise.
 */
export function check(dataset) {
  const ids = {};
  let records = 0;
  for (const key of COLLECTIONS) {
    ids[key] = new Set();
    for (const r of dataset[key]) {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.id) || r.id.length > 100) throw new Error(`not a slug: ${r.id}`);
      if (ids[key].has(r.id)) throw new Error(`duplicate ${key} id ${r.id}`);
      ids[key].add(r.id);
      records += 1;
    }
  }
  const target = {
    sources: 'sources', sectors: 'topics', topics: 'topics', people: 'people', agreements: 'agreements',
    parks: 'parks', park: 'parks', organisation: 'organisations', event: 'events',
  };
  const walk = (value, key, where) => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, key, where));
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k, where);
    } else if (typeof value === 'string' && target[key] && !ids[target[key]].has(value)) {
      throw new Error(`${where}: ${key} \`${value}\` does not resolve`);
    }
  };
  for (const key of COLLECTIONS) {
    for (const r of dataset[key]) {
      const { id, ...rest } = r;
      walk(rest, null, `${key}/${id}`);
    }
  }
  return records;
}

/** The dataset as the shipped file is written: two-space JSON and a newline. */
export function serialize(dataset) {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [copies, out, source = new URL('../public/data/portal.json', import.meta.url)] = process.argv.slice(2);
  if (!(Number(copies) >= 1) || !out) {
    console.error('usage: node bench/synth.mjs <copies> <out.json> [<portal.json>]');
    process.exit(2);
  }
  const data = synthesize(JSON.parse(readFileSync(source, 'utf8')), Number(copies));
  const records = check(data);
  writeFileSync(out, serialize(data));
  console.log(`${out}: ${copies}× — ${records} records`);
}
