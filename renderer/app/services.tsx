import { createContext, useContext, type ReactNode } from 'react';
import type { Api, LayoutTemplates } from '../../shared/api';
import type { StoreStatus } from '../../shared/store/store-status';

/** What every screen needs: the API, the templates loaded once at start, and how the database was opened. */
export interface AppServices {
  api: Api;
  templates: LayoutTemplates;
  store: StoreStatus;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ value, children }: { value: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}

/** False when the database could not be opened for writing: screens then show and export, never edit. */
export function useWritable(): boolean {
  return useServices().store.mode === 'write';
}
