import { vi } from 'vitest';
import type { DocumentsService } from '../../../electron/main/ipc-handlers';
import type {
  OpenOutcome,
  RecentEntry,
  RecoveryEntry,
  SaveOutcome,
  StartupInfo,
} from '../../../shared/ipc/contract';

export const STARTUP: StartupInfo = { document: null, errors: [], recovery: [] };
export const OPENED: OpenOutcome = {
  status: 'opened',
  document: { text: '{}', name: 'Q3 launch.cvj', hasFile: true, edited: false, recoveredAt: null },
};
export const SAVED: SaveOutcome = {
  status: 'saved',
  name: 'Q3 launch.cvj',
  savedAt: '2026-03-01T09:00:00.000Z',
};
export const RECENT: RecentEntry[] = [
  {
    id: 'a'.repeat(32),
    name: 'Q3 launch.cvj',
    folder: 'Clients',
    openedAt: '2026-03-01T09:00:00.000Z',
  },
];
export const RECOVERY: RecoveryEntry[] = [
  { id: 'b'.repeat(32), title: 'Q3', originalName: null, savedAt: '2026-03-01T09:00:00.000Z' },
];

/** A recording DocumentsService: the IPC gate is under test, not the document logic. */
export function fakeDocuments() {
  return {
    ready: vi.fn<DocumentsService['ready']>(async () => STARTUP),
    newWindow: vi.fn<DocumentsService['newWindow']>(() => 2),
    newFromTemplate: vi.fn<DocumentsService['newFromTemplate']>(() => ({ status: 'new-window' })),
    open: vi.fn<DocumentsService['open']>(async () => OPENED),
    openRecent: vi.fn<DocumentsService['openRecent']>(async () => OPENED),
    openDropped: vi.fn<DocumentsService['openDropped']>(async () => OPENED),
    revert: vi.fn<DocumentsService['revert']>(async () => OPENED),
    save: vi.fn<DocumentsService['save']>(async () => SAVED),
    saveAs: vi.fn<DocumentsService['saveAs']>(async () => SAVED),
    listRecent: vi.fn<DocumentsService['listRecent']>(async () => RECENT),
    clearRecent: vi.fn<DocumentsService['clearRecent']>(async () => {}),
    answerSaveRequest: vi.fn<DocumentsService['answerSaveRequest']>(),
    writeRecovery: vi.fn<DocumentsService['writeRecovery']>(async () => {}),
    listRecovery: vi.fn<DocumentsService['listRecovery']>(async () => RECOVERY),
    restoreRecovery: vi.fn<DocumentsService['restoreRecovery']>(async () => OPENED),
    discardRecovery: vi.fn<DocumentsService['discardRecovery']>(async () => {}),
  } satisfies DocumentsService;
}
