import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../shared/ipc/contract';
import { handleInvoke, type InvokeEnv, type InvokeSender } from './ipc-handlers';

/** The frame that sent an invoke, as the electron-free gate in ipc-handlers.ts sees it. */
function senderOf(event: IpcMainInvokeEvent): InvokeSender | null {
  const frame = event.senderFrame;
  // null when the frame navigated away or was destroyed before the message was handled.
  if (frame === null) return null;
  return { id: event.sender.id, url: frame.url, isMainFrame: frame.parent === null };
}

/** One ipcMain.handle per contract channel; everything else stays unanswered. */
export function registerIpc(env: InvokeEnv): void {
  for (const channel of Object.keys(INVOKE_CHANNELS) as InvokeChannel[]) {
    ipcMain.removeHandler(channel);
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      handleInvoke(channel, senderOf(event), args, env),
    );
  }
}
