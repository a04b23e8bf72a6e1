import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { images } from '@/db/schema';

export async function createImage(values: {
  id: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  variantWidths: number[];
  uploadedById: string | null;
}) {
  const db = await getDb();
  const [row] = await db.insert(images).values(values).returning();
  if (!row) throw new Error('could not record the image');
  return row;
}

export async function getImage({ id }: { id: string }) {
  const db = await getDb();
  const [row] = await db.select().from(images).where(eq(images.id, id)).limit(1);
  return row ?? null;
}
