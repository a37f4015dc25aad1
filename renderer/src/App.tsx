import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { JourneyCanvas } from './canvas/JourneyCanvas';
import { Toolbar } from './panels/Toolbar';
import { ShortcutsSheet } from './panels/ShortcutsSheet';
import { usePlatform } from './platform/context';

export function App() {
  const platform = usePlatform();
  useEffect(() => {
    // The window is named after the file; an unsaved journey has none yet.
    void platform.setWindowState({ documentTitle: 'Untitled journey', edited: false });
  }, [platform]);

  return (
    <ReactFlowProvider>
      <div className="cvj-app">
        <Toolbar />
        <div className="cvj-workspace">
          <main className="cvj-main">
            <JourneyCanvas />
          </main>
        </div>
        <ShortcutsSheet />
      </div>
    </ReactFlowProvider>
  );
}
