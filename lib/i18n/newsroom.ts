import path from 'node:path';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { editionFolder, readEditionFile } from '@/lib/content/files';
import { getNewsroom, type Newsroom } from '@/lib/newsroom';

const editions = new Map<Locale, Newsroom>();

/** The outlet's identity in `locale`: the tagline and description from content/<locale>/newsroom.yaml. */
export function newsroomIn(locale: Locale): Newsroom {
  const newsroom = getNewsroom();
  if (locale === DEFAULT_LOCALE) return newsroom;
  let edition = editions.get(locale);
  if (!edition) {
    const folder = editionFolder(path.join(process.cwd(), 'content'), locale);
    const copy = folder ? readEditionFile(folder) : null;
    edition = copy ? { ...newsroom, tagline: copy.tagline, description: copy.description } : newsroom;
    editions.set(locale, edition);
  }
  return edition;
}
