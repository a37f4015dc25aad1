import type { ThemeChoice } from '../../shared/theme/tokens';
import type { UserTemplate } from '../../shared/ipc/contract';
import { externalUrlProblem } from '../../shared/ipc/external-url';
import {
  INVOKE_CHANNELS,
  type AppInfo,
  type CheckedJourneyText,
  type ClipboardImage,
  type ExportManyOutcome,
  type ExportManyRequest,
  type ExportOutcome,
  type ExportRequest,
  type InvokeChannel,
  type InvokeRequest,
  type InvokeResponse,
  type IpcError,
  type IpcResult,
  type OpenOutcome,
  type RecentEntry,
  type RecoveryEntry,
  type SaveOutcome,
  type StartupInfo,
  type WindowState,
} from '../../shared/ipc/contract';
import { isTrustedSender, type SenderFrameInfo } from './security';
import { TemplateRefusal, templateFailureMessage } from './user-templates';

/**
 * The invoke side of the IPC contract without Electron: one handler per contract channel, and a
 * gate that checks channel, sender and payload before any handler runs. ipc.ts feeds it
 * ipcMain events. It answers with an IpcResult and never throws, because Electron would turn a
 * thrown error into an unstructured string (and log it as if main had crashed).
 */

export interface InvokeContext {
  /** webContents id of the caller, so handlers act on the window that asked. */
  senderId: number;
}

export type InvokeHandler<C extends InvokeChannel> = (
  context: InvokeContext,
  ...args: InvokeRequest<C>
) => InvokeResponse<C> | Promise<InvokeResponse<C>>;

export type InvokeHandlers = { readonly [C in InvokeChannel]: InvokeHandler<C> };

/**
 * The document service the file channels call (DocumentManager in the app, fakes in tests).
 * Arguments arrive checked against the contract: journey text parsed, ids in id form.
 */
export interface DocumentsService {
  ready(windowId: number): Promise<StartupInfo>;
  newWindow(): unknown;
  newFromTemplate(windowId: number, text: string): OpenOutcome;
  open(windowId: number, delivery: 'reply'): Promise<OpenOutcome>;
  openRecent(windowId: number, recentId: string, delivery: 'reply'): Promise<OpenOutcome>;
  openDropped(windowId: number, path: string): Promise<OpenOutcome>;
  revert(windowId: number): Promise<OpenOutcome>;
  save(windowId: number, journey: CheckedJourneyText, force: boolean): Promise<SaveOutcome>;
  saveAs(windowId: number, journey: CheckedJourneyText): Promise<SaveOutcome>;
  listRecent(): Promise<RecentEntry[]>;
  clearRecent(): Promise<void>;
  answerSaveRequest(windowId: number, answer: { requestId: string; saved: boolean }): void;
  writeRecovery(windowId: number, journey: CheckedJourneyText): Promise<void>;
  listRecovery(): Promise<RecoveryEntry[]>;
  restoreRecovery(windowId: number, recoveryId: string): Promise<OpenOutcome>;
  discardRecovery(recoveryId: string): Promise<void>;
}

/** What the handlers need from the app; index.ts provides the Electron-backed versions. */
export interface HandlerDeps {
  appInfo(): AppInfo;
  setWindowState(senderId: number, state: WindowState): void;
  /** Hands a checked http(s)/mailto URL to the OS (Electron's shell.openExternal). */
  openExternal(url: string): Promise<void>;
  documents: DocumentsService;
  /**
   * File > Export…: Save dialog and atomic write of checked image bytes (export-files.ts).
   * Optional so hosts without exports (test bridges) need not provide it; then the channel fails.
   */
  exportImage?(
    senderId: number,
    request: ExportRequest,
  ): Promise<ExportOutcome>;
  /** Copy as PNG / SVG: puts checked image bytes on the system clipboard (clipboard-images.ts). */
  copyImage?(senderId: number, image: ClipboardImage): Promise<void>;
  /** Export › All journeys: a folder dialog and one atomic write per journey (export-files.ts). */
  exportImages?(senderId: number, request: ExportManyRequest): Promise<ExportManyOutcome>;
  /** View > Theme's check mark and native dialogs' appearance follow the window's theme. */
  setTheme?(choice: ThemeChoice): void;
  /** My templates (Save as Template…), kept in userData/templates. */
  templates?: {
    list(): Promise<UserTemplate[]>;
    save(name: string, text: string): Promise<string>;
    remove(id: string): Promise<void>;
  };
}

