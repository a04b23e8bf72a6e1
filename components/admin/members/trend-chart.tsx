import { formatMoney } from '@/domain/membership/tiers';

type Point = { at: Date; members: number; mrr: number };

const W = 360;
const H = 170;
const PAD = { top: 14, right: 12, bottom: 26, left: 44 };
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** A round top for the axis: 1, 2, 5 or 10 times a power of ten, at least the largest value. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((m) => m >= value) ?? 10 * power;
}

function Panel({
  id,
  title,
  description,
  values,
  dates,
  format,
  minTop,
}: {
  id: string;
  title: string;
  description: string;
  values: number[];
  dates: Date[];
  format: (v: number) => string;
  minTop: number;
}) {
  // A floor for the scale, so that a quiet start does not draw ticks of half a member or a cent.
  const top = niceMax(Math.max(minTop, ...values));
  const x = (i: number) => PAD.left + (i * (W - PAD.left - PAD.right)) / Math.max(1, values.length - 1);
  const y = (v: number) => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom);
  const line = values.map((v, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const area = `${line} L${x(values.length - 1).toFixed(1)},${y(0)} L${x(0).toFixed(1)},${y(0)} Z`;
  const last = values.length - 1;
  return (
    <svg className="trend-chart__panel" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {[0, top / 2, top].map((tick) => (
        <g key={tick} className="trend-chart__grid">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} />
          <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
      <path className="trend-chart__area" d={area} />
      <path className="trend-chart__line" d={line} />
      <circle className="trend-chart__dot" cx={x(last)} cy={y(values[last] ?? 0)} r={3.5} />
      <text className="trend-chart__axis" x={PAD.left} y={H - 6} textAnchor="start">
        {dates[0] ? shortDate.format(dates[0]) : ''}
      </text>
      <text className="trend-chart__axis" x={W - PAD.right} y={H - 6} textAnchor="end">
        Today
      </text>
    </svg>
  );
}

/**
 * Members and monthly recurring revenue, week by week: two small server-rendered charts, each
 * with a title and a description, and the same numbers in a table for screen readers.
 */
export function TrendChart({ points, currency }: { points: Point[]; currency: string }) {
  const dates = points.map((p) => p.at);
  const members = points.map((p) => p.members);
  const mrr = points.map((p) => p.mrr);
  const money = (cents: number) => formatMoney(Math.round(cents), currency);
  const compactMoney = (cents: number) =>
    cents >= 100_000
      ? `${formatMoney(Math.round(cents / 100_000) * 100_000, currency).replace(/,000$/, '')}k`
      : money(cents);
  const span = `from ${dates[0] ? shortDate.format(dates[0]) : ''} to today`;
  const first = points[0];
  const last = points.at(-1);
  return (
    <figure className="trend-chart" aria-labelledby="trend-caption">
      <figcaption id="trend-caption">Last 12 weeks, at the end of each week</figcaption>
      <div className="trend-chart__panels">
        <div>
          <h3 className="trend-chart__heading" aria-hidden="true">
            Members
          </h3>
          <Panel
            id="trend-members"
            minTop={10}
            title="Members, week by week"
            description={`Members went from ${first?.members ?? 0} to ${last?.members ?? 0} ${span}.`}
            values={members}
            dates={dates}
            format={(v) => String(Math.round(v))}
          />
        </div>
        <div>
          <h3 className="trend-chart__heading" aria-hidden="true">
            Monthly recurring revenue
          </h3>
          <Panel
            id="trend-mrr"
            minTop={10_000}
            title="Monthly recurring revenue, week by week"
            description={`Monthly recurring revenue went from ${money(first?.mrr ?? 0)} to ${money(last?.mrr ?? 0)} ${span}.`}
            values={mrr}
            dates={dates}
            format={compactMoney}
          />
        </div>
      </div>
      {/* A table ignores width and overflow; the wrapper is what is hidden. */}
      <div className="visually-hidden">
        <table>
          <caption>Members and monthly recurring revenue, week by week</caption>
          <thead>
            <tr>
              <th scope="col">Week ending</th>
              <th scope="col">Members</th>
              <th scope="col">Monthly recurring revenue</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={p.at.toISOString()}>
                <th scope="row">{i === points.length - 1 ? 'Today' : shortDate.format(p.at)}</th>
                <td>{p.members}</td>
                <td>{money(p.mrr)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
