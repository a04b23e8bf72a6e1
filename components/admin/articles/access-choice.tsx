// Who can read a story: everyone, members only, or members first (everyone some hours or days later).
import { useState } from 'react';
import { delayLabel, MEMBERS_FIRST_DELAYS, opensAtFor, type OpensToAll } from '@/domain/articles/members-first';
import { formatNewsroomTime, utcToZonedWallTime, zonedWallTimeToUtc } from '@/domain/articles/newsroom-time';
import { describedBy, FieldError, type SnapshotFieldsProps } from './form-fields';

type Props = SnapshotFieldsProps & {
  timeZone: string;
  /** When it was or will be published (scheduled), as the server last said. */
  publishedAt: string | null;
  status: 'draft' | 'scheduled' | 'published';
};

const DEFAULT_DELAY: OpensToAll = { afterHours: 24 };

function opensHint(choice: OpensToAll, publishedAt: Date | null, status: Props['status'], timeZone: string): string {
  const opensAt = status === 'draft' && 'afterHours' in choice ? null : opensAtFor(choice, publishedAt);
  if (opensAt) return `Opens to everyone on ${formatNewsroomTime(opensAt, timeZone)}.`;
  if ('afterHours' in choice) return `Opens to everyone ${delayLabel(choice.afterHours)} after it is published.`;
  return 'Choose when it opens to everyone.';
}

export function AccessChoice({ snapshot, fieldErrors, onChange, timeZone, publishedAt, status }: Props) {
  const choice = snapshot.access === 'members' ? snapshot.opensToAll : null;
  const [wallTime, setWallTime] = useState(() =>
    choice && 'at' in choice ? utcToZonedWallTime(new Date(choice.at), timeZone) : '',
  );
  const published = publishedAt ? new Date(publishedAt) : null;
  const zone = timeZone.split('/').pop()?.replace(/_/g, ' ');
  const selected = !choice ? '' : 'at' in choice ? 'at' : String(choice.afterHours);
  const customHours =
    choice && 'afterHours' in choice && !MEMBERS_FIRST_DELAYS.some((d) => d.hours === choice.afterHours)
      ? choice.afterHours
      : null;

  function chooseWhen(value: string) {
    if (value !== 'at') return onChange({ opensToAll: { afterHours: Number(value) } });
    // A time to start from: when the chosen delay would have opened it, else a day from now.
    const from =
      (choice && opensAtFor(choice, status === 'draft' ? null : published)) ?? new Date(Date.now() + 86_400_000);
    const wall = utcToZonedWallTime(from, timeZone);
    setWallTime(wall);
    onChange({ opensToAll: { at: (zonedWallTimeToUtc(wall, timeZone) ?? from).toISOString() } });
  }

  function typeWallTime(value: string) {
    setWallTime(value);
    const at = zonedWallTimeToUtc(value, timeZone);
    // Half-typed times stay in the box; the story keeps the last whole one.
    if (at) onChange({ opensToAll: { at: at.toISOString() } });
  }

  return (
    <fieldset className="field access-choice">
      <legend>Who can read it</legend>
      <label className="choice">
        <input
          type="radio"
          name="access"
          checked={snapshot.access === 'public'}
          onChange={() => onChange({ access: 'public', opensToAll: null })}
        />{' '}
        Everyone
      </label>
      <label className="choice">
        <input
          type="radio"
          name="access"
          checked={snapshot.access === 'members' && !choice}
          onChange={() => onChange({ access: 'members', opensToAll: null })}
        />{' '}
        Members only (others see the opening and an invitation to join)
      </label>
      <label className="choice">
        <input
          type="radio"
          name="access"
          checked={choice !== null}
          onChange={() => onChange({ access: 'members', opensToAll: DEFAULT_DELAY })}
        />{' '}
        Members first (members read it at once, everyone later)
      </label>
      {choice && (
        <div className="access-choice__when">
          <label htmlFor="opens-after">Opens to everyone after</label>
          <select
            id="opens-after"
            value={selected}
            onChange={(e) => chooseWhen(e.target.value)}
            aria-invalid={fieldErrors.opensToAll ? true : undefined}
            aria-describedby={describedBy(fieldErrors, 'opensToAll', true)}
          >
            {MEMBERS_FIRST_DELAYS.map((d) => (
              <option key={d.hours} value={d.hours}>
                {d.label}
              </option>
            ))}
            {customHours !== null && <option value={customHours}>{delayLabel(customHours)}</option>}
            <option value="at">A date and time…</option>
          </select>
          {'at' in choice && (
            <>
              <label htmlFor="opens-at">Opens at ({zone} time)</label>
              <input
                id="opens-at"
                type="datetime-local"
                value={wallTime}
                onChange={(e) => typeWallTime(e.target.value)}
                aria-invalid={fieldErrors.opensToAll ? true : undefined}
                aria-describedby={describedBy(fieldErrors, 'opensToAll', true)}
              />
            </>
          )}
          <p id="opensToAll-hint" className="field__hint">
            {opensHint(choice, published, status, timeZone)}
          </p>
          <FieldError id="opensToAll-error" errors={fieldErrors.opensToAll} />
        </div>
      )}
    </fieldset>
  );
}
