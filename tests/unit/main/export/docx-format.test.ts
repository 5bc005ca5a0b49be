import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportNoticeDocx } from '../../../../main/export/export-notice';
import { findLayout, loadLayoutTemplates, type LayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { blockText, type DocBlock } from '../../../../shared/document/blocks';
import { composeNotice } from '../../../../shared/document/compose';
import { attr, bodyParagraphs, docxParts, nodes, parseXml, text, type ParagraphInfo } from '../../../support/docx-xml';
import { sampleNotice } from '../../../support/sample-notice';

let templates: LayoutTemplates;
beforeAll(() => {
  templates = loadLayoutTemplates();
});

async function exported(layoutId: string, mutate?: (n: ReturnType<typeof sampleNotice>) => void) {
  const notice = sampleNotice(templates, layoutId);
  mutate?.(notice);
  const parts = docxParts(await exportNoticeDocx(notice, templates));
  const document = parseXml(parts['word/document.xml']!);
  return { parts, document, paragraphs: bodyParagraphs(document) };
}

/** Every layout file: adding a layout adds it to these tests. */
const LAYOUTS = readdirSync(new URL('../../../../templates/layouts/', import.meta.url))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/u, ''));

describe.each(LAYOUTS)('export in layout %s', (layoutId) => {
  it('sets the GB/T 9704 page, margins, grid and footers', async () => {
    const { document, parts } = await exported(layoutId);
    const sect = nodes('/w:document/w:body/w:sectPr', document)[0]!;
    const size = nodes('w:pgSz', sect)[0];
    expect([attr(size, 'w'), attr(size, 'h')]).toEqual(['11906', '16838']);
    expect(attr(size, 'orient') ?? 'portrait').toBe('portrait');
    const margin = nodes('w:pgMar', sect)[0];
    expect(['top', 'bottom', 'left', 'right'].map((side) => attr(margin, side))).toEqual(['2098', '1984', '1588', '1474']);
    const grid = nodes('w:docGrid', sect)[0];
    expect(attr(grid, 'linePitch')).toBe('579');
    expect(attr(grid, 'type')).toBe('lines');
    const footers = nodes('w:footerReference', sect).map((f) => attr(f, 'type'));
    expect(footers.sort()).toEqual(['default', 'even']);
    const settings = parseXml(parts['word/settings.xml']!);
    expect(nodes('//w:evenAndOddHeaders', settings)).toHaveLength(1);
    expect(attr(nodes('//w:characterSpacingControl', settings)[0], 'val')).toBe('doNotCompress');
  });

  it('puts every line of the text block on the 579-twip grid, without widow control', async () => {
    const { paragraphs, parts } = await exported(layoutId);
    expect(paragraphs.length).toBeGreaterThan(20);
    const styles = parseXml(parts['word/styles.xml']!);
    const defaults = nodes('//w:docDefaults/w:pPrDefault/w:pPr', styles)[0]!;
    expect(attr(nodes('w:widowControl', defaults)[0], 'val')).toBe('0');
    expect(attr(nodes('w:keepNext', defaults)[0], 'val')).toBe('0');
    expect(attr(nodes('w:kinsoku', defaults)[0], 'val')).toBe('1');
    for (const p of paragraphs) {
      const spacing = nodes('w:pPr/w:spacing', p.element)[0];
      expect(attr(spacing, 'line'), p.text).toBe('579');
      expect(attr(spacing, 'lineRule'), p.text).toBe('exact');
      // Nothing turns widow control back on (keep-with-next: see 'pagination in the file').
      expect(nodes('w:pPr/w:widowControl[not(@w:val="0")]', p.element), p.text).toHaveLength(0);
    }
  });

  it('sets all four font slots on every run, with no theme fonts anywhere', async () => {
    const { paragraphs, parts } = await exported(layoutId);
    for (const run of paragraphs.flatMap((p) => p.runs)) {
      expect(run.eastAsia, run.text).toMatch(/^(方正小标宋简体|仿宋_GB2312|黑体|楷体_GB2312)$/);
      expect([run.ascii, run.hAnsi, run.hint], run.text).toEqual(['Times New Roman', 'Times New Roman', 'eastAsia']);
    }
    for (const [name, xml] of Object.entries(parts)) {
      if (name.endsWith('.xml') && !name.includes('theme')) expect(xml, name).not.toMatch(/w:(ascii|hAnsi|eastAsia|cs)Theme=/);
    }
  });

  it('writes body text justified, 3号 仿宋, first line indented two characters', async () => {
    const { paragraphs } = await exported(layoutId);
    const body = paragraphs.filter((p) => p.runs.length > 0 && p.runs.every((r) => r.eastAsia === '仿宋_GB2312') && p.alignment === 'both');
    expect(body.length).toBeGreaterThan(10);
    for (const p of body) {
      const indent = nodes('w:pPr/w:ind', p.element)[0];
      expect([attr(indent, 'firstLineChars'), attr(indent, 'firstLine')]).toEqual(['200', '640']);
      for (const run of p.runs) expect(run.size).toBe('32');
    }
  });

  it('prints the title centred in 2号 方正小标宋简体 with a blank line below', async () => {
    const { paragraphs } = await exported(layoutId);
    const titleLines = paragraphs.filter((p) => p.runs.some((r) => r.eastAsia === '方正小标宋简体'));
    expect(titleLines.length).toBeGreaterThanOrEqual(1);
    expect(titleLines.map((p) => p.text).join('')).toBe('中共某某市民政局党组关于十四届市委第十轮巡察整改阶段性进展情况的通报');
    for (const p of titleLines) {
      expect(p.alignment).toBe('center');
      expect(p.runs.every((r) => r.size === '44')).toBe(true);
      expect(Array.from(p.text).length).toBeLessThanOrEqual(20);
    }
    expect(paragraphs[titleLines.length]!.text).toBe('');
  });

  it('writes punctuation full-width in Chinese context', async () => {
    const { paragraphs } = await exported(layoutId);
    const all = paragraphs.map((p) => p.text).join('\n');
    expect(all).toContain('大部分问题已整改完毕，需长期整改的问题也取得了阶段性成效（详见附表）。');
    expect(all).toContain('dangwei@example.gov.cn');
    expect(all).not.toMatch(/[\u4e00-\u9fff][,;:()]|[,;:()][\u4e00-\u9fff]/u);
  });

  it('numbers the odd pages on the right and the even pages on the left as — N —', async () => {
    const { parts, document } = await exported(layoutId);
    const rels = parseXml(parts['word/_rels/document.xml.rels']!);
    const footerTarget = (type: string) => {
      const id =
        attr(nodes(`//w:sectPr/w:footerReference[@w:type="${type}"]`, document)[0], 'id') ??
        nodes(`//w:sectPr/w:footerReference[@w:type="${type}"]`, document)[0]!.getAttribute('r:id');
      return Array.from(rels.getElementsByTagName('Relationship'))
        .find((r) => r.getAttribute('Id') === id)!
        .getAttribute('Target')!;
    };
    const target = (type: string) => parseXml(parts[`word/${footerTarget(type)}`]!);
    for (const [type, jc, side] of [
      ['default', 'right', 'right'],
      ['even', 'left', 'left'],
    ] as const) {
      const footer = target(type);
      const p = nodes('//w:p', footer)[0]!;
      expect(attr(nodes('w:pPr/w:jc', p)[0], 'val')).toBe(jc);
      expect(attr(nodes('w:pPr/w:ind', p)[0], side)).toBe('280');
      expect(text(p)).toBe('—  —');
      expect(nodes('.//w:instrText', p).map((i) => i.textContent?.trim())).toEqual(['PAGE']);
      // 4号半角宋体阿拉伯数字 (7.5): the digits too are 宋体, never Times New Roman.
      const runs = nodes('w:r', p);
      expect(runs.length).toBeGreaterThan(0);
      for (const r of runs) {
        const fonts = nodes('w:rPr/w:rFonts', r)[0];
        expect(['eastAsia', 'ascii', 'hAnsi', 'cs'].map((slot) => attr(fonts, slot))).toEqual(['宋体', '宋体', '宋体', '宋体']);
        expect(attr(nodes('w:rPr/w:sz', r)[0], 'val')).toBe('28');
      }
      expect(parts[`word/${footerTarget(type)}`]).not.toContain('Times New Roman');
    }
  });
});

