import { CURRENT_VERSION } from '../../../shared/file/version';
import { notCvjError, type FileError } from '../../../shared/file/file-errors';
import type { SaveConflict } from '../../../shared/ipc/contract';
import type { MovedCard } from '../../../shared/model/reconcile';
import type { ChoicePrompt, MessagePrompt } from '../store/promptSlice';
import type { Notice } from '../store/uiSlice';

/** The words of the file dialogs, in one place. Times are in the user's locale. */

const quoted = (name: string) => `“${name}”`;

/** "14:32" today, "3 Mar 2026, 14:32" on another day. */
export function formatWhen(iso: string, now: Date = new Date(), locale?: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const sameDay = when.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(
    locale,
    sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(when);
}

const TITLES: Partial<Record<FileError['code'], string>> = {
  INVALID: 'This journey file is damaged',
  NOT_JSON: 'This is not a journey file',
  NOT_CVJ: 'This is not a journey file',
  VERSION_TOO_NEW: 'This journey needs a newer CVJ Studio',
  TOO_LARGE: 'This file is too large',
};

export function fileErrorPrompt(
  error: FileError,
  operation: 'open' | 'save' | 'revert' | 'restore',
): MessagePrompt {
  const title =
    operation === 'save'
      ? 'Your journey was not saved'
      : (TITLES[error.code] ??
        (operation === 'revert'
          ? 'Couldn’t revert'
          : operation === 'restore'
            ? 'Couldn’t restore'
            : 'Couldn’t open the file'));
  return {
    kind: 'message',
    tone: 'error',
    title,
    message: error.message,
    ...(error.jsonPath === undefined ? {} : { jsonPath: error.jsonPath }),
    ...(error.details === undefined ? {} : { details: error.details }),
  };
}

/** Something this renderer did not expect (a refused request): still a sentence for people. */
export function unexpectedPrompt(action: string, error: unknown): MessagePrompt {
  const reason =
    error instanceof Error ? error.message.replace(/^\[[a-z-]+\]\s*/, '') : String(error);
  return {
    kind: 'message',
    tone: 'error',
    title: `Couldn’t ${action}`,
    message: `Couldn’t ${action}: ${reason} Your journey is unchanged.`,
  };
}

export function conflictPrompt(conflict: SaveConflict): ChoicePrompt {
  const name = quoted(conflict.fileName);
  const message =
    conflict.reason === 'deleted'
      ? `${name} was moved or deleted by another program since you opened it. Save it again where it was, or choose a new place with Save As.`
      : `${name} was changed by another program${conflict.modifiedAt ? ` (at ${formatWhen(conflict.modifiedAt)})` : ''} since you opened or last saved it. Overwriting replaces those changes with your journey.`;
  return {
    kind: 'choice',
    title: conflict.reason === 'deleted' ? 'The file is gone' : 'The file was changed elsewhere',
    message,
    choices: [
      { value: 'cancel', label: 'Cancel' },
      { value: 'save-as', label: 'Save As…' },
      {
        value: 'overwrite',
        label: conflict.reason === 'deleted' ? 'Save again' : 'Overwrite',
        tone: 'danger',
      },
    ],
    cancel: 'cancel',
    focus: 'cancel',
  };
}

/** Save / Don't save / Cancel before the journey is replaced (browser: one page, one journey). */
export function unsavedPrompt(name: string, before: 'new' | 'open'): ChoicePrompt {
  return {
    kind: 'choice',
    title: `Save changes to ${quoted(name)}?`,
    message:
      before === 'new'
        ? 'A new journey replaces this one. Your changes are lost if you don’t save them.'
        : 'The journey you open replaces this one. Your changes are lost if you don’t save them.',
    choices: [
      { value: 'discard', label: 'Don’t save' },
      { value: 'cancel', label: 'Cancel' },
      { value: 'save', label: 'Save', tone: 'primary' },
    ],
    cancel: 'cancel',
    focus: 'save',
  };
}

/** A destructive step, asked first: Cancel (focused) or the step, in the danger tone. */
function confirmPrompt(title: string, message: string, value: string, label: string): ChoicePrompt {
  return {
    kind: 'choice',
    title,
    message,
    choices: [
      { value: 'cancel', label: 'Cancel' },
      { value, label, tone: 'danger' },
    ],
    cancel: 'cancel',
    focus: 'cancel',
  };
}

export function revertPrompt(name: string): ChoicePrompt {
  return confirmPrompt(
    `Revert to the saved ${quoted(name)}?`,
    'Your changes since it was last saved are lost. This cannot be undone.',
    'revert',
    'Revert',
  );
}

export function discardRecoveryPrompt(title: string): ChoicePrompt {
  return confirmPrompt(
    `Discard ${quoted(title)}?`,
    'The recovered journey is deleted for good. This cannot be undone.',
    'discard',
    'Discard',
  );
}

export function removeTemplatePrompt(name: string): ChoicePrompt {
  return confirmPrompt(
    `Remove the template ${quoted(name)}?`,
    'It leaves My templates. Journeys made from it are not affected.',
    'remove',
    'Remove',
  );
}

export function notJourneyDropPrompt(fileName: string): MessagePrompt {
  return {
    kind: 'message',
    tone: 'error',
    title: 'This is not a journey file',
    message: notCvjError(fileName).message,
  };
}

export function warningsPrompt(name: string, warnings: string[]): MessagePrompt {
  return {
    kind: 'message',
    tone: 'info',
    title: `${quoted(name)} was opened with notes`,
    message: warnings[0] ?? '',
    ...(warnings.length > 1 ? { details: warnings } : {}),
  };
}

/** After opening a journey whose positions disagreed with its stages (see reconcileLayout). */
export function movedCardsNotice(moved: readonly MovedCard[]): Notice {
  const count = moved.length;
  const message =
    count === 1
      ? '1 card moved into its stage’s lane'
      : `${count.toLocaleString('en-US')} cards moved into their stage’s lane`;
  const named = moved.map((m) => m.title.trim()).filter((title) => title !== '');
  const shown = named.slice(0, 3).map(quoted);
  const rest = count - shown.length;
  const which =
    shown.length === 0
      ? ''
      : `: ${shown.join(', ')}${rest > 0 ? ` and ${rest.toLocaleString('en-US')} more` : ''}`;
  const them = count === 1 ? 'it' : 'them';
  return {
    message,
    detail: `The file had ${them} outside the lane or under its header${which}. Save to keep ${them} there.`,
  };
}

/** After the first save of a file written in an older format version. */
export function upgradedNotice(fromVersion: number): Notice {
  return {
    message: 'Saved in the new format; older versions of CVJ Studio cannot open it',
    detail: `The file was in format version ${fromVersion}; it is now in version ${CURRENT_VERSION}, which can hold several journeys.`,
  };
}
