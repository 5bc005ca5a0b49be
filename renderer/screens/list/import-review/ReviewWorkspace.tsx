import { useEffect, useMemo, useState } from 'react';
import { mapSource, type ReviewSourceLine } from '../../../../shared/import/review/source-map';
import { targetFromKey, targetKey, type ReviewTarget } from '../../../../shared/import/review/review-target';
import type { Layout } from '../../../../shared/layout/layout';
import type { Notice } from '../../../../shared/model/notice';
import { ImportWarnings } from '../ImportWarnings';
import type { ReadyImport } from './ready-import';
import { ReviewToolbar } from './ReviewToolbar';
import { ReviewTree } from './ReviewTree';
import { SourcePane } from './SourcePane';
import { useReviewDraft } from './use-review-draft';

const NO_LINES: ReviewSourceLine[] = [];

export interface ReviewWorkspaceProps {
  preview: ReadyImport;
  layout: Layout;
  /** Every correction, so 保存并打开 saves the notice as it now stands. */
  onChange: (notice: Notice) => void;
}

/**
 * The tree as recognised, with the corrections, beside the warnings and the
 * file's lines: selecting a node marks the lines it was read from, clicking
 * a warning or a line selects what it is about.
 */
export function ReviewWorkspace({ preview, layout, onChange }: ReviewWorkspaceProps) {
  const draft = useReviewDraft(preview.notice);
  const { notice, selected } = draft;
  const [warned, setWarned] = useState<{ index: number; line: number | null } | null>(null);

  useEffect(() => onChange(notice), [notice, onChange]);

  const lines = preview.source?.lines ?? NO_LINES;
  const map = useMemo(() => mapSource(notice, lines), [notice, lines]);
  const highlight = useMemo(() => {
    if (!selected) return null;
    const own = map.ranges.get(targetKey(selected));
    return own ?? (selected.kind === 'paragraph' ? (map.ranges.get(selected.itemId) ?? null) : null);
  }, [map, selected]);

  const select = (target: ReviewTarget | null) => {
    setWarned(null);
    draft.select(target);
  };

  // A warning about a line inside a node selects the node; one about a line outside them all (the title, the opening) marks the line.
  const pickWarning = (index: number) => {
    const line = preview.warnings[index]?.line ?? null;
    const owner = line === null ? null : map.ownerOf(line);
    draft.select(owner ? targetFromKey(owner) : null);
    setWarned({ index, line });
  };

  const pickLine = (line: number) => {
    const owner = map.ownerOf(line);
    setWarned(null);
    draft.select(owner ? targetFromKey(owner) : null);
  };

  return (
    <div
      className="review-workspace"
      onKeyDown={(event) => {
        // Ctrl+Z as everywhere else; the review has no text field of its own to take it.
        if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
          event.preventDefault();
          draft.undo();
        }
      }}
    >
      <section className="review-tree-pane" aria-label="识别结果">
        <header className="review-pane-head">
          识别结果
          <span className="review-pane-hint">按“{layout.name}”编号，与编辑界面一致</span>
        </header>
        <ReviewToolbar
          selected={selected}
          canUndo={draft.canUndo}
          status={draft.status}
          onRun={(action) => selected && draft.apply(action.label, action.run(notice, selected))}
          onUndo={draft.undo}
        />
        <div className="review-tree-scroll">
          {notice.checklist.length === 0 && (
            <p className="import-review-empty">没有识别出问题条目。可把叙述段落改为问题，或保存后在编辑界面中逐条添加。</p>
          )}
          <ReviewTree notice={notice} layout={layout} selected={selected} onSelect={select} />
        </div>
      </section>
      <div className="review-side">
        <header className={`review-pane-head review-summary ${preview.warnings.length > 0 ? 'has-warnings' : 'is-clean'}`}>
          {preview.warnings.length > 0
            ? `有 ${preview.warnings.length} 处需要核对：点击提示可查看原文中的位置，识别有误的可在左侧更正后再保存。`
            : '已识别通报的各个部分，请对照原文核对后保存；识别有误的可在左侧更正。'}
        </header>
        {preview.warnings.length > 0 && (
          <div className="review-warnings">
            <ImportWarnings warnings={preview.warnings} active={warned?.index ?? null} onPick={pickWarning} />
          </div>
        )}
        {preview.source ? (
          <SourcePane source={preview.source} highlight={highlight} warned={warned?.line ?? null} onPick={pickLine} />
        ) : (
          <p className="import-review-empty review-no-source">这个文件没有可以对照的原文行。</p>
        )}
      </div>
    </div>
  );
}
