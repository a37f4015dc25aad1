/**
 * Every change to a journey is one of these pure commands: `(doc, args) => doc`. A command that
 * would change nothing returns the very same object, so the store can skip a history entry and
 * React can skip a render. Commands never touch `meta`: timestamps are stamped at save time, so
 * undoing back to the saved state really is the saved state. Ids for new things are arguments
 * (the caller makes them with `createId`), so replaying a command gives the same document.
 */
export * from './journey';
export * from './tactics';
export * from './move';
export * from './arrange';
export * from './duplicate';
export * from './connections';
export * from './customTactics';
export * from './clipboard';
export * from './paste';
export * from './votes';
export * from './health';
export * from './forecast';
