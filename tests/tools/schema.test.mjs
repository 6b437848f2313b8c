// The dataset's published JSON Schema (public/data/portal.schema.json, made
// from the Rust model) checked with a validator that is not the portal's:
// Ajv, in its draft 2020-12 mode. It must be a valid draft 2020-12 schema,
// accept the shipped dataset and reject each kind of broken variant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const SCHEMA = JSON.parse(readFileSync('public/data/portal.schema.json', 'utf8'));
const DATASET = JSON.parse(readFileSync('public/data/portal.json', 'utf8'));

// `strict: true` rejects unknown keywords; the schema's own annotations
// (`x-references`: which fields name records) are declared as such.
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addKeyword({ keyword: 'x-references', schemaType: 'string' });

test('the schema is a valid draft 2020-12 schema', () => {
  assert.equal(SCHEMA.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.ok(ajv.validateSchema(SCHEMA), JSON.stringify(ajv.errors));
});

const validate = ajv.compile(SCHEMA);

test('the shipped dataset follows its schema', () => {
  assert.equal(DATASET.$schema, 'portal.schema.json');
  assert.ok(validate(DATASET), JSON.stringify(validate.errors, null, 1));
});

/** Each broken variant: what is wrong, the change, and where Ajv must see it. */
const BROKEN = [
  ['a kind outside the vocabulary', (d) => { d.events[0].kind = 'party'; }, '/events/0/kind'],
  ['a missing translation', (d) => { delete d.parks[0].name.zh; }, '/parks/0/name'],
  ['an empty translation', (d) => { d.organisations[0].description.fr = ''; }, '/organisations/0/description/fr'],
  ['a blank translation', (d) => { d.organisations[0].description.fr = '   '; }, '/organisations/0/description/fr'],
  ['an upper-case id', (d) => { d.people[0].id = 'Jean-Dupont'; }, '/people/0/id'],
  ['month 13', (d) => { d.parks.find((p) => p.founded).founded.month = 13; }, '/founded/month'],
  ['an unknown field', (d) => { d.topics[0].colour = 'red'; }, '/topics/0'],
  ['a wrong type', (d) => { d.parks[0].location.lat = '43.6'; }, '/parks/0/location/lat'],
  ['a country that is not ISO 3166-1', (d) => { d.parks[1].country = 'UK'; }, '/parks/1/country'],
  ['a country given by name', (d) => { d.parks[1].country = 'China'; }, '/parks/1/country'],
  ['a wrong version', (d) => { d.version = 2; }, '/version'],
  ['sources that are not a list', (d) => { d.agreements[0].sources = d.agreements[0].sources[0]; }, '/agreements/0/sources'],
  ['a record without any source', (d) => { d.events[0].sources = []; }, '/events/0/sources'],
  ['an agreement with one party', (d) => { d.agreements[0].parties = d.agreements[0].parties.slice(0, 1); }, '/agreements/0/parties'],
  ['a latitude beyond the pole', (d) => { d.parks[0].location.lat = 95.5; }, '/parks/0/location/lat'],
  ['a language tag with an underscore', (d) => { d.parks[1].local_name_lang = 'zh_Hans'; }, '/parks/1/local_name_lang'],
];

for (const [what, change, where] of BROKEN) {
  test(`the schema rejects ${what}`, () => {
    const broken = structuredClone(DATASET);
    change(broken);
    assert.equal(validate(broken), false, `${what} was accepted`);
    const places = validate.errors.map((e) => e.instancePath);
    assert.ok(places.some((p) => p.endsWith(where) || p.includes(`${where}/`)), `${what}: errors at ${places.join(', ')}`);
  });
}
