import { Button, Segmented } from 'antd';
import { memo, type ReactNode } from 'react';

/** What the pane beside the editing column shows. */
export type SideView = 'preview' | 'check';

const VIEW_OPTIONS: { value: SideView; label: string }[] = [
  { value: 'preview', label: '预览' },
  { value: 'check', label: '检查' },
];

/**
 * The pane beside the editing column for 预览 and 检查: docked where there is
 * room, over the right of the editor where there is not (editor.css). The
 * views stay mounted while the pane is open, so switching keeps each one's
 * scroll position.
 */
export const SidePane = memo(function SidePane({
  view,
  onView,
  onClose,
  checkLabel,
  preview,
  check,
}: {
  view: SideView;
  onView: (view: SideView) => void;
  onClose: () => void;
  /** 检查, with its count of findings. */
  checkLabel: string;
  preview: ReactNode;
  check: ReactNode;
}) {
  const options = VIEW_OPTIONS.map((option) => (option.value === 'check' ? { ...option, label: checkLabel } : option));
  return (
    <aside className="editor-side" aria-label={view === 'preview' ? '预览' : '检查'}>
      <div className="editor-side-head">
        <Segmented aria-label="预览或检查" value={view} options={options} onChange={(value) => onView(value as SideView)} />
        <Button type="text" size="small" aria-label="关闭" onClick={onClose}>
          ✕
        </Button>
      </div>
      <div className="editor-side-view" hidden={view !== 'preview'}>
        {preview}
      </div>
      <div className="editor-side-view" hidden={view !== 'check'}>
        {check}
      </div>
    </aside>
  );
});
