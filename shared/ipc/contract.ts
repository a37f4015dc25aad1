import { z } from 'zod';
import { parseJourneyFile } from '../file/parse';
import { MAX_FILE_BYTES, utf8ByteLength } from '../file/size';
import { text } from '../file/zod-setup';

/**
 * The IPC contract between main and the renderer. Channel names are `domain:verb`. Every request
 * payload has a zod schema that main checks before acting; the preload exposes `DesktopApi`
 * (window.cvj) and nothing else.
 */

/**
 * Commands of the native menu (and of the shortcuts main owns). In the desktop app main handles
 * `file:new`, `file:open` and `file:close` itself (new window, native Open dialog, closing the
 * window through the unsaved-changes prompt) and never sends them; it forwards every other
 * command to the focused window's renderer as a `menu:command` event. The renderer answers
 * `file:save`, `file:save-as` and `file:revert` by calling `documents.save` / `saveAs` /
 * `revert` (see DocumentsApi).
 */
export const MENU_COMMANDS = [
  'file:new',
  'file:open',
  'file:save',
  'file:save-as',
  'file:revert',
  'file:close',
  'file:export',
  'edit:undo',
  'edit:redo',
  'edit:select-all',
  'edit:duplicate',
  'edit:quick-add',
  'edit:delete',
  'view:zoom-in',
  'view:zoom-out',
  'view:fit',
  'view:reset-zoom',
  'help:shortcuts',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const WindowStateSchema = z
  .object({
    /** Document title shown in the window title bar, e.g. "Untitled journey". */
    documentTitle: text(500),
    /** Unsaved changes: adds a marker to the title (and the macOS edited dot). */
    edited: z.boolean(),
  })
  .strict();
export type WindowState = z.infer<typeof WindowStateSchema>;

/**
 * Schemes the app hands to the OS (browser, mail client). Everything else is refused: a
 * `javascript:` or `data:` URL runs code, `file:` reaches the disk, and custom schemes launch
 * other apps. A link in a .cvj file is text anyone could have written (it may arrive by mail).
 */
export const EXTERNAL_URL_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;
export const MAX_EXTERNAL_URL_LENGTH = 2048;

// Whitespace and control characters never survive URL serialisation (href encodes them), so
// their presence means the string was not produced by `toExternalUrl`: refuse, do not guess.
function hasUnsafeCharacters(url: string): boolean {
  for (let i = 0; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return /\s/u.test(url);
}

/** The WHATWG URL parser. Node and browsers both have it; shared/ is typed without DOM or Node. */
interface ParsedUrl {
  href: string;
  protocol: string;
  hostname: string;
  username: string;
  password: string;
}
const UrlParser = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;

/**
 * Why `url` may not be opened outside the app, or null when it may. Main enforces this on
 * `shell:open-external`; the renderer uses it to explain a disabled "Open link" button.
 */
export function externalUrlProblem(url: string): string | null {
  if (url.length === 0) return 'There is no link to open.';
  if (url.length > MAX_EXTERNAL_URL_LENGTH) {
    return `Links longer than ${MAX_EXTERNAL_URL_LENGTH} characters cannot be opened.`;
  }
  if (hasUnsafeCharacters(url)) return 'Links with spaces or control characters cannot be opened.';
  let parsed: ParsedUrl;
  try {
    parsed = new UrlParser(url);
  } catch {
    return 'Only full addresses can be opened, such as https://example.com or mailto:name@example.com.';
  }
  if (!(EXTERNAL_URL_PROTOCOLS as readonly string[]).includes(parsed.protocol)) {
    return `Only http, https and mailto links can be opened, not ${parsed.protocol} links.`;
  }
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') {
    return 'This web address has no site name.';
  }
  // "https://yourbank.com@evil.example" goes to evil.example: a classic disguise.
  if (parsed.username !== '' || parsed.password !== '') {
    return 'Links with a user name or password are not opened: they can disguise the real site.';
  }
  return null;
}

export type ExternalUrlResult = { ok: true; url: string } | { ok: false; problem: string };

/**
 * What the user typed as a link, as the exact URL that would be opened: trimmed and normalised
 * by the URL parser (so the confirmation names precisely what the OS receives), then checked.
 */
export function toExternalUrl(text: string): ExternalUrlResult {
  const trimmed = text.trim();
  let href: string;
  try {
    href = new UrlParser(trimmed).href;
  } catch {
    href = trimmed;
  }
  const problem = externalUrlProblem(href);
  return problem === null ? { ok: true, url: href } : { ok: false, problem };
}

export const ExternalUrlSchema = text(MAX_EXTERNAL_URL_LENGTH).superRefine((url, ctx) => {
  const problem = externalUrlProblem(url);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

// ─── Documents: open, save, recent list, autosave recovery ──────────────────────────────────
//
// Main owns every path. The renderer sends journey text (from serializeJourneyFile) and gets
// back file *names* for display and opaque ids for recent files and recovered journeys; it
// never sends a path back (the one exception, a dropped file, goes through the preload: see
// `DocumentsApi.openDropped`). docs/files.md tells the whole story.

/** Why opening or saving failed. Codes are stable; show `message`, it is written for people. */
export const FILE_ERROR_CODES = [
  /** The disk (or the user's quota) is full. */
  'ENOSPC',
  /** Permission denied (also EPERM: a locked or immutable file or folder). */
  'EACCES',
  /** The disk or folder is read-only. */
  'EROFS',
  /** The file, or the folder it was in, no longer exists. */
  'ENOENT',
  /** A folder is where the file should be. */
  'EISDIR',
  /** Another program holds the file (Windows sharing violations). */
  'EBUSY',
  /** Over MAX_FILE_BYTES; refused before reading. */
  'TOO_LARGE',
  /** Not a journey: wrong extension, or JSON that is not a CVJ file. */
  'NOT_CVJ',
  /** Not valid JSON (or not UTF-8 text); `message` says where. */
  'NOT_JSON',
  /** A journey file with invalid content; `jsonPath` says where. */
  'INVALID',
  /** Written by a newer version of the app; the message says to update. */
  'VERSION_TOO_NEW',
  /** Save As onto a file that is open in another window. */
  'OPEN_IN_OTHER_WINDOW',
  'UNKNOWN',
] as const;
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

export const FileErrorSchema = z
  .object({
    code: z.enum(FILE_ERROR_CODES),
    /**
     * A complete sentence naming the file and what happened, e.g. "Couldn't save “Q3
     * launch.cvj”: the disk is full. Your journey is still open and unsaved; …". Show as is.
     */
    message: z.string(),
    /** The file's name (never its folder), e.g. "Q3 launch.cvj". */
    fileName: z.string(),
    /** For broken files: where the first problem is, e.g. "journey.tactics[2].stage". */
    jsonPath: z.string().optional(),
    /** For broken files: every problem found ("path: reason"), for a details disclosure. */
    details: z.array(z.string()).optional(),
  })
  .strict();
export type FileError = z.infer<typeof FileErrorSchema>;

/** A journey main hands to a window: load it in place of the current one. */
export const OpenedDocumentSchema = z
  .object({
    /** The file's text; `parseJourneyFile(text)` succeeds on it (main checked). */
    text: z.string(),
    /** What to call the document: "Q3 launch.cvj", or "Untitled journey" when it has no file. */
    name: z.string(),
    /** false: the journey has no file yet, so Save asks where to put it. */
    hasFile: z.boolean(),
    /** true when the content is not what is on disk (a restored autosave): mark it unsaved. */
    edited: z.boolean(),
    /** ISO time of the autosave this journey was restored from, or null. */
    recoveredAt: z.string().nullable(),
  })
  .strict();
export type OpenedDocument = z.infer<typeof OpenedDocumentSchema>;

/**
 * What an open request did. Main never replaces a journey that has unsaved changes or a file:
 * it loads into the asking window only when that window holds an untouched untitled journey,
 * and otherwise opens a new window.
 */
export const OpenOutcomeSchema = z.discriminatedUnion('status', [
  /** Load `document` in this window now (it was untitled and untouched). */
  z.object({ status: z.literal('opened'), document: OpenedDocumentSchema }).strict(),
  /** The file was already open; main brought its window to the front (possibly this one). */
  z.object({ status: z.literal('focused') }).strict(),
  /** Opened in a new window; nothing to do here. */
  z.object({ status: z.literal('new-window') }).strict(),
  /** The user closed the dialog. */
  z.object({ status: z.literal('cancelled') }).strict(),
  /** Nothing was opened and the current journey is untouched; show `error.message`. */
  z.object({ status: z.literal('error'), error: FileErrorSchema }).strict(),
]);
export type OpenOutcome = z.infer<typeof OpenOutcomeSchema>;

export const SaveConflictSchema = z
  .object({
    fileName: z.string(),
    /** modified: another program changed the file; deleted: it was moved or deleted. */
    reason: z.enum(['modified', 'deleted']),
    /** ISO time the file on disk was last modified (null when it is gone). */
    modifiedAt: z.string().nullable(),
  })
  .strict();
export type SaveConflict = z.infer<typeof SaveConflictSchema>;

export const SaveOutcomeSchema = z.discriminatedUnion('status', [
  /**
   * Written (atomically; the previous version went to the backups folder). `name` may be new
   * after Save As. Mark the journey saved unless it changed since the text was taken.
   */
  z.object({ status: z.literal('saved'), name: z.string(), savedAt: z.string() }).strict(),
  /**
   * The file changed on disk since it was opened or last saved: nothing was written. Ask the
   * user; "overwrite" is `save({ text, force: true })`, or offer Save As.
   */
  z.object({ status: z.literal('conflict'), conflict: SaveConflictSchema }).strict(),
  /** The user closed the Save dialog. */
  z.object({ status: z.literal('cancelled') }).strict(),
  /** Nothing changed on disk; the journey stays open and unsaved. Show `error.message`. */
  z.object({ status: z.literal('error'), error: FileErrorSchema }).strict(),
]);
export type SaveOutcome = z.infer<typeof SaveOutcomeSchema>;

/** Opaque ids (recent files, recovered journeys, save requests): 32 lowercase hex digits. */
export const OpaqueIdSchema = z
  .string()
  .regex(/^[0-9a-f]{32}$/, { error: 'must be an id from main (32 hex digits)' });

export const RecentEntrySchema = z
  .object({
    /** Pass to `openRecent`; valid while the app runs. */
    id: OpaqueIdSchema,
    /** "Q3 launch.cvj" */
    name: z.string(),
    /** Name of the folder it is in ("Clients"), to tell same-named files apart. Display only. */
    folder: z.string(),
    /** ISO time it was last opened or saved. */
    openedAt: z.string(),
  })
  .strict();
export type RecentEntry = z.infer<typeof RecentEntrySchema>;

export const RecoveryEntrySchema = z
  .object({
    id: OpaqueIdSchema,
    /** The journey's own title. */
    title: z.string(),
    /** "Q3 launch.cvj" when the journey had a file, null when it was never saved. */
    originalName: z.string().nullable(),
    /** ISO time of the autosave. */
    savedAt: z.string(),
  })
  .strict();
export type RecoveryEntry = z.infer<typeof RecoveryEntrySchema>;

/** What a window gets when its page has loaded (`documents.ready()`). */
export const StartupInfoSchema = z
  .object({
    /** A journey to load at once (double-clicked file, Open in a new window…), or null. */
    document: OpenedDocumentSchema.nullable(),
    /** Opens that failed before the page could show them (e.g. a broken file double-clicked). */
    errors: z.array(FileErrorSchema),
    /**
     * Journeys autosaved before a crash or kill. Offer each (title, original name, time) with
     * Restore (`restoreRecovery`) and an explicit Discard (`discardRecovery`); ignoring the
     * offer keeps them for the next start. Given to the first window of a run, and to a window
     * whose page reloaded (its own unsaved journey is among them).
     */
    recovery: z.array(RecoveryEntrySchema),
  })
  .strict();
export type StartupInfo = z.infer<typeof StartupInfoSchema>;

/** Main asks the renderer to save as part of closing the window or quitting. */
export const SaveRequestSchema = z
  .object({ requestId: OpaqueIdSchema, reason: z.enum(['close', 'quit']) })
  .strict();
export type SaveRequest = z.infer<typeof SaveRequestSchema>;

/** A journey's text after main checked it: what main writes, and the title it found in it. */
export interface CheckedJourneyText {
  text: string;
  title: string;
}

/**
 * Journey text from the renderer, checked before anything touches the disk: within the size
 * limit, and a journey `parseJourneyFile` accepts, so main never writes a file the app could
 * not open again. Transforms into a CheckedJourneyText.
 */
export const JourneyTextSchema = text(MAX_FILE_BYTES).transform((text, ctx): CheckedJourneyText => {
  if (utf8ByteLength(text) > MAX_FILE_BYTES) {
    ctx.addIssue({ code: 'custom', message: 'the journey is larger than a file may be' });
    return z.NEVER;
  }
  const parsed = parseJourneyFile(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: `not a journey file: ${parsed.error.message}` });
    return z.NEVER;
  }
  return { text, title: parsed.journey.title };
});

export const SaveRequestPayloadSchema = z
  .object({
    text: JourneyTextSchema,
    /** true: write even though the file changed on disk (the user chose to overwrite). */
    force: z.boolean().optional(),
  })
  .strict();
export const TextPayloadSchema = z.object({ text: JourneyTextSchema }).strict();
export const SaveRequestAnswerSchema = z
  .object({ requestId: OpaqueIdSchema, saved: z.boolean() })
  .strict();

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Longest path main accepts from a drop (Windows long paths allow 32,767 characters). */
export const MAX_PATH_LENGTH = 32_767;

/**
 * A dropped file's path, from `webUtils.getPathForFile` in the preload. Only its shape is
 * checked here (absolute, no control characters); main checks the extension, that it is a
 * regular file and its size, and answers those with a FileError the user can read.
 */
export const DroppedPathSchema = text(MAX_PATH_LENGTH, 1)
  .refine((path) => !hasControlCharacters(path), {
    error: 'a path has no control characters',
  })
  .refine((path) => /^(?:\/|[A-Za-z]:[\\/]|\\\\[^\\])/.test(path), {
    error: 'must be an absolute path',
  });

/** The slice of a DOM File the drop API needs (shared/ has no DOM types). */
export interface DroppedFile {
  readonly name: string;
}

/**
 * Documents in the desktop app (window.cvj.documents). Every method resolves with an outcome
 * rather than throwing for things users cause (cancel, conflict, disk full); it rejects only
 * for programming errors (`[bad-request] …`: a payload main refused).
 */
export interface DocumentsApi {
  /**
   * Call once per page load, when the page is up and listening to the events below: main then
   * delivers what it queued for this window (a document to load, errors, recovery offers). A
   * second call in the same page returns nothing new; after a reload the window starts over
   * untitled (and is offered its own autosave back).
   */
  ready(): Promise<StartupInfo>;
  /** File > New: a new window with a new journey (this window is left as it is). */
  newWindow(): Promise<void>;
  /** Native Open dialog filtered to .cvj. */
  open(): Promise<OpenOutcome>;
  /** An entry from `listRecent`. A vanished file gives an ENOENT error and leaves the list. */
  openRecent(id: string): Promise<OpenOutcome>;
  /**
   * A file dropped on the window (a DOM File from the drop event). The preload turns it into
   * its path with webUtils.getPathForFile, the one path that comes from the renderer side (the
   * OS drag chose it, not the page); main checks it: .cvj, a regular file, within the size.
   */
  openDropped(file: DroppedFile): Promise<OpenOutcome>;
  /**
   * Re-reads the file from disk (ask the user first if the journey has unsaved changes). On
   * error the journey is untouched.
   */
  revert(): Promise<OpenOutcome>;
  /**
   * Saves `text` (serializeJourneyFile output) to this window's file; for an untitled journey
   * it shows the Save dialog. `force` overwrites after a `conflict` the user confirmed.
   */
  save(request: { text: string; force?: boolean }): Promise<SaveOutcome>;
  /** Save dialog (suggesting the journey's title), then writes; the window takes the new file. */
  saveAs(request: { text: string }): Promise<SaveOutcome>;
  /** Most recent first, at most 10; files that vanished are left out. */
  listRecent(): Promise<RecentEntry[]>;
  clearRecent(): Promise<void>;
  /**
   * The answer to a `onSaveRequested` request: `saved` true once a save (or Save As) of this
   * window succeeded, false if the user cancelled or it failed (the close or quit is then
   * cancelled). Main also checks that a save really happened.
   */
  answerSaveRequest(answer: { requestId: string; saved: boolean }): Promise<void>;
  /**
   * Autosave: call a couple of seconds after changes (debounced; at most every few seconds
   * while editing). Main writes it to the app's data folder; ignored while the window is
   * reported clean (`setWindowState({ edited: false })` also drops the autosave).
   */
  writeRecovery(snapshot: { text: string }): Promise<void>;
  /** Recovered journeys not open in any window (the same list `ready` offers). */
  listRecovery(): Promise<RecoveryEntry[]>;
  /** Loads a recovered journey, marked unsaved; the autosave is kept until it is saved. */
  restoreRecovery(id: string): Promise<OpenOutcome>;
  /** Deletes a recovered journey for good (the user chose Discard). */
  discardRecovery(id: string): Promise<void>;
  /** Main-initiated opens for this window (recent menu, double-click, second launch). */
  onOpened(listener: (document: OpenedDocument) => void): () => void;
  /** Main-initiated opens that failed; the journey is untouched. Show `error.message`. */
  onOpenFailed(listener: (error: FileError) => void): () => void;
  /**
   * The user chose Save in the close/quit prompt: run the normal save flow (Save As for an
   * untitled journey, conflict question, error message), then `answerSaveRequest`.
   */
  onSaveRequested(listener: (request: SaveRequest) => void): () => void;
}

// ─── Export: an image of the journey (PNG or SVG) saved where the user chooses ────────────────

export const EXPORT_FORMATS = ['png', 'svg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Largest export main writes. A PNG at the canvas limit (268,435,456 pixels) compresses far below
 * this for a journey (large flat areas); the cap keeps a runaway renderer from filling the disk.
 */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;
export const MAX_EXPORT_NAME_LENGTH = 200;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The bytes are the format they claim: a PNG signature, or text that opens an SVG element. */
export function exportBytesMatch(format: ExportFormat, bytes: Uint8Array): boolean {
  if (format === 'png') return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 4096); i += 1) head += String.fromCharCode(bytes[i]!);
  return /^\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(
    head.replace(/^\xef\xbb\xbf/, ''),
  );
}

