import { useEffect, useState, useSyncExternalStore } from 'react';
import { SvgIcon } from '../canvas/Icon';
import { CloseIcon, OfflineIcon, UpdateIcon } from '../ui/icons';
import { useAppStore, useAppStoreApi } from '../store/context';
import { usePlatform } from '../platform/context';
import { isEdited } from '../store/sessionSlice';
import { serializeDocument } from '../documents/serialize';
import { allowLeaving } from '../documents/leaving';
import type { DocumentActions } from '../documents/documentActions';
import { registerWebApp, webAppStatus } from './register';
import { rememberLaunchHandle } from '../platform/browserDocuments';
import '../documents/notice.css';
import './webapp.css';

/** What the installed app's window receives when the OS opens .cvj files with it (Chromium). */
interface LaunchParams {
  readonly files: readonly FileSystemHandle[];
}
declare global {
  interface Window {
    launchQueue?: { setConsumer(consumer: (params: LaunchParams) => void): void };
  }
}

/**
 * The web app's own parts (`npm run build:web` only; a lazy chunk, after the first paint): the
 * service worker, the update prompt, the "works offline" note, and .cvj files the OS opens
 * with the installed app (file_handlers + launch_handler "focus-existing": they arrive here,
 * in the window already open, and go through Open's questions about unsaved work).
 */
export default function WebApp({ actions }: { actions: DocumentActions }) {
  useEffect(() => registerWebApp(), []);
  useEffect(() => {
    window.launchQueue?.setConsumer((params) => {
      void (async () => {
        const files: File[] = [];
        for (const handle of params.files) {
          if (handle.kind !== 'file') continue;
          const fileHandle = handle as FileSystemFileHandle;
          const file = await fileHandle.getFile();
          rememberLaunchHandle(file, fileHandle);
          files.push(file);
        }
        if (files.length > 0) await actions.openDropped(files);
      })();
    });
  }, [actions]);
  return (
    <>
      <UpdatePrompt />
      <OfflineReadyNote />
    </>
  );
}

function useWebAppStatus() {
  return useSyncExternalStore(webAppStatus.subscribe, webAppStatus.get);
}

/**
 * "A new version is ready — Reload". Nothing reloads until the user chooses Reload; then the
 * unsaved journey is written to the autosave first and the reloaded page opens it as it was.
 * If it cannot be kept, the reload does not happen and the prompt says why.
 */
function UpdatePrompt() {
  const store = useAppStoreApi();
  const platform = usePlatform();
  const { updateReady } = useWebAppStatus();
  // Not over a presentation: the room sees it once the presenter is back in the editor.
  const presenting = useAppStore((s) => s.presenting !== null);
  const [dismissed, setDismissed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!updateReady || dismissed || presenting) return null;

  const reload = async () => {
    setBusy(true);
    setProblem(null);
    const state = store.getState();
    try {
      await platform.keepForReload(isEdited(state) ? serializeDocument(state, state.doc) : null);
    } catch (error) {
      setBusy(false);
      setProblem(
        `Your unsaved changes could not be kept for the reload (${error instanceof Error ? error.message : String(error)}). Save the journey, then Reload.`,
      );
      return;
    }
    allowLeaving();
    await webAppStatus.reload();
  };

  return (
    <div className="cvj-update-region" role="alert">
      <div className="cvj-notice" data-testid="update-prompt">
        <SvgIcon node={UpdateIcon} size={20} className="cvj-notice__icon" />
        <div className="cvj-notice__text">
          <p className="cvj-notice__message">A new version is ready — Reload</p>
          <p className="cvj-notice__detail">
            {problem ?? 'Reloading keeps your journey as it is, unsaved changes included.'}
          </p>
        </div>
        <button
          type="button"
          className="cvj-notice__action"
          disabled={busy}
          onClick={() => void reload()}
        >
          Reload
        </button>
        <button
          type="button"
          className="cvj-notice__dismiss"
          aria-label="Later"
          title="Later"
          onClick={() => setDismissed(true)}
        >
          <SvgIcon node={CloseIcon} size={18} />
        </button>
      </div>
    </div>
  );
}

/** Once, after the first visit: the app now works with no network. Goes by itself. */
function OfflineReadyNote() {
  const { offlineReady } = useWebAppStatus();
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => webAppStatus.dismissOfflineReady(), 8_000);
    return () => clearTimeout(timer);
  }, [offlineReady]);
  if (!offlineReady) return null;
  return (
    <div className="cvj-offline-region" role="status">
      <div className="cvj-notice" data-testid="offline-ready">
        <SvgIcon node={OfflineIcon} size={20} className="cvj-notice__icon" />
        <div className="cvj-notice__text">
          <p className="cvj-notice__message">CVJ Studio now works offline</p>
          <p className="cvj-notice__detail">
            Install it from the browser’s menu to open it like any app.
          </p>
        </div>
        <button
          type="button"
          className="cvj-notice__dismiss"
          aria-label="Dismiss"
          title="Dismiss"
          onClick={() => webAppStatus.dismissOfflineReady()}
        >
          <SvgIcon node={CloseIcon} size={18} />
        </button>
      </div>
    </div>
  );
}
