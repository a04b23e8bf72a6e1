/**
 * A recording for the demo newsroom and the tests, made here rather than fetched: MPEG-2 Layer
 * III frames at 8 kbit/s, 16 kHz, mono, each 36 bytes holding 576 samples of silence (a frame
 * whose side information and main data are all zeros decodes to silence). It is a real MP3 that
 * browsers play and music-metadata measures, about 1 kB a second.
 */
const FRAME_BYTES = 36;
const SAMPLES_PER_FRAME = 576;
const SAMPLE_RATE = 16_000;

export function silentMp3({ seconds, id3 = false }: { seconds: number; id3?: boolean }): Buffer {
  const frames = Math.ceil((seconds * SAMPLE_RATE) / SAMPLES_PER_FRAME);
  const frame = Buffer.alloc(FRAME_BYTES);
  // Sync, MPEG-2, Layer III, no CRC; 8 kbit/s, 16 kHz, no padding; mono.
  frame.set([0xff, 0xf3, 0x18, 0xc4]);
  const audio = Buffer.concat(Array.from({ length: frames }, () => frame));
  if (!id3) return audio;
  // An ID3v2.4 tag with one title frame, as most encoders write one.
  const title = Buffer.from('\u0003Ridgeline demo recording', 'latin1');
  const titleFrame = Buffer.concat([Buffer.from('TIT2'), syncsafe(title.length), Buffer.from([0, 0]), title]);
  const header = Buffer.concat([Buffer.from('ID3'), Buffer.from([4, 0, 0]), syncsafe(titleFrame.length)]);
  return Buffer.concat([header, titleFrame, audio]);
}

function syncsafe(n: number): Buffer {
  return Buffer.from([(n >> 21) & 0x7f, (n >> 14) & 0x7f, (n >> 7) & 0x7f, n & 0x7f]);
}
