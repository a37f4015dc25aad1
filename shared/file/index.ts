/** The `.cvj` file format: read with `parseJourneyFile`, write with `serializeJourneyFile`. */
export { APP_NAME, APP_VERSION, CURRENT_VERSION, FORMAT_NAME } from './version';
export {
  AppInfoSchema,
  ConnectionSchema,
  CustomTacticSchema,
  CvjFileSchema,
  CvjFileV1Schema,
  PersonaSchema,
  JourneyMetaSchema,
  JourneySchema,
  LIMITS,
  PointSchema,
  StageSchema,
  TacticSchema,
  TacticStatusSchema,
} from './schema';
export type { CvjFile, CvjFileV1 } from './schema';
export type { ParseError, ParseErrorCode, ParseResult } from './result';
export { parseJourneyFile, setOfFile, validateJourney } from './parse';
export { serializeJourneyFile, serializeJourneySet } from './serialize';
export type { SerializeOptions } from './serialize';
export { MIGRATIONS, runMigrations } from './migrate';
export type { Migration, RawFile } from './migrate';
export { MAX_DEPTH } from './structure';
export { MAX_FILE_BYTES, formatFileSize, utf8ByteLength } from './size';
