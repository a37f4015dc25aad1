import { describe, expect, it, vi } from 'vitest';
import { OpenQueue } from '../../../electron/main/documents/open-queue';
import { choiceFromResponse, unsavedPrompt } from '../../../electron/main/documents/unsaved-prompt';

describe('unsaved changes prompt', () => {
  it('macOS: Save (default, rightmost), Cancel, Don’t Save (leftmost)', () => {
    const prompt = unsavedPrompt('darwin', 'Q3 launch.cvj', 'close');
    expect(prompt.buttons).toEqual(['Save', 'Cancel', 'Don’t Save']);
    expect(prompt.buttons[prompt.defaultId]).toBe('Save');
    expect(prompt.buttons[prompt.cancelId]).toBe('Cancel');
    expect(prompt.message).toBe('Do you want to save the changes you made to “Q3 launch.cvj”?');
  });

  it.each(['win32', 'linux'] as const)(
    '%s: Save, Don’t Save, Cancel with mnemonics',
    (platform) => {
      const prompt = unsavedPrompt(platform, 'Plan', 'quit');
      expect(prompt.buttons).toEqual(['&Save', 'Do&n’t Save', 'Cancel']);
      expect(prompt.cancelId).toBe(2);
      expect(prompt.detail).toMatch(/Cancel keeps CVJ Studio open/);
    },
  );

  it.each(['darwin', 'win32', 'linux'] as const)(
    '%s: each button maps to its choice; anything else is Cancel',
    (platform) => {
      const prompt = unsavedPrompt(platform, 'Plan', 'close');
      prompt.buttons.forEach((label, index) => {
        const choice = choiceFromResponse(prompt, index);
        expect(label.replace('&', '')).toMatch(
          choice === 'save' ? /^Save$/ : choice === 'discard' ? /^Don’t Save$/ : /^Cancel$/,
        );
      });
      expect(choiceFromResponse(prompt, 7)).toBe('cancel');
      expect(choiceFromResponse(prompt, -1)).toBe('cancel');
    },
  );
});

describe('OpenQueue (files from the OS before the app is ready)', () => {
  it('holds files until started, then hands them over in order, once', () => {
    const queue = new OpenQueue();
    queue.add(['/a.cvj']);
    queue.add(['/b.cvj', '/a.cvj']);
    const handler = vi.fn();
    queue.start(handler);
    expect(handler).toHaveBeenCalledWith(['/a.cvj', '/b.cvj']);
    queue.add(['/c.cvj']);
    expect(handler).toHaveBeenLastCalledWith(['/c.cvj']);
    queue.add([]);
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('does not call the handler when nothing waited', () => {
    const handler = vi.fn();
    new OpenQueue().start(handler);
    expect(handler).not.toHaveBeenCalled();
  });
});
