import { describe, expect, it, vi } from 'vitest';
import { createDesktopApi, type IpcRendererLike } from '../../../electron/preload/api';
import { createDesktopPlatform, isDesktopBridge } from '../../../renderer/src/platform/desktop';

/**
 * The desktop platform over the REAL preload API (electron/preload/api.ts), with an in-memory
 * ipcRenderer recording what reaches main. The browser platform is driven in Chromium
 * (test/e2e), where it has the DOM it is made of.
 */
function recordingIpc() {
  const invoked: [string, unknown[]][] = [];
  const ipc: IpcRendererLike = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => {
      invoked.push([channel, args]);
      return { ok: true, value: channel === 'file:open' ? { status: 'cancelled' } : undefined };
    }),
    on: vi.fn(),
    removeListener: vi.fn(),
  };
  return { ipc, invoked };
}

describe('desktop platform', () => {
  it('is not a browser, and every request goes to main through the preload', async () => {
    const { ipc, invoked } = recordingIpc();
    const bridge = createDesktopApi(ipc);
    expect(isDesktopBridge(bridge)).toBe(true);
    if (!isDesktopBridge(bridge)) return;
    const platform = createDesktopPlatform(bridge);
    expect(platform.isBrowser).toBe(false);

    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await platform.setWindowState({ documentTitle: 'Plan.cvj', edited: true });
    await platform.exportFile({ format: 'png', bytes: png, suggestedName: 'Plan.png' });
    await platform.exportFiles({ format: 'png', files: [{ bytes: png, suggestedName: 'Plan.png' }] });
    await platform.copyImage({ format: 'png', bytes: png });
    await expect(platform.documents.open()).resolves.toEqual({ status: 'cancelled' });
    // New opens a window on the desktop; there is no file for this page to forget.
    platform.forgetFile();
    expect(invoked).toEqual([
      ['window:set-state', [{ documentTitle: 'Plan.cvj', edited: true }]],
      ['file:export', [{ format: 'png', bytes: png, suggestedName: 'Plan.png' }]],
      ['file:export-many', [{ format: 'png', files: [{ bytes: png, suggestedName: 'Plan.png' }] }]],
      ['clipboard:write-image', [{ format: 'png', bytes: png }]],
      ['file:open', []],
    ]);
  });

  it('a preload without part of its API is not taken for the desktop (the browser platform runs)', () => {
    const bridge = createDesktopApi(recordingIpc().ipc);
    expect(isDesktopBridge(undefined)).toBe(false);
    expect(isDesktopBridge({ ...bridge, documents: undefined })).toBe(false);
    expect(isDesktopBridge({ ...bridge, exportFile: undefined })).toBe(false);
    expect(isDesktopBridge({ ...bridge, exportFiles: undefined })).toBe(false);
    expect(isDesktopBridge({ ...bridge, copyImage: undefined })).toBe(false);
  });
});
