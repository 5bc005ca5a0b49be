import { Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useServices, useWritable } from '../../app/services';
import { errorReason } from '../../components/error-text';
import { DamagedNoticeActions } from './DamagedNoticeActions';
import { LoadedEditor } from './LoadedEditor';
import { RichEditorsProvider } from './rich-editors';
import { useAutosave } from './useAutosave';
import { useReplaceNotice } from './versions/use-replace-notice';
import { useNoticeEditing } from './useNoticeEditing';
import { useSaveShortcut } from './useSaveShortcut';
import './editor.css';

/** 编辑: one notice, its outline on the left, the selected part or item in the middle, its properties on the right. */
export function EditorScreen({ noticeId, onBack, onOpen }: { noticeId: string; onBack: () => void; onOpen: (noticeId: string) => void }) {
  // The provider sits above the notice's state, so a keystroke does not re-render it.
  return (
    <RichEditorsProvider>
      <NoticeEditor noticeId={noticeId} onBack={onBack} onOpen={onOpen} />
    </RichEditorsProvider>
  );
}

/** Loads the notice, holds it in state and saves it; shows the editor once it is loaded. */
function NoticeEditor({ noticeId, onBack, onOpen }: { noticeId: string; onBack: () => void; onOpen: (noticeId: string) => void }) {
  const { api, templates } = useServices();
  const writable = useWritable();
  const editing = useNoticeEditing(templates.layouts, !writable);
  const { notice, load } = editing;
  const [failure, setFailure] = useState<string | null>(null);
  const autosave = useAutosave(notice, (n) => api.saveNotice(n));
  const { markSaved } = autosave;
  useSaveShortcut(autosave.flush);
  const replaceNotice = useReplaceNotice(markSaved, editing.actions.changeNotice);

  useEffect(() => {
    let live = true;
    api.getNotice(noticeId).then(
      (loaded) => {
        if (!live) return;
        markSaved(loaded);
        load(loaded);
      },
      (error: unknown) => live && setFailure(errorReason(error)),
    );
    return () => {
      live = false;
    };
  }, [api, noticeId, markSaved, load]);

  if (failure) {
    return (
      <Result
        status="warning"
        title="无法打开这份通报"
        subTitle={failure}
        extra={<DamagedNoticeActions noticeId={noticeId} onBack={onBack} />}
      />
    );
  }
  if (!notice) return <Spin size="large" className="editor-loading" tip="正在打开通报…" fullscreen />;
  const layout = templates.layouts.find((l) => l.id === notice.layoutId) ?? templates.layouts[0]!;
  return (
    <LoadedEditor
      notice={notice}
      layout={layout}
      editing={editing}
      autosave={autosave}
      onBack={onBack}
      onOpen={onOpen}
      onReplaced={replaceNotice}
    />
  );
}
