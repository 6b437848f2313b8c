// The interface strings, read from crates/core/locales/<lang>/*.toml and the
// page files' own from <lang>/site/*.toml,
// so tests compare the page with the translators' files rather than with
// strings copied into the tests.
import { readFileSync, readdirSync } from 'node:fs';

function parse(text) {
  const table = {};
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const header = line.match(/^\[([\w.]+)\]$/);
    if (header) { section = header[1]; continue; }
    // `key = "…"`, or `key.one = "…"` for a plural form.
    const entry = line.match(/^([\w.]+)\s*=\s*(".*")$/);
    if (!entry) throw new Error(`cannot read locale line: ${line}`);
    table[section ? `${section}.${entry[1]}` : entry[1]] = JSON.parse(entry[2]);
  }
  return table;
}

const root = new URL('../../../crates/core/locales/', import.meta.url);
export const STRINGS = Object.fromEntries(
  ['fr', 'en', 'zh'].map((code) => {
    const tables = [`${code}/`, `${code}/site/`].flatMap((path) => {
      const folder = new URL(path, root);
      const files = readdirSync(folder).filter((f) => f.endsWith('.toml'));
      return files.map((f) => parse(readFileSync(new URL(f, folder), 'utf8')));
    });
    return [code, Object.assign({}, ...tables)];
  }),
);
export const LANGS = ['fr', 'en', 'zh'];
export const HTML_LANG = { fr: 'fr', en: 'en', zh: 'zh-Hans' };
export const NATIVE_NAME = { fr: 'Français', en: 'English', zh: '中文' };

/**
 * The plural message `key` for `count` in `lang`, `{count}` and `args` filled
 * in. The form is chosen by the browser engine's own CLDR rules
 * (`Intl.PluralRules`), independently of the portal's Rust code; a language
 * with one form gives it as `key` or `key.other`.
 */
export function plural(lang, key, count, args = {}) {
  const table = STRINGS[lang];
  const form = new Intl.PluralRules(HTML_LANG[lang]).select(count);
  const text = table[`${key}.${form}`] ?? table[`${key}.other`] ?? table[key];
  if (text === undefined) throw new Error(`no plural message ${key} in ${lang}`);
  const number = new Intl.NumberFormat(HTML_LANG[lang]).format(count);
  return Object.entries({ count: number, ...args }).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, v), text);
}
