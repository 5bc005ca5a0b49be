/** Which screen is showing. The editor holds one notice. */
export type Route = { screen: 'list' } | { screen: 'editor'; noticeId: string } | { screen: 'settings' };

/**
 * The route is mirrored in the URL's hash so that a reload (or a renderer
 * restarted after a crash) comes back to the notice that was open.
 */
export function routeFromHash(hash: string): Route {
  const editor = /^#\/editor\/(.+)$/.exec(hash);
  if (editor) return { screen: 'editor', noticeId: decodeURIComponent(editor[1]!) };
  return hash === '#/settings' ? { screen: 'settings' } : { screen: 'list' };
}

export function hashOf(route: Route): string {
  if (route.screen === 'editor') return `#/editor/${encodeURIComponent(route.noticeId)}`;
  return route.screen === 'settings' ? '#/settings' : '#/';
}