/**
 * A suggested file name for the Save dialog: a bare name (no folder, no control characters),
 * ending in the format's extension. Main still lets the user pick any place and name.
 */
export function exportNameProblem(format: ExportFormat, name: string): string | null {
  if (name.length === 0 || name.length > MAX_EXPORT_NAME_LENGTH)
    return 'a name of 1–200 characters';
  if (hasControlCharacters(name) || /[\\/:*?"<>|]/.test(name)) return 'a bare file name';
  if (/^[. ]/.test(name)) return 'a name that does not start with a dot or space';
  if (!name.toLowerCase().endsWith(`.${format}`)) return `a name ending in .${format}`;
  return null;
}

/** Image bytes from the renderer: 1 byte to MAX_EXPORT_BYTES, and really the format named. */
const ExportBytesSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.length > 0 && bytes.length <= MAX_EXPORT_BYTES, {
    error: `must hold 1 to ${MAX_EXPORT_BYTES} bytes`,
  });

function checkBytesMatch(
  request: { format: ExportFormat; bytes: Uint8Array },
  ctx: z.RefinementCtx,
): void {
  if (!exportBytesMatch(request.format, request.bytes)) {
    ctx.addIssue({ code: 'custom', path: ['bytes'], message: `not a ${request.format} image` });
  }
}

export const ExportRequestSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    bytes: ExportBytesSchema,
    suggestedName: text(MAX_EXPORT_NAME_LENGTH),
  })
  .strict()
  .superRefine((request, ctx) => {
    checkBytesMatch(request, ctx);
    const problem = exportNameProblem(request.format, request.suggestedName);
    if (problem !== null) {
      ctx.addIssue({ code: 'custom', path: ['suggestedName'], message: `must be ${problem}` });
    }
  });

