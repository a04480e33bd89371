import '@rygforlob/ui/tokens.css';
import './employment.css';
import { ApiProvider, I18nProvider, RouterProvider } from '@rygforlob/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <ApiProvider>
        <RouterProvider base={import.meta.env.BASE_URL}>
          <App />
        </RouterProvider>
      </ApiProvider>
    </I18nProvider>
  </StrictMode>,
);
