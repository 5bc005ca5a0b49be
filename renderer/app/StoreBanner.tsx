import { Alert, Flex } from 'antd';
import type { StoreStatus } from '../../shared/store/store-status';

const TITLES = { 'read-only': '数据库以只读方式打开', salvage: '数据库已损坏，以只读方式打开' } as const;

/**
 * Under the top bar, on every screen: why nothing can be changed when the
 * database could not be opened for writing, and what the checks at open
 * found (a log set aside …), which the user may dismiss.
 */
export function StoreBanner({ status }: { status: StoreStatus }) {
  if (status.mode === 'write' && status.findings.length === 0) return null;
  return (
    <Flex vertical className="store-banner" role="region" aria-label="数据库状态">
      {status.mode !== 'write' && (
        <Alert
          type={status.mode === 'salvage' ? 'error' : 'warning'}
          banner
          title={TITLES[status.mode]}
          description={`${status.reason ?? ''}${status.mode === 'salvage' ? ' 可以在通报列表中逐份“导出数据”，或在“设置”中从备份恢复。' : ''}`}
        />
      )}
      {status.findings.map((finding) => (
        <Alert key={finding} type="info" banner closable={{ 'aria-label': '知道了' }} title="打开数据库时的检查" description={finding} />
      ))}
    </Flex>
  );
}