/**
 * Stricter than exportBytesMatch for what goes on the clipboard, where its text is pasted into
 * other programs: an SVG is the exporter's own shape, an optional XML declaration then `<svg`
 * (no leading comments, which could carry any text).
 */
export function clipboardBytesMatch(format: ExportFormat, bytes: Uint8Array): boolean {
  if (format === 'png') return exportBytesMatch(format, bytes);
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 256); i += 1) head += String.fromCharCode(bytes[i]!);
  return /^(?:<\?xml [^<>]*\?>\s*)?<svg[\s>]/.test(head);
}

/** Export dialog > Copy as PNG / Copy as SVG: finished image bytes for the system clipboard. */
export const ClipboardImageSchema = z
  .object({ format: z.enum(EXPORT_FORMATS), bytes: ExportBytesSchema })
  .strict()
  .superRefine((image, ctx) => {
    if (!clipboardBytesMatch(image.format, image.bytes)) {
      ctx.addIssue({ code: 'custom', path: ['bytes'], message: `not a ${image.format} image` });
    }
  });
export interface ClipboardImage {
  format: ExportFormat;
  bytes: Uint8Array;
}

export interface ExportRequest {
  format: ExportFormat;
  bytes: Uint8Array;
  suggestedName: string;
}

export const ExportOutcomeSchema = z.discriminatedUnion('status', [
  /** Written atomically; `name` is the file's name (never its folder). */
  z.object({ status: z.literal('saved'), name: z.string() }).strict(),
  z.object({ status: z.literal('cancelled') }).strict(),
  /** Nothing was written (or a half-written temporary file was removed). Show `error.message`. */
  z.object({ status: z.literal('error'), error: FileErrorSchema }).strict(),
]);
export type ExportOutcome = z.infer<typeof ExportOutcomeSchema>;

