/** What a person (or a player) sees of a teaser: ffprobe's facts, a frame as a PNG, a QR code read back, the cues. */
import { execFileSync } from 'node:child_process';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is CommonJS with a default export; under NodeNext its types see the module object.
const jsQR = jsQRModule as unknown as typeof jsQRModule.default;

export interface Probe {
  codec: string;
  pixFmt: string;
  width: number;
  height: number;
  fps: string;
  duration: number;
  frames: number;
}

export function probe(file: string): Probe {
  const json = JSON.parse(
    execFileSync(
      'ffprobe',
      [
        '-v',
        'error',
        '-select_streams',
        'v:0',
        '-count_packets',
        '-show_entries',
        'stream=codec_name,pix_fmt,width,height,r_frame_rate,avg_frame_rate,nb_read_packets:format=duration',
        '-of',
        'json',
        file,
      ],
      {
        encoding: 'utf8',
      },
    ),
  );
  const s = json.streams[0];
  return {
    codec: s.codec_name,
    pixFmt: s.pix_fmt,
    width: s.width,
    height: s.height,
    fps: `${s.r_frame_rate} ${s.avg_frame_rate}`,
    duration: Number(json.format.duration),
    frames: Number(s.nb_read_packets),
  };
}

/** The frame shown at `seconds`, as ffmpeg decodes it, in PNG. */
export function frameAt(file: string, seconds: number): Buffer {
  return execFileSync(
    'ffmpeg',
    [
      '-v',
      'error',
      '-ss',
      seconds.toFixed(3),
      '-i',
      file,
      '-frames:v',
      '1',
      '-f',
      'image2pipe',
      '-c:v',
      'png',
      'pipe:1',
    ],
    { maxBuffer: 64 << 20 },
  );
}

export function readQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(
    new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length),
    image.width,
    image.height,
  )?.data;
}

export function pngSize(png: Buffer): { width: number; height: number } {
  const image = PNG.sync.read(png);
  return { width: image.width, height: image.height };
}

export interface ParsedCue {
  start: number;
  end: number;
  text: string;
}

const TIME = /^(\d{2,}):([0-5]\d):([0-5]\d)\.(\d{3})$/;
const seconds = (t: string) => {
  const m = TIME.exec(t);
  if (!m) throw new Error(`bad WebVTT time "${t}"`);
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
};

/**
 * A strict reading of the WebVTT rules we rely on: the header, blocks separated by one blank
 * line, `start --> end` with start < end, starts in order, no empty cue, no `-->` in a text.
 * Entities are decoded in the returned text.
 */
export function parseVtt(vtt: string): ParsedCue[] {
  if (!vtt.startsWith('WEBVTT\n\n')) throw new Error('missing the WEBVTT header and its blank line');
  if (vtt.includes('\r')) throw new Error('carriage return in the file');
  const cues: ParsedCue[] = [];
  for (const block of vtt.slice('WEBVTT\n\n'.length).trimEnd().split('\n\n')) {
    const lines = block.split('\n');
    const timing = lines.findIndex((l) => l.includes('-->'));
    if (timing < 0 || timing > 1) throw new Error(`cue without a timing line: ${block}`);
    const [from, to, ...rest] = lines[timing]!.split(/ --> | /);
    if (rest.length > 0) throw new Error(`unexpected settings: ${lines[timing]}`);
    const text = lines.slice(timing + 1);
    if (text.length === 0 || text.some((l) => l.trim() === '' || l.includes('-->')))
      throw new Error(`bad cue text: ${block}`);
    if (/[<>]/.test(text.join('')) || /&(?!amp;|lt;|gt;)/.test(text.join('')))
      throw new Error(`unescaped markup in ${block}`);
    const cue = {
      start: seconds(from!),
      end: seconds(to!),
      text: text.join('\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
    };
    if (!(cue.start < cue.end)) throw new Error(`cue ends before it starts: ${lines[timing]}`);
    if (cues.length > 0 && cue.start < cues.at(-1)!.start) throw new Error(`cues out of order at ${lines[timing]}`);
    cues.push(cue);
  }
  return cues;
}
