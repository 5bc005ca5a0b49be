import { describe, expect, it } from 'vitest';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { newContact } from '../../../../renderer/screens/editor/new-contact';
import { fromFormValues, toFormValues } from '../../../../renderer/screens/settings/settings-form';
import { DEFAULT_LEDGER_SETTINGS } from '../../../../shared/ledger/ledger-columns';
import type { Contact } from '../../../../shared/model/notice';
import { DEFAULT_EXPORT_SETTINGS, DEFAULT_NOTICE_DEFAULTS } from '../../../../shared/model/settings';

const templates = loadLayoutTemplates();

describe('the contact fields keep what was written', () => {
  it('a channel added in the editor is written 电话：… and takes the separator the notice already uses', () => {
    expect(newContact([{ kind: 'email', label: '邮箱', value: 'a@b.cn', colon: '：', separator: '，' }])).toEqual({
      kind: 'phone',
      label: '电话',
      colon: '：',
      value: '',
      separator: '，',
    });
    expect(newContact([])).toEqual({ kind: 'phone', label: '电话', colon: '：', value: '' });
  });

  it('设置 saves a default contact with its colon and separator', () => {
    const contacts: Contact[] = [{ kind: 'phone', label: ' 电话 ', value: '123 ', colon: '', separator: '，' }];
    const settings = {
      export: DEFAULT_EXPORT_SETTINGS,
      defaults: { ...DEFAULT_NOTICE_DEFAULTS, contacts },
      ledger: DEFAULT_LEDGER_SETTINGS,
    };
    const saved = fromFormValues(toFormValues(settings, templates.style), templates.style);
    expect(saved.defaults.contacts).toEqual([{ kind: 'phone', label: '电话', value: '123', colon: '', separator: '，' }]);
  });
});
