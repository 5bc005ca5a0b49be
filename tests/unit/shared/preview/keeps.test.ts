import { describe, expect, it } from 'vitest';
import type { DocBlock } from '../../../../shared/document/blocks';
import { paginate } from '../../../../shared/document/pagination';
import { han, lineText, noticePages, paragraph } from './support';

/** A paragraph of exactly `lines` full lines (the first indented two characters). */
const ofLines = (lines: number, from = 0) => paragraph(`${han(28 * lines - 3, from)}。`);
const heading = (text: string) => paragraph(text, { heading: true, runs: [{ text, role: 'heading1' }] });
const signature: DocBlock = { kind: 'signature', organisation: '中共某某市民政局党组', date: '2020年12月21日', sealed: false };

/** Title (1 line), blank, then the given body, then the ending as the composer ends a notice; keeps as pagination.ts marks them. */
function notice(body: DocBlock[], closingLines: number): DocBlock[] {
  const blocks: DocBlock[] = [
    { kind: 'title', lines: ['关于巡察整改进展情况的通报'] },
    { kind: 'blank' },
    ...body,
    ofLines(closingLines, 7),
  ];
  const endingFrom = blocks.length;
  return paginate([...blocks, { kind: 'blank' }, signature], endingFrom);
}

describe('pages of the preview', () => {
  it('fills a page with 22 lines and runs a paragraph on over the break', () => {
    const pages = noticePages(notice([ofLines(30)], 2));
    expect(pages[0]!.lines).toHaveLength(22);
    expect(pages[1]!.lines[0]!.block).toBe(2);
  });

  it('never ends a page with a heading standing alone: it goes over with the next line', () => {
    // Title, blank, 19 lines: the heading would be line 22.
    const pages = noticePages(notice([ofLines(19), heading('二、下一步工作计划'), ofLines(10, 3)], 2));
    expect(pages[0]!.lines).toHaveLength(21);
    expect(lineText(pages[1]!.lines[0]!)).toBe('二、下一步工作计划');
    expect(pages[1]!.lines[1]!.block).toBe(4);
  });

  it('takes a run of headings over together', () => {
    const pages = noticePages(notice([ofLines(18), heading('二、整改落实情况'), heading('（一）关于理论学习'), ofLines(10, 3)], 2));
    expect(pages[0]!.lines).toHaveLength(20);
    expect(pages[1]!.lines.slice(0, 2).map(lineText)).toEqual(['二、整改落实情况', '（一）关于理论学习']);
  });

  it('prints signature and date on the page of the body’s last line, taking the last paragraph over whole', () => {
    // Title, blank, 15 lines, the closing on 18–21: the blank would be 22 and the signature over the page.
    const pages = noticePages(notice([ofLines(15)], 4));
    expect(pages).toHaveLength(2);
    expect(pages[0]!.lines).toHaveLength(17);
    const second = pages[1]!.lines;
    expect(second.map((l) => l.block)).toEqual([3, 3, 3, 3, 4, 5, 5]);
    expect(second.slice(-2).map((l) => [lineText(l), l.align])).toEqual([
      ['中共某某市民政局党组', 'end'],
      ['2020年12月21日', 'end'],
    ]);
  });

  it('leaves the page alone when the signature fits', () => {
    const pages = noticePages(notice([ofLines(14)], 3));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.lines).toHaveLength(22);
  });

  it('places the signature with the right indents placeSignature gives', () => {
    const [page] = noticePages(notice([ofLines(2)], 2));
    const [organisation, date] = page!.lines.slice(-2);
    // 10 characters two from the edge; the date (9 wide) starts two characters after the name: 3 from the edge.
    expect(organisation!.right).toBe(2 * 315);
    expect(date!.right).toBe(3 * 315);
  });
});
