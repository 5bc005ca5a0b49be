import { App as AntApp, Button, ConfigProvider, Layout, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
// antd's reset: without it the body keeps its 8px margin and the 100vh frame scrolls.
import 'antd/dist/reset.css';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState } from 'react';
import { createApiClient } from '../api-client';
import { errorReason } from '../components/error-text';
import { EditorScreen } from '../screens/editor/EditorScreen';
import { NoticeListScreen } from '../screens/list/NoticeListScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { useCloseRequests } from './close-requests';
import { hashOf, routeFromHash, type Route } from './route';
import { ServicesProvider, type AppServices } from './services';
import { StoreBanner } from './StoreBanner';
import { TopBar } from './TopBar';

dayjs.locale('zh-cn');

/** The application frame: Chinese locale for every antd component, the API and templates for every screen. */
export function App() {
  const [services, setServices] = useState<AppServices | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [route, setRouteState] = useState<Route>(() => routeFromHash(location.hash));
  useCloseRequests();
  const setRoute = (next: Route) => {
    // replaceState fires no hashchange, so the route is set once.
    history.replaceState(null, '', hashOf(next));
    setRouteState(next);
  };

  useEffect(() => {
    const follow = () => setRouteState(routeFromHash(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => {
    let api;
    try {
      api = createApiClient();
    } catch (error) {
      setFailure((error as Error).message);
      return;
    }
    Promise.all([api.getLayoutTemplates(), api.getStoreStatus()]).then(
      ([templates, store]) => setServices({ api, templates, store }),
      (error: unknown) => setFailure(`无法读取版式模板：${errorReason(error)}`),
    );
  }, []);

  return (
    // No space forced between the two characters of 删除, 保存 …: buttons read as written, in every screen and dialog alike.
    <ConfigProvider
      locale={zhCN}
      button={{ autoInsertSpace: false }}
      theme={{ token: { fontFamily: "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif" } }}
    >
      <AntApp>
        {failure ? (
          <Result
            status="error"
            title="整改通报无法启动"
            subTitle={failure}
            extra={<Button onClick={() => location.reload()}>重试</Button>}
          />
        ) : !services ? (
          <Spin size="large" fullscreen tip="正在载入…" />
        ) : (
          <ServicesProvider value={services}>
            <Layout style={{ height: '100vh' }}>
              <TopBar route={route} onNavigate={setRoute} />
              <StoreBanner status={services.store} />
              <Layout.Content style={{ overflow: 'hidden', display: 'flex', flexDirection: 'column' }}>
                {route.screen === 'list' && <NoticeListScreen onOpen={(noticeId) => setRoute({ screen: 'editor', noticeId })} />}
                {route.screen === 'editor' && (
                  <EditorScreen
                    key={route.noticeId}
                    noticeId={route.noticeId}
                    onBack={() => setRoute({ screen: 'list' })}
                    onOpen={(noticeId) => setRoute({ screen: 'editor', noticeId })}
                  />
                )}
                {route.screen === 'settings' && <SettingsScreen />}
              </Layout.Content>
            </Layout>
          </ServicesProvider>
        )}
      </AntApp>
    </ConfigProvider>
  );
}
