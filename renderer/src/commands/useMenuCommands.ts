import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { themeOfCommand, type MenuCommand } from '../../../shared/ipc/menu-commands';
import { deleteSelection, redo, selectAll, undo } from './actions';
import { duplicateSelection } from './selectionActions';
import { addBlankJourney, deleteJourney, duplicateJourney, shiftJourney, stepJourney } from './journeyActions';
import { openQuickAddNearSelection } from './quickAdd';
import type { Platform } from '../platform';
import { useAppStoreApi } from '../store/context';
import { isEditableTarget, isTextEntry } from '../platform/shortcuts';
import { useDocumentActions } from '../documents/context';
import { openExportDialog } from '../export/dialogState';
import type { FitJourney } from '../canvas/useFitJourney';
import { setThemeChoice } from '../theme/themeStore';

/**
 * Routes menu commands (native menu on the desktop, shortcuts in a browser) to the store and
 * the canvas. Edit commands aimed at a focused text field stay with that field.
 */
export function useMenuCommands(platform: Platform, fitJourney: FitJourney) {
  const store = useAppStoreApi();
  const documents = useDocumentActions();
  const { zoomIn, zoomOut, zoomTo, screenToFlowPosition, flowToScreenPosition } = useReactFlow();

  useEffect(() => {
    const run = (command: MenuCommand) => {
      const theme = themeOfCommand(command);
      if (theme) {
        setThemeChoice(theme);
        return;
      }
      const state = store.getState();
      const textFocused = isEditableTarget(document.activeElement);
      const typing = isTextEntry(document.activeElement);
      switch (command) {
        // Desktop: main handles New, Open and Close itself and never sends them; in a browser
        // they come from the shortcuts (Ctrl+O) and replace this page's journey.
        case 'file:new':
          void documents.newDocument();
          return;
        case 'file:open':
          void documents.open();
          return;
        case 'file:save':
          void documents.save();
          return;
        case 'file:save-as':
          void documents.saveAs();
          return;
        case 'file:revert':
          void documents.revert();
          return;
        case 'file:export':
          // Its dialog lives in the toolbar, hidden while presenting.
          if (!state.presenting) openExportDialog();
          return;
        case 'file:close':
          // A browser page cannot close itself; the desktop app closes windows in main.
          return;
        case 'edit:undo':
          if (typing) document.execCommand('undo');
          else undo(store);
          return;
        case 'edit:redo':
          if (typing) document.execCommand('redo');
          else redo(store);
          return;
        case 'edit:select-all':
          if (textFocused) document.execCommand('selectAll');
          else selectAll(store);
          return;
        case 'edit:delete':
          if (textFocused) document.execCommand('delete');
          else deleteSelection(store);
          return;
        case 'edit:duplicate':
          if (!textFocused) duplicateSelection(store);
          return;
        case 'edit:quick-add':
          openQuickAddNearSelection(store, { screenToFlowPosition, flowToScreenPosition });
          return;
        case 'view:present':
          if (state.presenting) state.stopPresenting();
          else state.startPresenting();
          return;
        case 'file:save-as-template':
          state.setSaveTemplateOpen(true);
          return;
        case 'file:new-from-template':
          state.setTemplateGalleryOpen(true);
          return;
        case 'view:health':
          state.setHealthOpen(!state.healthOpen);
          return;
        case 'view:forecast':
          state.setForecastOn(!state.forecastOn);
          return;
        case 'journey:new':
          if (!state.presenting) addBlankJourney(store);
          return;
        case 'journey:new-from-template':
          if (!state.presenting) state.setTemplateGalleryOpen(true, 'journey');
          return;
        case 'journey:duplicate':
          if (!state.presenting) duplicateJourney(store);
          return;
        case 'journey:rename':
          if (!state.presenting) state.setRenamingJourney(state.doc.id);
          return;
        case 'journey:persona':
          if (!state.presenting) state.setPersonaOpen(true);
          return;
        case 'journey:compare':
          if (!state.presenting && state.journeySet.order.length > 1) state.setCompareOpen(true);
          return;
        case 'journey:delete':
          if (!state.presenting) deleteJourney(store, state.doc.id);
          return;
        case 'journey:next':
        case 'journey:previous':
          if (!state.presenting && !typing) stepJourney(store, command === 'journey:next' ? 1 : -1);
          return;
        case 'journey:move-left':
        case 'journey:move-right':
          if (!state.presenting && !typing) shiftJourney(store, command === 'journey:move-right' ? 1 : -1);
          return;
        case 'help:shortcuts':
          state.setShortcutsOpen(!state.shortcutsOpen);
          return;
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
          return;
      }
    };
    return platform.onMenuCommand(run);
  }, [platform, store, documents, zoomIn, zoomOut, zoomTo, fitJourney, screenToFlowPosition, flowToScreenPosition]);
}
