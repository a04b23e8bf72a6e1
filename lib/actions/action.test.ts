import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

vi.mock('@/lib/auth/viewer', () => import('@/test/viewer-standin'));
const { callAs, form, reader } = await import('@/test/viewer-standin');
const { action, checkbox, formAction, readForm, text } = await import('@/lib/actions/action');

describe('readForm', () => {
  it('trims, turns CRLF into LF, gathers a repeated field and leaves out files and Next’s own fields', () => {
    const data = form({ name: '  Ana  ', bio: 'one\r\ntwo\rthree\n', tag: ['a', 'b'], $ACTION_ID_abc: '' });
    data.append('photo', new Blob(['x']), 'x.png');
    expect(readForm(data)).toEqual({ name: 'Ana', bio: 'one\ntwo\nthree', tag: ['a', 'b'] });
  });

  it('reads a ticked checkbox as true and an absent one as false', () => {
    const schema = z.object({ enabled: checkbox });
    expect(schema.parse(readForm(form({ enabled: 'on' })))).toEqual({ enabled: true });
    expect(schema.parse(readForm(form({})))).toEqual({ enabled: false });
  });

  it('checks a missing text field as an empty one', () => {
    expect(text(z.string().min(1, 'Write it.')).safeParse(undefined).error?.issues[0]?.message).toBe('Write it.');
  });
});

describe('the action wrapper', () => {
  const run = vi.fn(async ({ input }: { input: { title: string } }) => ({
    ok: true as const,
    message: `Saved ${input.title}.`,
  }));
  const save = formAction({
    permission: 'articles:publish',
    input: z.object({ title: z.string().min(1, 'Give it a title.') }),
    invalid: 'Please check the form.',
    run,
  });
  beforeEach(() => {
    run.mockClear();
  });

  it('refuses an anonymous visitor before reading the form', async () => {
    callAs({ kind: 'anonymous' });
    expect(await save(null, form({ title: '' }))).toEqual({ ok: false, message: 'Please sign in first.' });
    expect(run).not.toHaveBeenCalled();
  });

  it('refuses a role below the permission before reading the form', async () => {
    callAs(reader('contributor'));
    expect(await save(null, form({ title: '' }))).toEqual({
      ok: false,
      message: 'Your account is not allowed to do that.',
    });
    expect(run).not.toHaveBeenCalled();
  });

  it('answers an invalid form with field errors and the action’s message', async () => {
    callAs(reader('editor'));
    expect(await save(null, form({ title: ' ' }))).toEqual({
      ok: false,
      message: 'Please check the form.',
      fieldErrors: { title: ['Give it a title.'] },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it('runs with the viewer and the parsed input', async () => {
    callAs(reader('editor'));
    expect(await save(null, form({ title: ' Budget ' }))).toEqual({ ok: true, message: 'Saved Budget.' });
    expect(run.mock.calls[0]?.[0]).toMatchObject({ viewer: { role: 'editor' }, input: { title: 'Budget' } });
  });

  it('parses a plain argument when the action is not a form’s', async () => {
    callAs(reader('reader'));
    const double = action({
      permission: 'signed-in',
      input: z.number(),
      run: async ({ input }) => ({ ok: true as const, data: input * 2 }),
    });
    expect(await double(21)).toEqual({ ok: true, data: 42 });
    expect(await double('21')).toMatchObject({ ok: false });
  });

  it('lets anyone call an action open to anyone', async () => {
    callAs({ kind: 'anonymous' });
    const hello = action({
      permission: 'anyone',
      input: z.undefined(),
      run: async ({ viewer }) => ({ ok: true as const, message: viewer.kind }),
    });
    expect(await hello()).toEqual({ ok: true, message: 'anonymous' });
  });

  it('hands a refused caller to `refused`, and lets what it throws (a redirect) through', async () => {
    callAs({ kind: 'anonymous' });
    const redirect = new Error('NEXT_REDIRECT');
    const open = action({
      permission: 'signed-in',
      input: z.undefined(),
      refused: () => {
        throw redirect;
      },
      run: async () => ({ ok: true as const }),
    });
    await expect(open()).rejects.toBe(redirect);
    callAs(reader());
    const thrower = action({
      permission: 'signed-in',
      input: z.undefined(),
      run: async () => Promise.reject(redirect),
    });
    await expect(thrower()).rejects.toBe(redirect);
  });
});
