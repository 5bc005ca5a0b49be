import { describe, expect, it } from 'vitest';
import { createItem, createSubItem } from '../../../../shared/model/factory';
import { plainList } from '../../../../shared/model/rich-text';
import { check, cleanNotice, doneItem, rules } from './check-helpers';

const completeness = (notice: Parameters<typeof check>[0]) => check(notice).filter((f) => f.category === 'completeness');

describe('completeness', () => {
  it('a complete notice has nothing missing', () => {
    expect(completeness(cleanNotice())).toEqual([]);
  });

  it('flags a notice without signature or date', () => {
    const notice = cleanNotice();
    Object.assign(notice.meta, { signature: '', issuer: '', publicationDate: null });
    const found = completeness(notice);
    expect(found.map((f) => [f.rule, f.severity, f.selection, f.match])).toEqual([
      ['completeness.signature', 'error', 'meta', null],
      ['completeness.publication-date', 'error', 'meta', null],
    ]);
  });

  it('flags a title or opening left empty (an import that found none), not a generated one', () => {
    const notice = cleanNotice();
    Object.assign(notice.meta, { titleOverride: '', openingOverride: ' ' });
    expect(completeness(notice).map((f) => [f.rule, f.severity, f.selection])).toEqual([
      ['completeness.title', 'error', 'meta'],
      ['completeness.opening', 'error', 'meta'],
    ]);
    Object.assign(notice.meta, { titleOverride: null, openingOverride: null });
    expect(completeness(notice)).toEqual([]);
  });

  it('flags items without measures or progress, and 已完成 without a date', () => {
    const empty = createItem({ problem: '什么都没写' });
    const noMeasures = createItem({ problem: '没写措施', progress: plainList(['已完成。']) });
    const noProgress = createItem({ problem: '没写进展', measures: plainList(['加强管理。']) });
    const undated = doneItem({ completedOn: null });
    const notice = cleanNotice('duizhao', [empty, noMeasures, noProgress, undated]);
    expect(completeness(notice).map((f) => [f.rule, f.severity, f.selection])).toEqual([
      ['completeness.empty-entry', 'error', empty.id],
      // 对照式 prints 制定整改措施如下： with nothing after it.
      ['completeness.measures', 'error', noMeasures.id],
      ['completeness.progress', 'hint', noProgress.id],
      ['completeness.completed-on', 'hint', undated.id],
    ]);
    notice.layoutId = 'qingdan';
    expect(rules(completeness(notice))).toContain('completeness.measures');
    expect(completeness(notice).find((f) => f.selection === noMeasures.id)!.severity).toBe('hint');
  });

  it('reads an item fed back in parts by its parts, each pointing at the item', () => {
    const item = doneItem({
      measures: plainList([]),
      progress: plainList([]),
      subItems: [createSubItem({ problem: '分项', measures: plainList(['加强管理。']) })],
    });
    const found = completeness(cleanNotice('duizhao', [item]));
    expect(found.map((f) => [f.rule, f.selection])).toEqual([['completeness.progress', item.id]]);
  });

  it('flags a hand-written title or opening naming another stage', () => {
    const notice = cleanNotice();
    notice.meta.stage = 'final';
    notice.meta.titleOverride = '中共某某市民政局党组关于十四届市委第十轮巡察整改阶段性进展情况的通报';
    notice.meta.openingOverride = '……现将巡察整改进展情况予以公布。';
    notice.parts.organisation.body = plainList(['整改工作取得阶段性进展。']);
    const found = completeness(notice);
    expect(found.map((f) => [f.match!.address, f.match!.text, f.severity])).toEqual([
      [{ kind: 'meta', field: 'titleOverride' }, '阶段性进展', 'error'],
      [{ kind: 'meta', field: 'openingOverride' }, '进展', 'error'],
      [{ kind: 'part', part: 'organisation', field: 'body' }, '阶段性进展', 'hint'],
    ]);
    notice.meta.stage = 'interim';
    notice.meta.openingOverride = '……现将巡察整改阶段性进展情况予以公布。';
    expect(completeness(notice)).toEqual([]);
    notice.meta.titleOverride = '中共某某市民政局党组关于十四届市委第十轮巡察整改情况的通报';
    expect(completeness(notice).map((f) => f.match!.text)).toEqual(['整改情况']);
  });
});
