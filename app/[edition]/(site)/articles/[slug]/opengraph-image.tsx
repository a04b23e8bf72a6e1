import fs from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { bundledImageFile } from '@/lib/content/image-sizes';
import { getPublishedArticle } from '@/lib/content/reads';
import { getNewsroom } from '@/lib/newsroom';

export const alt = 'The story’s headline on a Ridgeline card';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const generateStaticParams = () => Promise.resolve([]);

const fontFile = (weight: 400 | 700) =>
  fs.readFile(
    path.join(
      process.cwd(),
      'node_modules',
      '@fontsource',
      'source-serif-4',
      'files',
      `source-serif-4-latin-${weight}-normal.woff`,
    ),
  );

/**
 * The share card: headline, labels and the lead image. It shows only what anyone may read
 * (never the body), so it is the same for every viewer.
 */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const article = await getPublishedArticle({ slug });
  const newsroom = getNewsroom();
  const [regular, bold] = await Promise.all([fontFile(400), fontFile(700)]);
  let imageData: string | null = null;
  const bundled = bundledImageFile(article?.leadImageUrl);
  if (bundled) {
    const file = await fs.readFile(bundled).catch(() => null);
    if (file) imageData = `data:image/jpeg;base64,${file.toString('base64')}`;
  }
  const label = [article?.region?.name, article?.section?.name].filter(Boolean).join(' · ');
  return new ImageResponse(
    <div
      style={{
        display: 'flex',
        width: '100%',
        height: '100%',
        background: '#15171a',
        color: '#f4f1ea',
        fontFamily: 'Source Serif',
      }}
    >
      {imageData && (
        <img src={imageData} alt="" width={480} height={630} style={{ objectFit: 'cover', width: 480, height: 630 }} />
      )}
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '56px 60px',
          flex: 1,
        }}
      >
        <div style={{ display: 'flex', fontSize: 26, letterSpacing: 2, textTransform: 'uppercase', color: '#f0937a' }}>
          {label || newsroom.tagline}
        </div>
        <div
          style={{
            display: 'flex',
            fontSize: article && article.headline.length > 80 ? 48 : 58,
            fontWeight: 700,
            lineHeight: 1.08,
          }}
        >
          {article?.headline ?? newsroom.name}
        </div>
        <div style={{ display: 'flex', fontSize: 30, fontWeight: 700 }}>{newsroom.name}</div>
      </div>
    </div>,
    {
      ...size,
      fonts: [
        { name: 'Source Serif', data: regular, weight: 400, style: 'normal' },
        { name: 'Source Serif', data: bold, weight: 700, style: 'normal' },
      ],
    },
  );
}
