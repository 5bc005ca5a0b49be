import { Button, Select, Tag, Typography } from 'antd';
import { memo } from 'react';
import type { Layout } from '../../../shared/layout/layout';
import { NOTICE_STATUSES, NOTICE_STATUS_LABELS, type Notice, type NoticeStatus, type Stage } from '../../../shared/model/notice';
import { ExportControls, type ExportBlockers } from './ExportControls';
import { NextStageMenu } from './NextStageMenu';
import { SaveIndicator } from './SaveIndicator';
import { UndoButtons } from './UndoButtons';
import type { NoticeHistory } from '../../editor/notice-history';
import type { SaveState } from './useAutosave';
import { VersionsButton } from './versions/VersionsButton';
import type { SideView } from './SidePane';

/** The editor's top row: back to the list, undo and redo, the title, layout and status, the save state, 整改总览, 历史版本, the exports, 更多 (生成下一阶段通报). */
export const EditorToolbar = memo(function EditorToolbar({
  title,
  layouts,
  layoutId,
  status,
  saveState,
  noticeId,
  flush,
  onBack,
  onLayout,
  onStatus,
  onRetrySave,
  writable,
  onRestored,
  history,
  onUndo,
  onRedo,
  side,
  onSide,
  errorsBeforeExport,
  onReviewFindings,
  stage,
  onOpenNotice,
  onOverview,
}: {
  title: string;
  layouts: Layout[];
  layoutId: string;
  status: NoticeStatus;
  saveState: SaveState;
  noticeId: string;
  /** Saves what is not saved yet; true when everything is stored (exports read the stored notice). */
  flush: () => Promise<boolean>;
  onBack: () => unknown;
  onLayout: (layoutId: string) => void;
  onStatus: (status: NoticeStatus) => void;
  onRetrySave: () => void;
  /** False when the database is read-only: layout and status cannot be changed, exports still work. */
  writable: boolean;
  /** A version was restored over the notice: the editor shows it as stored. */
  onRestored: (notice: Notice) => void;
  history: NoticeHistory;
  onUndo: () => void;
  onRedo: () => void;
  /** Which view the pane beside the editing column shows; null when it is closed. */
  side: SideView | null;
  /** Opens the pane on a view, or closes it when it already shows that view. */
  onSide: (view: SideView) => void;
  /** The check's errors at the moment 导出 Word is clicked. */
  errorsBeforeExport: () => ExportBlockers;
  /** 返回修改: the check's findings beside the editor. */
  onReviewFindings: () => void;
  /** The notice's stage, for 生成下一阶段通报 to say which follows. */
  stage: Stage;
  /** Opens another notice in the editor (the next stage's, once made). */
  onOpenNotice: (noticeId: string) => void;
  /** 整改总览: every item's deadline and 销号 in one table. */
  onOverview: () => void;
}) {
  return (
    <div className="editor-toolbar">
      <Button onClick={onBack}>返回列表</Button>
      <UndoButtons history={history} onUndo={onUndo} onRedo={onRedo} writable={writable} />
      <Typography.Text className="editor-title" ellipsis={{ tooltip: title }} strong>
        {title.trim() || '（未命名通报：请在“标题与开头”中填写发文机关和巡察轮次）'}
      </Typography.Text>
      <label className="toolbar-field">
        <span>版式</span>
        <Select
          aria-label="版式"
          disabled={!writable}
          value={layoutId}
          style={{ width: 104 }}
          onChange={onLayout}
          options={layouts.map((l) => ({ value: l.id, label: l.name, title: l.description }))}
          popupMatchSelectWidth={false}
          optionRender={(option) => (
            <div className="layout-option">
              <div>{option.label}</div>
              <Typography.Text type="secondary" className="layout-option-hint">
                {layouts.find((l) => l.id === option.value)?.description}
              </Typography.Text>
            </div>
          )}
        />
      </label>
      <label className="toolbar-field">
        <span>状态</span>
        <Select
          aria-label="通报状态"
          disabled={!writable}
          value={status}
          style={{ width: 84 }}
          onChange={onStatus}
          options={NOTICE_STATUSES.map((s) => ({ value: s, label: NOTICE_STATUS_LABELS[s] }))}
        />
      </label>
      {writable ? <SaveIndicator state={saveState} onRetry={onRetrySave} /> : <Tag color="warning">只读</Tag>}
      <span className="side-toggles">
        <Button
          aria-pressed={side === 'preview'}
          type={side === 'preview' ? 'primary' : 'default'}
          ghost={side === 'preview'}
          onClick={() => onSide('preview')}
        >
          预览
        </Button>
        <Button
          aria-pressed={side === 'check'}
          type={side === 'check' ? 'primary' : 'default'}
          ghost={side === 'check'}
          onClick={() => onSide('check')}
        >
          检查
        </Button>
      </span>
      <Button onClick={onOverview}>整改总览</Button>
      <VersionsButton noticeId={noticeId} flush={flush} onRestored={onRestored} />
      <ExportControls noticeId={noticeId} flush={flush} errorsBeforeExport={errorsBeforeExport} onReviewFindings={onReviewFindings} />
      <NextStageMenu source={{ id: noticeId, title, stage }} flush={flush} writable={writable} onOpenNotice={onOpenNotice} />
    </div>
  );
});
