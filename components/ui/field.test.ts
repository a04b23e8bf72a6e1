import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Field, FieldError, SelectField, TextAreaField } from './field';

describe('Field', () => {
  it('ties the hint to the input, and nothing else while there is no error', () => {
    const html = renderToStaticMarkup(
      createElement(Field, { id: 'author-role', label: 'Role', hint: 'Shown above the name.' }),
    );
    expect(html).toBe(
      '<div class="field"><label for="author-role">Role</label>' +
        '<p id="author-role-hint" class="field__hint">Shown above the name.</p>' +
        '<input id="author-role" aria-describedby="author-role-hint"/></div>',
    );
  });

  it('marks a refused input invalid and has it read its hint, any outside hint and then its error', () => {
    const html = renderToStaticMarkup(
      createElement(Field, {
        id: 'banner-goalMembers',
        label: 'Members',
        hint: 'A whole number.',
        describedBy: 'banner-goal-hint',
        errors: ['Enter a number.', 'Or leave it empty.'],
      }),
    );
    expect(html).toContain(
      '<input id="banner-goalMembers" aria-describedby="banner-goalMembers-hint banner-goal-hint banner-goalMembers-error" aria-invalid="true"/>',
    );
    expect(html).toContain(
      '<p id="banner-goalMembers-error" class="field__error" role="alert">Enter a number. Or leave it empty.</p>',
    );
  });

  it('keeps the control’s own class on the control and the field’s on the wrapper', () => {
    const html = renderToStaticMarkup(
      createElement(Field, {
        id: 'code',
        label: 'Code',
        className: 'code-input',
        fieldClassName: 'invite-form__email',
      }),
    );
    expect(html).toBe(
      '<div class="field invite-form__email"><label for="code">Code</label><input id="code" class="code-input"/></div>',
    );
  });

  it('wires a textarea and a select the same way', () => {
    const note = renderToStaticMarkup(
      createElement(TextAreaField, { id: 'note-body', label: 'New note', errors: ['Write a note.'] }),
    );
    expect(note).toContain(
      '<textarea id="note-body" aria-describedby="note-body-error" aria-invalid="true"></textarea>',
    );
    const role = renderToStaticMarkup(
      createElement(
        SelectField,
        { id: 'invite-role', label: 'Role', hint: 'What they may do.' },
        createElement('option', { value: 'editor' }, 'Editor'),
      ),
    );
    expect(role).toContain(
      '<select id="invite-role" aria-describedby="invite-role-hint"><option value="editor">Editor</option></select>',
    );
  });

  it('can put the hint under the control, still before the error', () => {
    const html = renderToStaticMarkup(
      createElement(
        SelectField,
        { id: 'invite-role', label: 'Role', hint: 'What they may do.', hintBelow: true, errors: ['Choose a role.'] },
        createElement('option', { value: 'editor' }, 'Editor'),
      ),
    );
    expect(html).toBe(
      '<div class="field"><label for="invite-role">Role</label>' +
        '<select id="invite-role" aria-describedby="invite-role-hint invite-role-error" aria-invalid="true"><option value="editor">Editor</option></select>' +
        '<p id="invite-role-hint" class="field__hint">What they may do.</p>' +
        '<p id="invite-role-error" class="field__error" role="alert">Choose a role.</p></div>',
    );
  });

  it('says nothing when there are no errors', () => {
    expect(renderToStaticMarkup(createElement(FieldError, { id: 'author-photoUrl-error', errors: [] }))).toBe('');
  });
});
