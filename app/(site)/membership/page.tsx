import type { Metadata } from 'next';
import { MEMBER_BENEFITS } from '@/components/paywall';
import { getNewsroom } from '@/lib/newsroom';

export const metadata: Metadata = {
  title: 'Become a member',
  description: 'Ridgeline is paid for by its readers. Members keep independent reporting from the Caucasus open to everyone.',
  alternates: { canonical: '/membership' },
};

export default function MembershipPage() {
  const { name, appeals } = getNewsroom();
  return (
    <div className="wrap plain-page">
      <p className="kicker">Membership</p>
      <h1 className="page-title">Keep {name} independent</h1>
      <div className="prose">
        {appeals.endOfArticle.body.split(/\n+/).map((paragraph) => (
          <p key={paragraph.slice(0, 32)}>{paragraph}</p>
        ))}
        <h2>What members get</h2>
        <ul>
          {MEMBER_BENEFITS.map((benefit) => (
            <li key={benefit}>{benefit}</li>
          ))}
        </ul>
        <h2>How to join</h2>
        <p>
          Memberships start at $5 a month and can be cancelled at any time. Online sign-up opens shortly; until then, write to us at{' '}
          <a href={`mailto:${getNewsroom().contactEmail}`}>{getNewsroom().contactEmail}</a> and we will set you up by hand.
        </p>
      </div>
    </div>
  );
}
