import {
  changeKind,
  demote,
  mergeWithPrevious,
  moveParagraph,
  promote,
  splitAt,
  type ReviewOutcome,
} from '../../../../shared/import/review/review-ops';
import type { ReviewTarget } from '../../../../shared/import/review/review-target';
import type { Notice } from '../../../../shared/model/notice';

/** A correction the review's toolbar offers, with what it may act on. */
export interface ReviewAction {
  name: string;
  label: string;
  hint: string;
  /** Which selections the button is for; other selections disable it. */
  targets: readonly ReviewTarget['kind'][];
  run: (notice: Notice, target: ReviewTarget) => ReviewOutcome;
}

/** In rows, as the toolbar shows them: what a node is, where it stands, what an item's paragraph belongs to. */
export const REVIEW_ACTION_ROWS: readonly (readonly ReviewAction[])[] = [
  [
    {
      name: 'toGroup',
      label: '改为分组',
      hint: '把选中的问题或叙述段落改为分组：问题的文字作分组标题',
      targets: ['node', 'narrative'],
      run: (n, t) => changeKind(n, t, 'group'),
    },
    {
      name: 'toItem',
      label: '改为问题',
      hint: '把选中的分组或叙述段落改为问题：分组标题作反馈问题，分组中的条目排在它之后',
      targets: ['node', 'narrative'],
      run: (n, t) => changeKind(n, t, 'item'),
    },
    {
      name: 'toNarrative',
      label: '改为叙述段落',
      hint: '把问题清单的第一项或最后一项改为叙述段落，文字全部保留',
      targets: ['node'],
      run: (n, t) => changeKind(n, t, 'narrative'),
    },
    { name: 'promote', label: '升级', hint: '移出所在分组，排在该分组之后', targets: ['node'], run: promote },
    { name: 'demote', label: '降级', hint: '移入上方相邻的分组，排在最后', targets: ['node'], run: demote },
  ],
  [
    {
      name: 'merge',
      label: '与上一条合并',
      hint: '把选中的条目或段落并入紧挨在它前面的一条，文字接在后面',
      targets: ['node', 'narrative', 'paragraph'],
      run: mergeWithPrevious,
    },
    {
      name: 'split',
      label: '从此段拆分',
      hint: '选中段落作为新问题的反馈问题，它之后的段落归新问题',
      targets: ['paragraph'],
      run: splitAt,
    },
    {
      name: 'toProblem',
      label: '移至问题',
      hint: '把选中段落（连同它之前的段落）接到反馈问题末尾',
      targets: ['paragraph'],
      run: (n, t) => moveParagraph(n, t, 'problem'),
    },
    {
      name: 'toMeasures',
      label: '移至整改措施',
      hint: '反馈问题的最后一句、或整改情况中选中的段落（连同它之前的段落）移入整改措施',
      targets: ['paragraph'],
      run: (n, t) => moveParagraph(n, t, 'measures'),
    },
    {
      name: 'toProgress',
      label: '移至整改情况',
      hint: '整改措施中选中的段落（连同它之后的段落）移入整改情况',
      targets: ['paragraph'],
      run: (n, t) => moveParagraph(n, t, 'progress'),
    },
  ],
];
