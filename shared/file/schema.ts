import { z } from 'zod';
import { list, text } from './zod-setup';
import type {
  Connection,
  CustomTacticDef,
  Journey,
  JourneyMeta,
  Persona,
  Point,
  Tactic,
} from '../model/types';
import { FORECAST_PERIODS, STAGE_IDS, TACTIC_STATUSES } from '../model/types';
import { HEX_COLOR } from '../model/names';
import { LIMITS } from '../model/limits';
import { quoteValue } from './issues';
import { CURRENT_VERSION, FORMAT_NAME } from './version';

/**
 * The `.cvj` file, format version 2 (and the version 1 it upgrades), as zod schemas.
 *
 * Every object is loose: keys this build does not know are kept, so a file written by a newer
 * build (or by hand, or by another tool) loses nothing when this build opens and saves it.
 * The limits exist so a hostile or corrupt file is rejected with a path instead of freezing
 * the canvas; they sit far above anything a workshop produces.
 */
export { LIMITS };

const STAGE_LIST = STAGE_IDS.join(', ');

function oneOf(what: string, list: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `this required field is missing; it must be one of ${what} (${list})`
      : `${quoteValue(issue.input)} is not one of ${what} (${list})`;
}

const Id = text(LIMITS.idLength, 1);

export const StageSchema = z.enum(STAGE_IDS, { error: oneOf('the eight stages', STAGE_LIST) });

export const TacticStatusSchema = z.enum(TACTIC_STATUSES, {
  error: oneOf('the statuses', TACTIC_STATUSES.join(', ')),
});

const Coordinate = z.number().min(-LIMITS.coordinate).max(LIMITS.coordinate);

export const PointSchema = z.looseObject({ x: Coordinate, y: Coordinate });

export const TacticSchema = z.looseObject({
  id: Id,
  stage: StageSchema,
  kind: Id.describe('Library entry id (e.g. "convert.tripwire"), a custom tactic id, or "custom".'),
  title: text(LIMITS.titleLength),
  notes: text(LIMITS.notesLength),
  position: PointSchema.describe('Top-left corner of the card in canvas coordinates.'),
  owner: text(LIMITS.shortTextLength).optional(),
  status: TacticStatusSchema.optional(),
  cost: z.number().min(0).max(LIMITS.cost).optional().describe('Planned cost in currency units.'),
  conversionRate: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe('Of the people who take this tactic, the percentage who go on along its connections.'),
  reach: z
    .number()
    .min(0)
    .max(LIMITS.reach)
    .optional()
    .describe('Forecast: new people it brings in from outside the journey per period.'),
  value: z.number().min(0).max(LIMITS.cost).optional().describe('Forecast: revenue per person who takes it.'),
  costPerPerson: z
    .number()
    .min(0)
    .max(LIMITS.cost)
    .optional()
    .describe('Forecast: cost per person who takes it.'),
  // Any text the user typed; whoever opens it must check the scheme (no javascript: URLs).
  link: text(LIMITS.linkLength).optional(),
  votes: z
    .number()
    .int()
    .min(1)
    .max(LIMITS.votes)
    .optional()
    .describe('Dots given to the card in a dot-vote (absent: none).'),
});

export const ConnectionSchema = z.looseObject({
  id: Id,
  source: Id,
  target: Id,
  label: text(LIMITS.titleLength).optional(),
  share: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe("Forecast: the percentage of the source's people who take this path."),
});

// Colours end up in SVG attributes and CSS, so only plain hex is accepted, never free text.
const HexColor = z.string().regex(HEX_COLOR, {
  error: (issue) => `${quoteValue(issue.input)} is not a hex colour like "#2563eb"`,
});

export const CustomTacticSchema = z.looseObject({
  id: Id,
  name: text(LIMITS.titleLength, 1),
  stage: StageSchema,
  icon: text(LIMITS.shortTextLength, 1),
  color: HexColor,
  description: text(LIMITS.descriptionLength).optional(),
});

const IsoDateTime = z.iso.datetime({
  offset: true,
  error: (issue) =>
    issue.input === undefined
      ? 'this required field is missing'
      : `${quoteValue(issue.input)} is not an ISO 8601 date and time like "2025-01-31T09:30:00.000Z"`,
});

export const JourneyMetaSchema = z.looseObject({ createdAt: IsoDateTime, updatedAt: IsoDateTime });

export const PersonaSchema = z.looseObject({
  name: text(LIMITS.titleLength, 1),
  description: text(LIMITS.descriptionLength).optional(),
  color: HexColor.optional(),
  icon: text(LIMITS.shortTextLength, 1).optional().describe('A Lucide icon name, e.g. "user".'),
});

