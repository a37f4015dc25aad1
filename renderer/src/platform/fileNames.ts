/**
 * The names a journey opens from, in both builds: a `.cvj` file (`.json` too: some systems offer
 * only that type in a picker), or a PNG or SVG image exported with the journey inside. Main
 * checks a desktop path again (electron/main/files/paths.ts) and answers the rest with its
 * not-a-journey message.
 */

/** An exported image: its journey opens untitled, so Save never writes JSON over the image. */
export function isJourneyImageName(name: string): boolean {
  return /\.(svg|png|pdf|pptx)$/i.test(name);
}

export function opensAsJourney(name: string): boolean {
  return isJourneyImageName(name) || /\.(cvj|json)$/i.test(name);
}
