import { useEffect, useState } from 'react';
import type { AppSettings } from '../../../shared/model/settings';
import { useServices } from '../../app/services';

/**
 * The settings the editor draws and checks with (fonts, ledger columns, the
 * office's own words), read once when the editor opens: the 设置 screen,
 * where they change, is another screen. Null until read; settings that
 * cannot be read leave the template's values (an empty object).
 */
export function useEditorSettings(): Partial<AppSettings> | null {
  const { api } = useServices();
  const [settings, setSettings] = useState<Partial<AppSettings> | null>(null);
  useEffect(() => {
    let live = true;
    api.getSettings().then(
      (read) => live && setSettings(read),
      () => live && setSettings({}),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return settings;
}
