/**
 * One frame of the teaser as SVG: the layout of the current scene, with each element's slide
 * and fade worked out from the storyboard. Values are clamped and printed at fixed precision,
 * so every frame of a hold is the same string — the stage renders it once and reuses it.
 */
import { Resvg } from '@resvg/resvg-js';
import { resvgOptions } from '../banners/fit.ts';
import type { Box } from '../banners/fit.ts';
import type { Decor, Disc, Element, Layout } from './layout.ts';
import { DECOR_MOVE, ENTER, EXIT, clamp01, easeInOut, easeOut, type SceneTiming, type Timeline } from './storyboard.ts';

/** An element ready to draw: its SVG (text outlined) and the box its ink covers when in place. */
interface PlannedElement extends Element {
  box: Box;
}

interface PlannedScene {
  timing: SceneTiming;
  elements: PlannedElement[];
  decor: Decor;
}

export interface TeaserPlan {
  width: number;
  height: number;
  frames: number;
  poster: number;
  background: string;
  secondary: string;
  accent: string;
  fixed: { svg: string; box: Box };
  scenes: PlannedScene[];
  /** Text is outlined: frames render without loading fonts. */
  outlined: boolean;
}

/**
 * One thing drawn in a frame. A frame is a list of items; an item whose `svg` is the same as
 * in the frame before did not change, so only the boxes of the items that changed need drawing.
 */
export interface FrameItem {
  id: string;
  svg: string;
  /** Where its ink can reach (a little wider than the ink, for anti-aliasing). */
  box: Box;
}

/**
 * The text of an SVG fragment as outlines, laid out once by resvg with the Inter files: the
 * frames then hold paths only, and rendering one no longer loads and shapes fonts.
 */
export function outlineText(fragment: string, width: number, height: number): string {
  if (!fragment) return '';
  const tree = new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${fragment}</svg>`,
    resvgOptions(),
  ).toString();
  const body = /^<svg[^>]*>([\s\S]*)<\/svg>\s*$/.exec(tree.trim())?.[1];
  if (body === undefined || /<defs>/.test(body)) throw new Error('video: unexpected outline of a text fragment');
  return body.replace('<defs/>', '').replace(/\n\s*/g, '');
}

/** Margin around an ink box: resvg's path boxes are approximate, and edges are anti-aliased. */
const MARGIN = 4;

function inkBox(fragment: string, width: number, height: number): Box {
  const bbox = fragment
    ? new Resvg(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${fragment}</svg>`,
        resvgOptions(),
      ).getBBox()
    : undefined;
  if (!bbox) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: bbox.x - MARGIN, y: bbox.y - MARGIN, width: bbox.width + 2 * MARGIN, height: bbox.height + 2 * MARGIN };
}

export function teaserPlan(
  layout: Layout,
  time: Timeline,
  colours: { secondary: string; accent: string },
  options: { outline?: boolean } = {},
): TeaserPlan {
  const outline = options.outline ?? true;
  const scenes = time.scenes.map((timing) => {
    const scene = layout.scenes.get(timing.name);
    if (!scene) throw new Error(`video: no layout for the ${timing.name} scene`);
    if (scene.elements.length !== timing.enters.length)
      throw new Error(
        `video: ${timing.name} has ${scene.elements.length} elements and ${timing.enters.length} entrances`,
      );
    const elements = scene.elements.map((e) => {
      const planned = { ...e, text: outline ? outlineText(e.text, layout.width, layout.height) : e.text };
      return { ...planned, box: inkBox(`${planned.shapes}${planned.text}`, layout.width, layout.height) };
    });
    return { timing, elements, decor: scene.decor };
  });
  return {
    width: layout.width,
    height: layout.height,
    frames: time.frames,
    poster: time.poster,
    background: layout.background,
    secondary: colours.secondary,
    accent: colours.accent,
    fixed: { svg: layout.fixed, box: inkBox(layout.fixed, layout.width, layout.height) },
    scenes,
    outlined: outline,
  };
}

const n2 = (x: number) => x.toFixed(2);
const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
const lerpDisc = (a: Disc, b: Disc, t: number): Disc => ({
  cx: lerp(a.cx, b.cx, t),
  cy: lerp(a.cy, b.cy, t),
  r: lerp(a.r, b.r, t),
});

