/**
 * RGBA → YUV 4:2:0 (BT.709, limited range), the pixel format H.264 players expect. Done here
 * rather than by ffmpeg because only the frames that change are converted: a held frame is
 * the same buffer written again, while ffmpeg would convert every one of the 30 a second.
 */

// Fixed-point (×2^16) coefficients of BT.709 for 8-bit limited range (Y 16–235, C 16–240).
const KR = 0.2126;
const KB = 0.0722;
const KG = 1 - KR - KB;
const ONE = 1 << 16;
const HALF = 1 << 15;
const Y_SCALE = 219 / 255;
const C_SCALE = 224 / 255;
const fx = (x: number) => Math.round(x * ONE);
const YR = fx(Y_SCALE * KR);
const YG = fx(Y_SCALE * KG);
const YB = fx(Y_SCALE * KB);
const UR = fx((C_SCALE * -KR) / (2 * (1 - KB)));
const UG = fx((C_SCALE * -KG) / (2 * (1 - KB)));
const UB = fx(C_SCALE * 0.5);
const VR = fx(C_SCALE * 0.5);
const VG = fx((C_SCALE * -KG) / (2 * (1 - KR)));
const VB = fx((C_SCALE * -KB) / (2 * (1 - KR)));

/** Bytes of one YUV 4:2:0 frame. */
export function yuvFrameSize(width: number, height: number): number {
  return width * height + 2 * (width / 2) * (height / 2);
}

/** A rectangle of pixels; for YUV 4:2:0, `x`, `y`, `width` and `height` are even. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Converts opaque RGBA pixels (alpha ignored: frames always paint a full background) to
 * planar YUV 4:2:0; chroma is taken from the mean of each 2×2 block. Width and height must be
 * even. With `region`, only that part of `out` is written (the rest keeps the previous frame).
 */
export function rgbaToYuv420(
  rgba: Uint8Array,
  width: number,
  height: number,
  out: Uint8Array = new Uint8Array(yuvFrameSize(width, height)),
  region: Region = { x: 0, y: 0, width, height },
): Uint8Array {
  if (width % 2 || height % 2) throw new Error(`yuv420: ${width}×${height} is not even`);
  const { x: rx, y: ry } = region;
  if (rx % 2 || ry % 2 || region.width % 2 || region.height % 2) throw new Error('yuv420: region not on even pixels');
  const cw = width / 2;
  const uBase = width * height;
  const vBase = uBase + cw * (height / 2);
  for (let y = ry; y < ry + region.height; y += 2) {
    let p0 = (y * width + rx) * 4;
    let p1 = p0 + width * 4;
    let y0 = y * width + rx;
    let y1 = y0 + width;
    let c = uBase + (y / 2) * cw + rx / 2;
    for (let x = rx; x < rx + region.width; x += 2) {
      const r00 = rgba[p0]!,
        g00 = rgba[p0 + 1]!,
        b00 = rgba[p0 + 2]!;
      const r01 = rgba[p0 + 4]!,
        g01 = rgba[p0 + 5]!,
        b01 = rgba[p0 + 6]!;
      const r10 = rgba[p1]!,
        g10 = rgba[p1 + 1]!,
        b10 = rgba[p1 + 2]!;
      const r11 = rgba[p1 + 4]!,
        g11 = rgba[p1 + 5]!,
        b11 = rgba[p1 + 6]!;
      out[y0] = (YR * r00 + YG * g00 + YB * b00 + HALF + (16 << 16)) >> 16;
      out[y0 + 1] = (YR * r01 + YG * g01 + YB * b01 + HALF + (16 << 16)) >> 16;
      out[y1] = (YR * r10 + YG * g10 + YB * b10 + HALF + (16 << 16)) >> 16;
      out[y1 + 1] = (YR * r11 + YG * g11 + YB * b11 + HALF + (16 << 16)) >> 16;
      // Sums of four: the coefficients then carry a factor 4, removed by the shift of 18.
      const r = r00 + r01 + r10 + r11;
      const g = g00 + g01 + g10 + g11;
      const b = b00 + b01 + b10 + b11;
      out[c] = (UR * r + UG * g + UB * b + (1 << 17) + (128 << 18)) >> 18;
      out[c - uBase + vBase] = (VR * r + VG * g + VB * b + (1 << 17) + (128 << 18)) >> 18;
      p0 += 8;
      p1 += 8;
      y0 += 2;
      y1 += 2;
      c += 1;
    }
  }
  return out;
}
