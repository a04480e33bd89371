import { z } from 'zod';
import { EventEnvelopeSchema, PartySchema, PathwayEventSchema, ViewerSchema } from '../index.ts';
import { CliViewerSchema } from './commands/viewer.ts';
import { NowSchema } from './io.ts';

/**
 * Names and titles for the generated JSON Schemas. A registry of the CLI's own, so zod's global
 * registry (which the API may use for its own schemas) is left alone. Schemas used many times get
 * an id and are written once under `$defs` (a pathway event's `by` and `at` appear in all 27 event
 * types; without this referral-check's schema is 1.7 MB).
 */
export const SCHEMA_DOCS = z.registry<{ id?: string; title?: string }>();
SCHEMA_DOCS.add(PathwayEventSchema, { id: 'PathwayEvent' });
SCHEMA_DOCS.add(ViewerSchema, { id: 'Viewer' });
SCHEMA_DOCS.add(PartySchema, { id: 'Party' });
SCHEMA_DOCS.add(EventEnvelopeSchema.shape.at, { id: 'Timestamp' });
SCHEMA_DOCS.add(NowSchema, { id: 'Now' });
SCHEMA_DOCS.add(CliViewerSchema, { id: 'CliViewer' });

/** The JSON Schema (draft 2020-12) of what a command accepts: zod's input side, so defaults are optional. */
export function jsonSchemaOf(schema: z.ZodType, title: string): Record<string, unknown> {
  const {
    $schema,
    title: _title,
    ...rest
  } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    metadata: SCHEMA_DOCS,
  });
  return { $schema, title, ...rest };
}
