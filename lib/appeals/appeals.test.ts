import { describe, expect, it } from 'vitest';
import {
  activeCampaign,
  appealsByPlacement,
  formatCampaignDay,
  paragraphsOf,
  shownAppeal,
  shownBanner,
  todayIn,
  type AppealCopy,
} from './appeals';

const banner: AppealCopy = {
  placement: 'banner',
  heading: '',
  body: 'Paid for by readers.',
  buttonLabel: 'Join',
  enabled: true,
  goalMembers: 500,
  goalEndsOn: '2026-12-31',
};

describe('appeals', () => {
  it('runs a campaign to the end of its last day in the newsroom’s time zone', () => {
    // 21:30 UTC on 31 December is already 1 January in Tbilisi (UTC+4).
    expect(todayIn('Asia/Tbilisi', new Date('2026-12-31T19:59:00Z'))).toBe('2026-12-31');
    expect(todayIn('Asia/Tbilisi', new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01');
    expect(activeCampaign(banner, '2026-12-31')).toEqual({ goalMembers: 500, endsOn: '2026-12-31' });
    expect(activeCampaign(banner, '2027-01-01')).toBeNull();
  });

  it('has no campaign without both a goal and an end date', () => {
    expect(activeCampaign({ ...banner, goalMembers: null }, '2026-01-01')).toBeNull();
    expect(activeCampaign({ ...banner, goalEndsOn: null }, '2026-01-01')).toBeNull();
  });

  it('hides a switched-off banner, and one whose campaign is over; keeps one without a campaign', () => {
    expect(shownBanner({ ...banner, enabled: false }, '2026-06-01')).toBeNull();
    expect(shownBanner(banner, '2027-01-01')).toBeNull();
    expect(shownBanner({ ...banner, goalMembers: null, goalEndsOn: null }, '2030-01-01')).not.toBeNull();
  });

  it('renders nothing for a switched-off or missing appeal', () => {
    const rows = appealsByPlacement([banner, { ...banner, placement: 'in-article', enabled: false }]);
    expect(shownAppeal(rows['in-article'])).toBeNull();
    expect(shownAppeal(rows['end-of-article'])).toBeNull();
    expect(shownAppeal(rows.banner)).toBe(banner);
  });

  it('reads plain-text paragraphs and formats a campaign day', () => {
    expect(paragraphsOf('One.\n\nTwo,\nthree.\n  \n')).toEqual(['One.', 'Two,', 'three.']);
    expect(formatCampaignDay('2026-12-31')).toBe('31 December 2026');
  });
});
