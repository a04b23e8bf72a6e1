import { beforeAll, describe, expect, it } from 'vitest';
import type { MailMessage } from './mailer';
import { staffInviteMail } from './templates';

describe('the staff invitation', () => {
  let mail: MailMessage;
  beforeAll(async () => {
    mail = await staffInviteMail({
      to: 'new@example.org',
      invitedBy: 'Ana <Editor>',
      role: 'editor',
      link: 'http://localhost:3000/signin/verify?token=abc_123',
      code: '042917',
      hours: 24,
    });
  });

  it('says who invited them and for what role', () => {
    expect(mail.subject).toBe('Ana <Editor> invited you to the Ridgeline newsroom');
    expect(mail.text).toContain('Ana <Editor> invited you to join the Ridgeline newsroom as an editor.');
    expect(mail.html).toContain('Ana &lt;Editor&gt; invited you');
    expect(mail.html).not.toContain('<Editor>');
  });

  it('carries the link and the code exactly as a sign-in email does', () => {
    expect(mail.text).toContain('\nhttp://localhost:3000/signin/verify?token=abc_123\n');
    expect(mail.text).toContain('Or type this code on the sign-in page: 042917');
    expect(mail.html).toContain('href="http://localhost:3000/signin/verify?token=abc_123"');
    expect(mail.text).toContain('for 24 hours');
  });
});
