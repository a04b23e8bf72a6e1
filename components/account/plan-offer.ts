import type { PlanSwitch } from '@/domain/membership/leaving';

/** The value a cheaper plan's button on the cancel page sends: `switch:supporter:month`. */
export const planOffer = (plan: Pick<PlanSwitch, 'tier' | 'interval'>) => `switch:${plan.tier}:${plan.interval}`;
