import '../../shared/file/zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import { App } from './App';
import { createAppStore } from './store';
import { StoreProvider } from './store/context';
import { PlatformProvider } from './platform/context';
import { detectPlatform } from './platform';
import { initialJourney } from './initialJourney';
import { installDebugHandle } from './debug';
import { installBenchHooks } from './benchHooks';

const store = createAppStore(initialJourney(window.localStorage));
installDebugHandle(store);
installBenchHooks(store);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <PlatformProvider platform={detectPlatform()}>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </PlatformProvider>
  </StrictMode>,
);
