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
 * in the order written, each with its label and kind, and what was written
 * between label and value (：, or nothing) and after the value (；，).
 */
export function readContacts(text: string): { lead: string; contacts: Contact[] } {
  const lead = LEAD.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length);
  // Channels are separated by ；, or by ，/。 where the next one's label follows (电话…, or any 网址：).
  // Split with a capture: the pieces at even indexes, the separator after each at the odd ones.
  const tokens = rest.split(new RegExp(`([；;]|[，。](?=\\s*(?:${LABEL_WORDS}|\\p{Script=Han}{2,6}[：:])))`, 'iu'));
  const contacts: Contact[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    const written = tokens[i]!.trim();
    // Lines of their own come joined by ；, so a line's own closing mark is what was written after it.
    const trailing = trailingMarks(written);
    const piece = written.slice(0, written.length - trailing.length).trim();
    if (piece === '') continue;
    const separator = trailing.charAt(0) || tokens[i + 1];
    contacts.push({ ...readContact(piece), ...(separator ? { separator } : {}) });
  }
  // What follows the last channel ends the sentence; it takes its neighbour's separator, in case it is moved up.
  const last = contacts.at(-1);
  if (last) {
    delete last.separator;
    const before = contacts.at(-2)?.separator;
    if (before) last.separator = before;
  }
  return { lead, contacts };
}

function readContact(piece: string): Contact {
  for (const { label, kind } of LABELS) {
    const match = label.exec(piece);
    if (match) return { kind, label: match[0], ...valueAfter(piece.slice(match[0].length)) };
  }
  const generic = /^(\p{Script=Han}{2,8})(?=\s*[：:])/u.exec(piece);
  if (generic) return { kind: 'other', label: generic[1]!, ...valueAfter(piece.slice(generic[0].length)) };
  return { kind: 'other', label: '', value: piece, colon: '' };
}

/** The value after a label, and the colon written before it ('' when there is none: 电话22832508). */
function valueAfter(rest: string): { value: string; colon: string } {
  const colon = /^\s*([：:]?)\s*/u.exec(rest)!;
  return { value: rest.slice(colon[0].length).trim(), colon: colon[1]! };
}

/** The stops a piece ends with (。；，), scanned from the end: /[。；，;,]+$/ is quadratic on a long run of them. */
function trailingMarks(text: string): string {
  let at = text.length;
  while (at > 0 && '。；，;,'.includes(text[at - 1]!)) at--;
  return text.slice(at);
}
