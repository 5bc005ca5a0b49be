/** 设置 — to be written. */
export function SettingsScreen() {
  return <div>设置</div>;
}