/** Renderer → main requests (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE_CHANNELS = {
  'app:info': { request: z.tuple([]), response: AppInfoSchema },
  'window:set-state': { request: z.tuple([WindowStateSchema]), response: z.void() },
  /** Opens an http(s) or mailto URL in the user's browser or mail client, after the user confirmed. */
  'shell:open-external': { request: z.tuple([ExternalUrlSchema]), response: z.void() },
  'window:ready': { request: z.tuple([]), response: StartupInfoSchema },
  'file:new-window': { request: z.tuple([]), response: z.void() },
  'file:open': { request: z.tuple([]), response: OpenOutcomeSchema },
  'file:open-recent': { request: z.tuple([OpaqueIdSchema]), response: OpenOutcomeSchema },
  'file:open-dropped': { request: z.tuple([DroppedPathSchema]), response: OpenOutcomeSchema },
  'file:revert': { request: z.tuple([]), response: OpenOutcomeSchema },
  'file:save': { request: z.tuple([SaveRequestPayloadSchema]), response: SaveOutcomeSchema },
  'file:save-as': { request: z.tuple([TextPayloadSchema]), response: SaveOutcomeSchema },
  'file:recent-list': { request: z.tuple([]), response: z.array(RecentEntrySchema) },
  'file:recent-clear': { request: z.tuple([]), response: z.void() },
  'file:save-request-done': { request: z.tuple([SaveRequestAnswerSchema]), response: z.void() },
  'recovery:write': { request: z.tuple([TextPayloadSchema]), response: z.void() },
  'recovery:list': { request: z.tuple([]), response: z.array(RecoveryEntrySchema) },
  'recovery:restore': { request: z.tuple([OpaqueIdSchema]), response: OpenOutcomeSchema },
  'recovery:discard': { request: z.tuple([OpaqueIdSchema]), response: z.void() },
  /** Save dialog filtered to the format, then an atomic write of the exported image. */
  'file:export': { request: z.tuple([ExportRequestSchema]), response: ExportOutcomeSchema },
  /** Puts an exported image on the system clipboard (main's clipboard: the page has no access). */
  'clipboard:write-image': { request: z.tuple([ClipboardImageSchema]), response: z.void() },
} as const;
export type InvokeChannel = keyof typeof INVOKE_CHANNELS;

