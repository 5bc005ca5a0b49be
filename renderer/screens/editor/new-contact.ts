import { DEFAULT_CONTACT_LABELS, type Contact } from '../../../shared/model/notice';

/**
 * A new phone channel, written with a colon (电话：…) and separated from the
 * others the way the notice's channels already are (，where the notice was
 * written with commas).
 */
export function newContact(contacts: readonly Contact[]): Contact {
  const separator = contacts.at(-1)?.separator;
  return { kind: 'phone', label: DEFAULT_CONTACT_LABELS.phone, colon: '：', value: '', ...(separator !== undefined ? { separator } : {}) };
}