describe('headings', () => {
  function runIn(paragraphs: ParagraphInfo[], start: string) {
    const p = paragraphs.find((x) => x.text.startsWith(start));
    expect(p, start).toBeDefined();
    return p!;
  }

  it('sets level-1 headings in 黑体 and run-in level-2 headings in 楷体 up to their 。', async () => {
    const { paragraphs } = await exported('duizhao');
    const h1 = runIn(paragraphs, '一、');
    expect(h1.runs.map((r) => r.eastAsia)).toEqual(['黑体']);
    expect(runIn(paragraphs, '二、').runs.map((r) => r.eastAsia)).toEqual(['黑体']);
    const runInHeading = runIn(paragraphs, '（一）以上率下层层压实责任。');
    expect(runInHeading.runs[0]).toMatchObject({ text: '（一）以上率下层层压实责任。', eastAsia: '楷体_GB2312' });
    expect(runInHeading.runs.slice(1).every((r) => r.eastAsia === '仿宋_GB2312')).toBe(true);
  });

  it('numbers the checklist from the tree, as the layout prints it', async () => {
    const { paragraphs } = await exported('duizhao');
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toContain('第一，第1类问题：落实主体责任不到位的问题');
    expect(texts).toContain('（一）财务管理不规范1');
    expect(texts.some((t) => t.startsWith('1.针对“问题1：资金管理不到位，部分项目未按规定报备采购计划。”问题，制定整改措施如下：'))).toBe(
      true,
    );
    expect(texts.some((t) => t.startsWith('具体整改落实情况如下：一是'))).toBe(true);
    expect(texts.some((t) => t.startsWith('二是'))).toBe(true);
    expect(texts).toContain('第三，第3类问题：落实主体责任不到位的问题');
  });

  it('keeps bold where the user put it', async () => {
    const { paragraphs } = await exported('fenlei');
    const run = paragraphs.flatMap((p) => p.runs).find((r) => r.text === '大部分问题已整改完毕');
    expect(run?.bold).toBe(true);
  });
});

