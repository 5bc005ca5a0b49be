import { Layout, Menu } from 'antd';
import { mayLeave } from '../components/leave-guard';
import type { Route } from './route';

/** The app's name and the two places one can always go: the list and the settings. */
export function TopBar({ route, onNavigate }: { route: Route; onNavigate: (route: Route) => void }) {
  const selected = route.screen === 'settings' ? 'settings' : 'list';
  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 20, height: 48, lineHeight: '48px' }}>
      <div style={{ color: '#fff', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>整改通报</div>
      <Menu
        theme="dark"
        mode="horizontal"
        selectedKeys={[selected]}
        style={{ flex: 1, minWidth: 0, lineHeight: '48px' }}
        items={[
          { key: 'list', label: '通报列表' },
          { key: 'settings', label: '设置' },
        ]}
        onClick={({ key }) => {
          const next: Route = key === 'settings' ? { screen: 'settings' } : { screen: 'list' };
          if (next.screen === route.screen) return;
          // A screen with unsaved work (设置) asks first.
          void mayLeave().then((leave) => leave && onNavigate(next));
        }}
      />
    </Layout.Header>
  );
}
