import { ConfigProvider } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';

const ReadOnlyContext = createContext(false);

/** True inside a view that must not be edited (a database that cannot be written). */
export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}

/**
 * Everything inside can be read but not changed: antd's inputs, buttons and
 * selects are disabled, and the rich-text fields and the outline read the
 * flag themselves — nothing can be typed that could not be saved.
 */
export function ReadOnlyArea({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  return (
    <ReadOnlyContext.Provider value={readOnly}>
      <ConfigProvider componentDisabled={readOnly}>{children}</ConfigProvider>
    </ReadOnlyContext.Provider>
  );
}
