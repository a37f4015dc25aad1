import { z } from 'zod';
import { CLIPBOARD_FORMATS, clipboardBytesMatch, EXPORT_FORMATS, exportBytesMatch } from '../export/sniff';
import { hasControlCharacters } from '../file/control-characters';
import { FILE_ERROR_CODES, type FileError } from '../file/file-errors';
import { exportNameProblem, MAX_EXPORT_NAME_LENGTH } from '../file/file-names';
import { parseJourneyFile } from '../file/parse';
import { MAX_FILE_BYTES, utf8ByteLength } from '../file/size';
import { text } from '../file/zod-setup';
import { externalUrlProblem, MAX_EXTERNAL_URL_LENGTH } from './external-url';
import { THEME_CHOICES, type ThemeChoice } from '../theme/tokens';

/**
 * The IPC contract between main and the renderer: the channel tables, the zod schema of every
 * payload and the types inferred from them. Channel names are `domain:verb`; main checks every
 * request against its schema before acting. The API the preload builds on these channels (and
 * the browser build imitates) is `DesktopApi` in desktop-api.ts.
 */

export { MENU_COMMANDS, themeOfCommand, type MenuCommand } from './menu-commands';
import { MENU_COMMANDS } from './menu-commands';

/** The `shell:open-external` payload: a URL `externalUrlProblem` has nothing against. */
export const ExternalUrlSchema = text(MAX_EXTERNAL_URL_LENGTH).superRefine((url, ctx) => {
  const problem = externalUrlProblem(url);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

/** shared/file/file-errors.ts's FileError, checked where it crosses IPC. */
export const FileErrorSchema = z
  .object({
    code: z.enum(FILE_ERROR_CODES),
    message: z.string(),
    fileName: z.string(),
    jsonPath: z.string().optional(),
    details: z.array(z.string()).optional(),
  })
  .strict();
// The schema and the interface describe the same thing: each is assignable to the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const fileErrorMatches: Same<z.infer<typeof FileErrorSchema>, FileError> = true;
void fileErrorMatches;

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

// ─── Documents: open, save, recent list, autosave recovery ──────────────────────────────────
//
// Main owns every path. The renderer sends journey text (from serializeJourneyFile) and gets
// back file *names* for display and opaque ids for recent files and recovered journeys; it
// never sends a path back (the one exception, a dropped file, goes through the preload: see
// `DocumentsApi.openDropped` in desktop-api.ts). docs/files.md tells the whole story.

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
export const OPAQUE_ID = /^[0-9a-f]{32}$/;
export const OpaqueIdSchema = z
  .string()
  .regex(OPAQUE_ID, { error: 'must be an id from main (32 hex digits)' });

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

/**
 * Journey text from the renderer, checked before anything touches the disk: within the size
 * limit, and a journey `parseJourneyFile` accepts (so main never writes a file the app could
 * not open again); its output is a CheckedJourneyText.
 */
export const JourneyTextSchema = text(MAX_FILE_BYTES).transform((text, ctx) => {
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
/** A journey's text after main checked it: what main writes, and the title it found in it. */
export type CheckedJourneyText = z.output<typeof JourneyTextSchema>;

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

/** Longest path main accepts from a drop (Windows long paths allow 32,767 characters). */
export const MAX_PATH_LENGTH = 32_767;

/**
 * A dropped file's path, from `webUtils.getPathForFile` in the preload. Only its shape is
 * checked here (absolute, no control characters); main checks the extension, that it is a
 * regular file and its size, and answers those with a FileError the user can read.
 */
export const DroppedPathSchema = text(MAX_PATH_LENGTH, 1)
  .refine((path) => !hasControlCharacters(path), { error: 'a path has no control characters' })
  .refine((path) => /^(?:\/|[A-Za-z]:[\\/]|\\\\[^\\])/.test(path), {
    error: 'must be an absolute path',
  });

// ─── Export: an image of the journey (PNG or SVG) saved where the user chooses ────────────────

/**
 * Largest export main writes. A PNG at the canvas limit (268,435,456 pixels) compresses far below
 * this for a journey (large flat areas); the cap keeps a runaway renderer from filling the disk.
 */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

/** Image bytes from the renderer: 1 byte to MAX_EXPORT_BYTES, and really the format named. */
const ExportBytesSchema = z
  // Any Uint8Array (z.instanceof would type it as one backed by an ArrayBuffer only).
  .custom<Uint8Array>((bytes) => bytes instanceof Uint8Array, { error: 'must be a Uint8Array' })
  .refine((bytes) => bytes.length > 0 && bytes.length <= MAX_EXPORT_BYTES, {
    error: `must hold 1 to ${MAX_EXPORT_BYTES} bytes`,
  });

export const ExportRequestSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    bytes: ExportBytesSchema,
    suggestedName: text(MAX_EXPORT_NAME_LENGTH),
  })
  .strict()
  .superRefine((request, ctx) => {
    if (!exportBytesMatch(request.format, request.bytes)) {
      ctx.addIssue({ code: 'custom', path: ['bytes'], message: `not a ${request.format} image` });
    }
    const problem = exportNameProblem(request.format, request.suggestedName);
    if (problem !== null) {
      ctx.addIssue({ code: 'custom', path: ['suggestedName'], message: `must be ${problem}` });
    }
  });
export type ExportRequest = z.infer<typeof ExportRequestSchema>;

/** Most files one "all journeys" export writes: one per journey of a file. */
export const MAX_EXPORT_FILES = 100;

/**
 * Export dialog › All journeys: one finished image per journey, each with the name it should
 * have (the journey's title). Main asks for a folder and writes them all there.
 */
export const ExportManyRequestSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    files: z
      .array(z.object({ bytes: ExportBytesSchema, suggestedName: text(MAX_EXPORT_NAME_LENGTH) }).strict())
      .min(1)
      .max(MAX_EXPORT_FILES),
  })
  .strict()
  .superRefine((request, ctx) => {
    const seen = new Set<string>();
    request.files.forEach((file, i) => {
      if (!exportBytesMatch(request.format, file.bytes)) {
        ctx.addIssue({ code: 'custom', path: ['files', i, 'bytes'], message: `not a ${request.format} image` });
      }
      const problem = exportNameProblem(request.format, file.suggestedName);
      if (problem !== null) {
        ctx.addIssue({ code: 'custom', path: ['files', i, 'suggestedName'], message: `must be ${problem}` });
      }
      // Names differ whatever the file system's case rules: one file never replaces another.
      const key = file.suggestedName.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['files', i, 'suggestedName'], message: 'must be unique' });
      seen.add(key);
    });
  });
