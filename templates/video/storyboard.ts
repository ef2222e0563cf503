/**
 * The teaser's storyboard: five scenes (brand, tagline, benefits, suggested courses, call to
 * action), when each element enters, and the on-screen text of each moment for the subtitles.
 * Timing depends on the content only, never on the format, so one subtitle file per language
 * fits both the landscape and the portrait video.
 */
import type { TeaserContent } from './content.ts';
import { displayUrl } from './content.ts';

export const FPS = 30;
/** Frames an element takes to slide and fade in. */
export const ENTER = 15;
/** Frames a scene takes to fade out before the next one. */
export const EXIT = 9;
/** Frames the decoration takes to move to the next scene's place. */
export const DECOR_MOVE = 20;
/** The shortest teaser (16 s), for an organisation with little to show. */
export const MIN_FRAMES = 16 * FPS;

export type SceneName = 'intro' | 'tagline' | 'benefits' | 'courses' | 'cta';

export interface SceneTiming {
  name: SceneName;
  /** First frame. */
  start: number;
  /** Frames. */
  length: number;
  /** When each element enters, in frames after `start`, in the order the layout draws them. */
  enters: number[];
  /** The scene fades out at its end (the call to action stays to the last frame). */
  exits: boolean;
}

export interface Timeline {
  scenes: SceneTiming[];
  frames: number;
  /** The first frame of the call to action once it is fully on screen: the poster. */
  poster: number;
}

export interface Cue {
  start: number;
  end: number;
  text: string;
}

const stagger = (count: number, first: number, step: number) =>
  Array.from({ length: count }, (_, i) => first + i * step);

export function timeline(content: TeaserContent): Timeline {
  const n = content.benefits.length;
  const plan: Omit<SceneTiming, 'start'>[] = [
    { name: 'intro', length: 84, enters: [0, 6, 12], exits: true },
    { name: 'tagline', length: 96, enters: [0, 8], exits: true },
    { name: 'benefits', length: 20 + 45 * n + 50, enters: [0, ...stagger(n, 20, 45)], exits: true },
  ];
  if (content.courses.length > 0)
    plan.push({ name: 'courses', length: 120, enters: [0, ...stagger(content.courses.length, 12, 8)], exits: true });
  // With little to show (one benefit, no course), the call to action stays longer: never under 16 s.
  const before = plan.reduce((sum, scene) => sum + scene.length, 0);
  plan.push({ name: 'cta', length: Math.max(150, MIN_FRAMES - before), enters: [0, 4, 6, 10], exits: false });
  let start = 0;
  const scenes = plan.map((scene) => {
    const timed = { ...scene, start };
    start += scene.length;
    return timed;
  });
  const cta = scenes.at(-1)!;
  return { scenes, frames: start, poster: cta.start + Math.max(...cta.enters) + ENTER };
}

/** What is on screen, moment by moment, for people watching without sound. */
export function cues(content: TeaserContent, time: Timeline): Cue[] {
  const list: Cue[] = [];
  for (const scene of time.scenes) {
    const end = scene.start + scene.length;
    if (scene.name === 'intro') list.push({ start: scene.start, end, text: `${content.org} — ${content.programme}` });
    if (scene.name === 'tagline') list.push({ start: scene.start, end, text: content.tagline });
    if (scene.name === 'benefits') {
      content.benefits.forEach((benefit, i) => {
        const from = i === 0 ? scene.start : scene.start + scene.enters[i + 1]!;
        const to = i + 1 < content.benefits.length ? scene.start + scene.enters[i + 2]! : end;
        list.push({ start: from, end: to, text: i === 0 ? `${content.benefitsTitle}\n${benefit}` : benefit });
      });
    }
    if (scene.name === 'courses')
      list.push({ start: scene.start, end, text: `${content.coursesTitle}\n${content.courses.join(' · ')}` });
    if (scene.name === 'cta')
      list.push({
        start: scene.start,
        end,
        text: `${content.cta} — ${content.scan}\n${displayUrl(content.activationUrl)}`,
      });
  }
  return list;
}

/** Ease-out cubic: fast start, soft landing. */
export const easeOut = (p: number) => 1 - (1 - p) ** 3;
/** Ease-in-out cubic, for the decoration moving between scenes. */
export const easeInOut = (p: number) => (p < 0.5 ? 4 * p ** 3 : 1 - (-2 * p + 2) ** 3 / 2);
export const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
