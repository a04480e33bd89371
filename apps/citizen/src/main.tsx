import '@rygforlob/ui/tokens.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './citizen.css';
import { Boot } from './Boot.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <Boot />
  </StrictMode>,
);
