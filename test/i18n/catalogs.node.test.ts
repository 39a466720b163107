import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as en from '../../src/i18n/languages/en.js';
import * as ru from '../../src/i18n/languages/ru.js';
import * as zh from '../../src/i18n/languages/zh.js';
import { format, type LanguageFile, type Section } from '../../src/i18n/catalog.js';
import { BUILT_IN, LANGUAGES, isBuiltIn, type Language } from '../../src/core/languages.js';
import { loadLanguageFile } from '../../src/i18n/load.js';
import { SCO_STATES } from '../../src/sco/states.js';

/** The sections, as the English has them. */
const SECTIONS = Object.keys(en) as Section[];

/** Every string of a section tree by its dotted key. */
function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof tree !== 'object' || tree === null) return out.set(prefix, tree);
  for (const [key, value] of Object.entries(tree)) for (const [k, v] of flatten(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{([\w-]+)\}/g)].map((m) => m[1]).sort();

const builtIn: Record<string, LanguageFile> = { en, ru, zh };
const fileOf = async (language: Language): Promise<LanguageFile> => (isBuiltIn(language) ? builtIn[language]! : await loadLanguageFile(language));

/** The script each language's own words are written in. */
const SCRIPT: Record<Language, RegExp> = {
  en: /\p{Script=Latin}/u,
  ru: /\p{Script=Cyrillic}/u,
  zh: /\p{Script=Han}/u,
  kk: /\p{Script=Cyrillic}/u,
  ky: /\p{Script=Cyrillic}/u,
  tg: /\p{Script=Cyrillic}/u,
  uz: /\p{Script=Latin}/u,
  hi: /\p{Script=Devanagari}/u,
  ur: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  be: /\p{Script=Cyrillic}/u,
  ar: /\p{Script=Arabic}/u,
  tr: /\p{Script=Latin}/u,
  mn: /\p{Script=Cyrillic}/u,
  hy: /\p{Script=Armenian}/u,
  az: /\p{Script=Latin}/u,
};

/** Languages whose data Chromium lacks (checked per language in Chromium 156): they ship names and a stand-in locale. */
const GAPS: readonly Language[] = ['kk', 'ky', 'tg', 'uz', 'be', 'mn', 'hy', 'az'];

const english = new Map(SECTIONS.map((section) => [section, flatten(en[section])]));

describe('the language files', () => {
  it('list the ten members’ languages and the five partners’, with en, ru and zh built in', () => {
    assert.deepEqual([...LANGUAGES].sort(), ['ar', 'az', 'be', 'en', 'fa', 'hi', 'hy', 'kk', 'ky', 'mn', 'ru', 'tg', 'tr', 'ur', 'uz', 'zh']);
    assert.deepEqual([...BUILT_IN], ['en', 'ru', 'zh']);
  });

  it('are one file per language, and the built-in sections one module per section that only re-exports it', () => {
    assert.deepEqual(readdirSync('src/i18n/languages').sort(), LANGUAGES.map((language) => `${language}.ts`).sort());
    const modules = readdirSync('src/i18n/built-in');
    const sectionOf = (file: string) => file.replace(/\.ts$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    assert.deepEqual(modules.map(sectionOf).sort(), [...SECTIONS].sort());
    for (const file of modules) {
      const code = readFileSync(`src/i18n/built-in/${file}`, 'utf8')
        .split('\n')
        .filter((line) => line && !line.startsWith('/**'));
      const section = sectionOf(file);
      assert.deepEqual(
        code,
        BUILT_IN.map((language) => `export { ${section} as ${language} } from '../languages/${language}.js';`),
        file,
      );
    }
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      it('has every key of the English and no other, each a non-empty string with the same placeholders', async () => {
        const file = await fileOf(language);
        for (const section of SECTIONS) {
          const theirs = flatten(file[section]);
          const ours = english.get(section)!;
          assert.deepEqual([...theirs.keys()].sort(), [...ours.keys()].sort(), `${language}: keys of ${section}`);
          for (const [key, source] of ours) {
            const text = theirs.get(key);
            assert.equal(typeof text, 'string', `${language}: ${section}.${key}`);
            assert.ok((text as string).trim(), `${language}: ${section}.${key} is empty`);
            assert.deepEqual(placeholders(text as string), placeholders(source as string), `${language}: placeholders of ${section}.${key}`);
            // A leading or trailing space is part of how the string joins its neighbours (in Chinese, full-width punctuation is).
            assert.equal(
              /^[\s\p{Script=Han}\u3001-\u303f\uff00-\uffef]/u.test(text as string) || !/^\s/.test(source as string),
              true,
              `${language}: leading space of ${section}.${key}`,
            );
            assert.equal(
              /\s$/.test(text as string) || !/\s$/.test(source as string) || /[\u3000-\u303f\uff00-\uffef]$/.test(text as string),
              true,
              `${language}: trailing space of ${section}.${key}`,
            );
            if (!/^\s/.test(source as string)) assert.doesNotMatch(text as string, /^\s/, `${language}: no leading space in ${section}.${key}`);
          }
        }
      });

      it('leaves no placeholder unfilled once its values are given', async () => {
        const file = await fileOf(language);
        for (const section of SECTIONS) {
          for (const [key, text] of flatten(file[section])) {
            const values = Object.fromEntries(placeholders(text as string).map((name) => [name, 'X']));
            assert.doesNotMatch(format(text as string, values), /[{}]/, `${language}: ${section}.${key}`);
          }
        }
      });

      it('writes its words in its own script, and every capital’s name', async () => {
        const file = await fileOf(language);
        const script = SCRIPT[language];
        for (const section of SECTIONS) {
          for (const [key, text] of flatten(file[section])) {
            // What is left once placeholders, attribute names and examples are set aside.
            const words = (text as string)
              .replace(/\{[\w-]+\}/g, '')
              .replace(
                /\b[a-z-]+="[^"]*"|\b(?:YYYY-MM-DD|ISO 4217|IANA|Asia\/Shanghai|data-proxy|as-of|src|code|zone|zones|group|base|source|script|members|partners|all)\b/g,
                '',
              );
            if (!/\p{L}/u.test(words)) continue; // nothing but numbers and placeholders, e.g. "{date}: {value} {base}"
            assert.match(words, script, `${language}: ${section}.${key} = ${String(text)}`);
          }
        }
        for (const [id, name] of Object.entries(file.capitals)) {
          assert.doesNotMatch(name.replace(/[\s\-'’ʻʼ\u200c.()]/gu, ''), new RegExp(`[^${script.source}]`, 'u'), `${language}: capital ${id} = ${name}`);
        }
      });

      it('has a glossary', () => {
        const path = `src/i18n/glossary/${language}.md`;
        assert.ok(existsSync(path), path);
        assert.match(readFileSync(path, 'utf8'), /checked against/i, `${path} says what the translation was checked against`);
      });

      if (GAPS.includes(language)) {
        it('ships the names of every SCO state and currency, and a stand-in locale the engine speaks', async () => {
          const file = await fileOf(language);
          assert.ok(file.names && file.formats, `${language} ships names and formats`);
          for (const state of SCO_STATES) {
            assert.ok(file.names.region[state.code], `${language}: name of ${state.code}`);
            assert.ok(file.names.currency[state.currency], `${language}: name of ${state.currency}`);
          }
          assert.equal(Intl.NumberFormat.supportedLocalesOf(file.formats.intl).length, 1, file.formats.intl);
        });
      }
    });
  }
});
