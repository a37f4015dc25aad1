import { readdirSync, readFileSync } from 'node:fs';
import { APP_VERSION } from '../../../shared/file';

const FIXTURES = new URL('../../fixtures/', import.meta.url);

export function readFixture(path: string): string {
  return readFileSync(new URL(path, FIXTURES), 'utf8');
}

/** Names of the files in a fixture folder, e.g. `v1` -> ['full.cvj', 'starter.cvj']. */
export function fixtureNames(folder: string): string[] {
  return readdirSync(new URL(`${folder}/`, FIXTURES)).sort();
}

/**
 * The v1 fixtures are kept forever, byte for byte, while the writer stamps its own app
 * version; a round trip therefore compares against the fixture with today's app version.
 */
export function withCurrentAppVersion(text: string): string {
  return text.replace(
    /("app": \{\n {4}"name": "CVJ Studio",\n {4}"version": )"[^"]*"/,
    `$1${JSON.stringify(APP_VERSION)}`,
  );
}

type Fields = Record<string, unknown>;

/** A parsed file typed loosely enough to break it on purpose. */
export interface LooseFile extends Fields {
  journey: Fields & {
    tactics: Fields[];
    connections: Fields[];
    customTactics?: Fields[];
    meta: Fields;
  };
}

/** The starter fixture with one change made to its parsed JSON, as JSON text. */
export function starterWith(edit: (file: LooseFile) => void): string {
  const file = JSON.parse(readFixture('v1/starter.cvj')) as LooseFile;
  edit(file);
  return JSON.stringify(file, null, 2);
}

/** The file's `journey.tactics[index]`, which the starter fixture always has. */
export function tacticOf(file: LooseFile, index = 0): Fields & { position: Fields } {
  const tactic = file.journey.tactics[index];
  if (tactic === undefined) throw new Error(`the fixture has no tactics[${index}]`);
  return tactic as Fields & { position: Fields };
}

export function connectionOf(file: LooseFile, index: number): Fields {
  const connection = file.journey.connections[index];
  if (connection === undefined) throw new Error(`the fixture has no connections[${index}]`);
  return connection;
}
