/**
 * Debian's `ffmpeg` (apt-get install ffmpeg; `.ci/run` installs it) encodes the frames we
 * draw: raw YUV 4:2:0 on stdin → H.264 in an MP4 that browsers and phones play. The flags
 * make the bytes depend on the frames only: one x264 thread (its output depends on the
 * thread count, hence on the machine), no encoder or date metadata.
 */
import { spawn, spawnSync } from 'node:child_process';
import { CliError } from '../cli/errors.ts';
import { FPS } from '../../templates/video/storyboard.ts';

const INSTALL_HINT = 'Install it with `apt-get install ffmpeg` (Debian/Ubuntu), then run the build again.';

const checked = new Map<string, string>();

/**
 * Throws a CliError unless an ffmpeg with libx264 is on the PATH; returns its version line
 * (another version may encode other bytes, so it is part of a video's cache key).
 */
export function assertFfmpeg(binary = 'ffmpeg'): string {
  const known = checked.get(binary);
  if (known) return known;
  const run = spawnSync(binary, ['-hide_banner', '-encoders'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new CliError(`video: ffmpeg was not found (${binary}); the teaser video needs it to encode H.264`, {
      hint: INSTALL_HINT,
      cause: run.error,
    });
  }
  if (!/\blibx264\b/.test(run.stdout)) {
    throw new CliError(`video: this ffmpeg (${binary}) has no libx264 encoder, needed for H.264`, {
      hint: `Use Debian's build: ${INSTALL_HINT}`,
    });
  }
  const version = spawnSync(binary, ['-version'], { encoding: 'utf8' }).stdout.split('\n')[0]!.trim();
  checked.set(binary, version);
  return version;
}

export interface Encoder {
  /** Writes one frame (YUV 4:2:0, `width × height`), waiting while ffmpeg catches up. */
  write(frame: Uint8Array): Promise<void>;
  /** Closes stdin and waits for the MP4 to be complete. */
  finish(): Promise<void>;
  /** Stops ffmpeg (after an error elsewhere). */
  abort(): void;
}

export function ffmpegArgs(width: number, height: number, file: string): string[] {
  const colour = ['-color_primaries', 'bt709', '-color_trc', 'bt709', '-colorspace', 'bt709', '-color_range', 'tv'];
  return [
    '-hide_banner',
    '-loglevel',
    'error',
    '-nostdin',
    '-f',
    'rawvideo',
    '-pixel_format',
    'yuv420p',
    '-video_size',
    `${width}x${height}`,
    '-framerate',
    String(FPS),
    ...colour,
    '-i',
    'pipe:0',
    '-an',
    '-c:v',
    'libx264',
    '-preset',
    'superfast',
    '-crf',
    '20',
    '-pix_fmt',
    'yuv420p',
    '-profile:v',
    'high',
    // A keyframe every 2 s so a player can seek; one thread for the same bytes on every machine.
    '-g',
    String(2 * FPS),
    '-threads',
    '1',
    ...colour,
    '-fflags',
    '+bitexact',
    '-flags:v',
    '+bitexact',
    '-map_metadata',
    '-1',
    '-movflags',
    '+faststart',
    '-y',
    file,
  ];
}

export function openEncoder(width: number, height: number, file: string, binary = 'ffmpeg'): Encoder {
  const child = spawn(binary, ffmpegArgs(width, height, file), { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', (error) =>
      reject(new CliError(`video: could not start ffmpeg (${binary})`, { hint: INSTALL_HINT, cause: error })),
    );
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new CliError(
            `video: ffmpeg failed on ${file} (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`,
          ),
        );
    });
  });
  // EPIPE when ffmpeg dies early: its exit status says why, so that is the error we report.
  child.stdin.on('error', () => {});
  exited.catch(() => {});
  return {
    write: (frame) =>
      new Promise<void>((resolve, reject) => {
        if (child.exitCode !== null) return exited.then(() => reject(new Error('ffmpeg exited early')), reject);
        if (child.stdin.write(frame)) resolve();
        else {
          const onDrain = () => {
            child.off('close', onClose);
            resolve();
          };
          const onClose = () => {
            child.stdin.off('drain', onDrain);
            exited.then(() => reject(new Error('ffmpeg exited early')), reject);
          };
          child.stdin.once('drain', onDrain);
          child.once('close', onClose);
        }
      }),
    finish: async () => {
      child.stdin.end();
      await exited;
    },
    abort: () => {
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
