// scripts/language-sections.mjs: built, a widget's module of built-in words holds its own section of
// English, Russian and Chinese and nothing else of their files; a language loaded whole stays whole.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';
import { languageSections } from '../../scripts/language-sections.mjs';
import * as en from '../../src/i18n/languages/en.js';
import * as ru from '../../src/i18n/languages/ru.js';
import * as zh from '../../src/i18n/languages/zh.js';

const bundle = async (entry: string) => {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [languageSections],
  });
  const code = result.outputFiles[0]!.text;
  const exports = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<string, unknown>;
  return { exports: { ...exports }, inputs: Object.keys(result.metafile.inputs).sort() };
};

describe('the language sections plugin', () => {
  for (const file of readdirSync('src/i18n/built-in')) {
    const section = file.replace(/\.ts$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as keyof typeof en;
    it(`builds built-in/${file} from the ${section} section of en, ru and zh alone`, async () => {
      const { exports, inputs } = await bundle(`src/i18n/built-in/${file}`);
      assert.deepEqual(exports, { en: en[section], ru: ru[section], zh: zh[section] });
      assert.deepEqual(inputs, [
        `language-section:src/i18n/languages/en.ts#${section}`,
        `language-section:src/i18n/languages/ru.ts#${section}`,
        `language-section:src/i18n/languages/zh.ts#${section}`,
        `src/i18n/built-in/${file}`,
      ]);
    });
  }

  it('leaves a language file imported as a whole whole', async () => {
    const { inputs } = await bundle('src/i18n/languages/kk.ts');
    assert.deepEqual(inputs, ['src/i18n/languages/kk.ts']);
  });
});
