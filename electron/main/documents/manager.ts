import { randomBytes } from 'node:crypto';
import type {
  CheckedJourneyText,
  MenuCommand,
  OpenOutcome,
  RecentEntry,
  RecoveryEntry,
  SaveOutcome,
  StartupInfo,
  WindowState,
} from '../../../shared/ipc/contract';
import type { DocumentFiles } from '../files/document-files';
import type { FsPort } from '../files/fs-port';
import type { RecentList } from '../files/recent-list';
import type { RecoveryStore } from '../files/recovery-store';
import { KeyedQueue } from '../files/serial';
import { UNTITLED_JOURNEY } from '../../../shared/model/names';
import { Closing } from './closing';
import { Opening } from './opening';
import { Placement, type Delivery } from './placement';
import type { DialogPort, ShellPort, WindowPort } from './ports';
import { RecentDocuments } from './recent';
import { Recovery } from './recovery';
import { Saving } from './saving';
import { WindowSessions } from './sessions';
import { WindowLifecycle } from './windows';

/**
 * The documents of the editor windows, kept in main: one session per window (session.ts), and
 * every open, save, revert, recovery and close going through here. No `electron` import: the
 * ports are injected. This class only wires the parts, one module per job:
 *
 *   windows.ts    a window's life: page ready, title and edited state, reload, closed
 *   opening.ts    Open, Open Recent, drops, files from the OS, Revert; placement.ts puts them
 *   saving.ts     Save and Save As (conflict checks, replace prompts)
 *   recent.ts     the recent list and the Open Recent menu
 *   recovery.ts   autosave, the recovery offer, restore and discard
 *   closing.ts    Save / Don't Save / Cancel on close and quit
 */

export interface DocumentManagerOptions {
  files: DocumentFiles;
  recent: RecentList;
  recovery: RecoveryStore;
  fs: FsPort;
  windows: WindowPort;
  dialogs: DialogPort;
  shell: ShellPort;
  platform?: NodeJS.Platform;
  newId?: () => string;
}

export class DocumentManager {
  private readonly windows: WindowPort;
  private readonly windowLifecycle: WindowLifecycle;
  private readonly opening: Opening;
  private readonly saving: Saving;
  private readonly recent: RecentDocuments;
  private readonly recovery: Recovery;
  private readonly closing: Closing;
  private readonly placement: Placement;

  constructor(deps: DocumentManagerOptions) {
    const platform = deps.platform ?? process.platform;
    const newId = deps.newId ?? (() => randomBytes(16).toString('hex'));
    const { files, fs, windows, dialogs, shell } = deps;
    const sessions = new WindowSessions(windows, platform);
    const placement = new Placement(sessions, windows);
    this.placement = placement;
    // One queue per window for saves and reverts, so they never interleave.
    const locks = new KeyedQueue();
    const recent = new RecentDocuments(deps.recent, shell);
    const recovery = new Recovery({
      store: deps.recovery,
      shell,
      fs,
      platform,
      sessions,
      placement,
    });
    const closing = new Closing({ sessions, windows, dialogs, recovery, newId });
    this.windows = windows;
    this.recent = recent;
    this.recovery = recovery;
    this.closing = closing;
    this.windowLifecycle = new WindowLifecycle({ sessions, windows, recovery, closing });
    this.opening = new Opening({
      files,
      dialogs,
      fs,
      platform,
      sessions,
      placement,
      recent,
      recovery,
      locks,
    });
    this.saving = new Saving({ files, dialogs, shell, fs, platform, sessions, recent, locks });
  }

  // ─── Windows (windows.ts) ─────────────────────────────────────────────────────────────────

  /**
   * New from Template: `text` (a checked journey), untitled and not yet saved, placed like an
   * open (Placement): into the asking window if it is untitled and untouched, else a new one.
   */
  newFromTemplate(windowId: number | null, text: string): OpenOutcome {
    return this.placement.place(
      windowId,
      { text, name: UNTITLED_JOURNEY, hasFile: false, edited: false, recoveredAt: null },
      'reply',
      () => {},
    );
  }

  newWindow(): number {
    return this.windowLifecycle.newWindow();
  }

  ready(id: number): Promise<StartupInfo> {
    return this.windowLifecycle.ready(id);
  }

  setWindowState(id: number, state: WindowState): void {
    this.windowLifecycle.setWindowState(id, state);
  }

  pageLost(id: number): void {
    this.windowLifecycle.pageLost(id);
  }

  windowClosed(id: number): void {
    this.windowLifecycle.windowClosed(id);
  }

  /** Menu commands main handles itself; false means "forward to the renderer". */
  handleMenuCommand(command: MenuCommand, windowId: number | null): boolean {
    switch (command) {
      case 'file:new':
        this.newWindow();
        return true;
      case 'file:open':
        void this.open(windowId, 'push');
        return true;
      case 'file:close':
        if (windowId !== null) this.windows.close(windowId);
        return true;
      default:
        return false;
    }
  }

  // ─── Opening (opening.ts, placement.ts) ───────────────────────────────────────────────────

  open(windowId: number | null, delivery: Delivery): Promise<OpenOutcome> {
    return this.opening.open(windowId, delivery);
  }

  openRecent(windowId: number | null, recentId: string, delivery: Delivery): Promise<OpenOutcome> {
    return this.opening.openRecent(windowId, recentId, delivery);
  }

  openDropped(windowId: number, path: string): Promise<OpenOutcome> {
    return this.opening.openDropped(windowId, path);
  }

  openPaths(paths: readonly string[], windowId: number | null): Promise<void> {
    return this.opening.openPaths(paths, windowId);
  }

  revert(windowId: number): Promise<OpenOutcome> {
    return this.opening.revert(windowId);
  }

  // ─── Saving (saving.ts) ───────────────────────────────────────────────────────────────────

  save(windowId: number, journey: CheckedJourneyText, force: boolean): Promise<SaveOutcome> {
    return this.saving.save(windowId, journey, force);
  }

  saveAs(windowId: number, journey: CheckedJourneyText): Promise<SaveOutcome> {
    return this.saving.saveAs(windowId, journey);
  }

  // ─── Recent list (recent.ts) ──────────────────────────────────────────────────────────────

  listRecent(): Promise<RecentEntry[]> {
    return this.recent.list();
  }

  clearRecent(): Promise<void> {
    return this.recent.clear();
  }

  recentMenuItems(): Promise<{ id: string; label: string }[]> {
    return this.recent.menuItems();
  }

  // ─── Autosave and recovery (recovery.ts) ──────────────────────────────────────────────────

  writeRecovery(windowId: number, journey: CheckedJourneyText): Promise<void> {
    return this.recovery.write(windowId, journey);
  }

  listRecovery(): Promise<RecoveryEntry[]> {
    return this.recovery.list();
  }

  restoreRecovery(windowId: number, recoveryId: string): Promise<OpenOutcome> {
    return this.recovery.restore(windowId, recoveryId);
  }

  discardRecovery(recoveryId: string): Promise<void> {
    return this.recovery.discard(recoveryId);
  }

  // ─── Closing and quitting (closing.ts) ────────────────────────────────────────────────────

  mayClose(windowId: number): boolean {
    return this.closing.mayClose(windowId);
  }

  requestClose(windowId: number): Promise<boolean> {
    return this.closing.requestClose(windowId);
  }

  requestQuit(): Promise<boolean> {
    return this.closing.requestQuit();
  }

  answerSaveRequest(windowId: number, answer: { requestId: string; saved: boolean }): void {
    this.closing.answerSaveRequest(windowId, answer);
  }
}
