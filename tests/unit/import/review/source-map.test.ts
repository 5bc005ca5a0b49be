import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewSourceLines } from '../../../../shared/import/review/review-source';
import { comparable, mapSource, type ReviewSourceLine } from '../../../../shared/import/review/source-map';
import { sourceFromText } from '../../../../shared/import/source';
import { paragraphText } from '../../../../shared/model/rich-text';
import { importText, items, ROOT, SEEDS_DIR } from '../helpers';
import { group, item, noticeWith } from './review-notice';

const seeds = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt'));
const traditional = readdirSync(path.join(ROOT, 'tests', 'fixtures', 'notices')).find(
  (name) => /traditional/u.test(name) && name.endsWith('.txt'),
)!;

describe('the source map on the real seeds', () => {
  it.each(seeds)('%s: every item starts on the line that holds its problem, in order', (name) => {
    const text = readFileSync(path.join(SEEDS_DIR, name), 'utf8');
    const result = importText(text);
    const lines = reviewSourceLines(sourceFromText(text), result.dropped);
    const byNumber = new Map(lines.map((l) => [l.line, l.text]));
    const map = mapSource(result.notice, lines);
    const firsts: number[] = [];
    for (const entry of items(result.notice.checklist)) {
      const range = map.ranges.get(entry.id);
      expect(range, entry.problem).toBeDefined();
      // The problem as a person finds it in the line (quotes, 针对 … 问题 around it do not matter).
      expect(comparable(byNumber.get(range!.first)!)).toContain(comparable(entry.problem).slice(0, 16));
      expect(map.ownerOf(range!.first)).toBe(entry.id);
      firsts.push(range!.first);
    }
    expect(firsts.length).toBeGreaterThan(5);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(new Set(firsts).size).toBe(firsts.length);
  });

  it('gives each measure and progress paragraph of an item its own line inside the item', () => {
    const text = readFileSync(path.join(SEEDS_DIR, '000_fca5672edf850d55.txt'), 'utf8');
    const result = importText(text);
    const lines = reviewSourceLines(sourceFromText(text), result.dropped);
    const map = mapSource(result.notice, lines);
    const second = items(result.notice.checklist)[2]!;
    const range = map.ranges.get(second.id)!;
    const progress = second.progress.paragraphs;
    expect(progress.length).toBeGreaterThan(0);
    progress.forEach((p, index) => {
      const own = map.ranges.get(`paragraph:${second.id}:progress:${index}`)!;
      expect(own.first).toBeGreaterThanOrEqual(range.first);
      expect(own.last).toBeLessThanOrEqual(range.last);
      const line = lines.find((l) => l.line === own.first)!;
      expect(comparable(line.text)).toContain(comparable(paragraphText(p)).slice(0, 16));
    });
  });

  it('leaves lines outside every node (title, opening, closing) to nobody', () => {
    const text = readFileSync(path.join(SEEDS_DIR, '000_fca5672edf850d55.txt'), 'utf8');
    const result = importText(text);
    const lines = reviewSourceLines(sourceFromText(text), result.dropped);
    const map = mapSource(result.notice, lines);
    const opening = lines.find((l) => l.text.startsWith('根据市委统一部署'))!;
    expect(map.ownerOf(opening.line)).toBeNull();
  });
});

describe('the source lines the review shows', () => {
  it('are the cleaned lines with their own numbers, blank ones left out, dropped furniture marked', () => {
    const source = sourceFromText(
      '分享到:\n\n中共某某局党组关于巡察整改进展情况的通报\n浏览: 12\n根据市委统一部署,市委巡察组对局党组进行了巡察。',
    );
    const lines = reviewSourceLines(source, [
      { line: 1, text: '分享到:' },
      { line: 4, text: '浏览: 12' },
    ]);
    expect(lines.map((l) => [l.line, l.dropped])).toEqual([
      [1, true],
      [3, false],
      [4, true],
      [5, false],
    ]);
    // Cleaned as the importer cleans a line (full-width punctuation), so it compares with what was made of it.
    expect(lines[3]!.text).toBe('根据市委统一部署，市委巡察组对局党组进行了巡察。');
  });
});

