/**
 * WebVTT subtitles of the teaser: the on-screen text of each moment, for people watching
 * without sound (the teaser has no soundtrack, so the subtitles are the words).
 */
import type { Cue } from '../../templates/video/storyboard.ts';

/** `frame` at `fps` as `hh:mm:ss.ttt`. */
export function vttTime(frame: number, fps: number): string {
  const ms = Math.round((frame * 1000) / fps);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** Cue text is not markup: `<b>` in the config must show as `<b>`, and `-->` cannot end a cue early. */
export function escapeVtt(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function webVtt(cues: Cue[], fps: number): string {
  const blocks = cues.map((cue, i) => {
    // A blank line would end the cue: keep the lines, drop empty ones.
    const lines = escapeVtt(cue.text)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    return `${i + 1}\n${vttTime(cue.start, fps)} --> ${vttTime(cue.end, fps)}\n${lines.join('\n')}`;
  });
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}
