import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { callerMayReadCapturedMail } from '@/lib/mail/captured-mail-access';
import { listCapturedMail } from '@/lib/mail/mailer';

export const metadata: Metadata = { title: 'Captured mail', robots: { index: false } };

/** Local runs only: the mail the site would have sent. Absent in a production configuration. */
export default async function DevMailPage() {
  if (!(await callerMayReadCapturedMail())) notFound();
  const mails = await listCapturedMail();
  return (
    <div className="wrap plain-page dev-mail">
      <p className="kicker">Local mail</p>
      <h1 className="page-title">Captured mail</h1>
      <p>Without SMTP_URL, the site keeps outgoing mail here instead of sending it.</p>
      {mails.length === 0 ? (
        <p className="empty">No mail yet. Sign in to get some.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Sent</th>
              <th scope="col">To</th>
              <th scope="col">Subject</th>
            </tr>
          </thead>
          <tbody>
            {mails.map((mail) => (
              <tr key={mail.id}>
                <td>{new Date(mail.sentAt).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC</td>
                <td>{mail.to}</td>
                <td>
                  <Link href={`/dev/mail/${mail.id}`}>{mail.subject}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
