import { useCallback } from 'react';
import { redo, undo } from '../commands/actions';
import { useHistory } from '../store';
import { useAppStore, useAppStoreApi } from '../store/context';
import { isEdited } from '../store/sessionSlice';
import { SvgIcon } from '../canvas/Icon';
import { AppIcon, OpenIcon, RedoIcon, SaveIcon, UndoIcon, WarningIcon } from '../ui/icons';
import { useDocumentActions } from '../documents/context';
import { FileMenu } from '../documents/FileMenu';
import { NewMenu } from '../documents/NewMenu';
import { isMacKeyboard } from '../platform/shortcuts';
import {
  HeartPulse as HealthIcon,
  ImageDown as ExportIcon,
  Presentation as PresentIcon,
  TrendingUp as ForecastIcon,
} from 'lucide';
import { ExportDialogHost } from '../export/ExportDialog';
import { openExportDialog } from '../export/dialogState';
import { usePlatform } from '../platform/context';
import { ThemePicker } from '../theme/ThemePicker';
import './toolbar.css';

export function Toolbar() {
  const store = useAppStoreApi();
  const actions = useDocumentActions();
  const title = useAppStore((s) => s.doc.title);
  const count = useAppStore((s) => s.doc.tactics.length);
  const fileName = useAppStore((s) => (s.session.hasFile ? s.session.name : null));
  const edited = useAppStore(isEdited);
  const autosaveProblem = useAppStore((s) => s.autosaveProblem);
  const canUndo = useHistory(store, (h) => h.canUndo);
  const canRedo = useHistory(store, (h) => h.canRedo);
  const platform = usePlatform();
  const healthOpen = useAppStore((s) => s.healthOpen);
  const forecastOn = useAppStore((s) => s.forecastOn);
  const openGallery = useCallback(() => store.getState().setTemplateGalleryOpen(true), [store]);
  const saveAsTemplate = useCallback(() => store.getState().setSaveTemplateOpen(true), [store]);

  return (
    <header className="cvj-toolbar">
      <div className="cvj-toolbar__brand" aria-hidden="true">
        <SvgIcon node={AppIcon} size={22} />
        <span className="cvj-toolbar__wide">CVJ Studio</span>
      </div>
      <h1 className="cvj-toolbar__title" title={title}>
        {title}
      </h1>
      <p
        className={`cvj-docstatus${edited ? ' cvj-docstatus--edited' : ''}`}
        role="status"
        aria-label="File"
        data-testid="document-status"
      >
        <span className="cvj-docstatus__name" title={fileName ?? undefined}>
          {fileName ?? 'Not saved yet'}
        </span>
        {edited ? (
          <span className="cvj-docstatus__edited">
            <span className="cvj-docstatus__dot" aria-hidden="true" />
            Unsaved changes
          </span>
        ) : null}
      </p>
      <span className="cvj-toolbar__meta">
        {count} {count === 1 ? 'tactic' : 'tactics'}
      </span>
      {autosaveProblem ? (
        <button
          type="button"
          className="cvj-toolbar__warning"
          onClick={() =>
            void store
              .getState()
              .ask({
                kind: 'message',
                tone: 'error',
                title: 'Autosave is not working',
                message: autosaveProblem,
              })
          }
        >
          <SvgIcon node={WarningIcon} size={16} /> Autosave off
        </button>
      ) : null}
      <nav className="cvj-toolbar__actions" aria-label="Document">
        <NewMenu actions={actions} onNewFromTemplate={openGallery} showShortcuts={!platform.isBrowser} />
        <button type="button" onClick={() => void actions.open()} aria-label="Open" title="Open">
          <SvgIcon node={OpenIcon} size={18} /> <span className="cvj-toolbar__wide">Open</span>
        </button>
        <button type="button" onClick={() => void actions.save()} aria-label="Save" title="Save">
          <SvgIcon node={SaveIcon} size={18} /> <span className="cvj-toolbar__wide">Save</span>
        </button>
        <button
          type="button"
          onClick={openExportDialog}
          aria-label="Export"
          title="Export as PNG or SVG (Ctrl+Shift+E)"
          aria-keyshortcuts="Control+Shift+E"
        >
          <SvgIcon node={ExportIcon} size={18} /> <span className="cvj-toolbar__wide">Export</span>
        </button>
        <FileMenu actions={actions} canRevert={fileName !== null} onNewFromTemplate={openGallery} onSaveAsTemplate={saveAsTemplate} />
        <button
          type="button"
          onClick={() => store.getState().startPresenting()}
          title={`Present to the room, stage by stage (${isMacKeyboard() ? 'Cmd+Enter' : 'F5'})`}
          aria-keyshortcuts={isMacKeyboard() ? 'Meta+Enter' : 'F5'}
        >
          <SvgIcon node={PresentIcon} size={18} /> Present
        </button>
        <button
          type="button"
          aria-pressed={healthOpen}
          data-health-toggle
          onClick={() => store.getState().setHealthOpen(!healthOpen)}
          title="Journey health: what the journey is missing (View > Health)"
        >
          <SvgIcon node={HealthIcon} size={18} /> Health
        </button>
        <button
          type="button"
          aria-pressed={forecastOn}
          data-forecast-toggle
          onClick={() => store.getState().setForecastOn(!forecastOn)}
          title="Funnel forecast: people, revenue and profit through the journey (View > Forecast)"
        >
          <SvgIcon node={ForecastIcon} size={18} /> Forecast
        </button>
        {platform.isBrowser ? <ThemePicker /> : null}
        <button type="button" disabled={!canUndo} onClick={() => undo(store)} aria-label="Undo" title="Undo (Ctrl+Z)">
          <SvgIcon node={UndoIcon} size={18} /> <span className="cvj-toolbar__wide">Undo</span>
        </button>
        <button type="button" disabled={!canRedo} onClick={() => redo(store)} aria-label="Redo" title="Redo (Ctrl+Shift+Z)">
          <SvgIcon node={RedoIcon} size={18} /> <span className="cvj-toolbar__wide">Redo</span>
        </button>
      </nav>
      <ExportDialogHost />
    </header>
  );
}
