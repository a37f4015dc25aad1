import type { UnsavedChoice } from './ports';

/**
 * The Save / Don't Save / Cancel question as dialog.showMessageBox options, per platform:
 * macOS puts the first button rightmost (Save, default), Cancel beside it and Don't Save on
 * the far left (the HIG order); Windows and Linux read left to right: Save, Don't Save, Cancel.
 * Escape and closing the box are Cancel everywhere.
 */
export interface UnsavedPrompt {
  type: 'warning';
  buttons: string[];
  defaultId: number;
  cancelId: number;
  message: string;
  detail: string;
  noLink: true;
  /** The choice behind each button index. */
  choices: UnsavedChoice[];
}

export function unsavedPrompt(
  platform: NodeJS.Platform,
  documentName: string,
  reason: 'close' | 'quit',
): UnsavedPrompt {
  const mac = platform === 'darwin';
  const labels: Record<UnsavedChoice, string> = {
    save: mac ? 'Save' : '&Save',
    discard: mac ? 'Don’t Save' : 'Do&n’t Save',
    cancel: 'Cancel',
  };
  const choices: UnsavedChoice[] = mac
    ? ['save', 'cancel', 'discard']
    : ['save', 'discard', 'cancel'];
  return {
    type: 'warning',
    buttons: choices.map((choice) => labels[choice]),
    defaultId: choices.indexOf('save'),
    cancelId: choices.indexOf('cancel'),
    message: `Do you want to save the changes you made to “${documentName}”?`,
    detail:
      reason === 'quit'
        ? 'Your changes will be lost if you don’t save them. Cancel keeps CVJ Studio open.'
        : 'Your changes will be lost if you don’t save them.',
    noLink: true,
    choices,
  };
}

/** The button the user pressed, as a choice; anything unexpected is Cancel (keeps the work). */
export function choiceFromResponse(prompt: UnsavedPrompt, response: number): UnsavedChoice {
  return prompt.choices[response] ?? 'cancel';
}
