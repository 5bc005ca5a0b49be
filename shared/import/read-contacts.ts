import type { Contact, ContactKind } from '../model/notice';

/** Labels of contact channels, longest first so 联系电话 wins over 电话. */
const LABELS: ReadonlyArray<{ label: RegExp; kind: ContactKind }> = [
  { label: /^(?:电子邮箱|电子信箱|电子邮件|E-?mail|邮箱)/iu, kind: 'email' },
  { label: /^(?:邮政编码|邮编)/u, kind: 'postcode' },
  { label: /^(?:联系电话|举报电话|监督电话|值班电话|电话号码|办公电话|电话|手机|传真)/u, kind: 'phone' },
  { label: /^(?:邮政信箱|通讯地址|通信地址|来信地址|邮寄地址|联系地址|信访地址|地址|信箱)/u, kind: 'address' },
];
const LABEL_WORDS =
  '联系方式|联系办法|联系渠道|电子邮箱|电子信箱|电子邮件|E-?mail|邮箱|邮政编码|邮编|联系电话|举报电话|监督电话|值班电话|办公电话|电话|传真|邮政信箱|通讯地址|通信地址|来信地址|邮寄地址|联系地址|信访地址|地址';
const ANY_LABEL = new RegExp(`(?:^|[。；;：，\\s])(${LABEL_WORDS})`, 'iu');
const LEAD = /^(?:联系方式|联系办法|联系渠道)[：]?/u;

/** The closing split in two: the sentence (欢迎…反映。) and the contact channels after it. */
export function splitClosing(text: string): { sentence: string; contacts: string } {
  const match = ANY_LABEL.exec(text);
  if (!match) return { sentence: text, contacts: '' };
  const at = match.index + match[0].length - match[1]!.length;
  return { sentence: text.slice(0, at).trim(), contacts: text.slice(at).trim() };
}

/**
 * The contact channels as written (联系方式：电话22832508；邮政信箱：…；邮政编码：523000。),
 * in the order written, each with its label and kind.
 */
export function readContacts(text: string): { lead: string; contacts: Contact[] } {
  const lead = LEAD.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length);
  // Channels are separated by ；, or by ，/。 where the next one's label follows (电话…, or any 网址：).
  const pieces = rest.split(new RegExp(`[；;]|[，。](?=\\s*(?:${LABEL_WORDS}|\\p{Script=Han}{2,6}[：:]))`, 'iu'));
  const contacts = pieces
    .map((piece) => piece.trim().replace(/[。；，]+$/u, '').trim())
    .filter((piece) => piece !== '')
    .map(readContact);
  return { lead, contacts };
}

function readContact(piece: string): Contact {
  for (const { label, kind } of LABELS) {
    const match = label.exec(piece);
    if (match) return { kind, label: match[0], value: piece.slice(match[0].length).replace(/^\s*[：:]\s*/u, '').trim() };
  }
  const generic = /^(\p{Script=Han}{2,8})[：:]\s*/u.exec(piece);
  if (generic) return { kind: 'other', label: generic[1]!, value: piece.slice(generic[0].length).trim() };
  return { kind: 'other', label: '', value: piece };
}
