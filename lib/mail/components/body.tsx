import { Fragment, type CSSProperties, type ReactNode } from 'react';
import { Heading, Hr, Img, Link, Section, Text } from '@react-email/components';
import type { BodyDoc } from '@/domain/articles/body-doc';
import { mediaSources, parseMediaSrc } from '@/lib/media/urls';
import { colors, CONTENT_WIDTH, fonts, text } from './theme';
import { absoluteHref, absoluteImageSrc, attrOf, childrenOf, type Loose } from '../body-links';

/**
 * A stored body as mail: the same nodes lib/render/body-html.ts draws on the site, with inline
 * styles (mail clients drop most <style>), every address absolute (a mail has no site to be
 * relative to) and pictures no wider than the column. Like the site's renderer it trusts
 * nothing: unknown nodes keep their text, unsafe links lose their href, unsafe images are dropped.
 */
export function EmailBody({ doc, siteUrl, webUrl }: { doc: BodyDoc; siteUrl: string; webUrl: string }) {
  const ctx = { siteUrl, webUrl };
  return <>{childrenOf(doc).map((node, i) => block(node, ctx, i))}</>;
}

type Ctx = { siteUrl: string; webUrl: string };

const link: CSSProperties = { color: colors.accent, textDecoration: 'underline' };

function inline(node: Loose, ctx: Ctx, key: number): ReactNode {
  if (node.type === 'hardBreak') return <br key={key} />;
  if (node.type !== 'text') return childrenOf(node).map((c, i) => inline(c, ctx, i));
  let out: ReactNode = typeof node.text === 'string' ? node.text : '';
  const marks = Array.isArray(node.marks) ? (node.marks as Loose[]) : [];
  for (const mark of marks) {
    if (!mark || typeof mark !== 'object') continue;
    if (mark.type === 'bold') out = <strong>{out}</strong>;
    else if (mark.type === 'italic') out = <em>{out}</em>;
    else if (mark.type === 'link') {
      const href = absoluteHref(attrOf(mark, 'href'), ctx);
      if (href)
        out = (
          <Link href={href} className="rl-accent" style={link}>
            {out}
          </Link>
        );
    }
  }
  return <Fragment key={key}>{out}</Fragment>;
}

const inlineOf = (node: Loose, ctx: Ctx) => childrenOf(node).map((c, i) => inline(c, ctx, i));

/** Text of a node whatever it nests, for blocks that only hold words (a pull quote, an unknown node). */
function flatText(node: Loose, ctx: Ctx): ReactNode[] {
  const words = (n: Loose): ReactNode[] =>
    n.type === 'text' || n.type === 'hardBreak'
      ? [inline(n, ctx, 0)]
      : childrenOf(n).flatMap((c, i) => (i > 0 ? [' ', ...words(c)] : words(c)));
  return words(node).map((n, i) => <Fragment key={i}>{n}</Fragment>);
}

const headingStyle = (level: 2 | 3): CSSProperties => ({
  fontFamily: fonts.serif,
  fontWeight: 700,
  color: colors.ink,
  fontSize: level === 2 ? '22px' : '19px',
  lineHeight: level === 2 ? '28px' : '25px',
  margin: level === 2 ? '30px 0 12px' : '24px 0 10px',
});

function block(node: Loose, ctx: Ctx, key: number): ReactNode {
  switch (node.type) {
    case 'paragraph': {
      const content = inlineOf(node, ctx);
      return content.length ? (
        <Text key={key} className="rl-ink" style={text.paragraph}>
          {content}
        </Text>
      ) : null;
    }
    case 'heading': {
      const level = attrOf(node, 'level') === '3' ? 3 : 2;
      return (
        <Heading key={key} as={level === 3 ? 'h3' : 'h2'} className="rl-ink" style={headingStyle(level)}>
          {inlineOf(node, ctx)}
        </Heading>
      );
    }
    case 'blockquote':
      return (
        <blockquote
          key={key}
          className="rl-rule"
          style={{ margin: '0 0 18px', padding: '0 0 0 16px', borderLeft: `3px solid ${colors.rule}` }}
        >
          {childrenOf(node).map((c, i) => block(c, ctx, i))}
        </blockquote>
      );
    case 'pullQuote':
      return (
        <Text
          key={key}
          className="rl-ink"
          style={{
            ...text.paragraph,
            fontSize: '22px',
            lineHeight: '30px',
            fontStyle: 'italic',
            margin: '26px 0',
            padding: '0 0 0 16px',
            borderLeft: `3px solid ${colors.accent}`,
          }}
        >
          {flatText(node, ctx)}
        </Text>
      );
    case 'bulletList':
    case 'orderedList': {
      const items = childrenOf(node).map((c, i) => listItem(c, ctx, i));
      return node.type === 'bulletList' ? (
        <ul key={key} className="rl-ink" style={text.list}>
          {items}
        </ul>
      ) : (
        <ol key={key} className="rl-ink" style={text.list}>
          {items}
        </ol>
      );
    }
    case 'image':
      return <Figure key={key} node={node} ctx={ctx} />;
    case 'horizontalRule':
      return <Hr key={key} className="rl-rule" style={{ borderColor: colors.rule, margin: '28px 0' }} />;
    case 'text':
      return (
        <Text key={key} className="rl-ink" style={text.paragraph}>
          {inline(node, ctx, 0)}
        </Text>
      );
    default: {
      // Unknown block: keep what it says, drop what it is.
      const words = flatText(node, ctx);
      return words.length ? (
        <Text key={key} className="rl-ink" style={text.paragraph}>
          {words}
        </Text>
      ) : null;
    }
  }
}

function listItem(node: Loose, ctx: Ctx, key: number): ReactNode {
  if (node.type !== 'listItem')
    return (
      <li key={key} style={text.listItem}>
        {flatText(node, ctx)}
      </li>
    );
  return (
    <li key={key} style={text.listItem}>
      {childrenOf(node).map((c, i) =>
        c.type === 'paragraph' ? <span key={i}>{inlineOf(c, ctx)}</span> : block(c, ctx, i),
      )}
    </li>
  );
}

function Figure({ node, ctx }: { node: Loose; ctx: Ctx }) {
  const src = absoluteImageSrc(attrOf(node, 'src'), ctx.siteUrl);
  if (!src) return null;
  const raw = attrOf(node, 'src').trim();
  // An upload: the smallest JPEG variant sharp on a 2x screen, not the 2000 px original.
  const variant = mediaSources(raw, CONTENT_WIDTH * 2)?.src;
  const media = parseMediaSrc(raw);
  const width = media?.width ?? Number(attrOf(node, 'width'));
  const height = media?.height ?? Number(attrOf(node, 'height'));
  const known = Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0;
  const shown = known ? Math.min(width, CONTENT_WIDTH) : CONTENT_WIDTH;
  const caption = attrOf(node, 'caption');
  const credit = attrOf(node, 'credit');
  return (
    <Section style={{ margin: '8px 0 22px' }}>
      <Img
        src={variant ? `${ctx.siteUrl}${variant}` : src}
        alt={attrOf(node, 'alt')}
        width={shown}
        height={known ? Math.round((height * shown) / width) : undefined}
        style={{ display: 'block', width: '100%', maxWidth: `${shown}px`, height: 'auto', border: 0 }}
      />
      {caption || credit ? (
        <Text className="rl-muted" style={{ ...text.small, margin: '8px 0 0' }}>
          {caption}
          {caption && credit ? ' ' : null}
          {credit ? (
            <span className="rl-muted" style={{ color: colors.muted }}>
              {credit}
            </span>
          ) : null}
        </Text>
      ) : null}
    </Section>
  );
}
