import { createContext, useContext, type ReactNode } from 'react';
import type { Api, TemplatesSnapshot } from '../../shared/api';

/** What every screen needs: the API, and the templates loaded once at start. */
export interface AppServices {
  api: Api;
  templates: TemplatesSnapshot;
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