export const JourneySchema = z
  .looseObject({
    id: Id,
    title: text(LIMITS.titleLength),
    tactics: list(TacticSchema, LIMITS.tactics),
    connections: list(ConnectionSchema, LIMITS.connections),
    customTactics: list(CustomTacticSchema, LIMITS.customTactics).default([]),
    dismissedFindings: list(text(LIMITS.findingKeyLength, 1), LIMITS.dismissedFindings)
      .optional()
      .describe('Keys of journey-health findings dismissed for this journey ("we know"); absent: none.'),
    forecast: z
      .looseObject({
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, { error: (issue) => `${quoteValue(issue.input)} is not a currency code like "USD" or "EUR"` })
          .optional(),
        period: z.enum(FORECAST_PERIODS, { error: oneOf('the periods', FORECAST_PERIODS.join(', ')) }).optional(),
      })
      .optional()
      .describe('Forecast currency (ISO 4217) and period; absent: the locale\'s currency, per month.'),
    persona: PersonaSchema.optional().describe('Who this journey is about (a persona, a segment, a scenario).'),
    meta: JourneyMetaSchema,
  })
  .superRefine((journey, ctx) => {
    const tacticIds = firstIndexById(journey.tactics, 'tactics', ctx);
    firstIndexById(journey.connections, 'connections', ctx);
    firstIndexById(journey.customTactics, 'customTactics', ctx);
    journey.connections.forEach((connection, index) => {
      for (const end of ['source', 'target'] as const) {
        if (!tacticIds.has(connection[end])) {
          ctx.addIssue({
            code: 'custom',
            path: ['connections', index, end],
            message: `no tactic has the id ${quoteValue(connection[end])}`,
          });
        }
      }
      if (connection.source === connection.target) {
        ctx.addIssue({
          code: 'custom',
          path: ['connections', index, 'target'],
          message: `a connection cannot lead from a tactic to itself (${quoteValue(connection.target)})`,
        });
      }
    });
  });

/** Reports each repeated id at its later occurrence, the one a user would delete. */
function firstIndexById(
  items: readonly { id: string }[],
  list: string,
  ctx: z.RefinementCtx,
): Map<string, number> {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) {
      first.set(item.id, index);
    } else {
      ctx.addIssue({
        code: 'custom',
        path: [list, index, 'id'],
        message: `the id ${quoteValue(item.id)} is already used by ${list}[${earlier}]`,
      });
    }
  });
  return first;
}

export const AppInfoSchema = z.looseObject({
  // Provenance only: a file from another tool that follows the format is still welcome.
  name: text(LIMITS.shortTextLength),
  version: text(LIMITS.shortTextLength),
});

const FILE_RULES =
  'Rules this schema cannot express, which CVJ Studio also enforces: ids are unique within tactics, connections and customTactics; a connection joins two different existing tactics.';

/** Format version 1: one journey. Read (and then upgraded to version 2), never written. */
export const CvjFileV1Schema = z
  .looseObject({
    format: z.literal(FORMAT_NAME),
    version: z.literal(1),
    app: AppInfoSchema,
    journey: JourneySchema,
  })
  .meta({
    title: 'CVJ Studio journey file (format version 1)',
    description: `A Customer Value Journey map saved by CVJ Studio before version 2. Unknown properties are allowed at every level and are kept when the file is saved again. ${FILE_RULES}`,
  });

/** Format version 2: a client's journeys (personas, segments, scenarios) in one file. */
export const CvjFileSchema = z
  .looseObject({
    format: z.literal(FORMAT_NAME),
    version: z.literal(CURRENT_VERSION),
    app: AppInfoSchema,
    title: text(LIMITS.titleLength).describe("The file's own title (a client, a project)."),
    meta: JourneyMetaSchema,
    journeys: list(JourneySchema, LIMITS.journeys)
      .min(1, { error: 'a file holds at least one journey' })
      .describe('The journeys, in the order of their tabs.'),
  })
  .superRefine((file, ctx) => {
    firstIndexById(file.journeys, 'journeys', ctx);
  })
  .meta({
    title: `CVJ Studio journey file (format version ${CURRENT_VERSION})`,
    description: `Customer Value Journey maps saved by CVJ Studio: one or more journeys (personas, segments, scenarios) of one client. Unknown properties are allowed at every level and are kept when the file is saved again. ${FILE_RULES} Journey ids are unique within the file.`,
  });

/** The whole parsed file, unknown keys included. */
export type CvjFile = z.output<typeof CvjFileSchema>;
export type CvjFileV1 = z.output<typeof CvjFileV1Schema>;

// Compile-time guard that the schemas mirror types.ts: every declared field has a schema and
// everything the schemas produce is a valid model object.
type Mirrors<Model, Schema extends z.ZodObject> = [
  Exclude<keyof Model, keyof Schema['shape']>,
  z.output<Schema> extends Model ? true : false,
];
type Check<T extends [never, true]> = T;
type _SchemaMirrorsModel = [
  Check<Mirrors<Point, typeof PointSchema>>,
  Check<Mirrors<Tactic, typeof TacticSchema>>,
  Check<Mirrors<Connection, typeof ConnectionSchema>>,
  Check<Mirrors<CustomTacticDef, typeof CustomTacticSchema>>,
  Check<Mirrors<JourneyMeta, typeof JourneyMetaSchema>>,
  Check<Mirrors<Journey, typeof JourneySchema>>,
  Check<Mirrors<Persona, typeof PersonaSchema>>,
];