export type ExportManyRequest = z.infer<typeof ExportManyRequestSchema>;

/** Export dialog > Copy as PNG / Copy as SVG: finished image bytes for the system clipboard. */
export const ClipboardImageSchema = z
  .object({ format: z.enum(CLIPBOARD_FORMATS), bytes: ExportBytesSchema })
  .strict()
  .superRefine((image, ctx) => {
    if (!clipboardBytesMatch(image.format, image.bytes)) {
      ctx.addIssue({ code: 'custom', path: ['bytes'], message: `not a ${image.format} image` });
    }
  });
export type ClipboardImage = z.infer<typeof ClipboardImageSchema>;

/**
 * Saving or removing one of My templates: done (`id` of the saved one), or a sentence to show
 * (too many, too large, disk full, permission denied) instead of a bare "templates:save failed".
 */
export const TemplateOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('done'), id: z.string() }).strict(),
  z.object({ status: z.literal('error'), message: z.string() }).strict(),
]);
export type TemplateOutcome = z.infer<typeof TemplateOutcomeSchema>;

export const ExportOutcomeSchema = z.discriminatedUnion('status', [
  /** Written atomically; `name` is the file's name (never its folder). */
  z.object({ status: z.literal('saved'), name: z.string() }).strict(),
  z.object({ status: z.literal('cancelled') }).strict(),
  /** Nothing was written (or a half-written temporary file was removed). Show `error.message`. */
  z.object({ status: z.literal('error'), error: FileErrorSchema }).strict(),
]);
export type ExportOutcome = z.infer<typeof ExportOutcomeSchema>;

