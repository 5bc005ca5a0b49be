import { createGroup, createItem, createNotice, createSubItem } from '../../shared/model/factory';
import type { Notice } from '../../shared/model/notice';
import { plainList, type Paragraph } from '../../shared/model/rich-text';
import type { LayoutTemplates } from '../../main/layout-templates/load-layout-templates';

const SENTENCES = [
  '局党组召开专题会议，对巡察反馈意见逐条进行分析，建立巡察整改台账，明确责任领导、责任单位和完成时限。',
  '印发《关于进一步规范财务管理工作的通知》，对资金使用、合同管理和政府采购作出具体规定。',
  '组织全体干部职工集中学习有关制度规定，强化依规办事意识，坚决防止类似问题再次发生。',
  '对相关责任人进行谈话提醒，责令限期整改，已退回违规发放的款项1.28万元。',
  '建立月报、季督、年考制度，每季度开展一次督导检查，确保整改工作落到实处。',
];

function sentences(seed: number, count: number): string {
  return Array.from({ length: count }, (_, i) => SENTENCES[(seed + i) % SENTENCES.length]).join('');
}

/**
 * A realistic notice for format and render tests: every part filled, groups
 * two levels deep, items with several measures and progress paragraphs, one
 * with sub-items, a bold phrase, and text pasted with half-width punctuation.
 */
export function sampleNotice(templates: LayoutTemplates, layoutId: string, groups = 3, itemsPerGroup = 3): Notice {
  const layout = templates.layouts.find((l) => l.id === layoutId)!;
  const notice = createNotice(
    {
      layoutId,
      partHeadings: templates.boilerplate.partHeadings,
      measuresEnumeration: layout.defaults.measures,
      progressEnumeration: layout.defaults.progress,
    },
    {
      issuer: '中共某某市民政局党组',
      issuerShort: '市民政局党组',
      inspectingBody: '市委',
      round: '十四届市委第十轮',
      inspectionGroup: '市委第二巡察组',
      inspectionStart: '2020-05-19',
      inspectionEnd: '2020-06-19',
      feedbackDate: '2020-09-23',
      publicationDate: '2020-12-21',
      signature: '中共某某市民政局党组',
      contacts: [
        { kind: 'phone', label: '电话', value: '0769-22832508' },
        { kind: 'address', label: '邮政信箱', value: '某某市某某路1号机关党委' },
        { kind: 'postcode', label: '邮政编码', value: '523000' },
        { kind: 'email', label: '电子邮箱', value: 'dangwei@example.gov.cn' },
      ],
    },
    new Date('2020-12-21T02:00:00Z'),
  );
  const bold: Paragraph = {
    type: 'paragraph',
    children: [
      { text: '整改取得阶段性进展。目前，' },
      { text: '大部分问题已整改完毕', bold: true },
      { text: ',需长期整改的问题也取得了阶段性成效(详见附表)。' },
    ],
  };
  notice.parts.organisation.body = {
    enumeration: '（一）',
    paragraphs: [
      { type: 'paragraph', children: [{ text: `以上率下层层压实责任。${sentences(0, 4)}` }] },
      { type: 'paragraph', children: [{ text: `统筹协调强化组织领导。${sentences(1, 3)}` }] },
      bold,
    ],
  };
  let n = 0;
  notice.checklist = Array.from({ length: groups }, (_, g) =>
    createGroup(`第${g + 1}类问题：落实主体责任不到位的问题`, [
      createGroup(
        `财务管理不规范${g + 1}`,
        Array.from({ length: itemsPerGroup }, () => item(++n)),
      ),
      ...(g === 0 ? [item(++n, true)] : []),
    ]),
  );
  notice.parts.nextSteps.body = plainList([sentences(2, 3), sentences(3, 2)], '（一）');
  return notice;
}

function item(n: number, withSubItems = false) {
  return createItem({
    problem: `问题${n}：资金管理不到位,部分项目未按规定报备采购计划。`,
    measures: plainList([sentences(n, 1), sentences(n + 1, 1), sentences(n + 2, 1)], '一是'),
    progress: plainList([sentences(n + 3, 2), sentences(n + 4, 2)], '一是'),
    status: n % 3 === 0 ? 'ongoing' : 'done',
    responsibleUnit: '规划财务科',
    subItems: withSubItems
      ? [
          createSubItem({ problem: '分项问题甲', progress: plainList([sentences(n, 1)]) }),
          createSubItem({ problem: '分项问题乙', progress: plainList([sentences(n + 1, 1)]) }),
        ]
      : [],
  });
}
