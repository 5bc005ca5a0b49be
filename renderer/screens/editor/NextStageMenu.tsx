import { Button, Dropdown } from 'antd';
import { memo, useState } from 'react';
import type { Notice } from '../../../shared/model/notice';
import { NextStageDialog, type NextStageSource } from '../../components/NextStageDialog';

/**
 * 更多 in the editor's top row: 生成下一阶段通报 from the notice being
 * edited. What was typed is saved first, so the new notice holds it.
 */
export const NextStageMenu = memo(function NextStageMenu({
  source,
  flush,
  writable,
  onOpenNotice,
}: {
  source: NextStageSource;
  flush: () => Promise<boolean>;
  writable: boolean;
  onOpenNotice: (noticeId: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const items = [{ key: 'next-stage', label: '生成下一阶段通报', disabled: !writable }];
  return (
    <>
      <Dropdown menu={{ items, onClick: ({ key }) => key === 'next-stage' && setOpen(true) }} trigger={['click']}>
        <Button>更多</Button>
      </Dropdown>
      <NextStageDialog
        source={open ? source : null}
        beforeCreate={flush}
        onCreated={(created: Notice) => {
          setOpen(false);
          onOpenNotice(created.id);
        }}
        onCancel={() => setOpen(false)}
      />
    </>
  );
});
