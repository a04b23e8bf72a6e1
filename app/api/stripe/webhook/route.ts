import type Stripe from 'stripe';
import { recordWebhookFailure } from '@/db/queries/memberships';
import { BodyTooLargeError, readBodyText } from '@/lib/http/read-body';
import { handleStripeEvent } from '@/lib/membership/stripe-events';
import { stripe, webhookSecret } from '@/lib/stripe';

export const dynamic = 'force-dynamic';

/** Stripe's events are a few kilobytes; anyone can POST here, so nothing larger is read. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Stripe's webhook: verify the signature on the raw body (400 if it fails), then treat the
 * event as a trigger (lib/membership/stripe-events.ts). Any 2xx tells Stripe to stop; a 500
 * makes it retry later, which is what we want when Stripe itself could not be read. A body
 * over 1 MB is refused with 413 before it is held in memory.
 */
export async function POST(request: Request) {
  let body: string;
  try {
    body = await readBodyText(request, { limit: MAX_BODY_BYTES });
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    await noteFailure({ eventId: null, eventType: null, error: error.message });
    // Close the connection: a client still sending must not keep the server reading.
    return Response.json({ error: error.message }, { status: 413, headers: { Connection: 'close' } });
  }
  const signature = request.headers.get('stripe-signature');
  let event: Stripe.Event;
  try {
    if (!signature) throw new Error('no Stripe-Signature header');
    event = stripe().webhooks.constructEvent(body, signature, webhookSecret());
  } catch (error) {
    const message = `Webhook signature verification failed: ${(error as Error).message}`;
    console.error(`stripe webhook: ${message}`);
    await noteFailure({ eventId: null, eventType: null, error: message });
    return Response.json({ error: message }, { status: 400 });
  }
  try {
    const result = await handleStripeEvent(event);
    return Response.json({ received: true, outcome: result.outcome });
  } catch (error) {
    console.error(`stripe webhook ${event.id} (${event.type}) failed`, error);
    await noteFailure({
      eventId: event.id,
      eventType: event.type,
      error: error instanceof Error ? error.message : String(error),
    });
    return Response.json({ error: 'Could not process the event; Stripe will retry.' }, { status: 500 });
  }
}

/** Staff see failures on the dashboard; failing to record one must not change the answer to Stripe. */
async function noteFailure(failure: Parameters<typeof recordWebhookFailure>[0]) {
  try {
    await recordWebhookFailure(failure);
  } catch (error) {
    console.error('stripe webhook: could not record the failure', error);
  }
}
