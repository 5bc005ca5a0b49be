// First: no schema may be built before zod is told not to compile parsers (the CSP forbids eval).
import './app/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { keepLabelsChinese } from './app/chinese-labels';

keepLabelsChinese();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
