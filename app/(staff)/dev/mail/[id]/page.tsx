import Link from 'next/link';
import { notFound } from 'next/navigation';
import { callerMayReadCapturedMail } from '@/lib/mail/captured-mail-access';
import { getCapturedMail } from '@/lib/mail/mailer';

export default async function DevMailMessage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await callerMayReadCapturedMail())) notFound();
  const mail = await getCapturedMail((await params).id);
  if (!mail) notFound();
  // The plain-text part, with its links made clickable.
  const parts = mail.text.split(/(https?:\/\/\S+)/g);
  return (
    <div className="wrap plain-page dev-mail">
      <p>
        <Link href="/dev/mail">← All mail</Link>
      </p>
      <h1 className="page-title">{mail.subject}</h1>
      <p>
        From {mail.from} to <strong>{mail.to}</strong>, {new Date(mail.sentAt).toUTCString()}
      </p>
      <pre>
        {parts.map((part, i) =>
          /^https?:\/\//.test(part) ? (
            <a key={i} href={part}>
              {part}
            </a>
          ) : (
            part
          ),
        )}
      </pre>
      <h2>HTML part</h2>
      <iframe
        title="HTML part of the message"
        srcDoc={mail.html}
        sandbox=""
        style={{ width: '100%', height: '32rem', border: '1px solid var(--rule)', background: '#fff' }}
      />
    </div>
  );
}
