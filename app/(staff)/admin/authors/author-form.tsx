'use client';

import { useActionState, useState } from 'react';
import { ImageUpload } from '@/components/admin/image-upload';
import { Field, FieldError, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { slugify } from '@/domain/slug';
import type { AuthorFields } from '@/db/queries/admin-authors';
import { LOCALES } from '@/domain/i18n/locales';
import { createAuthorAction, updateAuthorAction, type AuthorField } from '@/features/authors/actions';
import { OTHER_LOCALES, translatedField } from '@/features/authors/fields';
import '@/components/admin/authors/authors.css';

export type AuthorFormValues = AuthorFields & { id?: number };

/** "Russian": a language's name in the admin's own language (English). */
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const languageName = (locale: string) => languageNames.of(locale) ?? locale;

/** An author's name, address, role, bio and photo. Every field is kept as typed when a save is refused. */
export function AuthorForm({ author }: { author: AuthorFormValues }) {
  const isNew = author.id === undefined;
  const [state, action] = useActionState(isNew ? createAuthorAction : updateAuthorAction, null);
  const [name, setName] = useState(author.name);
  const [slug, setSlug] = useState(author.slug);
  // A new author's address follows the name until someone edits it; an existing one's stays put.
  const [slugEdited, setSlugEdited] = useState(!isNew);
  const [role, setRole] = useState(author.role);
  const [bio, setBio] = useState(author.bio);
  const [photoUrl, setPhotoUrl] = useState(author.photoUrl ?? '');
  const errors = (field: AuthorField) => state?.fieldErrors?.[field];

  return (
    <form action={action} className="form author-form" noValidate>
      {author.id !== undefined && <input type="hidden" name="id" value={author.id} />}
      <div className="author-form__fields">
        <Field
          id="author-name"
          label="Name"
          name="name"
          value={name}
          required
          maxLength={120}
          autoComplete="off"
          errors={errors('name')}
          onChange={(event) => {
            setName(event.target.value);
            if (!slugEdited) setSlug(slugify(event.target.value));
          }}
        />
        <Field
          id="author-slug"
          label="Address"
          hint={
            <>
              {isNew
                ? 'Made from the name until you change it.'
                : 'Changing it moves the author’s page; the old address stops working.'}{' '}
              The page is /authors/
              {slug || '…'}
            </>
          }
          name="slug"
          value={slug}
          maxLength={80}
          autoComplete="off"
          spellCheck={false}
          errors={errors('slug')}
          onChange={(event) => {
            setSlug(event.target.value);
            setSlugEdited(true);
          }}
        />
        <Field
          id="author-role"
          label="Role or title"
          hint="Shown above the name on the author’s page, e.g. “Tbilisi correspondent”."
          name="role"
          value={role}
          maxLength={120}
          errors={errors('role')}
          onChange={(event) => setRole(event.target.value)}
        />
        <TextAreaField
          id="author-bio"
          label="Bio"
          hint="Plain text. Leave a blank line between paragraphs."
          name="bio"
          value={bio}
          rows={8}
          maxLength={5000}
          errors={errors('bio')}
          onChange={(event) => setBio(event.target.value)}
        />
        {OTHER_LOCALES.map((locale) => {
          const own = author.translations?.[locale];
          const typed = (field: 'name' | 'role' | 'bio') => {
            const value = state?.values?.[translatedField(field, locale)];
            return typeof value === 'string' ? value : (own?.[field] ?? '');
          };
          return (
            <fieldset key={`${locale}-${JSON.stringify(state?.values ?? null)}`} className="author-form__edition">
              <legend>
                In the {languageName(locale)} edition <span lang={LOCALES[locale].tag}>({LOCALES[locale].name})</span>
              </legend>
              <p className="field__hint">Left empty, the edition shows the fields above.</p>
              <Field
                id={`author-name-${locale}`}
                label={`Name in ${languageName(locale)}`}
                name={translatedField('name', locale)}
                defaultValue={typed('name')}
                maxLength={120}
                autoComplete="off"
                lang={LOCALES[locale].tag}
                errors={errors(translatedField('name', locale))}
              />
              <Field
                id={`author-role-${locale}`}
                label={`Role or title in ${languageName(locale)}`}
                name={translatedField('role', locale)}
                defaultValue={typed('role')}
                maxLength={120}
                lang={LOCALES[locale].tag}
                errors={errors(translatedField('role', locale))}
              />
              <TextAreaField
                id={`author-bio-${locale}`}
                label={`Bio in ${languageName(locale)}`}
                name={translatedField('bio', locale)}
                defaultValue={typed('bio')}
                rows={6}
                maxLength={5000}
                lang={LOCALES[locale].tag}
                errors={errors(translatedField('bio', locale))}
              />
            </fieldset>
          );
        })}
      </div>

      <fieldset className="author-form__photo">
        <legend>Photo</legend>
        <input type="hidden" name="photoUrl" value={photoUrl} />
        {photoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- a preview of the upload as stored
          <img
            className="author-form__portrait"
            src={photoUrl}
            alt={`Current photo of ${name || 'the author'}`}
            width={160}
            height={160}
          />
        ) : (
          <p className="author-form__no-photo">No photo yet.</p>
        )}
        <ImageUpload
          label={photoUrl ? 'Replace the photo' : 'Upload a photo'}
          id="author-photo"
          compact
          onUploaded={(image) => setPhotoUrl(image.src)}
        />
        {photoUrl && (
          <button type="button" className="button button--small" onClick={() => setPhotoUrl('')}>
            Remove the photo
          </button>
        )}
        <FieldError id="author-photoUrl-error" errors={errors('photoUrl')} />
      </fieldset>

      <div className="inline-actions author-form__actions">
        <SubmitButton pendingLabel="Saving…">{isNew ? 'Add author' : 'Save changes'}</SubmitButton>
        {state?.message && (
          <p className={state?.ok ? 'form-status' : 'form-message'} role={state?.ok ? 'status' : 'alert'}>
            {state?.message}
          </p>
        )}
      </div>
    </form>
  );
}
