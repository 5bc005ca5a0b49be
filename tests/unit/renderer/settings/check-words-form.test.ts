import { describe, expect, it } from 'vitest';
import { fromFormValues, toFormValues } from '../../../../renderer/screens/settings/settings-form';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { DEFAULT_LEDGER_SETTINGS } from '../../../../shared/ledger/ledger-columns';
import { appSettingsSchema, DEFAULT_EXPORT_SETTINGS, DEFAULT_NOTICE_DEFAULTS } from '../../../../shared/model/settings';

const { style } = loadLayoutTemplates();
const base = { export: DEFAULT_EXPORT_SETTINGS, defaults: DEFAULT_NOTICE_DEFAULTS, ledger: DEFAULT_LEDGER_SETTINGS };

describe('易混词（本单位补充） in 设置', () => {
  it('shows no rows for settings stored before the check existed, and saves none', () => {
    const values = toFormValues(appSettingsSchema.parse(base), style);
    expect(values.checkWords).toEqual([]);
    expect(fromFormValues(values, style).check).toEqual({ words: [] });
  });

  it('round-trips the words, trimmed, a blank note left out and a wholly empty row dropped', () => {
    const values = toFormValues({ ...base, check: { words: [{ wrong: '莞城区', right: '莞城街道', note: '本市无莞城区' }] } }, style);
    expect(values.checkWords).toEqual([{ wrong: '莞城区', right: '莞城街道', note: '本市无莞城区' }]);
    values.checkWords.push({ wrong: ' 市府办 ', right: '市政府办公室 ', note: ' ' }, { wrong: '', right: '', note: '' });
    const saved = fromFormValues(values, style);
    expect(saved.check).toEqual({
      words: [
        { wrong: '莞城区', right: '莞城街道', note: '本市无莞城区' },
        { wrong: '市府办', right: '市政府办公室' },
      ],
    });
    expect(appSettingsSchema.safeParse(saved).success).toBe(true);
  });

  it('refuses in Chinese a word with nothing wrong in it', () => {
    const bad = appSettingsSchema.safeParse({
      ...base,
      check: {
        words: [
          { wrong: '', right: 'x' },
          { wrong: '同', right: '同' },
        ],
      },
    });
    expect(bad.error!.issues.map((i) => i.message)).toEqual(['请填写误写的词', '误写与应为不能相同']);
  });
});
