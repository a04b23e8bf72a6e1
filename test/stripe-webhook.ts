import { POST } from '@/app/api/stripe/webhook/route';
import { stripe, webhookSecret } from '@/lib/stripe';

/** POSTs an event to the app's webhook route signed as Stripe signs it; answers the outcome. */
export async function deliverSigned(event: object) {
  const payload = JSON.stringify(event);
  const signature = stripe().webhooks.generateTestHeaderString({ payload, secret: webhookSecret() });
  const answer = await POST(
    new Request('http://localhost/api/stripe/webhook', {
      method: 'POST',
      body: payload,
      headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    }),
  );
  return { status: answer.status, outcome: ((await answer.json()) as { outcome?: string }).outcome };
}

/** The items in a random order, as Stripe may deliver events. */
export function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
