import { getCancellationReasons, REASON_MONTHS } from '@/db/queries/dashboard';
import { CANCELLATION_REASON_LABELS, CANCELLATION_REASONS, type CancellationReason } from '@/domain/membership/giving';

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Column heads short enough for a phone; the member's own wording is each head's title. */
const SHORT: Record<CancellationReason, string> = {
  'too-expensive': 'Too expensive',
  'not-reading': 'Not reading',
  disagree: 'Disagree',
  payment: 'Payment',
  other: 'Other',
};

/** The dashboard's block: why members cancelled, month by month, as they answered on the cancel page. */
export async function CancellationReasons({ now }: { now: Date }) {
  const months = await getCancellationReasons({ now });
  const columns = [
    ...CANCELLATION_REASONS.map((reason) => ({
      key: reason,
      label: SHORT[reason],
      title: CANCELLATION_REASON_LABELS[reason],
    })),
    { key: 'none' as const, label: 'Did not say', title: 'Cancelled without giving a reason' },
  ];
  const any = months.some((m) => m.total > 0);
  return (
    <section aria-labelledby="reasons-heading" className="dashboard-section">
      <h2 id="reasons-heading">Why members cancelled, last {REASON_MONTHS} months</h2>
      {any ? (
        <div className="table-scroll" role="region" aria-label="Cancellation reasons by month" tabIndex={0}>
          <table className="admin-table dashboard-reasons">
            <thead>
              <tr>
                <th scope="col">Month</th>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className="num" title={c.title}>
                    {c.label}
                  </th>
                ))}
                <th scope="col" className="num">
                  All
                </th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{monthName.format(new Date(`${m.month}-01T00:00:00Z`))}</th>
                  {columns.map((c) => (
                    <td key={c.key} className="num">
                      {m.counts[c.key] ?? 0}
                    </td>
                  ))}
                  <td className="num">{m.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No member has cancelled in the last {REASON_MONTHS} months.</p>
      )}
    </section>
  );
}