describe('signature and date (GB/T 9704 7.3.5)', () => {
  it('right-aligns the organisation 2 characters in and starts the date 2 characters to its right', async () => {
    const { paragraphs } = await exported('duizhao');
    const org = paragraphs.at(-2)!;
    const date = paragraphs.at(-1)!;
    expect(org.text).toBe('中共某某市民政局党组');
    expect(date.text).toBe('2020年12月21日');
    expect([org.alignment, date.alignment]).toEqual(['right', 'right']);
    const indent = (p: ParagraphInfo) => Number(attr(nodes('w:pPr/w:ind', p.element)[0], 'right'));
    // 10 characters of organisation, 7 of date (half-width digits count half): date 3 characters in.
    expect(indent(org)).toBe(2 * 315);
    expect(indent(date)).toBe(3 * 315);
    expect(paragraphs.at(-3)!.text).toBe('');
  });

  it('places the date two characters from the edge under a name that wraps', async () => {
    const { paragraphs } = await exported('duizhao', (n) => {
      n.meta.signature = '中共某某市某某区某某街道某某社区股份经济联合社委员会党总支部';
    });
    const indent = (p: ParagraphInfo) => Number(attr(nodes('w:pPr/w:ind', p.element)[0], 'right'));
    // 30 characters do not fit in 26: the name wraps, and the date keeps 2 characters like it,
    // rather than a right indent of 23 that would leave it a column 5 characters wide.
    expect(paragraphs.slice(-2).map(indent)).toEqual([2 * 315, 2 * 315]);
  });
});

describe('text as an approver expects it', () => {
  it('writes 〔〕 〈〉 —— …… and no stray spaces, across bold and plain runs, and keeps the bold', async () => {
    const { paragraphs } = await exported('duizhao', (n) => {
      n.parts.nextSteps.body.paragraphs[0]!.children = [
        { text: '\uFEFF学习《关于印发<采购办法>的通知》(东府[2018]329号),坚持团结' },
        { text: '--批评--', bold: true },
        { text: '团结...于2021年12 月24 日前完成 3 项' },
      ];
    });
    const p = paragraphs.find((x) => x.text.includes('采购办法'))!;
    expect(p.text).toMatch(
      /^（一）学习《关于印发〈采购办法〉的通知》（东府〔2018〕329号），坚持团结——批评——团结……于2021年12月24日前完成3项$/u,
    );
    expect(p.runs.filter((r) => r.bold).map((r) => r.text)).toEqual(['——批评——']);
  });

  it('leaves e-mail addresses, web addresses, times and decimals as typed', async () => {
    const { paragraphs } = await exported('duizhao', (n) => {
      n.parts.nextSteps.body.paragraphs[0]!.children = [
        { text: '上午9:00在http://www.example.gov.cn/a--b公布,金额1,862.62万元,邮箱a.b@example.gov.cn' },
      ];
    });
    const p = paragraphs.find((x) => x.text.includes('9:00'))!;
    expect(p.text).toContain('上午9:00在http://www.example.gov.cn/a--b公布，金额1,862.62万元，邮箱a.b@example.gov.cn');
  });
});

