import type { Metadata } from 'next';
import { GiveOnceForm } from '@/components/giving/give-once-form';
import { PoolFigures } from '@/components/giving/pool-figures';
import { countMembersNow, getPoolFigures, listAppeals, listBenefits, listFaq } from '@/lib/content/reads';
import type { Viewer } from '@/domain/auth/viewer';
import { entitlementOf } from '@/domain/membership/entitlement';
import { CUSTOM_MINIMUM, formatMoney, TIERS, yearlySaving } from '@/domain/membership/tiers';
import { activeCampaign, appealsByPlacement, formatCampaignDay, paragraphsOf, todayIn } from '@/lib/appeals/appeals';
import { getNewsroom } from '@/lib/newsroom';
import { linkSlug } from '@/domain/slug';
import { firstValue } from '@/lib/search-params';

export const membershipMetadata: Metadata = {
  title: 'Become a member',
  description:
    'Ridgeline is paid for by its readers. Members keep independent reporting from the Caucasus open to everyone.',
  alternates: { canonical: '/membership' },
};

export type MembershipSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Where the reader came from, as the appeal links say it (lib/membership/links.ts). */
export async function attributionFrom(searchParams: MembershipSearchParams) {
  const params = await searchParams;
  return { from: linkSlug(firstValue(params.from)) ?? '', placement: linkSlug(firstValue(params.placement)) ?? '' };
}

function giveParams(from: string, placement: string) {
  const params = new URLSearchParams({ ...(placement && { placement }), ...(from && { from }) });
  return params.size ? `?${params}` : '';
}

/** Checkout's Back button returns to this page as the reader reached it. */
function membershipBack(from: string, placement: string) {
  return `/membership${giveParams(from, placement)}#give-once`;
}

/**
 * The offer, carrying where the reader came from into the choice. Anonymous readers get it
 * prerendered (one page per placement and story, app/(site)/membership/); signed-in readers per
 * request, which is where "you are already a member" comes from.
 */