export const ExportManyOutcomeSchema = z.discriminatedUnion('status', [
  /** Every file written atomically into `folder` (its name only, never its path). */
  z.object({ status: z.literal('saved'), folder: z.string(), names: z.array(z.string()) }).strict(),
  z.object({ status: z.literal('cancelled') }).strict(),
  /** `names` were written before `error` stopped the rest. Show `error.message`. */
  z.object({ status: z.literal('error'), error: FileErrorSchema, names: z.array(z.string()) }).strict(),
]);
export type ExportManyOutcome = z.infer<typeof ExportManyOutcomeSchema>;

export const ThemeChoiceSchema = z.enum(THEME_CHOICES as [ThemeChoice, ...ThemeChoice[]]);

/** One of the user's own templates ("My templates", Save as Template…). */
export const UserTemplateSchema = z
  .object({
    /** Opaque: 16 lower-case hex digits. */
    id: z.string().regex(/^[a-z0-9]{16}$/),
    name: text(200, 1),
    /** ISO time it was saved. */
    savedAt: z.string(),
    /** The journey, as .cvj text. */
    text: z.string(),
  })
  .strict();
export type UserTemplate = z.infer<typeof UserTemplateSchema>;

/** Renderer → main requests (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE_CHANNELS = {
  'app:info': { request: z.tuple([]), response: AppInfoSchema },
  'window:set-state': { request: z.tuple([WindowStateSchema]), response: z.void() },
  /** Opens an http(s) or mailto URL in the user's browser or mail client, after the user confirmed. */
  'shell:open-external': { request: z.tuple([ExternalUrlSchema]), response: z.void() },
  'window:ready': { request: z.tuple([]), response: StartupInfoSchema },
  'file:new-window': { request: z.tuple([]), response: z.void() },
  /**
   * New from Template: this journey, untitled (main checked the text), placed like an open: into
   * the asking window if it holds an untitled, untouched journey, else into a new window.
   */
  'file:new-from-template': { request: z.tuple([TextPayloadSchema]), response: OpenOutcomeSchema },
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
  /** A folder dialog, then one atomic write per journey (asks first before replacing files). */
  'file:export-many': { request: z.tuple([ExportManyRequestSchema]), response: ExportManyOutcomeSchema },
  /** The theme this window shows (or `system`): main checks it in View > Theme and matches native dialogs. */
  'ui:set-theme': { request: z.tuple([ThemeChoiceSchema]), response: z.void() },
  /** My templates: the user's own, newest first; save one (its id); remove one. */
  'templates:list': { request: z.tuple([]), response: z.array(UserTemplateSchema) },
  'templates:save': {
    request: z.tuple([z.object({ name: text(200, 1), text: JourneyTextSchema }).strict()]),
    response: TemplateOutcomeSchema,
  },
  'templates:remove': { request: z.tuple([z.string().regex(/^[a-z0-9]{16}$/)]), response: TemplateOutcomeSchema },
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

type InvokeSpec<C extends InvokeChannel> = (typeof INVOKE_CHANNELS)[C];
/** The positional arguments of an invoke channel, as main receives them after validation. */
export type InvokeRequest<C extends InvokeChannel> = z.output<InvokeSpec<C>['request']>;
/** The positional arguments of an invoke channel as the renderer sends them (before checks). */
export type InvokeArgs<C extends InvokeChannel> = z.input<InvokeSpec<C>['request']>;
/** What an invoke channel resolves to in the renderer. */
export type InvokeResponse<C extends InvokeChannel> = z.output<InvokeSpec<C>['response']>;

/**
 * Why main refused or failed an invoke. Main answers every invoke with an `IpcResult` instead of
 * throwing, because Electron flattens a thrown error into an unstructured message string.
 */
export interface IpcError {
  code: 'bad-request' | 'forbidden' | 'unknown-channel' | 'internal';
  message: string;
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
