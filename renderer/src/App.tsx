import { lazy, Suspense } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { JourneyCanvas } from './canvas/JourneyCanvas';
import { Toolbar } from './panels/Toolbar';
import { ShortcutsSheet } from './panels/ShortcutsSheet';
import { Inspector } from './panels/inspector/Inspector';
import { Palette } from './panels/palette/Palette';
import { QuickAdd } from './panels/quickadd/QuickAdd';
import { usePlatform } from './platform/context';
import { useAppStoreApi } from './store/context';
import { DocumentActionsProvider, useDocumentActions } from './documents/context';
import { DocumentDialogs } from './documents/DocumentDialogs';
import { DocumentNotice } from './documents/DocumentNotice';
import { FileDropZone } from './documents/FileDropZone';
import { useDocumentLifecycle } from './documents/useDocumentLifecycle';
import { useEditorCommands } from './commands/useEditorCommands';
import { useAppStore } from './store/context';
import { PresentHud } from './present/PresentHud';
import { usePresentMode } from './present/usePresentMode';
import { HealthPanel } from './panels/health/HealthPanel';
import { ForecastPanel } from './panels/forecast/ForecastPanel';
import { TemplateGallery } from './templates/TemplateGallery';
import { SaveTemplateDialog } from './templates/SaveTemplateDialog';
import { JourneyTabs } from './journeys/JourneyTabs';
import { PersonaDialog } from './journeys/PersonaDialog';
import { CompareView } from './journeys/CompareView';

/**
 * The installable web app's service worker, update prompt and file launches: only in
 * `npm run build:web` (the flag is folded at build time), and loaded after the first paint.
 */
const WebApp = __CVJ_WEB_APP__ ? lazy(() => import('./pwa/WebApp')) : null;

export function App() {
  const platform = usePlatform();
  const store = useAppStoreApi();
  return (
    <DocumentActionsProvider store={store} platform={platform}>
      <ReactFlowProvider>
        <Editor />
      </ReactFlowProvider>
    </DocumentActionsProvider>
  );
}

function Editor() {
  const platform = usePlatform();
  const store = useAppStoreApi();
  const actions = useDocumentActions();
  // Window title, autosave, main's events and the startup hand-over (documents.ready).
  useDocumentLifecycle(store, platform, actions);
  // Menu, keyboard and clipboard: the app's, whatever has focus; the canvas only draws.
  const { fitJourney, trackPointer } = useEditorCommands(platform);
  usePresentMode();
  const presenting = useAppStore((s) => s.presenting !== null);

  return (
    <div className={`cvj-app${presenting ? ' cvj-app--presenting' : ''}`}>
      <Toolbar />
      <div className="cvj-workspace">
        <Palette />
        <main className="cvj-main">
          <JourneyTabs />
          <div className="cvj-stage">
            <JourneyCanvas fitJourney={fitJourney} onPointer={trackPointer} />
            <DocumentNotice />
          </div>
        </main>
        <HealthPanel />
        <ForecastPanel />
        <Inspector />
      </div>
      <PresentHud />
      <QuickAdd />
      <ShortcutsSheet />
      <TemplateGallery />
      <SaveTemplateDialog />
      <PersonaDialog />
      <CompareView />
      <FileDropZone actions={actions} />
      <DocumentDialogs actions={actions} />
      {WebApp ? (
        <Suspense fallback={null}>
          <WebApp actions={actions} />
        </Suspense>
      ) : null}
    </div>
  );
}
