/** 通报列表 — to be written. */
export function NoticeListScreen({ onOpen }: { onOpen: (noticeId: string) => void }) {
  void onOpen;
  return <div>通报列表</div>;
}
