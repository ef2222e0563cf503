// fontkit ships no types; only what the print measure calls is declared.
declare module 'fontkit' {
  export interface Glyph {
    advanceWidth: number;
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
  }
  export interface Font {
    unitsPerEm: number;
    glyphsForString(text: string): Glyph[];
  }
  export function create(buffer: Buffer): Font;
}
