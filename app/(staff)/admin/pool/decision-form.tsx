'use client';

import { useActionState } from 'react';
import { FormMessage, SelectField } from '@/components/ui/field';
import { decidePoolRequestAction } from '@/features/giving/gift-actions';
import { giftPrice } from '@/domain/membership/gift-membership';
import { GIFT_MONTHS } from '@/domain/membership/giving';
import { formatMoney, TIERS } from '@/domain/membership/tiers';

/** Approve with a membership and a length, or decline; the answer says what happened. */
export function PoolDecisionForm({ requestId }: { requestId: number }) {
  const [state, formAction, pending] = useActionState(decidePoolRequestAction, null);
  return (
    <form action={formAction} className="pool-decision">
      <input type="hidden" name="requestId" value={requestId} />
      <FormMessage message={state?.message} />
      <p className="field__hint">
        {TIERS.map(
          (tier) =>
            `${tier.name}: ${GIFT_MONTHS.map((m) => `${m} months ${formatMoney(giftPrice(tier, m))}`).join(', ')}`,
        ).join('. ')}
        .
      </p>
      <div className="inline-actions">
        <SelectField id={`pool-${requestId}-tier`} name="tier" label="Membership" defaultValue="member">
          {TIERS.map((tier) => (
            <option key={tier.key} value={tier.key}>
              {tier.name}
            </option>
          ))}
        </SelectField>
        <SelectField id={`pool-${requestId}-months`} name="months" label="Length" defaultValue="6">
          {GIFT_MONTHS.map((months) => (
            <option key={months} value={months}>
              {months} months
            </option>
          ))}
        </SelectField>
        <button type="submit" name="decision" value="approve" className="button button--primary" disabled={pending}>
          Approve
        </button>
        <button type="submit" name="decision" value="decline" className="button" disabled={pending}>
          Decline
        </button>
      </div>
    </form>
  );
}
