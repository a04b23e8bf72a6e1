// Pictures into the body: uploading chosen, pasted or dropped files, and the message that says how it went.
import type { EditorProps, EditorView } from '@tiptap/pm/view';
import { useCallback, useEffect, useRef, useState } from 'react';

export type UploadedImage = { src: string; width: number; height: number };
export type UploadImage = (file: File) => Promise<UploadedImage | { error: string }>;
export type EditorMessage = { kind: 'error' | 'status'; text: string };
/** Uploads each picture and inserts it at `at` (a position in the document), or over the selection. */
export type UploadFiles = (view: EditorView, files: File[], at?: number) => Promise<void>;

const IMAGE_TYPES = /^image\/(jpeg|png|webp|avif|gif)$/;

export function useImageUploads(uploadImage: UploadImage | undefined) {
  const uploadRef = useRef(uploadImage);
  const [message, setMessage] = useState<EditorMessage | null>(null);
  useEffect(() => {
    uploadRef.current = uploadImage;
  });

  // Stable: the editor keeps the paste and drop handlers it was created with.
  const uploadFiles = useCallback<UploadFiles>(async (view, files, at) => {
    const upload = uploadRef.current;
    if (!upload) {
      setMessage({ kind: 'error', text: 'Pictures cannot be added here.' });
      return;
    }
    for (const file of files) {
      if (!IMAGE_TYPES.test(file.type)) {
        setMessage({
          kind: 'error',
          text: `“${file.name}” is not a picture the site can show: use a JPEG, PNG, WebP, AVIF or GIF file.`,
        });
        continue;
      }
      setMessage({ kind: 'status', text: `Uploading “${file.name}”…` });
      let result: UploadedImage | { error: string };
      try {
        result = await upload(file);
      } catch {
        result = { error: `“${file.name}” could not be uploaded. Check your connection and try again.` };
      }
      if (view.isDestroyed) return;
      if ('error' in result) {
        setMessage({ kind: 'error', text: result.error });
        continue;
      }
      const image = view.state.schema.nodes.image!.create({
        src: result.src,
        alt: '',
        width: result.width,
        height: result.height,
      });
      const { state } = view;
      const tr =
        at === undefined
          ? state.tr.replaceSelectionWith(image)
          : state.tr.insert(Math.min(at, state.doc.content.size), image);
      view.dispatch(tr.scrollIntoView());
      setMessage({ kind: 'status', text: `“${file.name}” added. Describe it in its alt text.` });
    }
  }, []);

  return { message, dismissMessage: () => setMessage(null), uploadFiles };
}

/** The editor's paste and drop handlers: picture files become uploads, everything else is the editor's to handle. */
export function pictureHandlers(uploadFiles: UploadFiles): Pick<EditorProps, 'handlePaste' | 'handleDrop'> {
  return {
    handlePaste: (view, event) => {
      const files = imageFiles(event.clipboardData);
      // Word and some browsers put a picture of copied text next to its HTML; the words win.
      const html = event.clipboardData?.getData('text/html') ?? '';
      if (!files.length || /\S/.test(html.replace(/<[^>]*>|&nbsp;/g, ''))) return false;
      event.preventDefault();
      void uploadFiles(view, files);
      return true;
    },
    handleDrop: (view, event, _slice, moved) => {
      if (moved) return false;
      const files = imageFiles(event.dataTransfer);
      if (!files.length) return false;
      event.preventDefault();
      const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
      void uploadFiles(view, files, at === undefined ? undefined : blockBoundary(view, at));
      return true;
    },
  };
}

function imageFiles(data: DataTransfer | null | undefined): File[] {
  return Array.from(data?.files ?? []).filter((file) => file.type.startsWith('image/'));
}

/** The position after the block holding `pos`, so a dropped picture never splits a paragraph. */
function blockBoundary(view: EditorView, pos: number): number {
  const $pos = view.state.doc.resolve(pos);
  return $pos.depth === 0 ? pos : $pos.after(1);
}
