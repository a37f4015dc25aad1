/**
 * Below this zoom the cards are drawn on one canvas instead of as DOM elements (level of
 * detail): titles are ~6 px there, and thousands of DOM cards would make panning stutter.
 */
export const OVERVIEW_ZOOM = 0.3;

/**
 * The zoom a card is brought to when the keyboard moves focus to it while the journey is shown
 * as the overview: 100%, where its title is readable (on a projector too) and it is a real,
 * focusable element again.
 */
export const FOCUS_ZOOM = 1;