describe('text that XML forbids', () => {
  it('never reaches the file', async () => {
    const { parts, paragraphs } = await exported('duizhao', (n) => {
      n.parts.organisation.heading = '组织\u0001领导\uFFFE情况\uFFFF';
      n.parts.nextSteps.body.paragraphs[0]!.children[0]!.text = '控制\u0008字符\u001F与孤\uD800立代理';
    });
    expect(() => parseXml(parts['word/document.xml']!)).not.toThrow();
    expect(parts['word/document.xml']).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u);
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toContain('一、组织领导情况');
    expect(texts.some((t) => t.includes('控制字符与孤立代理'))).toBe(true);
  });
});

describe('font settings', () => {
  it('uses the font names from the settings', async () => {
    const notice = sampleNotice(templates, 'duizhao');
    const parts = docxParts(
      await exportNoticeDocx(notice, templates, {
        fonts: { body: { name: '仿宋', fallbacks: [] }, heading2: { name: '楷体', fallbacks: [] } },
      }),
    );
    const fonts = bodyParagraphs(parseXml(parts['word/document.xml']!)).flatMap((p) => p.runs.map((r) => r.eastAsia));
    expect(fonts).toContain('仿宋');
    expect(fonts).toContain('楷体');
    expect(fonts).not.toContain('仿宋_GB2312');
  });

  it('lists each default font with its fallback in the font table', async () => {
    const { parts } = await exported('duizhao');
    const table = parseXml(parts['word/fontTable.xml']!);
    const alt = (name: string) => attr(nodes(`//w:font[@w:name="${name}"]/w:altName`, table)[0], 'val');
    expect(alt('方正小标宋简体')).toBe('华文中宋');
    expect(alt('华文中宋')).toBe('宋体');
    expect(alt('仿宋_GB2312')).toBe('仿宋');
    expect(alt('楷体_GB2312')).toBe('楷体');
  });
});

describe('pagination in the file', () => {
  /** What each paragraph of the file should say, from the composed blocks: [keepNext, keepLines]. */
  function expectedKeeps(blocks: readonly DocBlock[]): [string, boolean, boolean][] {
    return blocks.flatMap((b): [string, boolean, boolean][] => {
      switch (b.kind) {
        case 'title':
          return b.lines.map((line) => [line, false, false]);
        case 'blank':
          return [['', b.keepWithNext === true, false]];
        case 'paragraph':
          return [[blockText(b), b.keepWithNext === true, b.keepTogether === true]];
        case 'signature': {
          const together = b.keepTogether === true;
          return [
            [b.organisation, together, together],
            [b.date, false, together],
          ];
        }
      }
    });
  }

  const on = (p: ParagraphInfo, name: string) => nodes(`w:pPr/w:${name}[not(@w:val="0") and not(@w:val="false")]`, p.element).length === 1;

  it.each(['duizhao', 'fenlei', 'zhuanti'])('writes w:keepNext and w:keepLines exactly where the blocks keep (%s)', async (layoutId) => {
    for (const attachLedger of [false, true]) {
      const notice = sampleNotice(templates, layoutId);
      const blocks = composeNotice(notice, findLayout(templates, layoutId), templates.boilerplate, {
        heading3Bold: false,
        titleMaxCharactersPerLine: templates.style.titleMaxCharactersPerLine,
        ...(attachLedger ? { attachmentNote: templates.boilerplate.attachmentNote } : {}),
      });
      const document = parseXml(docxParts(await exportNoticeDocx(notice, templates, { attachLedger }))['word/document.xml']!);
      const expected = expectedKeeps(blocks);
      // The notice's paragraphs come first; the ledger's (when attached) follow.
      const written = bodyParagraphs(document)
        .slice(0, expected.length)
        .map((p): [string, boolean, boolean] => [p.text, on(p, 'keepNext'), on(p, 'keepLines')]);
      expect(written).toEqual(expected);
      expect(written.filter(([, next]) => next).length).toBeGreaterThan(5);
    }
  });

  it('keeps a heading standing alone with the next paragraph, and the signature with the closing', async () => {
    const { paragraphs } = await exported('duizhao');
    const keepNext = (start: string) =>
      on(
        paragraphs.find((p) => p.text.startsWith(start))!,
        'keepNext',
      );
    expect(keepNext('一、加强组织领导')).toBe(true);
    expect(keepNext('（一）财务管理不规范1')).toBe(true);
    expect(keepNext('（一）以上率下层层压实责任。')).toBe(false); // run in: body text follows in the paragraph
    expect(keepNext('欢迎广大干部群众')).toBe(true);
    const [closing, blankLine, org, date] = paragraphs.slice(-4);
    expect([closing, blankLine, org, date].map((p) => on(p!, 'keepNext'))).toEqual([true, true, true, false]);
    expect([org, date].map((p) => on(p!, 'keepLines'))).toEqual([true, true]);
  });
});
