/** Where a deck keeps the journey file it was made from (stored, not compressed). */
export const DECK_CVJ_PATH = 'cvj-studio/journey.cvj';
