/** 编辑 — to be written. */
export function EditorScreen({ noticeId, onBack }: { noticeId: string; onBack: () => void }) {
  void onBack;
  return <div>编辑 {noticeId}</div>;
}
