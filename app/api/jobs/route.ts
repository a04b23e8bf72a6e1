import { articleTags, invalidate } from '@/lib/cache/invalidate';
import { runDueJobs } from '@/lib/jobs/runner';
import { isJobRunnerToken } from '@/lib/jobs/token';

export const dynamic = 'force-dynamic';

/**
 * Runs the due jobs (scheduled publishing, …). Called every few seconds by the server's own
 * timer (instrumentation.ts) with a token derived from the auth secret; nobody else may.
 */
export async function POST(request: Request) {
  if (!isJobRunnerToken(request.headers.get('x-job-runner-token'))) {
    return Response.json({ error: 'Only the server itself runs jobs.' }, { status: 401 });
  }
  const { ran, failed, effects } = await runDueJobs();
  const slugs = effects.flatMap((e) => e.articleSlugs);
  const tags = [...(slugs.length ? articleTags(slugs) : []), ...effects.flatMap((e) => e.tags ?? [])];
  if (tags.length) invalidate(...new Set(tags));
  return Response.json({ ran, failed });
}
