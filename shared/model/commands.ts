/** The commands live in ./commands/, one file per concern; this keeps old import paths working. */
export * from './commands/index';
