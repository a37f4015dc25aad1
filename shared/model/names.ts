/**
 * Names and formats the model gives things that have none of their own, defined once for the
 * canvas, the inspector, files, exports and the main process alike.
 */

/** What a journey without a title (and a document without a file) is called. */
export const UNTITLED_JOURNEY = 'Untitled journey';

/** What a card shows for a title that is empty or only spaces. */
export const UNTITLED_TACTIC = 'Untitled tactic';

/** A tactic's title as people read it: its own, or "Untitled tactic" when it is blank. */
export function tacticTitle(title: string): string {
  return title.trim() === '' ? UNTITLED_TACTIC : title;
}

/**
 * Colours end up in SVG attributes and CSS, so only plain hex is accepted (`#abc` or `#aabbcc`,
 * any case), never free text.
 */
export const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && HEX_COLOR.test(value);
}
