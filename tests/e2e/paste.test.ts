import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enumerator } from '../../shared/layout/numbering';
import type { Item, Notice } from '../../shared/model/notice';
import { paragraphText, type Enumeration, type ParagraphList } from '../../shared/model/rich-text';
import { findNode } from '../../shared/model/tree';
import { bodyParagraphs, docxParts, parseXml } from '../support/docx-xml';
import { EditorPage } from './support/editor-page';
import { launchApp, type LaunchedApp } from './support/launch-app';

/**
 * Pasting into the rich-text fields end to end: the real renderer in
 * Chromium, clipboards as Word 2016 / WPS, a PDF viewer and a text editor
 * fill them, the real services behind window.api, and the .docx the
 * exporter writes. The tests run in order on one notice.
 */
let app: LaunchedApp;
let editor: EditorPage;
let notice: Notice;
let itemId: string;

const itemOf = (stored: Notice) => findNode(stored.checklist, itemId)!.node as Item;
const texts = (list: ParagraphList) => list.paragraphs.map(paragraphText);

/**
 * A field's paragraphs as the user reads them: the generated enumerator
 * (a CSS counter, counted over the numbered paragraphs) before the text.
 */
async function seen(field: string, enumeration: Enumeration): Promise<string[]> {
  let count = 0;
  return (await editor.richParagraphs(field)).map((p) => (p.numbered ? enumerator(enumeration, ++count) : '') + p.text);
}

beforeAll(async () => {
  app = await launchApp();
  editor = new EditorPage(app);
  notice = await editor.createNotice({ kind: 'layout', layoutId: 'duizhao' });
  await editor.openNotice(notice.id);
  await editor.select('part:checklist');
  await editor.addGroup('党的领导弱化的问题');
  itemId = await editor.addItem('理论学习不够深入');
});
afterAll(async () => {
  await app?.close();
});

/** What Word 2016 puts on the clipboard for three measures typed 一是… in Word, the enumerators in bold 黑体. */
const WORD_HTML =
  `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\r\n` +
  `<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"><meta name=Originator content="Microsoft Word 15">\r\n` +
  `<!--[if gte mso 9]><xml>\r\n <o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings>\r\n</xml><![endif]--><!--[if gte mso 9]><xml>\r\n <w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom><w:PunctuationKerning/><w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing></w:WordDocument>\r\n</xml><![endif]-->\r\n` +
  `<style>\r\n<!--\r\n /* Font Definitions */\r\n @font-face\r\n\t{font-family:仿宋_GB2312;\r\n\tpanose-1:2 1 6 9 3 1 1 1 1 1;}\r\n /* Style Definitions */\r\n p.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{mso-style-unhide:no;\r\n\tmso-style-qformat:yes;\r\n\tmargin:0cm;\r\n\ttext-align:justify;\r\n\ttext-justify:inter-ideograph;\r\n\tfont-size:16.0pt;\r\n\tfont-family:仿宋_GB2312;}\r\n.MsoChpDefault\r\n\t{mso-style-type:export-only;}\r\n-->\r\n</style>\r\n` +
  `<!--[if gte mso 10]>\r\n<style>\r\n /* Style Definitions */\r\n table.MsoNormalTable\r\n\t{mso-style-name:普通表格;}\r\n</style>\r\n<![endif]-->\r\n</head>\r\n\r\n` +
  `<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\r\n<!--StartFragment-->\r\n\r\n` +
  `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><b><span style='font-family:黑体;mso-hansi-font-family:黑体'>一是</span></b><span\r\nstyle='font-family:仿宋_GB2312'>完善 制度\u200b，建立台账<span lang=EN-US><o:p></o:p></span></span></p>\r\n\r\n` +
  `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><b\r\nstyle='mso-bidi-font-weight:normal'><span style='font-family:黑体'>二是</span></b><span\r\nstyle='font-family:仿宋_GB2312'>加强学习,定期开展专题研讨。</span><span style='display:none;mso-hide:all'>（修订前的旧文字）</span><span\r\nlang=EN-US><o:p></o:p></span></p>\r\n\r\n` +
  `<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\r\n\r\n` +
  `<p class=MsoNormal><span style='font-family:仿宋_GB2312'>&nbsp;&nbsp;\u3000</span><b><span\r\nstyle='font-family:黑体'>三是</span></b><b><span style='font-family:仿宋_GB2312'>严格</span></b><span\r\nstyle='font-family:仿宋_GB2312'>考核 问责。<o:p></o:p></span></p>\r\n\r\n` +
  `<!--EndFragment-->\r\n</body>\r\n\r\n</html>\r\n`;
