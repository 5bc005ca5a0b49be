import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from '../../../../renderer/editor/wrapped-lines';
import { textToParagraphs } from '../../../../renderer/editor/clean-text';
import { findLayout, loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { blockText } from '../../../../shared/document/blocks';
import { composeNotice } from '../../../../shared/document/compose';
import type { Notice } from '../../../../shared/model/notice';
import { displayWidth } from '../../../../shared/text/width';

/** Marks a typesetter never starts a line with (避头尾): they stay at the end of the line before. */
const NO_LINE_START = new Set('，。、；：？！”’）》」』…%');

/**
 * A paragraph as a PDF prints it and a PDF viewer copies it: broken at
 * `width` full-width characters (half-width ones count half) between any
 * two Chinese characters but not inside a Latin word, a number or an
 * address, a mark that may not start a line kept on the line before, the
 * first line indented by two full-width spaces or not (most viewers drop
 * the indent).
 */
function printed(paragraph: string, width: number, indent: boolean): string[] {
  const lines: string[] = [];
  let line = indent ? '\u3000\u3000' : '';
  for (const piece of paragraph.match(/[!-~]+|./gu) ?? []) {
    if (displayWidth(line + piece) > width && !NO_LINE_START.has(piece) && line.trim() !== '') {
      lines.push(line);
      line = '';
    }
    line += piece;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The paragraphs of a real notice (seed 003) as the app prints it: part
 * headings, group headings, numbered items, 一是…二是… measures.
 */
function seedParagraphs(): string[] {
  const notice = JSON.parse(readFileSync(new URL('../../../fixtures/seeds/003_8f695a607027e73e.json', import.meta.url), 'utf8')) as Notice;
  const templates = loadLayoutTemplates();
  const blocks = composeNotice(notice, findLayout(templates, notice.layoutId), templates.boilerplate, {
    heading3Bold: false,
    titleMaxCharactersPerLine: 20,
  });
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph').map(blockText);
  expect(paragraphs.length).toBeGreaterThan(20);
  return paragraphs;
}

describe('lines a PDF broke mid-paragraph', () => {
  it('joins a copied page of the next-steps part (30 a line, indented), keeping the heading apart', () => {
    const copied = [
      '三、下一步工作计划',
      '　　（一）持续抓好整改。经过前期整改，我办的整改工作已经取得',
      '了阶段性成果，下来，我办将适时组织“回头看”，巩固整改成果，',
      '对整改不彻底、效果不明显的责任部门和责任人严肃追责问责，倒逼',
      '整改责任落实落地，确保整改工作不走过场、不流于形式，取得扎扎',
      '实实的成效。',
      '　　（二）做好建章立制。在深入整改的同时更加注重预防，以问题',
      '为导向，倒查制度漏洞，围绕重点领域和重要环节，加大制度建设力',
      '度，形成用制度管人管事管权的长效机制。',
    ].join('\r\n');
    expect(textToParagraphs(copied)).toEqual([
      '三、下一步工作计划',
      '（一）持续抓好整改。经过前期整改，我办的整改工作已经取得了阶段性成果，下来，我办将适时组织“回头看”，巩固整改成果，对整改不彻底、效果不明显的责任部门和责任人严肃追责问责，倒逼整改责任落实落地，确保整改工作不走过场、不流于形式，取得扎扎实实的成效。',
      '（二）做好建章立制。在深入整改的同时更加注重预防，以问题为导向，倒查制度漏洞，围绕重点领域和重要环节，加大制度建设力度，形成用制度管人管事管权的长效机制。',
    ]);
  });

  it('joins lines copied without indentation (28 a line) across a page number, and ends paragraphs at 。 and at numbered lines', () => {
    const copied = [
      '（三）基层党组织软弱涣散、组织力欠缺方面',
      '8.针对“执行民主集中制打折扣，民主议事不规范”的问题。',
      '一是局党组班子以此次巡察整改为契机，引以为戒，在研究“三',
      '重一大”工作时，做到会前酝酿，对人事安排采取民主推荐，采',
      '— 12 —',
      '用自上而下、自下而上的办法，确定人事安排和人选。',
      // A paragraph that ends exactly at the end of a line, and one after it with no enumerator.
      '市民政局党组高度重视巡察整改工作，把巡察反馈意见整改落实',
      '作为重大政治任务，切实确保件件有人抓、事事有人管理到位。',
      '目前，整改工作取得了阶段性进展。',
      // The closing quote at the margin is not a sentence end: 的问题。 belongs to this line.
      '10.针对“履行整改主体责任不到位，审计整改不及时、不到位”',
      '的问题。',
      // Half-width digits make a full line longer in characters, not in width.
      '二是强化内审工作，及时做好2019年度、2020年度内审反馈意见',
      '整改工作，严格按要求、按时限上报审计整改结果。',
    ].join('\n');
    expect(textToParagraphs(copied)).toEqual([
      '（三）基层党组织软弱涣散、组织力欠缺方面',
      '8.针对“执行民主集中制打折扣，民主议事不规范”的问题。',
      '一是局党组班子以此次巡察整改为契机，引以为戒，在研究“三重一大”工作时，做到会前酝酿，对人事安排采取民主推荐，采用自上而下、自下而上的办法，确定人事安排和人选。',
      '市民政局党组高度重视巡察整改工作，把巡察反馈意见整改落实作为重大政治任务，切实确保件件有人抓、事事有人管理到位。',
      '目前，整改工作取得了阶段性进展。',
      '10.针对“履行整改主体责任不到位，审计整改不及时、不到位”的问题。',
      '二是强化内审工作，及时做好2019年度、2020年度内审反馈意见整改工作，严格按要求、按时限上报审计整改结果。',
    ]);
  });

  it('puts back every paragraph of a seed notice printed at 28, 34 and 40 a line, with its indents', () => {
    const paragraphs = seedParagraphs();
    for (const width of [28, 34, 40]) {
      const lines = paragraphs.flatMap((p) => printed(p, width, true));
      expect(lines.length).toBeGreaterThan(paragraphs.length * 2);
      expect(textToParagraphs(lines.join('\n')), `${width} a line`).toEqual(paragraphs);
    }
  });

  it('copied without indents, loses no paragraph break and adds one only where a sentence ends at the margin', () => {
    // 一是…轨道。 at the end of a line, 二是… at the start of the next: without the
    // indent, a paragraph of its own is as likely as 二是 run on, and a break is kept.
    const paragraphs = seedParagraphs();
    for (const width of [28, 34, 40]) {
      const joined = textToParagraphs(paragraphs.flatMap((p) => printed(p, width, false)).join('\n'));
      expect(joined.join(''), `${width} a line`).toBe(paragraphs.join(''));
      const breaks = (list: string[]) => new Set(list.map((_, i) => list.slice(0, i).join('').length));
      const found = breaks(joined);
      for (const at of breaks(paragraphs)) expect(found.has(at), `${width} a line: a break at ${at}`).toBe(true);
      const extra = [...found].filter((at) => !breaks(paragraphs).has(at));
      expect(extra.length, `${width} a line`).toBeLessThanOrEqual(paragraphs.length / 4);
      for (const at of extra) expect(paragraphs.join('')[at - 1], `${width} a line`).toMatch(/[。；：！？]/u);
    }
  });

  it('joins Chinese to Chinese with nothing between, Latin words with a space, the digits of a number together', () => {
    const lines = [
      '按照《Rules of Procedure for the Party Group》和2020年9',
      '月修订的议事规则，市民政局党组于当月召开会议审议通过了',
      'the revised rules，并报送市委巡察办备案，编号为2020-0',
      '13号。',
    ];
    expect(joinWrappedLines(lines)).toEqual([
      '按照《Rules of Procedure for the Party Group》和2020年9月修订的议事规则，市民政局党组于当月召开会议审议通过了the revised rules，并报送市委巡察办备案，编号为2020-013号。',
    ]);
    expect(
      joinWrappedLines([
        'Party building work in the bureau was strengthened in',
        'line with the requirements of the inspection group and',
        'its rules.',
      ]),
    ).toEqual(['Party building work in the bureau was strengthened in line with the requirements of the inspection group and its rules.']);
  });

  it('keeps a full line without a full stop apart from a next line that opens with an enumerator', () => {
    const lines = [
      '二、关于“落实全面从严治党主体责任不到位”问题的整改情况及成效',
      '（一）关于“党组对党风廉政建设重视不够、研究部署不够”的问题',
      '1.局党组召开专题会议，深入研究部署党风廉政建设工作，制定了',
      '年度工作要点。',
    ];
    expect(joinWrappedLines(lines)).toEqual([lines[0], lines[1], lines[2] + lines[3]]);
  });

  it('in a copy that kept its indents, starts paragraphs at the indents only', () => {
    const lines = [
      '　　一是及时对领导班子成员分工进行调整，一把手局长直接联系柏山',
      '医院工作，强化对柏山医院监管，该院工作已走入正常化、规范化轨道。',
      '二是在区社会福利院土地房屋征收过程中，局党组书记和班子成员之',
      '间开展经常性的交流沟通，内部矛盾得到化解。',
      '　　（二）群众身边腐败问题和不正之风方面',
      '　　4.针对“公务接待不规范”的问题。',
    ];
    expect(joinWrappedLines(lines)).toEqual([lines.slice(0, 4).join(''), lines[4], lines[5]]);
  });

  it('leaves a list of short lines of about the same width as it is, however unpunctuated', () => {
    const phrases = ['加强理论学习提高政治站位', '完善制度建设规范权力运行', '强化监督检查压实工作责任'];
    expect(joinWrappedLines(phrases)).toEqual(phrases);
    const contacts = ['联系人：张三 电话：12345678', '联系人：李四 电话：87654321'];
    expect(joinWrappedLines(contacts)).toEqual(contacts);
  });

  it('leaves text that was not wrapped as it is: one line per paragraph, short lines, one long line only', () => {
    // Plain text from Word or WPS: each paragraph one long line of its own length.
    const word = [
      '一、加强组织领导，把巡察整改作为首要任务抓紧抓好',
      '区民政局党政领导班子高度重视巡察整改工作，把巡察整改工作视为首要的政治任务，认真贯彻落实区委巡察组反馈意见',
      '成立整改工作领导小组，为巡察整改工作提供了组织保障。',
    ];
    expect(joinWrappedLines(word)).toEqual(word);
    const list = ['市委第二巡察组', '市民政局党组', '市纪委监委', '2020年9月23日'];
    expect(joinWrappedLines(list)).toEqual(list);
    // A single line at the margin shows no margin: two lines copied from a PDF stay two.
    const two = ['局党组召开专题会议，深入研究部署党风廉政建设工作，制定了', '年度工作要点。'];
    expect(joinWrappedLines(two)).toEqual(two);
  });
});
