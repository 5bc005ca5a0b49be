import { createGroup, createItem } from '../../shared/model/factory';
import type { Notice } from '../../shared/model/notice';
import { plainList } from '../../shared/model/rich-text';
import type { LayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import { sampleNotice } from './sample-notice';

/** A notice with `count` items in four groups of two levels, each item with every ledger field filled. */
export function ledgerNotice(templates: LayoutTemplates, count: number): Notice {
  const notice = sampleNotice(templates, 'duizhao', 1, 1);
  const perGroup = Math.ceil(count / 4);
  let n = 0;
  notice.checklist = Array.from({ length: 4 }, (_, g) =>
    createGroup(`第${g + 1}类问题`, [
      createGroup(
        `分类${g + 1}`,
        Array.from({ length: Math.min(perGroup, count - g * perGroup) }, () => {
          n += 1;
          return createItem({
            problem: `台账问题${n}：资金管理不到位。`,
            measures: plainList([`措施${n}甲。`, `措施${n}乙。`], '一是'),
            progress: plainList([`进展${n}：已召开专题会议研究整改。`]),
            status: n % 4 === 0 ? 'ongoing' : 'done',
            responsibleLeader: `领导${n}`,
            responsibleUnit: '规划财务科',
            deadline: '2021-06-30',
            completedOn: n % 4 === 0 ? null : '2021-03-01',
          });
        }),
      ),
    ]),
  );
  return notice;
}
