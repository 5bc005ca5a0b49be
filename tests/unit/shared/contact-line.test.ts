import { describe, expect, it } from 'vitest';
import { findLayout, loadLayoutTemplates } from '../../../main/layout-templates/load-layout-templates';
import { blockText } from '../../../shared/document/blocks';
import { composeNotice } from '../../../shared/document/compose';
import { closingParagraph } from '../../../shared/document/generated-text';
import { importNotice } from '../../../shared/import/import-notice';
import { sourceFromText } from '../../../shared/import/source';
import { createNotice } from '../../../shared/model/factory';
import type { Contact, Notice } from '../../../shared/model/notice';
import { noticeMetaSchema } from '../../../shared/model/schemas';

const templates = loadLayoutTemplates();
const { boilerplate } = templates;
const OPTIONS = { heading3Bold: false, titleMaxCharactersPerLine: 20 };
const SENTENCE = boilerplate.closing;

function noticeWith(contacts: Contact[], contactsLead = '联系方式：'): Notice {
  const defaults = {
    layoutId: 'duizhao',
    partHeadings: boilerplate.partHeadings,
    measuresEnumeration: '一是',
    progressEnumeration: '一是',
  } as const;
  return createNotice(defaults, { contactsLead, contacts }, new Date('2024-01-02T00:00:00Z'));
}

/** The closing paragraph as the exported notice prints it. */
function printedClosing(notice: Notice): string {
  const blocks = composeNotice(notice, findLayout(templates, notice.layoutId), boilerplate, OPTIONS);
  return blocks.map(blockText).find((t) => t.startsWith(SENTENCE))!;
}

describe('the contact line as written', () => {
  it('keeps the colon after 电话 and the commas between channels', () => {
    const notice = noticeWith([
      { kind: 'phone', label: '电话', value: '0754-88888888', colon: '：', separator: '，' },
      { kind: 'email', label: '电子邮箱', value: 'jw@example.gov.cn', colon: '：', separator: '，' },
    ]);
    expect(printedClosing(notice)).toBe(`${SENTENCE}联系方式：电话：0754-88888888，电子邮箱：jw@example.gov.cn。`);
  });

  it('prints a phone written without a colon without one', () => {
    const notice = noticeWith([
      { kind: 'phone', label: '电话', value: '22832508', colon: '', separator: '；' },
      { kind: 'postcode', label: '邮政编码', value: '523000', colon: '：', separator: '；' },
    ]);
    expect(printedClosing(notice)).toBe(`${SENTENCE}联系方式：电话22832508；邮政编码：523000。`);
  });

  it('makes only half-width punctuation full-width: 电话:…, → 电话：…，; the e-mail address stays', () => {
    const notice = noticeWith([
      { kind: 'phone', label: '电话', value: '0754-88888888', colon: ':', separator: ',' },
      { kind: 'email', label: '邮箱', value: 'a.b@example.gov.cn', colon: ':' },
    ]);
    expect(printedClosing(notice)).toBe(`${SENTENCE}联系方式：电话：0754-88888888，邮箱：a.b@example.gov.cn。`);
  });

  it('ends with 。 whatever was written after the last channel, which only separates once it is moved up', () => {
    const written: Contact[] = [
      { kind: 'phone', label: '电话', value: '123', colon: '：', separator: '，' },
      { kind: 'email', label: '邮箱', value: 'a@b.cn', colon: '：', separator: '、' },
    ];
    expect(closingParagraph(noticeWith(written).meta, boilerplate)).toBe(`${SENTENCE}联系方式：电话：123，邮箱：a@b.cn。`);
    expect(closingParagraph(noticeWith([written[1]!, written[0]!]).meta, boilerplate)).toBe(
      `${SENTENCE}联系方式：邮箱：a@b.cn、电话：123。`,
    );
  });

  it('prints a contact stored before contacts kept their colon as it always printed: 电话… without, the others with ：', () => {
    const notice = noticeWith([
      { kind: 'phone', label: '电话', value: '0754-88888888' },
      { kind: 'address', label: '通讯地址', value: '某某市人民路1号' },
      { kind: 'other', label: '', value: '网上信访平台' },
      { kind: 'other', label: '举报网址：', value: 'www.12388.gov.cn' },
    ]);
    expect(printedClosing(notice)).toBe(
      `${SENTENCE}联系方式：电话0754-88888888；通讯地址：某某市人民路1号；网上信访平台；举报网址：www.12388.gov.cn。`,
    );
  });

  it('prints a channel added in the editor 电话：…', () => {
    const notice = noticeWith([{ kind: 'phone', label: '电话', colon: '：', value: '0754-88888888' }]);
    expect(printedClosing(notice)).toBe(`${SENTENCE}联系方式：电话：0754-88888888。`);
  });

  it('prints an imported closing back as it was written', () => {
    const text = [
      '中共某某县财政局党组关于县委第二轮巡察整改进展情况的通报',
      '根据县委统一部署，2022年3月1日至4月1日，县委第一巡察组对中共某某县财政局党组进行了巡察，5月20日反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。',
      '一、加强组织领导',
      '局党组召开专题会议研究整改工作。',
      '二、整改落实情况',
      '（一）理论学习不深入的问题',
      '整改情况：已修订学习制度。',
      '欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系方式：举报电话：0754-88888888，来信地址：某某县人民路1号，电子邮箱：czj@example.gov.cn。',
    ].join('\n');
    const { notice } = importNotice(sourceFromText(text), { layouts: templates.layouts, boilerplate, options: OPTIONS });
    expect(printedClosing(notice)).toBe(
      `${SENTENCE}联系方式：举报电话：0754-88888888，来信地址：某某县人民路1号，电子邮箱：czj@example.gov.cn。`,
    );
  });
});

describe('stored contacts', () => {
  it('reads a notice stored before colons and separators were kept, and keeps them once stored', () => {
    const meta = noticeWith([]).meta;
    const old = noticeMetaSchema.parse({ ...meta, contacts: [{ kind: 'phone', label: '电话', value: '123' }] });
    expect(old.contacts).toEqual([{ kind: 'phone', label: '电话', value: '123' }]);
    const kept = noticeMetaSchema.parse({
      ...meta,
      contacts: [{ kind: 'phone', label: '电话', value: '123', colon: '', separator: '，' }],
    });
    expect(kept.contacts[0]).toEqual({ kind: 'phone', label: '电话', value: '123', colon: '', separator: '，' });
  });

  it('refuses a separator that is not text, in Chinese', () => {
    const meta = noticeWith([]).meta;
    const result = noticeMetaSchema.safeParse({ ...meta, contacts: [{ kind: 'phone', label: '电话', value: '123', separator: 5 }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe('联系方式之间的分隔符必须是文字');
  });
});

describe('a label typed with its colon', () => {
  it('never gets a second one, whatever the contact records', () => {
    const notice = noticeWith([{ kind: 'phone', label: '举报电话：', colon: '：', value: '0769-123' }]);
    expect(printedClosing(notice)).toBe(`${SENTENCE}联系方式：举报电话：0769-123。`);
  });
});
