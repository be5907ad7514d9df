import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { createApiClient } from './api/client';
import { selectTransport } from './api/select-transport';
import { browserWsTransport } from './api/ws-transport';
import { App } from './app/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import './styles.css';

// The serve host put its token in the address; the page's cookie carries it from here on,
// so it leaves the address bar (and history, screenshots, copied links).
const url = new URL(window.location.href);
if (url.searchParams.has('token')) {
  url.searchParams.delete('token');
  window.history.replaceState(null, '', url.pathname + url.search + url.hash);
}

const { transport } = selectTransport(window as { fingood?: unknown }, () => browserWsTransport(window.location));
const client = createApiClient(transport);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <ApiProvider client={client}>
        <App />
      </ApiProvider>
    </ErrorBoundary>
  </StrictMode>,
);
