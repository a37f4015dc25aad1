import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { createEmptyJourney, removeConnections, removeTactics } from '../../../shared/model/commands';
import { createId } from '../../../shared/model/ids';
import type { Platform } from '../platform';
import { useAppStoreApi } from '../store/context';
import { isEditableTarget } from '../platform/shortcuts';

/**
 * Routes menu commands (native menu on the desktop, shortcuts in a browser) to the store and
 * the canvas. Edit commands aimed at a focused text field stay with that field.
 */
export function useMenuCommands(platform: Platform, fitJourney: (o?: { duration?: number }) => void) {
  const store = useAppStoreApi();
  const { zoomIn, zoomOut, zoomTo } = useReactFlow();

  useEffect(() => {
    const run = (command: MenuCommand) => {
      const state = store.getState();
      const textFocused = isEditableTarget(document.activeElement);
      switch (command) {
        case 'file:new':
          state.replaceDocument(createEmptyJourney({ id: createId('j'), now: new Date().toISOString() }));
          requestAnimationFrame(() => fitJourney({ duration: 0 }));
          return;
        case 'edit:undo':
          if (textFocused) document.execCommand('undo');
          else store.temporal.getState().undo();
          return;
        case 'edit:redo':
          if (textFocused) document.execCommand('redo');
          else store.temporal.getState().redo();
          return;
        case 'edit:select-all':
          if (textFocused) document.execCommand('selectAll');
          else state.setSelection(state.doc.tactics.map((t) => t.id));
          return;
        case 'edit:delete': {
          if (textFocused) {
            document.execCommand('delete');
            return;
          }
          const ids = new Set(state.selection);
          const tactics = state.doc.tactics.filter((t) => ids.has(t.id)).map((t) => t.id);
          const connections = state.doc.connections.filter((c) => ids.has(c.id)).map((c) => c.id);
          if (tactics.length) state.apply(removeTactics, { ids: tactics });
          if (connections.length) state.apply(removeConnections, { ids: connections });
          state.setSelection([]);
          return;
        }
        case 'view:zoom-in':
          void zoomIn({ duration: 150 });
          return;
        case 'view:zoom-out':
          void zoomOut({ duration: 150 });
          return;
        case 'view:reset-zoom':
          void zoomTo(1, { duration: 150 });
          return;
        case 'view:fit':
          fitJourney({ duration: 200 });
          return;
        default:
          // Commands of later features (files, delete, shortcuts sheet) are wired where they live.
          return;
      }
    };
    return platform.onMenuCommand(run);
  }, [platform, store, zoomIn, zoomOut, zoomTo, fitJourney]);
}