function decorAt(plan: TeaserPlan, index: number, local: number): Decor {
  const to = plan.scenes[index]!.decor;
  // The first scene grows its discs from nothing.
  const from =
    index > 0 ? plan.scenes[index - 1]!.decor : { large: { ...to.large, r: 0 }, small: { ...to.small, r: 0 } };
  const t = easeInOut(clamp01(local / DECOR_MOVE));
  return { large: lerpDisc(from.large, to.large, t), small: lerpDisc(from.small, to.small, t) };
}

function elementItem(id: string, e: PlannedElement, local: number, enter: number, fade: number): FrameItem | undefined {
  if (local < enter || e.box.width === 0) return undefined;
  const p = easeOut(clamp01((local - enter) / ENTER));
  const opacity = p * fade;
  if (opacity < 0.0005) return undefined;
  const [dx, dy] = [n2((1 - p) * e.dx), n2((1 - p) * e.dy)];
  const moved = dx !== '0.00' || dy !== '0.00';
  const attributes = `${moved ? ` transform="translate(${dx} ${dy})"` : ''}${opacity < 1 ? ` opacity="${opacity.toFixed(3)}"` : ''}`;
  const body = `${e.shapes}${e.text}`;
  const box = moved ? { ...e.box, x: e.box.x + Number(dx), y: e.box.y + Number(dy) } : e.box;
  return { id, svg: attributes ? `<g${attributes}>${body}</g>` : body, box };
}

/** The index of the scene playing at `frame`, and the frame within it. */
export function sceneAt(plan: TeaserPlan, frame: number): { index: number; local: number } {
  const index = plan.scenes.findIndex((s) => frame < s.timing.start + s.timing.length);
  const i = index === -1 ? plan.scenes.length - 1 : index;
  return { index: i, local: frame - plan.scenes[i]!.timing.start };
}

/** What frame `frame` draws, back to front. */
export function frameItems(plan: TeaserPlan, frame: number): FrameItem[] {
  const { width, height } = plan;
  const { index, local } = sceneAt(plan, frame);
  const scene = plan.scenes[index]!;
  const { length, exits, enters } = scene.timing;
  const decor = decorAt(plan, index, local);
  const disc = (id: string, d: Disc, fill: string): FrameItem | undefined =>
    d.r > 0.5
      ? {
          id,
          svg: `<circle cx="${n2(d.cx)}" cy="${n2(d.cy)}" r="${n2(d.r)}" fill="${fill}"/>`,
          box: { x: d.cx - d.r - 2, y: d.cy - d.r - 2, width: 2 * d.r + 4, height: 2 * d.r + 4 },
        }
      : undefined;
  // Elements do not overlap one another, so fading each is the same as fading the scene.
  const fade = exits && local >= length - EXIT ? (length - local) / (EXIT + 1) : 1;
  return [
    {
      id: 'background',
      svg: `<rect width="${width}" height="${height}" fill="${plan.background}"/>`,
      box: { x: 0, y: 0, width, height },
    },
    disc('disc-large', decor.large, plan.secondary),
    disc('disc-small', decor.small, plan.accent),
    { id: 'fixed', svg: plan.fixed.svg, box: plan.fixed.box },
    ...scene.elements.map((e, i) => elementItem(`${scene.timing.name}-${i}`, e, local, enters[i]!, fade)),
  ].filter((item): item is FrameItem => item !== undefined);
}

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The SVG of `region` of a frame (the whole frame by default): the items that reach into it,
 * moved so the region's corner is the origin. Items outside are left out: resvg would
 * otherwise lay out, and for a faded group even fail on, things it cannot see.
 */
export function itemsSvg(items: FrameItem[], region: Box): string {
  const body = items
    .filter((item) => intersects(item.box, region))
    .map((item) => item.svg)
    .join('');
  const moved =
    region.x !== 0 || region.y !== 0 ? `<g transform="translate(${-region.x} ${-region.y})">${body}</g>` : body;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${region.width}" height="${region.height}" viewBox="0 0 ${region.width} ${region.height}">${moved}</svg>`;
}

export function frameSvg(plan: TeaserPlan, frame: number): string {
  return itemsSvg(frameItems(plan, frame), { x: 0, y: 0, width: plan.width, height: plan.height });
}

/** Options for resvg when rendering frames: outlined frames need no font at all. */
export function frameRenderOptions(plan: TeaserPlan): ConstructorParameters<typeof Resvg>[1] {
  return plan.outlined ? { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } } : resvgOptions();
}
