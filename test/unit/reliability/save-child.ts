import { writeSync } from 'node:fs';
import { BackupStore } from '../../../electron/main/files/backups';
import { DocumentFiles, type Baseline } from '../../../electron/main/files/document-files';
import { nodeFs } from '../../../electron/main/files/fs-port';
import { versionText } from './save-versions';

/**
 * The child of the crash test: the app's real save path (DocumentFiles: conflict check,
 * backup, atomic replace) saving versions first, first + 1, … of a journey as fast as it can,
 * until the parent kills it. Before and after each save it writes a line to stdout with a
 * synchronous write, so the parent knows, after the kill, which save was in flight.
 *
 *   node save-child.mjs <target> <backups folder> <first version>
 */
const [target = '', backupsDir = '', first = '0'] = process.argv.slice(2);
const files = new DocumentFiles({
  fs: nodeFs,
  backups: new BackupStore({ fs: nodeFs, dir: backupsDir }),
});

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

async function main(): Promise<void> {
  const opened = await files.read(target);
  let baseline: Baseline | null = opened.ok ? opened.baseline : null;
  for (let n = Number(first); ; n += 1) {
    say(`begin ${n}`);
    const result = await files.write(target, versionText(n), { baseline });
    if (!result.ok) {
      say(`failed ${n} ${JSON.stringify(result)}`);
      process.exit(3);
    }
    baseline = result.baseline;
    say(`end ${n}`);
  }
}

void main();
