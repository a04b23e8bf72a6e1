'use client';

import { useActionState, useState } from 'react';
import { EndOfArticleAppeal, InArticleAppeal } from '@/components/appeal';
import { CampaignBanner } from '@/components/campaign-banner';
import { SubmitButton } from '@/components/ui/submit-button';
import { activeCampaign, type AppealCopy } from '@/lib/appeals/appeals';
import { saveAppealAction, type AppealField } from '@/features/appeals/actions';

type Props = {
  appeal: AppealCopy;
  /** Today in the newsroom's time zone, so the preview ends a campaign exactly when the site does. */
  today: string;
  title: string;
  description: string;
  lastChange: string | null;
};

/** One appeal's copy and switch, with the site's own component rendering it live beside the form. */
export function AppealForm({ appeal, today, title, description, lastChange }: Props) {
  const [state, action] = useActionState(saveAppealAction, null);
  const [heading, setHeading] = useState(appeal.heading);
  const [body, setBody] = useState(appeal.body);
  const [buttonLabel, setButtonLabel] = useState(appeal.buttonLabel);
  const [enabled, setEnabled] = useState(appeal.enabled);
  const [goalMembers, setGoalMembers] = useState(appeal.goalMembers === null ? '' : String(appeal.goalMembers));
  const [goalEndsOn, setGoalEndsOn] = useState(appeal.goalEndsOn ?? '');
  const isBanner = appeal.placement === 'banner';
  const id = (field: string) => `${appeal.placement}-${field}`;
  const errorOf = (field: AppealField) =>
    state?.fieldErrors?.[field]?.length ? state.fieldErrors[field].join(' ') : null;
  const described = (field: AppealField, hint?: boolean) =>
    [hint ? id(`${field}-hint`) : null, errorOf(field) ? id(`${field}-error`) : null].filter(Boolean).join(' ') ||
    undefined;
  const errorText = (field: AppealField) =>
    errorOf(field) ? (
      <p id={id(`${field}-error`)} className="field__error" role="alert">
        {errorOf(field)}
      </p>
    ) : null;

  const members = Number(goalMembers);
  const previewCampaign = activeCampaign(
    {
      ...appeal,
      goalMembers: Number.isInteger(members) && members > 0 ? members : null,
      goalEndsOn: goalEndsOn || null,
    },
    today,
  );
  const copy = { heading, body, buttonLabel };

  return (
    <section className="appeal-editor" aria-labelledby={id('title')}>
      <div className="appeal-editor__form">
        <h2 id={id('title')} className="appeal-editor__title">
          {title}
        </h2>
        <p className="field__hint">{description}</p>
        <form action={action} className="form" noValidate aria-label={title}>
          <input type="hidden" name="placement" value={appeal.placement} />
          <label className="appeal-editor__switch">
            <input
              type="checkbox"
              name="enabled"
              checked={enabled}
              onChange={(event) => setEnabled(event.target.checked)}
            />
            Show this to readers
          </label>
          {!isBanner && (
            <div className="field">
              <label htmlFor={id('heading')}>Heading</label>
              <input
                id={id('heading')}
                name="heading"
                value={heading}
                maxLength={160}
                aria-invalid={errorOf('heading') ? true : undefined}
                aria-describedby={described('heading')}
                onChange={(event) => setHeading(event.target.value)}
              />
              {errorText('heading')}
            </div>
          )}
          <div className="field">
            <label htmlFor={id('body')}>{isBanner ? 'Text' : 'Body text'}</label>
            {!isBanner && (
              <p id={id('body-hint')} className="field__hint">
                Plain text. Leave a blank line between paragraphs.
              </p>
            )}
            <textarea
              id={id('body')}
              name="body"
              value={body}
              rows={isBanner ? 2 : appeal.placement === 'end-of-article' ? 10 : 4}
              aria-invalid={errorOf('body') ? true : undefined}
              aria-describedby={described('body', !isBanner)}
              onChange={(event) => setBody(event.target.value)}
            />
            {errorText('body')}
          </div>
          <div className="field appeal-editor__short">
            <label htmlFor={id('buttonLabel')}>Button label</label>
            <input
              id={id('buttonLabel')}
              name="buttonLabel"
              value={buttonLabel}
              maxLength={40}
              aria-invalid={errorOf('buttonLabel') ? true : undefined}
              aria-describedby={described('buttonLabel')}
              onChange={(event) => setButtonLabel(event.target.value)}
            />
            {errorText('buttonLabel')}
          </div>
          {isBanner && (
            <fieldset className="appeal-editor__goal">
              <legend>Campaign goal</legend>
              <p id={id('goal-hint')} className="field__hint">
                Shown in the banner and on the membership page until the end of the last day. Leave both empty for no
                campaign.
              </p>
              <div className="appeal-editor__goal-fields">
                <div className="field">
                  <label htmlFor={id('goalMembers')}>Members</label>
                  <input
                    id={id('goalMembers')}
                    name="goalMembers"
                    inputMode="numeric"
                    value={goalMembers}
                    aria-invalid={errorOf('goalMembers') ? true : undefined}
                    aria-describedby={[id('goal-hint'), errorOf('goalMembers') ? id('goalMembers-error') : null]
                      .filter(Boolean)
                      .join(' ')}
                    onChange={(event) => setGoalMembers(event.target.value)}
                  />
                  {errorText('goalMembers')}
                </div>
                <div className="field">
                  <label htmlFor={id('goalEndsOn')}>Last day</label>
                  <input
                    id={id('goalEndsOn')}
                    name="goalEndsOn"
                    type="date"
                    min={today}
                    value={goalEndsOn}
                    aria-invalid={errorOf('goalEndsOn') ? true : undefined}
                    aria-describedby={[id('goal-hint'), errorOf('goalEndsOn') ? id('goalEndsOn-error') : null]
                      .filter(Boolean)
                      .join(' ')}
                    onChange={(event) => setGoalEndsOn(event.target.value)}
                  />
                  {errorText('goalEndsOn')}
                </div>
              </div>
            </fieldset>
          )}
          <div className="inline-actions">
            <SubmitButton pendingLabel="Saving…">Save {title.toLowerCase()}</SubmitButton>
            {state?.message && (
              <p className={state?.ok ? 'form-status' : 'form-message'} role={state?.ok ? 'status' : 'alert'}>
                {state?.message}
              </p>
            )}
          </div>
          {lastChange && <p className="field__hint">{lastChange}</p>}
        </form>
      </div>
      <div className={`appeal-editor__preview${enabled ? '' : ' appeal-editor__preview--off'}`}>
        <p className="appeal-editor__preview-label" id={id('preview-label')}>
          Preview{enabled ? '' : ': off, readers do not see this'}
        </p>
        {/* The site's own component; inert, so its links do not leave the admin. */}
        <div className="appeal-editor__stage" inert aria-labelledby={id('preview-label')} role="group">
          {appeal.placement === 'in-article' && <InArticleAppeal appeal={copy} articleSlug="preview" />}
          {appeal.placement === 'end-of-article' && <EndOfArticleAppeal appeal={copy} articleSlug="preview" />}
          {isBanner &&
            (!previewCampaign && goalEndsOn && goalEndsOn < today ? (
              <p className="notice">The campaign has ended: the banner is hidden.</p>
            ) : (
              <CampaignBanner banner={copy} campaign={previewCampaign} />
            ))}
        </div>
      </div>
    </section>
  );
}
