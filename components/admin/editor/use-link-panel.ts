// The link being added or changed: the selection it covers, the address typed so far, and applying or removing it.
import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { normaliseHref } from './to-body-doc';

export type LinkDraft = { href: string; from: number; to: number; existing: boolean; error?: string };

export function useLinkPanel(editor: Editor | null) {
  const [link, setLink] = useState<LinkDraft | null>(null);

  function open() {
    if (!editor) return;
    const { from, to } = editor.state.selection;
    const href = (editor.getAttributes('link').href as string | undefined) ?? '';
    setLink({ href, from, to, existing: Boolean(href) });
  }

  function apply() {
    if (!editor || !link) return;
    const href = normaliseHref(link.href);
    if (!href) {
      setLink({
        ...link,
        error: 'Use a web address (https://…), an email address, or a page on this site (/…).',
      });
      return;
    }
    const chain = editor.chain().focus().setTextSelection({ from: link.from, to: link.to });
    if (link.from !== link.to) chain.setLink({ href });
    else if (link.existing) chain.extendMarkRange('link').setLink({ href });
    else chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] });
    chain.run();
    setLink(null);
  }

  function remove() {
    if (!editor || !link) return;
    editor.chain().focus().setTextSelection({ from: link.from, to: link.to }).extendMarkRange('link').unsetLink().run();
    setLink(null);
  }

  function close() {
    setLink(null);
    editor?.commands.focus();
  }

  function type(href: string) {
    if (link) setLink({ ...link, href, error: undefined });
  }

  return { link, open, apply, remove, close, type };
}
