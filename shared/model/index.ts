/** The public API of the journey model: import from here, not from the files behind it. */
export * from './types';
export * from './stages';
export * from './layout';
export * from './icons';
export * from './library';
export * from './ids';
export * from './commands';
export * from './selectors';
export * from './starter';
export * from './names';
export * from './reconcile';
export * from './journeySet';
