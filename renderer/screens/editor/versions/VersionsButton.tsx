import { Button } from 'antd';
import { memo, useCallback, useState } from 'react';
import type { Notice } from '../../../../shared/model/notice';
import { VersionsDrawer } from './VersionsDrawer';

/** 历史版本 in the editor's toolbar, and the drawer it opens. */
export const VersionsButton = memo(function VersionsButton({
  noticeId,
  flush,
  onRestored,
}: {
  noticeId: string;
  flush: () => Promise<boolean>;
  onRestored: (notice: Notice) => void;
}) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <Button onClick={() => setOpen(true)}>历史版本</Button>
      <VersionsDrawer open={open} noticeId={noticeId} onClose={close} flush={flush} onRestored={onRestored} />
    </>
  );
});
