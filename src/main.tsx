import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createAppRuntime } from './app/createAppRuntime';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">.');

const runtime = createAppRuntime();
createRoot(container).render(
  <StrictMode>
    <App stores={runtime.stores} i18n={runtime.i18n} />
  </StrictMode>,
);
void runtime.start();
