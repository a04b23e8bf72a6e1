'use client';

import { useActionState, useState } from 'react';
import { EndOfArticleAppeal, InArticleAppeal } from '@/components/appeal';
import { CampaignBanner } from '@/components/campaign-banner';
import { Field, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { activeCampaign, type AppealCopy } from '@/lib/appeals/appeals';
import { saveAppealAction, type AppealField } from '@/features/appeals/actions';
import type { Locale } from '@/domain/i18n/locales';

type Props = {
  appeal: AppealCopy;
  /** Today in the newsroom's time zone, so the preview ends a campaign exactly when the site does. */
  today: string;
  title: string;
  description: string;
  lastChange: string | null;
  /** The edition whose copy this is. */
  locale: Locale;
};

/** One appeal's copy and switch, with the site's own component rendering it live beside the form. */
export function AppealForm({ appeal, today, title, description, lastChange, locale }: Props) {
  const [state, action] = useActionState(saveAppealAction, null);
  const [heading, setHeading] = useState(appeal.heading);
  const [body, setBody] = useState(appeal.body);
  const [buttonLabel, setButtonLabel] = useState(appeal.buttonLabel);
  const [enabled, setEnabled] = useState(appeal.enabled);
  const [goalMembers, setGoalMembers] = useState(appeal.goalMembers === null ? '' : String(appeal.goalMembers));
  const [goalEndsOn, setGoalEndsOn] = useState(appeal.goalEndsOn ?? '');
  const isBanner = appeal.placement === 'banner';
  const id = (field: string) => `${appeal.placement}-${field}`;
  const errors = (field: AppealField) => state?.fieldErrors?.[field];

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
          <input type="hidden" name="locale" value={locale} />
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
            <Field
              id={id('heading')}
              label="Heading"
              name="heading"
              value={heading}
              maxLength={160}
              errors={errors('heading')}
              onChange={(event) => setHeading(event.target.value)}
            />
          )}
          <TextAreaField
            id={id('body')}
            label={isBanner ? 'Text' : 'Body text'}
            hint={isBanner ? undefined : 'Plain text. Leave a blank line between paragraphs.'}
            name="body"
            value={body}
            rows={isBanner ? 2 : appeal.placement === 'end-of-article' ? 10 : 4}
            errors={errors('body')}
            onChange={(event) => setBody(event.target.value)}
          />
          <Field
            id={id('buttonLabel')}
            fieldClassName="appeal-editor__short"
            label="Button label"
            name="buttonLabel"
            value={buttonLabel}
            maxLength={40}
            errors={errors('buttonLabel')}
            onChange={(event) => setButtonLabel(event.target.value)}
          />
          {isBanner && (
            <fieldset className="appeal-editor__goal">
              <legend>Campaign goal</legend>
              <p id={id('goal-hint')} className="field__hint">
                Shown in the banner and on the membership page until the end of the last day. Leave both empty for no
                campaign.
              </p>
              <div className="appeal-editor__goal-fields">
                <Field
                  id={id('goalMembers')}
                  label="Members"
                  describedBy={id('goal-hint')}
                  name="goalMembers"
                  inputMode="numeric"
                  value={goalMembers}
                  errors={errors('goalMembers')}
                  onChange={(event) => setGoalMembers(event.target.value)}
                />
                <Field
                  id={id('goalEndsOn')}
                  label="Last day"
                  describedBy={id('goal-hint')}
                  name="goalEndsOn"
                  type="date"
                  min={today}
                  value={goalEndsOn}
                  errors={errors('goalEndsOn')}
                  onChange={(event) => setGoalEndsOn(event.target.value)}
                />
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
        <div className="appeal-editor__stage" inert aria-labelledby={id('preview-label')} role="group" lang={locale}>
          {appeal.placement === 'in-article' && <InArticleAppeal appeal={copy} articleSlug="preview" locale={locale} />}
          {appeal.placement === 'end-of-article' && (
            <EndOfArticleAppeal appeal={copy} articleSlug="preview" locale={locale} />
          )}
          {isBanner &&
            (!previewCampaign && goalEndsOn && goalEndsOn < today ? (
              <p className="notice">The campaign has ended: the banner is hidden.</p>
            ) : (
              <CampaignBanner banner={copy} campaign={previewCampaign} locale={locale} />
            ))}
        </div>
      </div>
    </section>
  );
}
