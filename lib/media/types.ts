/** What an upload answers and what an editor stores: `src` is the image's canonical /media/ URL. */
export type UploadedImage = { id: string; src: string; width: number; height: number };
