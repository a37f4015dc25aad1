import process from 'node:process';
import { parseCommand, USAGE, UsageError } from './args';
import {
  checkJourney,
  exportJourney,
  forecastCommand,
  listTemplates,
  newFromTemplate,
  validate,
  versionLine,
  type Io,
} from './commands';

/**
 * The `cvj` command line: export a journey to SVG or PNG without the app, validate files and
 * check a journey's health. Exit codes: 0 done, 1 the input could not be read or exported, 2
 * wrong usage (`check`: 0 clean, 1 findings at or above --fail-on, 2 could not read or finish).
 */
export function main(argv: readonly string[], io: Io = consoleIo): number | Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`cvj: ${error.message}`);
      io.err(USAGE);
      return 2;
    }
    throw error;
  }
  try {
    switch (command.kind) {
      case 'help':
        io.out(USAGE);
        return 0;
      case 'version':
        io.out(versionLine());
        return 0;
      case 'validate':
        return validate(command.file, io);
      case 'check':
        return checkJourney(command, io);
      case 'forecast':
        return forecastCommand(command, io);
      case 'templates':
        return listTemplates(io);
      case 'new':
        return newFromTemplate(command, io);
      case 'export': {
        const code = exportJourney(command, io);
        // A report or a deck is written asynchronously: its failures are reported the same way.
        return typeof code === 'number'
          ? code
          : code.catch((error: unknown) => {
              io.err(`cvj: ${error instanceof Error ? error.message : String(error)}`);
              return 1;
            });
      }
    }
  } catch (error) {
    // A bug or an unexpected system error: say so plainly, never with a blank image. For check,
    // 1 means "findings at or above --fail-on": a check that could not finish is 2, like a file
    // it could not read, so a script never takes a crash for a verdict.
    io.err(`cvj: ${error instanceof Error ? error.message : String(error)}`);
    return command.kind === 'check' ? 2 : 1;
  }
}

const consoleIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
