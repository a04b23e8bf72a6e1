import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { silentMp3 } from '@/lib/content/demo-recording';
import { audioKeyFromFile, formatListeningTime, sniffAudioType } from './audio';

/** An ISO BMFF `ftyp` box: size, 'ftyp', the major brand, a minor version, compatible brands. */
function ftyp(major: string, compatible: string[] = []) {
  const body = Buffer.concat([Buffer.from(major), Buffer.alloc(4), ...compatible.map((b) => Buffer.from(b))]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(8 + body.length);
  return Buffer.concat([size, Buffer.from('ftyp'), body, Buffer.alloc(16)]);
}

describe('telling a recording by its first bytes', () => {
  it('knows an MP3 that starts with an ID3 tag', () => {
    expect(sniffAudioType(silentMp3({ seconds: 2, id3: true }))).toBe('audio/mpeg');
  });

  it('knows an MP3 that starts with a bare MPEG audio frame', () => {
    expect(sniffAudioType(silentMp3({ seconds: 2 }))).toBe('audio/mpeg');
    // MPEG-1 Layer III at 128 kbit/s, 44.1 kHz: the commonest header there is.
    expect(sniffAudioType(Buffer.from([0xff, 0xfb, 0x90, 0x64, 0, 0, 0, 0]))).toBe('audio/mpeg');
  });

  it('knows an M4A by its ftyp box, by its major or a compatible brand', () => {
    expect(sniffAudioType(ftyp('M4A ', ['M4A ', 'mp42', 'isom']))).toBe('audio/mp4');
    expect(sniffAudioType(ftyp('mp42'))).toBe('audio/mp4');
    expect(sniffAudioType(ftyp('dash', ['iso6']))).toBe('audio/mp4');
  });

  it('refuses a PNG, whatever its name says', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const file = new File([new Uint8Array(png)], 'interview.mp3', { type: 'audio/mpeg' });
    expect(sniffAudioType(new Uint8Array(await file.arrayBuffer()))).toBeNull();
  });

  it('refuses an empty file and a few stray bytes', () => {
    expect(sniffAudioType(new Uint8Array())).toBeNull();
    expect(sniffAudioType(Buffer.from('ID3'))).toBeNull();
    expect(sniffAudioType(Buffer.from([0xff]))).toBeNull();
  });

  it('refuses what merely starts with the sync bits: a JPEG, an AAC ADTS stream, reserved values', () => {
    expect(sniffAudioType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBeNull();
    expect(sniffAudioType(Buffer.from([0xff, 0xf1, 0x50, 0x80, 0, 0]))).toBeNull(); // ADTS: layer 00
    expect(sniffAudioType(Buffer.from([0xff, 0xfb, 0xf0, 0x64, 0, 0]))).toBeNull(); // bitrate 1111
    expect(sniffAudioType(Buffer.from([0xff, 0xeb, 0x90, 0x64, 0, 0]))).toBeNull(); // version 01
  });

  it('refuses an ISO BMFF file of another kind, such as a HEIC photo', () => {
    expect(sniffAudioType(ftyp('heic', ['mif1', 'heic']))).toBeNull();
  });
});

describe('a recording URL', () => {
  it('names a stored recording and nothing else', () => {
    expect(audioKeyFromFile('AbCdEfGhIjKlMnOp.mp3')).toBe('audio/AbCdEfGhIjKlMnOp.mp3');
    expect(audioKeyFromFile('AbCdEfGhIjKlMnOp.m4a')).toBe('audio/AbCdEfGhIjKlMnOp.m4a');
    expect(audioKeyFromFile('..%2Fpg.mp3')).toBeNull();
    expect(audioKeyFromFile('AbCdEfGhIjKlMnOp.wav')).toBeNull();
  });
});

describe('a recording’s length as readers see it', () => {
  it('says minutes, seconds under a minute and hours past one', () => {
    expect(formatListeningTime(12)).toBe('12 sec');
    expect(formatListeningTime(719)).toBe('12 min');
    expect(formatListeningTime(3600)).toBe('1 h');
    expect(formatListeningTime(5430)).toBe('1 h 31 min');
  });
});
