'use client';

import { useActionState, useState } from 'react';
import { Field, FieldError, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { LOCALE_CODES, LOCALES, type Locale } from '@/domain/i18n/locales';
import { WEEKDAYS, type NewsletterAudience, type Weekday } from '@/domain/newsletters/newsletters';
import { slugify } from '@/domain/slug';
import {
  createNewsletterAction,
  updateNewsletterAction,
  type NewsletterField,
} from '@/features/newsletters/admin-actions';
import '@/components/admin/newsletters/newsletters.css';

export type NewsletterFormValues = {
  id?: number;
  name: string;
  slug: string;
  language: Locale;
  description: string;
  sample: string;
  senderName: string;
  audience: NewsletterAudience;
  autoSubscribeMembers: boolean;
  days: Weekday[];
  time: string;
};

const DAY_LABELS: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** A group's hint, and its errors when it has some, as Field ties them to a control. */
const describedBy = (id: string, errors: string[] | undefined) =>
  errors?.length ? `${id}-hint ${id}-error` : `${id}-hint`;

/** A newsletter's name, address, texts, sender, audience and schedule. Everything typed is kept when a save is refused. */
export function NewsletterForm({ newsletter, timeZone }: { newsletter: NewsletterFormValues; timeZone: string }) {
  const isNew = newsletter.id === undefined;
  const [state, action] = useActionState(isNew ? createNewsletterAction : updateNewsletterAction, null);
  const [values, setValues] = useState(newsletter);
  // A new newsletter's address follows its name until someone edits it; an existing one's stays put.
  const [slugEdited, setSlugEdited] = useState(!isNew);
  const errors = (field: NewsletterField) => state?.fieldErrors?.[field];
  const set = <K extends keyof NewsletterFormValues>(key: K, value: NewsletterFormValues[K]) =>
    setValues((before) => ({ ...before, [key]: value }));
  const toggleDay = (day: Weekday, on: boolean) =>
    set('days', on ? [...values.days.filter((d) => d !== day), day] : values.days.filter((d) => d !== day));

  return (
    <form action={action} className="form nl-admin-form" noValidate>
      {newsletter.id !== undefined && <input type="hidden" name="id" value={newsletter.id} />}
      <div className="nl-admin-form__group">
        <Field
          id="newsletter-name"
          label="Name"
          name="name"
          value={values.name}
          required
          maxLength={120}
          autoComplete="off"
          errors={errors('name')}
          onChange={(event) => {
            set('name', event.target.value);
            if (!slugEdited) set('slug', slugify(event.target.value));
          }}
        />
        <Field
          id="newsletter-slug"
          label="Address"
          hint={
            <>
              {isNew
                ? 'Made from the name until you change it.'
                : 'Changing it moves the archive: old links to its issues stop working.'}{' '}
              Its issues are archived at /newsletters/{values.slug || '…'}/…
            </>
          }
          name="slug"
          value={values.slug}
          maxLength={80}
          autoComplete="off"
          spellCheck={false}
          errors={errors('slug')}
          onChange={(event) => {
            set('slug', event.target.value);
            setSlugEdited(true);
          }}
        />
        <TextAreaField
          id="newsletter-description"
          label="Description"
          hint="One or two sentences on the public newsletters page and beside each sign-up form."
          name="description"
          value={values.description}
          rows={3}
          maxLength={1000}
          errors={errors('description')}
          onChange={(event) => set('description', event.target.value)}
        />
        <TextAreaField
          id="newsletter-sample"
          label="What an issue reads like"
          hint="Shown on the public newsletters page, so readers know what they are signing up for."
          name="sample"
          value={values.sample}
          rows={5}
          maxLength={2000}
          errors={errors('sample')}
          onChange={(event) => set('sample', event.target.value)}
        />
        <Field
          id="newsletter-senderName"
          label="Sender name"
          hint="Who the email says it is from, e.g. “Ridgeline’s editors”."
          name="senderName"
          value={values.senderName}
          required
          maxLength={80}
          autoComplete="off"
          errors={errors('senderName')}
          onChange={(event) => set('senderName', event.target.value)}
        />
      </div>

      <div className="nl-admin-form__group">
        {/*
          React resets the form after every action, and a reset puts each box and radio back to its
          default: so their defaults follow what was chosen (defaultChecked, kept in state), and the
          audience is a pair of radios rather than a select, whose default cannot follow.
        */}
        <fieldset
          className="field nl-admin-form__choices"
          aria-describedby={describedBy('newsletter-language', errors('language'))}
        >
          <legend>Written in</legend>
          <p id="newsletter-language-hint" className="field__hint">
            Its issues, its pages and its mail are in this language, and it is offered first in that edition.
          </p>
          {LOCALE_CODES.map((language) => (
            <label key={language} className="choice" htmlFor={`newsletter-language-${language}`}>
              <input
                type="radio"
                id={`newsletter-language-${language}`}
                name="language"
                value={language}
                defaultChecked={values.language === language}
                onChange={() => set('language', language)}
              />
              {LOCALES[language].name}
            </label>
          ))}
          <FieldError id="newsletter-language-error" errors={errors('language')} />
        </fieldset>
        <fieldset
          className="field nl-admin-form__choices"
          aria-describedby={describedBy('newsletter-audience', errors('audience'))}
        >
          <legend>Who may receive it</legend>
          <p id="newsletter-audience-hint" className="field__hint">
            A members-only newsletter goes only to readers who are members on the day it is sent.
          </p>
          {(
            [
              ['everyone', 'Anyone who subscribes'],
              ['members', 'Members only'],
            ] as const
          ).map(([audience, label]) => (
            <label key={audience} className="choice" htmlFor={`newsletter-audience-${audience}`}>
              <input
                type="radio"
                id={`newsletter-audience-${audience}`}
                name="audience"
                value={audience}
                defaultChecked={values.audience === audience}
                onChange={() => set('audience', audience)}
              />
              {label}
            </label>
          ))}
          <FieldError id="newsletter-audience-error" errors={errors('audience')} />
        </fieldset>
        <div className="field">
          <label className="choice" htmlFor="newsletter-autoSubscribeMembers">
            <input
              type="checkbox"
              id="newsletter-autoSubscribeMembers"
              name="autoSubscribeMembers"
              defaultChecked={values.autoSubscribeMembers}
              aria-describedby="newsletter-autoSubscribeMembers-hint"
              onChange={(event) => set('autoSubscribeMembers', event.target.checked)}
            />
            Subscribe new members automatically
          </label>
          <p id="newsletter-autoSubscribeMembers-hint" className="field__hint">
            Readers who join from now on, unless they switched it off before. The welcome mail says how to stop it.
          </p>
          <FieldError id="newsletter-autoSubscribeMembers-error" errors={errors('autoSubscribeMembers')} />
        </div>

        <fieldset
          className="field nl-admin-form__schedule"
          aria-describedby={describedBy('newsletter-days', errors('days'))}
        >
          <legend>Schedule</legend>
          <p id="newsletter-days-hint" className="field__hint">
            The days and time it goes out, in newsroom time ({timeZone}). Tick no days for a newsletter sent only when
            an editor sends an issue.
          </p>
          <div className="nl-admin-form__days">
            {WEEKDAYS.map((day) => (
              <label key={day} className="choice" htmlFor={`newsletter-day-${day}`}>
                <input
                  type="checkbox"
                  id={`newsletter-day-${day}`}
                  name="days"
                  value={day}
                  defaultChecked={values.days.includes(day)}
                  onChange={(event) => toggleDay(day, event.target.checked)}
                />
                {DAY_LABELS[day]}
              </label>
            ))}
          </div>
          <FieldError id="newsletter-days-error" errors={errors('days')} />
          <Field
            id="newsletter-time"
            label="Time"
            hint="24-hour clock, like 07:00."
            fieldClassName="nl-admin-form__time"
            name="time"
            type="text"
            value={values.time}
            maxLength={5}
            autoComplete="off"
            errors={errors('time')}
            onChange={(event) => set('time', event.target.value)}
          />
        </fieldset>
      </div>

      <div className="inline-actions nl-admin-form__actions">
        <SubmitButton pendingLabel="Saving…">{isNew ? 'Add newsletter' : 'Save changes'}</SubmitButton>
        {state?.message && (
          <p className={state?.ok ? 'form-status' : 'form-message'} role={state?.ok ? 'status' : 'alert'}>
            {state?.message}
          </p>
        )}
      </div>
    </form>
  );
}