export function createHandlers(deps: HandlerDeps): InvokeHandlers {
  return {
    'app:info': () => deps.appInfo(),
    'window:set-state': (context, state) => deps.setWindowState(context.senderId, state),
    'ui:set-theme': (_context, choice) => deps.setTheme?.(choice),
    'templates:list': () => deps.templates?.list() ?? [],
    'templates:save': async (_context, { name, text }) => {
      try {
        if (!deps.templates) throw new TemplateRefusal('Templates cannot be kept in this window.');
        return { status: 'done', id: await deps.templates.save(name, text.text) };
      } catch (error) {
        return { status: 'error', message: templateFailureMessage(error, 'save') };
      }
    },
    'templates:remove': async (_context, id) => {
      try {
        await deps.templates?.remove(id);
        return { status: 'done', id };
      } catch (error) {
        return { status: 'error', message: templateFailureMessage(error, 'remove') };
      }
    },
    'shell:open-external': async (_context, url) => {
      // handleInvoke has validated the URL already; checking again here keeps this handler
      // safe on its own, because what it guards is the OS launching arbitrary schemes.
      const problem = externalUrlProblem(url);
      if (problem !== null) throw new Error(`Refused to open a link: ${problem}`);
      await deps.openExternal(url);
    },
    // Each handler acts on the window that asked (context.senderId); none takes a path from
    // the renderer except file:open-dropped, whose path the preload got from an OS drag.
    'window:ready': (context) => deps.documents.ready(context.senderId),
    'file:new-window': () => {
      deps.documents.newWindow();
    },
    'file:new-from-template': (context, journey) =>
      deps.documents.newFromTemplate(context.senderId, journey.text.text),
    'file:open': (context) => deps.documents.open(context.senderId, 'reply'),
    'file:open-recent': (context, id) => deps.documents.openRecent(context.senderId, id, 'reply'),
    'file:open-dropped': (context, path) => deps.documents.openDropped(context.senderId, path),
    'file:revert': (context) => deps.documents.revert(context.senderId),
    'file:save': (context, request) =>
      deps.documents.save(context.senderId, request.text, request.force === true),
    'file:save-as': (context, request) => deps.documents.saveAs(context.senderId, request.text),
    'file:recent-list': () => deps.documents.listRecent(),
    'file:recent-clear': () => deps.documents.clearRecent(),
    'file:save-request-done': (context, answer) => {
      deps.documents.answerSaveRequest(context.senderId, answer);
    },
    'recovery:write': (context, request) =>
      deps.documents.writeRecovery(context.senderId, request.text),
    'recovery:list': () => deps.documents.listRecovery(),
    'recovery:restore': (context, id) => deps.documents.restoreRecovery(context.senderId, id),
    'recovery:discard': (_context, id) => deps.documents.discardRecovery(id),
    'file:export': (context, request) => {
      if (!deps.exportImage) throw new Error('exports are not available in this host');
      return deps.exportImage(context.senderId, request);
    },
    'file:export-many': (context, request) => {
      if (!deps.exportImages) throw new Error('exports are not available in this host');
      return deps.exportImages(context.senderId, request);
    },
    'clipboard:write-image': (context, image) => {
      if (!deps.copyImage) throw new Error('the clipboard is not available in this host');
      return deps.copyImage(context.senderId, image);
    },
  };
}

export interface InvokeSender extends SenderFrameInfo {
  id: number;
}

export interface InvokeEnv {
  handlers: InvokeHandlers;
  /** The only origin whose main frame may call (app://cvj, or the dev server in dev). */
  appOrigin: string;
  /** Where unexpected handler failures are reported; the renderer only sees a generic error. */
  onInternalError?: (channel: InvokeChannel, error: unknown) => void;
}

const MAX_MESSAGE_LENGTH = 500;

function fail(code: IpcError['code'], message: string): IpcResult<never> {
  return { ok: false, error: { code, message: message.slice(0, MAX_MESSAGE_LENGTH) } };
}

function isInvokeChannel(channel: string): channel is InvokeChannel {
  // Own keys only: "toString" or "__proto__" must not reach the prototype.
  return Object.hasOwn(INVOKE_CHANNELS, channel);
}

/**
 * Checks, in order: the sender (so an untrusted frame learns nothing about channels), the
 * channel, then the arguments against the contract's request tuple (types, extra keys, arity).
 * The handler's answer is checked against the response schema too, so only contract fields
 * cross back to the renderer.
 */
export async function handleInvoke(
  channel: string,
  sender: InvokeSender | null,
  args: readonly unknown[],
  env: InvokeEnv,
): Promise<IpcResult<unknown>> {
  if (sender === null || !isTrustedSender(sender, env.appOrigin)) {
    return fail('forbidden', 'IPC is only answered for the app’s own page.');
  }
  if (!isInvokeChannel(channel)) {
    return fail('unknown-channel', `Unknown channel "${channel}".`);
  }
  const spec = INVOKE_CHANNELS[channel];
  const request = spec.request.safeParse(args);
  if (!request.success) {
    const details = request.error.issues
      .map(
        (issue) =>
          `${issue.path.length > 0 ? issue.path.join('.') : 'arguments'}: ${issue.message}`,
      )
      .join('; ');
    return fail('bad-request', `Invalid arguments for "${channel}": ${details}`);
  }
  try {
    // The registry is typed per channel; after the lookup TypeScript cannot pair the handler
    // with the parsed tuple, which the schema for the same channel has just produced.
    const handler = env.handlers[channel] as (
      context: InvokeContext,
      ...args: unknown[]
    ) => unknown;
    const value = await handler({ senderId: sender.id }, ...request.data);
    const response = spec.response.safeParse(value);
    if (!response.success) {
      env.onInternalError?.(channel, response.error);
      return fail('internal', `"${channel}" failed.`);
    }
    return { ok: true, value: response.data };
  } catch (error) {
    env.onInternalError?.(channel, error);
    return fail('internal', `"${channel}" failed.`);
  }
}
