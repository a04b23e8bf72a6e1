import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const newsroomSchema = z.object({
  name: z.string(),
  tagline: z.string(),
  description: z.string(),
  timeZone: z.string(),
  contactEmail: z.string(),
  sections: z.array(z.object({ slug: z.string(), name: z.string(), description: z.string() })),
  regions: z.array(z.object({ slug: z.string(), name: z.string() })),
});

export type Newsroom = z.infer<typeof newsroomSchema>;

let cached: Newsroom | undefined;

/**
 * The outlet's identity, from content/newsroom.yaml. (The appeal copy there only seeds the
 * appeals table: lib/content/appeal-copy.ts.)
 */
export function getNewsroom(): Newsroom {
  cached ??= newsroomSchema.parse(parse(fs.readFileSync(path.join(process.cwd(), 'content', 'newsroom.yaml'), 'utf8')));
  return cached;
}
