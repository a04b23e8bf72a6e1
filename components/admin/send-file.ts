/**
 * Sends an upload and reports its progress: XMLHttpRequest, not fetch, since only it reports
 * upload progress. Answers the status and the parsed JSON (null when there was none), or that the
 * request never reached the server.
 */
export function sendFile({
  method,
  url,
  body,
  onProgress,
}: {
  method: 'POST' | 'PUT';
  url: string;
  body: FormData | File;
  onProgress?: (fraction: number) => void;
}): Promise<{ status: number; answer: Record<string, unknown> | null } | { unreachable: true }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () =>
      resolve({ status: request.status, answer: (request.response as Record<string, unknown> | null) ?? null });
    request.onerror = () => resolve({ unreachable: true });
    request.send(body);
  });
}

export const UNREACHABLE_MESSAGE = 'The upload did not reach the server. Check the connection and try again.';

/** The server's sentence for a refused upload, or one that says what status it answered. */
export function refusalMessage(status: number, answer: Record<string, unknown> | null): string {
  return typeof answer?.error === 'string'
    ? answer.error
    : `The upload failed (the server answered ${status}). Try again.`;
}