export async function MembershipPage({ viewer, from, placement }: { viewer: Viewer; from: string; placement: string }) {
  const [members, appealRows, benefits, pool, faq] = await Promise.all([
    countMembersNow(),
    listAppeals(),
    listBenefits(),
    getPoolFigures(),
    listFaq(),
  ]);
  const isMember = entitlementOf(viewer).isMember;
  const { name, timeZone } = getNewsroom();
  const appeals = appealsByPlacement(appealRows);
  // The campaign's goal shows even when the banner is switched off: this page is the offer itself.
  const campaign = activeCampaign(appeals.banner, todayIn(timeZone));
  const pitch = paragraphsOf(appeals['end-of-article']?.body ?? '');
  return (
    <div className="wrap membership-page">
      <header className="membership-hero">
        <p className="kicker">Membership</p>
        <h1 className="page-title">Keep {name} independent</h1>
        <div className="prose">
          {pitch.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
        {campaign && (
          <div className="goal">
            <p className="goal__label">
              <strong>{members}</strong> of {campaign.goalMembers} members by {formatCampaignDay(campaign.endsOn)}
            </p>
            <div className="goal__bar" aria-hidden="true">
              <span style={{ width: `${Math.min(100, (members / campaign.goalMembers) * 100)}%` }} />
            </div>
          </div>
        )}
      </header>

      {isMember ? (
        <section className="notice membership-thanks">
          <p>
            You are already a member: thank you. You can change or cancel your membership from{' '}
            <a href="/account">your account</a>.
          </p>
        </section>
      ) : (
        <section aria-labelledby="choose-heading">
          <h2 id="choose-heading" className="section-heading">
            Choose your membership
          </h2>
          <form action="/membership/join" method="get" className="tiers">
            <input type="hidden" name="from" value={from} />
            <input type="hidden" name="placement" value={placement} />
            <fieldset className="interval-choice">
              <legend>How often?</legend>
              <label>
                <input type="radio" name="interval" value="month" defaultChecked /> Monthly
              </label>
              <label>
                <input type="radio" name="interval" value="year" /> Yearly{' '}
                <span className="saving">(two months free)</span>
              </label>
            </fieldset>
            <div className="tier-grid">
              {TIERS.map((tier) => (
                <div key={tier.key} className={tier.suggested ? 'tier tier--suggested' : 'tier'}>
                  {tier.suggested && <p className="tier__flag">Most members choose this</p>}
                  <h3>{tier.name}</h3>
                  <p className="tier__price">
                    {formatMoney(tier.monthly)}
                    <span> a month</span>
                  </p>
                  <p className="tier__yearly">
                    or {formatMoney(tier.yearly)} a year: you save {formatMoney(yearlySaving(tier))}
                  </p>
                  <p>{tier.blurb}</p>
                  <button
                    type="submit"
                    name="tier"
                    value={tier.key}
                    className={tier.suggested ? 'button button--primary' : 'button'}
                  >
                    Become a {tier.name.toLowerCase()}
                  </button>
                </div>
              ))}
            </div>
          </form>
          <form action="/membership/join" method="get" className="custom-amount">
            <input type="hidden" name="from" value={from} />
            <input type="hidden" name="placement" value={placement} />
            <input type="hidden" name="tier" value="custom" />
            <input type="hidden" name="interval" value="month" />
            <label htmlFor="amount">Or choose your own amount, monthly (at least {formatMoney(CUSTOM_MINIMUM)})</label>
            <div className="inline-actions">
              <span aria-hidden="true">$</span>
              <input
                id="amount"
                name="amount"
                type="number"
                min={CUSTOM_MINIMUM / 100}
                step="1"
                defaultValue={15}
                inputMode="numeric"
              />
              <button type="submit" className="button">
                Give this amount
              </button>
            </div>
          </form>
        </section>
      )}

      <section className="give-once-block" id="give-once" aria-labelledby="give-once-heading">
        <h2 id="give-once-heading">Give once</h2>
        <p>
          Not ready for a membership, or want to do more? A single gift pays for reporting, or funds a membership for a
          reader who cannot pay: students, and readers in the region whose cards no longer work.
        </p>
        <GiveOnceForm
          idPrefix="membership-give"
          from={from}
          placement={placement}
          back={membershipBack(from, placement)}
        />
      </section>

      <section className="give-once-block" id="give-a-membership" aria-labelledby="give-a-membership-heading">
        <h2 id="give-a-membership-heading">Give a membership</h2>
        <p>
          Three, six or twelve months of every story in full for someone who should be reading us, paid once: by email
          on the day you choose, or as a link you pass on yourself.
        </p>
        <a className="button" href={`/give/membership${giveParams(from, placement)}`}>
          Give a membership
        </a>
      </section>

      <section className="give-once-block" id="pay-it-forward" aria-labelledby="pay-it-forward-heading">
        <h2 id="pay-it-forward-heading">Fund a membership for someone</h2>
        <p>
          Some of our readers cannot pay: students, and readers in the region whose cards no longer work. Readers fund
          memberships for them; an editor reads each request, and nobody’s name is ever shown.
        </p>
        <PoolFigures figures={pool} audience="readers" />
        <GiveOnceForm
          idPrefix="membership-pool"
          from={from}
          placement={placement}
          back={membershipBack(from, placement)}
          values={{ amount: '25', other: '', purpose: 'pool' }}
        />
        <p>
          Cannot pay for a membership? <a href="/membership/ask">Ask for one from the pool</a>.
        </p>
      </section>

      <section aria-labelledby="benefits-heading">
        <h2 id="benefits-heading" className="section-heading">
          What members get
        </h2>
        <ul className="benefits">
          {benefits.map((benefit) => (
            <li key={benefit}>{benefit}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="faq-heading">
        <h2 id="faq-heading" className="section-heading">
          Questions
        </h2>
        <dl className="faq">
          {faq.map(({ question, answer }) => (
            <div key={question}>
              <dt>{question}</dt>
              <dd>{answer}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
