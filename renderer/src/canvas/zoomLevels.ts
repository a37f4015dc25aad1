/**
 * Below this zoom the cards are drawn on one canvas instead of as DOM elements (level of
 * detail): titles are ~6 px there, and thousands of DOM cards would make panning stutter.
 */
export const OVERVIEW_ZOOM = 0.3;

/**
 * Below this zoom a card shows its title alone, larger (CARD_FAR_TITLE): the normal 22 px title
 * would be under 16 px on screen, too small for a room to read off a projector. It is the zoom
 * at which the whole journey is first fitted on a 1920 × 1080 screen with the library open.
 */
export const DETAIL_ZOOM = 0.75;

/**
 * The zoom a card is brought to when the keyboard moves focus to it while the journey is shown
 * as the overview: 100%, where its title is readable (on a projector too) and it is a real,
 * focusable element again.
 */
export const FOCUS_ZOOM = 1;
