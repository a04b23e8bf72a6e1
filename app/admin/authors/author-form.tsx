'use client';

import { useActionState, useState } from 'react';
import { ImageUpload } from '@/components/admin/image-upload';
import { SubmitButton } from '@/components/ui/submit-button';
import { slugify } from '@/domain/slug';
import { createAuthorAction, updateAuthorAction, type AuthorField } from '@/features/authors/actions';
import type { ActionState } from '@/lib/actions/action';
import '@/components/admin/authors/authors.css';

export type AuthorFormValues = {
  id?: number;
  name: string;
  slug: string;
  role: string;
  bio: string;
  photoUrl: string | null;
};

function ErrorFor({ field, state }: { field: AuthorField; state: ActionState }) {
  const errors = state?.fieldErrors?.[field];
  return errors?.length ? (
    <p id={`author-${field}-error`} className="field__error" role="alert">
      {errors.join(' ')}
    </p>
  ) : null;
}

const describedBy = (field: AuthorField, state: ActionState, hint = true) =>
  [hint ? `author-${field}-hint` : null, state?.fieldErrors?.[field]?.length ? `author-${field}-error` : null]
    .filter(Boolean)
    .join(' ') || undefined;

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
  const invalid = (field: AuthorField) => (state?.fieldErrors?.[field]?.length ? true : undefined);

  return (
    <form action={action} className="form author-form" noValidate>
      {author.id !== undefined && <input type="hidden" name="id" value={author.id} />}
      <div className="author-form__fields">
        <div className="field">
          <label htmlFor="author-name">Name</label>
          <input
            id="author-name"
            name="name"
            value={name}
            required
            maxLength={120}
            autoComplete="off"
            aria-invalid={invalid('name')}
            aria-describedby={describedBy('name', state, false)}
            onChange={(event) => {
              setName(event.target.value);
              if (!slugEdited) setSlug(slugify(event.target.value));
            }}
          />
          <ErrorFor field="name" state={state} />
        </div>
        <div className="field">
          <label htmlFor="author-slug">Address</label>
          <p id="author-slug-hint" className="field__hint">
            {isNew
              ? 'Made from the name until you change it.'
              : 'Changing it moves the author’s page; the old address stops working.'}{' '}
            The page is /authors/
            {slug || '…'}
          </p>
          <input
            id="author-slug"
            name="slug"
            value={slug}
            maxLength={80}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={invalid('slug')}
            aria-describedby={describedBy('slug', state)}
            onChange={(event) => {
              setSlug(event.target.value);
              setSlugEdited(true);
            }}
          />
          <ErrorFor field="slug" state={state} />
        </div>
        <div className="field">
          <label htmlFor="author-role">Role or title</label>
          <p id="author-role-hint" className="field__hint">
            Shown above the name on the author’s page, e.g. “Tbilisi correspondent”.
          </p>
          <input
            id="author-role"
            name="role"
            value={role}
            maxLength={120}
            aria-invalid={invalid('role')}
            aria-describedby={describedBy('role', state)}
            onChange={(event) => setRole(event.target.value)}
          />
          <ErrorFor field="role" state={state} />
        </div>
        <div className="field">
          <label htmlFor="author-bio">Bio</label>
          <p id="author-bio-hint" className="field__hint">
            Plain text. Leave a blank line between paragraphs.
          </p>
          <textarea
            id="author-bio"
            name="bio"
            value={bio}
            rows={8}
            maxLength={5000}
            aria-invalid={invalid('bio')}
            aria-describedby={describedBy('bio', state)}
            onChange={(event) => setBio(event.target.value)}
          />
          <ErrorFor field="bio" state={state} />
        </div>
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
        <ErrorFor field="photoUrl" state={state} />
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
