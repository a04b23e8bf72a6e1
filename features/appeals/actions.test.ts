import { beforeEach, describe, expect, it, vi } from 'vitest';

const saveAppeal = vi.fn();
const saveFaq = vi.fn();
vi.mock('@/db/queries/appeals', () => ({ saveAppeal }));
vi.mock('@/db/queries/benefits', () => ({ saveBenefits: vi.fn(), saveFaq }));
vi.mock('@/lib/cache/invalidate', () => ({ invalidate: vi.fn() }));
vi.mock('@/lib/newsroom', () => ({ getNewsroom: () => ({ timeZone: 'UTC' }) }));
vi.mock('@/lib/auth/viewer', () => import('@/test/viewer-standin'));

const { callAs, form, reader, refusedCallers } = await import('@/test/viewer-standin');
const { saveAppealAction, saveFaqAction } = await import('@/features/appeals/actions');

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const inArticle = {
  placement: 'in-article',
  heading: 'Support us',
  body: 'Line one\r\nLine two',
  buttonLabel: 'Join',
  enabled: 'on',
};

beforeEach(() => {
  vi.clearAllMocks();
});

describe('saving an appeal', () => {
  it.each(refusedCallers('contributor'))('refuses $who before writing anything', async ({ viewer, message }) => {
    callAs(viewer);
    expect(await saveAppealAction(null, form(inArticle))).toEqual({ ok: false, message });
    expect(saveAppeal).not.toHaveBeenCalled();
  });

  it('saves an in-article appeal for an editor, with its line breaks as \\n', async () => {
    callAs(reader('editor'));
    expect(await saveAppealAction(null, form(inArticle))).toEqual({
      ok: true,
      message: 'Saved. Readers see the change now.',
    });
    expect(saveAppeal).toHaveBeenCalledWith({
      placement: 'in-article',
      locale: 'en',
      heading: 'Support us',
      body: 'Line one\nLine two',
      buttonLabel: 'Join',
      enabled: true,
      goalMembers: null,
      goalEndsOn: null,
      updatedById: 'editor-1',
    });
  });

  it('saves a switched-off banner with a campaign goal', async () => {
    callAs(reader('editor'));
    const ends = inDays(10);
    expect(
      await saveAppealAction(
        null,
        form({ placement: 'banner', body: 'Help', buttonLabel: 'Join', goalMembers: '1,500', goalEndsOn: ends }),
      ),
    ).toEqual({
      ok: true,
      message: 'Saved. This appeal is off: readers do not see it.',
    });
    expect(saveAppeal).toHaveBeenCalledWith(
      expect.objectContaining({
        placement: 'banner',
        heading: '',
        enabled: false,
        goalMembers: 1500,
        goalEndsOn: ends,
      }),
    );
  });

  it('refuses a goal without an end date, and an appeal that does not exist', async () => {
    callAs(reader('editor'));
    expect(
      await saveAppealAction(
        null,
        form({ placement: 'banner', body: 'Help', buttonLabel: 'Join', goalMembers: '500', goalEndsOn: '' }),
      ),
    ).toEqual({
      ok: false,
      message: 'Nothing was saved: please check the marked fields.',
      fieldErrors: {
        goalEndsOn: ['A goal needs both a number of members and an end date; leave both empty for none.'],
      },
    });
    expect(await saveAppealAction(null, form({ ...inArticle, placement: 'footer' }))).toEqual({
      ok: false,
      message: 'That appeal does not exist.',
    });
    expect(saveAppeal).not.toHaveBeenCalled();
  });

  it('refuses an empty heading at its field', async () => {
    callAs(reader('editor'));
    expect(await saveAppealAction(null, form({ ...inArticle, heading: ' ' }))).toMatchObject({
      ok: false,
      fieldErrors: { heading: ['Write a heading.'] },
    });
  });
});

describe('one edition’s copy', () => {
  it('saves the Russian edition’s appeal as Russian, and an edition it does not know as the default', async () => {
    callAs(reader('editor'));
    await saveAppealAction(null, form({ ...inArticle, locale: 'ru', heading: 'Поддержите нас' }));
    expect(saveAppeal).toHaveBeenLastCalledWith(expect.objectContaining({ locale: 'ru', heading: 'Поддержите нас' }));
    await saveAppealAction(null, form({ ...inArticle, locale: 'xx' }));
    expect(saveAppeal).toHaveBeenLastCalledWith(expect.objectContaining({ locale: 'en' }));
  });
});

describe('saving the membership page’s questions', () => {
  const faqForm = (pairs: [string, string][], locale = 'ru') => {
    const data = new FormData();
    data.set('locale', locale);
    for (const [question, answer] of pairs) {
      data.append('question', question);
      data.append('answer', answer);
    }
    return data;
  };

  it.each(refusedCallers('contributor'))('refuses $who before writing anything', async ({ viewer, message }) => {
    callAs(viewer);
    expect(await saveFaqAction(null, faqForm([['Q', 'A']]))).toEqual({ ok: false, message });
    expect(saveFaq).not.toHaveBeenCalled();
  });

  it('saves the pairs in order for one edition, dropping the empty ones', async () => {
    callAs(reader('editor'));
    expect(
      await saveFaqAction(
        null,
        faqForm([
          ['Можно ли отменить?', 'Да, в два клика.'],
          ['', ''],
          ['На что идут деньги?', 'На репортёров.'],
        ]),
      ),
    ).toEqual({ ok: true, message: 'Saved. Readers see the questions now.' });
    expect(saveFaq).toHaveBeenCalledWith({
      locale: 'ru',
      updatedById: 'editor-1',
      entries: [
        { question: 'Можно ли отменить?', answer: 'Да, в два клика.' },
        { question: 'На что идут деньги?', answer: 'На репортёров.' },
      ],
    });
  });

  it('refuses half a pair at its field and saves nothing', async () => {
    callAs(reader('editor'));
    const answer = await saveFaqAction(
      null,
      faqForm([
        ['Can I cancel?', 'Yes.'],
        ['A question with no answer', ''],
        ['', 'An answer with no question'],
      ]),
    );
    expect(answer).toMatchObject({
      ok: false,
      message: 'Nothing was saved: please check the marked questions.',
      fieldErrors: {
        'answer-1': ['Write the answer to this question, or empty both.'],
        'question-2': ['Write the question, or empty both.'],
      },
    });
    expect(saveFaq).not.toHaveBeenCalled();
  });
});
