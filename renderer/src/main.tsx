import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/fonts.css';
import './styles/app.css';
import { App } from './App';
import { createAppStore } from './store';
import { StoreProvider } from './store/context';
import { PlatformProvider } from './platform/context';
import { detectPlatform } from './platform';
import { initialJourney } from './initialJourney';
import { installDebugHandle } from './debug';
import { installBenchHooks } from './benchHooks';
import { installTheme } from './theme/themeStore';
import { installUiPrefs } from './store/uiPrefs';
import { safeLocalStorage } from './platform/storage';
import { loadParser } from './documents/parser';

const start = initialJourney(window.localStorage);
const store = createAppStore(start.journey);
installUiPrefs(store, safeLocalStorage());
// The first start opens the template gallery over the starter journey (File > New from Template…).
if (start.firstStart) store.getState().setTemplateGalleryOpen(true);
const platform = detectPlatform();
// The colours before the first paint; main hears the choice for View > Theme's check mark.
installTheme((choice) => platform.setTheme(choice).catch(() => undefined));
// Test build only (npm run build:test): handles for the browser tests and the bench. In every
// build users run the flag is false, so the bundler drops these calls and the code behind them.
if (__CVJ_TEST_HOOKS__) {
  installDebugHandle(store);
  installBenchHooks(store, platform);
}

/**
 * Inter ships with the app (assets/fonts, bundled: nothing is fetched), so cards look like
 * exports. It is loaded before the first render, so the canvas never lays out in a fallback
 * font and then shifts; a font that fails to load within a second falls back silently.
 */
async function fontsLoaded(): Promise<void> {
  const faces = ['400 16px Inter', '600 16px Inter', '700 16px Inter', 'italic 500 16px Inter'];
  const loading = Promise.all(faces.map((face) => document.fonts.load(face)));
  await Promise.race([loading, new Promise((resolve) => setTimeout(resolve, 1_000))]).catch(() => undefined);
}

await fontsLoaded();
// The file parser and the clipboard's reader are not needed for the first paint; they load right
// after, before they are asked for.
setTimeout(() => {
  void loadParser();
  void import('../../shared/model/commands/clipboardSchema').catch(() => undefined);
}, 0);
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <PlatformProvider platform={platform}>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </PlatformProvider>
  </StrictMode>,
);
