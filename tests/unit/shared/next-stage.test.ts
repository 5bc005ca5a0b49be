import { describe, expect, it } from 'vitest';
import { loadLayoutTemplates } from '../../../main/layout-templates/load-layout-templates';
import { noticeTitle, openingParagraph } from '../../../shared/document/generated-text';
import { nextStageNotice } from '../../../shared/library/next-stage';
import { createGroup, createItem, createSubItem } from '../../../shared/model/factory';
import type { Item, Notice } from '../../../shared/model/notice';
import { plainList } from '../../../shared/model/rich-text';
import { allItems } from '../../../shared/model/tree';
import { seedNotice } from '../../support/seed-notice';

const { boilerplate } = loadLayoutTemplates();
const NOW = new Date('2024-09-01T02:00:00.000Z');
const next = (notice: Notice, publicationDate: string | null = null) =>
  nextStageNotice(notice, boilerplate.stagePhrases, NOW, { publicationDate });
const text = (item: Item) => item.progress.paragraphs.map((p) => p.children.map((r) => r.text).join('')).join('\n');

function stageNotice(): Notice {
  const notice = seedNotice('002_24447b05fa0c56f5');
  const parts = createItem({ problem: '分项问题', subItems: [createSubItem({ problem: '其一', progress: plainList(['其一已办']) })] });
  return {
    ...notice,
    meta: { ...notice.meta, stage: 'interim', publicationDate: '2024-03-15', titleOverride: null, openingOverride: null },
    checklist: [...notice.checklist, createGroup('另组', [createGroup('子组', [parts])])],
  };
}

describe('the next stage’s notice', () => {
  it('tells a hand-written title and opening at the new stage wherever they name it, line breaks kept', () => {
    const interim = stageNotice();
    interim.meta.titleOverride = '中共某局党组关于巡察整改\n阶段性进展情况的通报';
    interim.meta.openingOverride = '现将巡察整改工作阶段性进展情况通报如下。本次整改阶段性进展情况良好。';
    const progress = next(interim);
    expect(progress.meta.titleOverride).toBe('中共某局党组关于巡察整改\n进展情况的通报');
    expect(progress.meta.openingOverride).toBe('现将巡察整改工作进展情况通报如下。本次整改进展情况良好。');
    const final = next(progress);
    expect(final.meta.titleOverride).toBe('中共某局党组关于巡察整改\n情况的通报');
    expect(final.meta.openingOverride).toBe('现将巡察整改工作情况通报如下。本次整改情况良好。');
    expect(next(final).meta.openingOverride).toBe(final.meta.openingOverride);
  });

  it('follows the stage in its title and opening, with no 成文日期 unless one is chosen', () => {
    const interim = stageNotice();
    const progress = next(interim);
    expect(progress.meta.stage).toBe('progress');
    expect(progress.meta.publicationDate).toBeNull();
    expect(noticeTitle(progress.meta, boilerplate)).toContain('巡察整改进展情况的通报');
    expect(openingParagraph(progress.meta, boilerplate)).toContain('整改进展情况');
    expect(next(interim, '2024-09-01').meta.publicationDate).toBe('2024-09-01');
    const final = next(progress);
    expect(final.meta.stage).toBe('final');
    expect(noticeTitle(final.meta, boilerplate)).toMatch(/巡察整改情况的通报$/u);
    expect(openingParagraph(final.meta, boilerplate)).not.toMatch(/进展/u);
  });

  it('marks every item 待更新 and keeps its progress, status and the stage’s date as history, at any depth', () => {
    const interim = stageNotice();
    const before = allItems(interim.checklist);
    const after = allItems(next(interim).checklist);
    expect(after).toHaveLength(before.length);
    after.forEach((item, i) => {
      const old = before[i]!;
      expect(item.needsUpdate).toBe(true);
      expect(item.progress).toEqual(old.progress);
      expect(item.history).toEqual([
        {
          stage: 'interim',
          date: '2024-03-15',
          status: old.status,
          progress: old.progress,
          subItems: old.subItems.map((s) => ({ problem: s.problem, progress: s.progress })),
        },
      ]);
    });
    expect(after.at(-1)!.history[0]!.subItems).toEqual([{ problem: '其一', progress: plainList(['其一已办']) }]);
  });

  it('keeps the history of both earlier stages across two transitions, oldest first', () => {
    const interim = stageNotice();
    const progress = next(interim);
    const first = allItems(progress.checklist)[0]!;
    first.progress = plainList(['进展阶段的新情况']);
    first.status = 'mostlyDone';
    first.needsUpdate = false;
    progress.meta.publicationDate = '2024-06-30';
    const final = next(progress);
    const item = allItems(final.checklist)[0]!;
    expect(item.history.map((h) => [h.stage, h.date, h.status])).toEqual([
      ['interim', '2024-03-15', allItems(interim.checklist)[0]!.status],
      ['progress', '2024-06-30', 'mostlyDone'],
    ]);
    expect(text({ ...item, progress: item.history[1]!.progress })).toBe('进展阶段的新情况');
    expect(item.needsUpdate).toBe(true);
    // The notices it grew from are untouched.
    expect(allItems(progress.checklist)[0]!.history).toHaveLength(1);
    expect(allItems(interim.checklist)[0]!.history).toEqual([]);
  });
});
