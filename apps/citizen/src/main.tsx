import '@rygforlob/ui/tokens.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// The citizen's own app (Min side) is being built; until then the page says so plainly.
const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <main>
      <h1>Min side</h1>
      <p>Min side for borgere er under udvikling.</p>
    </main>
  </StrictMode>,
);
