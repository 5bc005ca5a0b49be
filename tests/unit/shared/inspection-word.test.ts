import { describe, expect, it } from 'vitest';
import { exportNoticeDocx } from '../../../main/export/export-notice';
import { loadLayoutTemplates } from '../../../main/layout-templates/load-layout-templates';
import { attachmentNote, inspectionWord } from '../../../shared/document/generated-text';
import { docxParts } from '../../support/docx-xml';
import { sampleNotice } from '../../support/sample-notice';

const templates = loadLayoutTemplates();

describe('the word for the inspection in the attachment', () => {
  it('is 巡视 on a notice whose title says 巡视, and 巡察 otherwise', () => {
    const notice = sampleNotice(templates, 'fenxiang', 1, 2);
    expect(inspectionWord(notice.meta, templates.boilerplate)).toBe('巡察');
    expect(attachmentNote(notice.meta, templates.boilerplate)).toBe('附件：巡察反馈问题整改台账');
    notice.meta.titleOverride = '中共某某区委关于省委第三轮巡视整改进展情况的通报';
    notice.meta.openingOverride = '根据省委统一部署，省委第八巡视组对某某区进行了巡视。现将巡视整改进展情况予以公布。';
    expect(attachmentNote(notice.meta, templates.boilerplate)).toBe('附件：巡视反馈问题整改台账');
  });

  it('prints the same word in the note and over the attached ledger', async () => {
    const notice = sampleNotice(templates, 'fenxiang', 1, 2);
    notice.meta.titleOverride = '中共某某区委关于省委第三轮巡视整改进展情况的通报';
    notice.meta.openingOverride = '根据省委统一部署，省委第八巡视组对某某区进行了巡视。现将巡视整改进展情况予以公布。';
    const xml = docxParts(await exportNoticeDocx(notice, templates, { attachLedger: true }))['word/document.xml']!;
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('附件：巡视反馈问题整改台账');
    expect(text.match(/巡视反馈问题整改台账/g)).toHaveLength(2);
    expect(text).not.toContain('巡察反馈问题整改台账');
  });
});
