import http from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP listener for the browser tests: the app sends through SMTP_URL to it, and the
 * tests read what arrived over a small HTTP API (GET /messages?to=address).
 */
export type ReceivedMail = { to: string; subject: string; text: string; html: string; receivedAt: string };

export function startMailbox({ smtpPort, httpPort }: { smtpPort: number; httpPort: number }) {
  const messages: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          for (const rcpt of session.envelope.rcptTo) {
            messages.push({
              to: rcpt.address.toLowerCase(),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              receivedAt: new Date().toISOString(),
            });
          }
          callback();
        })
        .catch(callback);
    },
  });
  smtp.listen(smtpPort, '127.0.0.1');
  const api = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const to = url.searchParams.get('to')?.toLowerCase();
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(messages.filter((m) => !to || m.to === to)));
  });
  api.listen(httpPort, '127.0.0.1');
  return () => {
    smtp.close(() => undefined);
    api.close();
  };
}
