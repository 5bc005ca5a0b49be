import type { PlainFieldAddress } from '../../shared/document/find-in-notice';

/**
 * How 查找 finds the input of a plain field on screen: the one place that
 * ties a field's address to its element. The panels mark their inputs with
 * `data-find-field={findFieldAttr(address)}`; the contact rows, whose labels
 * depend only on the row's place, are found by those labels.
 */
export function findFieldAttr(address: Exclude<PlainFieldAddress, { kind: 'contact' }>): string {
  switch (address.kind) {
    case 'meta':
      return `meta:${address.field}`;
    case 'part':
      return `part:${address.part}:heading`;
    case 'group':
    case 'item':
    case 'subItem':
      return `${address.id}:${address.field}`;
  }
}

/** A CSS selector for the input or text area showing the field. */
export function plainFieldSelector(address: PlainFieldAddress): string {
  if (address.kind === 'contact') {
    // The aria-labels ContactsEditor gives each row.
    return `[aria-label="第${address.index + 1}项联系方式的${address.field === 'label' ? '名称' : '内容'}"]`;
  }
  return `[data-find-field="${findFieldAttr(address).replace(/["\\]/g, '\\$&')}"]`;
}
