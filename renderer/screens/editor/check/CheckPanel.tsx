import { Button, Empty, Tag, Tooltip, Typography } from 'antd';
import { memo, useState } from 'react';
import { CATEGORY_LABELS, SEVERITY_LABELS, type Finding, type FindingCategory } from '../../../../shared/check/finding';
import type { NoticeCheck } from './use-notice-check';
import './check.css';

const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS) as FindingCategory[];

/** Findings drawn at first in each group; a notice pasted from a web page can hold thousands. */
const FIRST_SHOWN = 50;

export interface CheckPanelProps {
  check: NoticeCheck;
  /** False when the database is read-only: the findings are shown, nothing is fixed or ignored. */
  writable: boolean;
  /** Shows the finding's place in the editor (and so in the preview). */
  onShow: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  /** Every safe fix of what is shown, as one step of the history. */
  onFixAll: () => void;
  onIgnore: (finding: Finding) => void;
  /** Shows again every finding ignored for this notice. */
  onRestoreIgnored: () => void;
}

/**
 * 检查: what the pre-submission check finds, grouped and counted, each
 * finding linked to its place; 修正 applies one safe fix, 全部修正 all of them
 * in one step, 忽略 hides a finding for this notice.
 */
export const CheckPanel = memo(function CheckPanel({
  check,
  writable,
  onShow,
  onFix,
  onFixAll,
  onIgnore,
  onRestoreIgnored,
}: CheckPanelProps) {
  const { shown, ignored, places } = check;
  const [expanded, setExpanded] = useState<ReadonlySet<FindingCategory>>(new Set());
  const errors = shown.filter((f) => f.severity === 'error').length;
  const fixable = shown.filter((f) => f.fix !== undefined && f.match !== null);
  return (
    <div className="check-panel" aria-label="检查结果">
      <div className="check-head">
        <span className="check-counts" aria-label="检查统计">
          <Tag color={errors > 0 ? 'red' : 'default'}>错误 {errors}</Tag>
          <Tag color={shown.length - errors > 0 ? 'blue' : 'default'}>提示 {shown.length - errors}</Tag>
        </span>
        <Tooltip title="把每一处可以自动修正的问题一次改好，可一步撤销">
          <Button size="small" type="primary" disabled={!writable || fixable.length === 0} onClick={onFixAll}>
            全部修正{fixable.length > 0 ? `（${fixable.length}）` : ''}
          </Button>
        </Tooltip>
      </div>
      <div className="check-list">
        {shown.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未发现问题" />
        ) : (
          CATEGORY_ORDER.map((category) => {
            const list = shown.filter((f) => f.category === category);
            if (list.length === 0) return null;
            const drawn = expanded.has(category) ? list : list.slice(0, FIRST_SHOWN);
            return (
              <section key={category} className="check-group" aria-label={CATEGORY_LABELS[category]}>
                <h3 className="check-group-title">
                  {CATEGORY_LABELS[category]}
                  <span className="check-group-count">{list.length}</span>
                </h3>
                {drawn.map((finding) => (
                  <FindingRow
                    key={finding.key}
                    finding={finding}
                    place={places.get(finding) ?? ''}
                    writable={writable}
                    onShow={onShow}
                    onFix={onFix}
                    onIgnore={onIgnore}
                  />
                ))}
                {drawn.length < list.length && (
                  <Button size="small" type="link" onClick={() => setExpanded((open) => new Set([...open, category]))}>
                    显示其余 {list.length - drawn.length} 处
                  </Button>
                )}
              </section>
            );
          })
        )}
        {ignored.length > 0 && (
          <div className="check-ignored">
            <Typography.Text type="secondary">已忽略 {ignored.length} 项</Typography.Text>
            <Button size="small" type="link" disabled={!writable} onClick={onRestoreIgnored}>
              全部恢复
            </Button>
          </div>
        )}
      </div>
    </div>
  );
});

/** One finding: its message (a button that shows where it is), its place, 修正 and 忽略. Drawn again only when it changes. */
const FindingRow = memo(function FindingRow({
  finding,
  place,
  writable,
  onShow,
  onFix,
  onIgnore,
}: {
  finding: Finding;
  place: string;
  writable: boolean;
  onShow: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  onIgnore: (finding: Finding) => void;
}) {
  const canFix = finding.fix !== undefined && finding.match !== null;
  return (
    <div className={`check-finding check-${finding.severity}`} data-rule={finding.rule} onClick={() => onShow(finding)}>
      <button type="button" className="check-finding-main" title="在编辑区中显示">
        <Tag color={finding.severity === 'error' ? 'red' : 'blue'} className="check-severity">
          {SEVERITY_LABELS[finding.severity]}
        </Tag>
        <span className="check-message">{finding.message}</span>
      </button>
      <div className="check-finding-foot">
        <span className="check-place">{place}</span>
        <span className="check-actions" onClick={(event) => event.stopPropagation()}>
          {canFix && (
            <Tooltip title={finding.fix === '' ? '删除这段文字' : `改为“${finding.fix}”`}>
              <Button size="small" disabled={!writable} onClick={() => onFix(finding)}>
                修正
              </Button>
            </Tooltip>
          )}
          <Button size="small" type="text" disabled={!writable} onClick={() => onIgnore(finding)}>
            忽略
          </Button>
        </span>
      </div>
    </div>
  );
});