describe('the source lines the importer dropped only part of, or listed as one with the line under them', () => {
  const shown = (dir: string, name: string) => {
    const text = readFileSync(path.join(ROOT, 'tests', 'fixtures', dir, name), 'utf8');
    const result = importText(text);
    return { result, lines: reviewSourceLines(sourceFromText(text), result.dropped) };
  };

  it('a title with the page line run into it is kept, only the page line greyed', () => {
    const { result, lines } = shown('review', 'b04-title-with-furniture.txt');
    // The importer read the title from the line (the issuer is taken from it) and dropped the page line alone.
    expect(result.notice.meta.issuer).toBe('中共青山县民政局党组');
    expect(result.dropped.map((d) => d.text)).toEqual(['发布时间：2024-01-05 浏览：12']);
    const first = lines[0]!;
    expect(first.text).toContain('关于县委巡察整改情况的通报');
    expect(first.dropped).toBe(false);
    expect(first.droppedPart).toBe('发布时间：2024-01-05 浏览：12');
    expect(lines.filter((l) => l.dropped)).toEqual([]);
  });

  it('a disclosure table with each value under its label: label and value lines both dropped, the text after the table kept', () => {
    const name = readdirSync(path.join(ROOT, 'tests', 'fixtures', 'notices')).find((n) => n.startsWith('f02-') && n.endsWith('.txt'))!;
    const { lines } = shown('notices', name);
    const state = (text: string) => lines.filter((l) => l.text === text).map((l) => l.dropped);
    for (const label of ['信息索引号', '发布机构', '成文日期', '发布日期', '公开方式', '主题分类'])
      expect(state(label), label).toEqual([true]);
    for (const value of ['11330102MB1A23456X/2023-04518', '2023-11-20', '2023-11-22', '主动公开'])
      expect(state(value), value).toEqual([true]);
    // The issuer's name is the table's value once and the signature's line at the end, which stays.
    expect(state('中共云溪区教育局委员会')[0]).toBe(true);
    expect(state('中共云溪区教育局委员会').slice(1)).not.toContain(true);
    // The title, printed above the text again, is kept; the opening too.
    expect(state('中共云溪区教育局委员会关于区委巡察整改情况的通报')).toContain(false);
    expect(lines.find((l) => l.text.startsWith('根据区委巡察工作'))!.dropped).toBe(false);
  });
});

describe('the source lines of a Traditional text', () => {
  it('are shown in Simplified characters, as the importer read them, so the tree maps onto them', () => {
    const text = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'notices', traditional), 'utf8');
    const result = importText(text);
    expect(result.warnings.map((w) => w.message)).toContain('原文为繁体字，已转换为简体字，请核对');
    const lines = reviewSourceLines(sourceFromText(text), result.dropped);
    const map = mapSource(result.notice, lines);
    for (const entry of items(result.notice.checklist)) expect(map.ranges.get(entry.id), entry.problem).toBeDefined();
    expect(lines.some((l) => /巡察/u.test(l.text))).toBe(true);
    expect(lines.some((l) => /巡視|黨/u.test(l.text))).toBe(false);
  });
});

describe('the source map on written texts', () => {
  const line = (n: number, text: string, dropped = false): ReviewSourceLine => ({ line: n, text, dropped });

  it('finds texts under different enumerators and punctuation, moves only forward, and skips a text it cannot find', () => {
    const notice = noticeWith(
      [
        group('g', '资金管理不到位', [
          item('a', '“平安铃”项目擅自提高结算单价', ['一是深刻剖析问题原因，积极整改。'], ['已追回多支付的费用。']),
          item('b', '这段文字在原文中找不到', ['措施乙。']),
          item('c', '资金管理不到位的情况仍然存在', ['严格资金审批程序。']),
        ]),
      ],
      { organisation: ['召开党组会议部署整改。'], nextSteps: [] },
    );
    const lines = [
      line(1, '分享到:', true),
      line(2, '一、加强组织领导'),
      line(3, '召开党组会议部署整改。'),
      line(4, '二、逐条整改'),
      line(5, '（一）资金管理不到位'),
      line(6, '1.针对"平安铃"项目擅自提高结算单价问题,制定整改措施如下:一是深刻剖析问题原因,积极整改。'),
      line(7, '具体整改落实情况如下:已追回多支付的费用。'),
      line(8, '措施乙。'),
      line(9, '2.针对“资金管理不到位的情况仍然存在”问题'),
      line(10, '严格资金审批程序。'),
      line(11, '三、下一步打算'),
    ];
    const map = mapSource(notice, lines);
    expect(map.ranges.get('g')).toEqual({ first: 5, last: 5 });
    expect(map.ranges.get('a')).toEqual({ first: 6, last: 7 });
    expect(map.ranges.get('paragraph:a:measures:0')).toEqual({ first: 6, last: 6 });
    // 措施乙 is found, its problem is not: the item is where its measure is.
    expect(map.ranges.get('b')).toEqual({ first: 8, last: 8 });
    expect(map.ranges.get('c')).toEqual({ first: 9, last: 10 });
    // The group's title is found in line 5, not in line 9 that repeats it later.
    expect(map.ownerOf(9)).toBe('c');
    expect(map.ownerOf(3)).toBe('narrative:organisation:0');
    expect(map.ownerOf(1)).toBeNull();
  });
});

describe('the source map on a long document', () => {
  it('maps thousands of lines quickly, texts not found included', () => {
    const count = 3000;
    const notice = noticeWith(
      Array.from({ length: count }, (_, i) =>
        item(`i${i}`, i % 10 === 0 ? `原文里没有的第${i}个问题` : `第${i}个问题的内容`, [`第${i}条措施的内容`]),
      ),
      { organisation: [], nextSteps: [] },
    );
    const lines = Array.from({ length: count * 2 }, (_, n) => ({
      line: n + 1,
      text: n % 2 === 0 ? `${n / 2}.针对第${n / 2}个问题的内容` : `第${(n - 1) / 2}条措施的内容`,
      dropped: false,
    }));
    const started = performance.now();
    const map = mapSource(notice, lines);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(map.ranges.get('i1')).toEqual({ first: 3, last: 4 });
    expect(map.ranges.get(`i${count - 1}`)?.first).toBe(count * 2 - 1);
    // An item whose problem is not in the source is where its measure is.
    expect(map.ranges.get('i10')).toEqual({ first: 22, last: 22 });
  });
});
