/**
 * How much a journey may hold: lengths of its texts, counts of its records, ranges of its numbers.
 * The file schema (shared/file/schema.ts) and the clipboard schema check against these same
 * numbers, so whatever can be pasted can be saved, and a hostile file or clipboard cannot freeze
 * the canvas.
 */
export const LIMITS = {
  idLength: 200,
  titleLength: 500,
  notesLength: 20_000,
  shortTextLength: 200,
  linkLength: 2_048,
  descriptionLength: 2_000,
  tactics: 50_000,
  connections: 100_000,
  customTactics: 1_000,
  /** Journeys in one file (personas, segments, scenarios: a handful in practice). */
  journeys: 100,
  /** Canvas coordinates; lanes span 0..3200 horizontally, so this is room to spare. */
  coordinate: 10_000_000,
  cost: 1e15,
  /** Forecast: people per period a tactic brings in from outside (more than Earth, to spare). */
  reach: 1e12,
  /** Dots on one card in a dot-vote. */
  votes: 10_000,
  /** Journey-health findings dismissed ("we know"), and the length of each key. */
  dismissedFindings: 1_000,
  findingKeyLength: 100,
} as const;