const WORD_TEXT = '一是完善 制度\u200b，建立台账\r\n二是加强学习,定期开展专题研讨。\r\n\r\n\u00A0\u00A0\u3000三是严格考核 问责。\r\n';

/**
 * Two measures copied from a PDF of a published notice: a hard break at
 * every printed line (30 a line), the page number between two pages,
 * indents dropped by the viewer.
 */
const PDF_TEXT = [
  '（一）以上率下层层压实责任。市政府机关党组第一时间召开党组会',
  '专题传达学习巡察反馈意见，认真学习中共东莞市第十四届纪律检查',
  '委员会第六次全体会议精神和有关文件精神，对标对表相关要求，研',
  '— 3 —',
  '究整改方案。',
  '（二）统筹协调强化组织领导。成立巡察整改工作领导小组，由党组',
  '书记担任组长，领导小组下设7个专项工作整改责任组，包干推动落',
  '实专项整改工作任务。',
  '',
].join('\r\n');

describe('pasting', () => {
  it('takes Word’s HTML with its bold, without the typed 一是 where the field numbers 一是, and as one undo step', async () => {
    await editor.chooseEnumeration('整改措施', '一是、二是');
    await editor.focusEnd('整改措施');
    await editor.dispatchPaste({ 'text/html': WORD_HTML, 'text/plain': WORD_TEXT });
    expect(await seen('整改措施', '一是')).toEqual(['一是完善制度，建立台账', '二是加强学习，定期开展专题研讨。', '三是严格考核问责。']);
    // The enumerators on screen are the field's own (CSS counters), not text.
    expect(await editor.richText('整改措施')).toEqual(['完善制度，建立台账', '加强学习，定期开展专题研讨。', '严格考核问责。']);
    const before = await editor
      .field('整改措施')
      .evaluate((editable) => Array.from(editable.querySelectorAll(':scope > p')).map((p) => getComputedStyle(p, '::before').content));
    expect(before).toEqual(Array(3).fill('counter(enum, simp-chinese-informal) "是"'));
    // Bold where Word had it, the bold enumerators gone with the typed numbers.
    expect((await editor.richParagraphs('整改措施')).map((p) => p.bold)).toEqual([[], [], ['严格']]);
    await editor.screenshot('paste-word');
    await editor.waitSaved();
    expect(itemOf(await editor.stored(notice.id)).measures).toEqual({
      enumeration: '一是',
      paragraphs: [
        { type: 'paragraph', children: [{ text: '完善制度，建立台账' }] },
        { type: 'paragraph', children: [{ text: '加强学习，定期开展专题研讨。' }] },
        { type: 'paragraph', children: [{ text: '严格', bold: true }, { text: '考核问责。' }] },
      ],
    });
    // One paste, one step back.
    await editor.undo();
    expect(await editor.richText('整改措施')).toEqual(['']);
    await editor.redo();
    expect(await editor.richText('整改措施')).toEqual(['完善制度，建立台账', '加强学习，定期开展专题研讨。', '严格考核问责。']);
  });

  it('inserts a line pasted inside a paragraph as text there, its typed number kept', async () => {
    await editor.focusEnd('整改措施');
    await editor.settleCaret();
    await editor.caretLeft('考核问责。'.length);
    await editor.dispatchPaste({ 'text/plain': '二是' });
    expect(await editor.richText('整改措施')).toEqual(['完善制度，建立台账', '加强学习，定期开展专题研讨。', '严格二是考核问责。']);
    await editor.undo();
    expect(await editor.richText('整改措施')).toEqual(['完善制度，建立台账', '加强学习，定期开展专题研讨。', '严格考核问责。']);
  });

  it('takes a Google Docs clipboard: font-weight says what is bold, <br> breaks a paragraph', async () => {
    // Google Docs wraps the whole clipboard in a <b> that font-weight:normal makes plain again.
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5c1e2a7f-7fff-0b1d-3c6e-1f2a3b4c5d6e">' +
      '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:16pt;font-family:仿宋;color:#000000;font-weight:700;vertical-align:baseline;">已召开</span>' +
      '<span style="font-size:16pt;font-family:仿宋;color:#000000;font-weight:400;vertical-align:baseline;">专题会议 3 次。</span></p>' +
      '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:16pt;font-family:仿宋;font-weight:400;">已建立台账，<br>按月通报。</span></p></b><br class="Apple-interchange-newline">';
    // At once after undoing a paste in another field: the click takes the focus there.
    await editor.focusEnd('整改落实情况');
    expect(await editor.page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe(`label-${itemId}:progress`);
    await editor.dispatchPaste({ 'text/html': html, 'text/plain': '已召开专题会议 3 次。\n已建立台账，\n按月通报。' });
    expect(await editor.richParagraphs('整改落实情况')).toEqual([
      { text: '已召开专题会议3次。', bold: ['已召开'], numbered: true },
      { text: '已建立台账，', bold: [], numbered: true },
      { text: '按月通报。', bold: [], numbered: true },
    ]);
    await editor.undo();
    expect(await editor.richText('整改落实情况')).toEqual(['']);
  });

  it('takes a hostile clipboard whole: 20,000 nested elements and control characters give their text, and one undo', async () => {
    await editor.focusEnd('整改落实情况');
    const depth = 20_000;
    const html = `${'<div><b style="font-weight:normal">'.repeat(depth)}已完成\u0007整改\u200b。${'</b></div>'.repeat(depth)}`;
    await editor.dispatchPaste({ 'text/html': html, 'text/plain': '已完成整改。' });
    expect(await editor.richText('整改落实情况')).toEqual(['已完成整改。']);
    await editor.undo();
    expect(await editor.richText('整改落实情况')).toEqual(['']);
  });

  it('joins the lines a PDF broke and drops the typed （一）（二） where the field numbers them', async () => {
    await editor.select('part:organisation');
    await editor.chooseEnumeration('正文', '（一）（二）');
    await editor.focusEnd('正文');
    await editor.dispatchPaste({ 'text/plain': PDF_TEXT });
    const paragraphs = [
      '以上率下层层压实责任。市政府机关党组第一时间召开党组会专题传达学习巡察反馈意见，认真学习中共东莞市第十四届纪律检查委员会第六次全体会议精神和有关文件精神，对标对表相关要求，研究整改方案。',
      '统筹协调强化组织领导。成立巡察整改工作领导小组，由党组书记担任组长，领导小组下设7个专项工作整改责任组，包干推动落实专项整改工作任务。',
    ];
    expect(await editor.richText('正文')).toEqual(paragraphs);
    expect(await seen('正文', '（一）')).toEqual([`（一）${paragraphs[0]}`, `（二）${paragraphs[1]}`]);
    await editor.screenshot('paste-pdf');
    await editor.waitSaved();
    expect((await editor.stored(notice.id)).parts.organisation.body).toEqual({
      enumeration: '（一）',
      paragraphs: paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] })),
    });
  });

  it('keeps typed 1、 2、 in a field with 不编号', async () => {
    await editor.select('part:nextSteps');
    await editor.chooseEnumeration('正文', '不编号');
    await editor.focusEnd('正文');
    await editor.dispatchPaste({ 'text/plain': '1、持续抓好整改,适时组织“回头看”。\n2、做好建章立制。\n' });
    expect(await seen('正文', 'none')).toEqual(['1、持续抓好整改，适时组织“回头看”。', '2、做好建章立制。']);
    await editor.screenshot('paste-plain');
    await editor.waitSaved();
    expect(texts((await editor.stored(notice.id)).parts.nextSteps.body)).toEqual([
      '1、持续抓好整改，适时组织“回头看”。',
      '2、做好建章立制。',
    ]);
  });

  it('exports what the fields showed: each enumerator once, Word’s bold kept', async () => {
    await editor.exportDocx();
    const document = parseXml(docxParts(readFileSync(editor.lastExported))['word/document.xml']!);
    const paragraphs = bodyParagraphs(document);
    const lines = paragraphs.map((p) => p.text);
    // The layout runs the first measure on after its lead-in.
    expect(lines).toEqual(
      expect.arrayContaining([
        '针对“理论学习不够深入”问题，制定整改措施如下：一是完善制度，建立台账',
        '二是加强学习，定期开展专题研讨。',
        '三是严格考核问责。',
      ]),
    );
    expect(lines.some((line) => line.startsWith('（一）以上率下层层压实责任。市政府机关党组'))).toBe(true);
    expect(lines.some((line) => line.startsWith('（二）统筹协调强化组织领导。'))).toBe(true);
    expect(lines).toEqual(expect.arrayContaining(['1、持续抓好整改，适时组织“回头看”。', '2、做好建章立制。']));
    for (const line of lines) expect(line).not.toMatch(/[一二三]是[一二三]是|（[一二]）（[一二]）/u);
    const third = paragraphs.find((p) => p.text === '三是严格考核问责。')!;
    expect(
      third.runs
        .filter((r) => r.bold)
        .map((r) => r.text)
        .join(''),
    ).toBe('严格');
    await editor.selectNode(itemId);
    await editor.screenshot('paste-exported');
  });
});
