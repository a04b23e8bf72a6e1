import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const appealSchema = z.object({ heading: z.string(), body: z.string(), buttonLabel: z.string() });

const newsroomSchema = z.object({
  name: z.string(),
  tagline: z.string(),
  description: z.string(),
  timeZone: z.string(),
  contactEmail: z.string(),
  sections: z.array(z.object({ slug: z.string(), name: z.string(), description: z.string() })),
  regions: z.array(z.object({ slug: z.string(), name: z.string() })),
  appeals: z.object({
    inArticle: appealSchema,
    endOfArticle: appealSchema,
    banner: z.object({ text: z.string(), buttonLabel: z.string(), goal: z.number().int(), endsAt: z.coerce.date() }),
  }),
});

export type Newsroom = z.infer<typeof newsroomSchema>;

let cached: Newsroom | undefined;

/** The outlet's identity and appeal copy, from content/newsroom.yaml. */
export function getNewsroom(): Newsroom {
  cached ??= newsroomSchema.parse(parse(fs.readFileSync(path.join(process.cwd(), 'content', 'newsroom.yaml'), 'utf8')));
  return cached;
}

/** The campaign banner while its campaign runs (until the end of its end date), else null. */
export function activeCampaignBanner(now = new Date()) {
  const { banner } = getNewsroom().appeals;
  const endOfLastDay = banner.endsAt.getTime() + 24 * 60 * 60 * 1000;
  return now.getTime() < endOfLastDay ? banner : null;
}
