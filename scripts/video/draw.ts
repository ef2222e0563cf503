/**
 * Draws the frames of one video as YUV, redrawing only what changed: the items of a frame
 * are compared with the frame before, and resvg draws only the boxes of the items that
 * changed (a card sliding in is a strip, not 1920×1080). A frame where nothing changed is
 * the previous buffer, sent again.
 */
import { Resvg, renderAsync } from '@resvg/resvg-js';
import type { Box } from '../../templates/banners/fit.ts';
import {
  frameItems,
  frameRenderOptions,
  itemsSvg,
  type FrameItem,
  type TeaserPlan,
} from '../../templates/video/frame.ts';
import { rgbaToYuv420, yuvFrameSize, type Region } from './yuv.ts';

/** Above this share of the frame, one full drawing is cheaper than several pieces. */
const FULL_SHARE = 0.6;

/** A box grown to even pixels inside the frame (YUV 4:2:0 works on 2×2 blocks). */
function toRegion(box: Box, width: number, height: number): Region | undefined {
  const x0 = Math.max(0, Math.floor(box.x / 2) * 2);
  const y0 = Math.max(0, Math.floor(box.y / 2) * 2);
  const x1 = Math.min(width, Math.ceil((box.x + box.width) / 2) * 2);
  const y1 = Math.min(height, Math.ceil((box.y + box.height) / 2) * 2);
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : undefined;
}

const union = (a: Region, b: Region): Region => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
};
const touch = (a: Region, b: Region) =>
  a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/** Regions that overlap or touch are merged, so no pixel is drawn twice. */
export function mergeRegions(regions: Region[]): Region[] {
  const list = [...regions];
  for (let merged = true; merged; ) {
    merged = false;
    for (let i = 0; i < list.length && !merged; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (touch(list[i]!, list[j]!)) {
          list[i] = union(list[i]!, list[j]!);
          list.splice(j, 1);
          merged = true;
          break;
        }
      }
    }
  }
  return list.sort((a, b) => a.y - b.y || a.x - b.x);
}

/** The regions to redraw between two frames: where each changed, added or removed item was and is. */
export function changedRegions(before: FrameItem[], after: FrameItem[], width: number, height: number): Region[] {
  const old = new Map(before.map((item) => [item.id, item]));
  const boxes: Box[] = [];
  for (const item of after) {
    const was = old.get(item.id);
    old.delete(item.id);
    if (was?.svg === item.svg) continue;
    boxes.push(item.box);
    if (was) boxes.push(was.box);
  }
  for (const gone of old.values()) boxes.push(gone.box);
  return mergeRegions(boxes.map((b) => toRegion(b, width, height)).filter((r): r is Region => r !== undefined));
}

export class FrameDrawer {
  private items: FrameItem[] = [];
  private readonly rgba: Buffer;
  private yuv: Uint8Array | undefined;
  private readonly options: ReturnType<typeof frameRenderOptions>;
  /** Frames drawn in full, drawn in part, and held. */
  readonly counts = { full: 0, partial: 0, held: 0 };

  constructor(private readonly plan: TeaserPlan) {
    this.rgba = Buffer.alloc(plan.width * plan.height * 4);
    this.options = frameRenderOptions(plan);
  }

  /**
   * The YUV buffer of `frame`. A new buffer whenever the picture changes (the previous one may
   * still sit in ffmpeg's pipe), the same one when it does not.
   */
  async draw(frame: number): Promise<Uint8Array> {
    const { width, height } = this.plan;
    const items = frameItems(this.plan, frame);
    const full = { x: 0, y: 0, width, height };
    let regions = this.yuv ? changedRegions(this.items, items, width, height) : [full];
    this.items = items;
    if (regions.length === 0) {
      this.counts.held++;
      return this.yuv!;
    }
    const area = regions.reduce((sum, r) => sum + r.width * r.height, 0);
    if (area > FULL_SHARE * width * height) regions = [full];
    this.counts[regions[0] === full ? 'full' : 'partial']++;
    // The pieces are independent: draw them at once on libuv's threads.
    const images = await Promise.all(regions.map((region) => renderAsync(itemsSvg(items, region), this.options)));
    const yuv = new Uint8Array(yuvFrameSize(width, height));
    if (this.yuv && regions[0] !== full) yuv.set(this.yuv);
    regions.forEach((region, i) => {
      const pixels = images[i]!.pixels;
      const rowBytes = region.width * 4;
      for (let row = 0; row < region.height; row++) {
        pixels.copy(this.rgba, ((region.y + row) * width + region.x) * 4, row * rowBytes, (row + 1) * rowBytes);
      }
      rgbaToYuv420(this.rgba, width, height, yuv, region);
    });
    this.yuv = yuv;
    return yuv;
  }

  /** `frame` as a PNG, drawn whole (for the poster). */
  png(frame: number): Buffer {
    return new Resvg(
      itemsSvg(frameItems(this.plan, frame), { x: 0, y: 0, width: this.plan.width, height: this.plan.height }),
      this.options,
    )
      .render()
      .asPng();
  }
}
