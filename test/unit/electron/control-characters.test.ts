import { describe, expect, it } from 'vitest';
import { exportNameProblem } from '../../../shared/file/file-names';
import { DroppedPathSchema } from '../../../shared/ipc/contract';
import { externalUrlProblem } from '../../../shared/ipc/external-url';

/**
 * One scanner (shared/file/control-characters.ts) decides what a control character is for every
 * check that refuses them: a dropped file's path, an export's suggested name and a link. They
 * must agree, or a character refused in one place slips through another.
 */
const CONTROLS = ['\u0000', '\u0009', '\u000a', '\u000d', '\u001b', '\u001f', '\u007f'];

describe('control characters are refused alike everywhere', () => {
  it.each(CONTROLS.map((c) => [`U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`, c]))(
    '%s in a dropped path, an export name and a link',
    (_name, c) => {
      expect(DroppedPathSchema.safeParse(`/home/anna/Q3${c}.cvj`).success).toBe(false);
      expect(exportNameProblem('png', `Q3${c}.png`)).toBe('a bare file name');
      expect(externalUrlProblem(`https://example.com/${c}`)).toMatch(/control characters/);
    },
  );

  it('lets ordinary text through: accents, emoji and (outside links) spaces', () => {
    expect(DroppedPathSchema.safeParse('/home/anna/Café plan 🚀.cvj').success).toBe(true);
    expect(exportNameProblem('svg', 'Café plan 🚀.svg')).toBeNull();
    expect(externalUrlProblem('https://example.com/caf%C3%A9')).toBeNull();
    // A link is stricter: a space never survives URL serialisation, so it is refused too.
    expect(externalUrlProblem('https://example.com/a b')).toMatch(/spaces/);
  });
});
