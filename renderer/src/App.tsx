import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { JourneyCanvas } from './canvas/JourneyCanvas';
import { Toolbar } from './panels/Toolbar';
import { ShortcutsSheet } from './panels/ShortcutsSheet';
import { Inspector } from './panels/inspector/Inspector';
import { Palette } from './panels/palette/Palette';
import { QuickAdd } from './panels/quickadd/QuickAdd';
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
          <Palette />
          <main className="cvj-main">
            <JourneyCanvas />
          </main>
          <Inspector />
        </div>
        <QuickAdd />
        <ShortcutsSheet />
      </div>
    </ReactFlowProvider>
  );
}