/** Main → renderer events. */
export const EVENT_CHANNELS = {
  'menu:command': z.enum(MENU_COMMANDS),
  'file:opened': OpenedDocumentSchema,
  'file:open-failed': FileErrorSchema,
  'file:save-requested': SaveRequestSchema,
} as const;
/** The payload main sends on an event channel. */
export type EventPayload<E extends EventChannel> = z.output<(typeof EVENT_CHANNELS)[E]>;
export type EventChannel = keyof typeof EVENT_CHANNELS;

/** What the preload exposes on `window.cvj`. The browser build implements the same interface. */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  setWindowState(state: WindowState): Promise<void>;
  /** Subscribes to menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Opens an http(s) or mailto URL outside the app (see `externalUrlProblem`). Call it only
   * after the user confirmed the exact URL; main refuses anything else with `bad-request`.
   */
  openExternal(url: string): Promise<void>;
  /**
   * Files, recent list and autosave recovery. Always present in the desktop app; optional so
   * the browser build, which has no file service of its own, still satisfies this interface.
   */
  documents?: DocumentsApi;
  /**
   * Desktop: Save dialog for an exported image (PNG or SVG bytes), then an atomic write. Main
   * picks the path; the renderer only suggests a name. Absent in a browser (it downloads).
   */
  exportFile?(request: ExportRequest): Promise<ExportOutcome>;
  /**
   * Desktop: Copy as PNG / Copy as SVG. Main writes the system clipboard; the page is granted
   * no clipboard permission. Absent in a browser (it uses the async Clipboard API).
   */
  copyImage?(request: ClipboardImage): Promise<void>;
}

/** Composes the window title the way the app shows it everywhere. */
export function windowTitle(state: WindowState): string {
  return `${state.edited ? '• ' : ''}${state.documentTitle} — CVJ Studio`;
}

/** The positional arguments of an invoke channel, as main receives them after validation. */
export type InvokeRequest<C extends InvokeChannel> = z.output<
  (typeof INVOKE_CHANNELS)[C]['request']
>;
/** The positional arguments of an invoke channel as the renderer sends them (before checks). */
export type InvokeArgs<C extends InvokeChannel> = z.input<(typeof INVOKE_CHANNELS)[C]['request']>;
/** What an invoke channel resolves to in the renderer. */
export type InvokeResponse<C extends InvokeChannel> = z.output<
  (typeof INVOKE_CHANNELS)[C]['response']
>;

/**
 * Why main refused or failed an invoke. Main answers every invoke with an `IpcResult` instead of
 * throwing, because Electron flattens a thrown error into an unstructured message string.
 */
export type IpcErrorCode = 'bad-request' | 'forbidden' | 'unknown-channel' | 'internal';
export interface IpcError {
  code: IpcErrorCode;
  message: string;
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
