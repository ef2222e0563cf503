/**
 * Draws an SVG DOM (Observable Plot's output on linkedom) into react-pdf as vector elements, so
 * charts stay sharp and their text stays text in the PDF.
 *
 * react-pdf knows a subset of SVG, so this converter:
 * - maps the drawing elements (g, path, rect, line, circle, ellipse, polyline, polygon, text,
 *   tspan) and drops the rest (style, title, desc, and anything it does not know);
 * - camelCases the presentation attributes react-pdf reads and drops the others (aria-*, class);
 * - resolves `currentColor`, which react-pdf does not, to the chart's text colour;
 * - turns `em` offsets (Plot writes `y="0.32em"` and `dy`) into points using the inherited font
 *   size, since react-pdf's text takes plain numbers;
 * - keeps `transform` on every element (react-pdf parses translate/rotate/scale/matrix).
 */
import { createElement, type ReactElement, type ReactNode } from 'react';
import { Circle, Ellipse, G, Line, Path, Polygon, Polyline, Rect, Svg, Text, Tspan } from '@react-pdf/renderer';

/** The part of a DOM element the converter reads (linkedom's and the browser's both fit). */
export interface SvgNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<SvgNode>;
  getAttribute?(name: string): string | null;
  attributes?: ArrayLike<{ name: string; value: string }>;
}

export interface SvgOptions {
  /** Colour for `currentColor`. */
  color: string;
  /** Font family for text (must be registered with react-pdf). */
  fontFamily: string;
  /** Width in points of the drawing in the PDF; height follows the viewBox's ratio. */
  width?: number;
}

const ELEMENT = 1;
const TEXT = 3;

const COMPONENTS: Record<string, unknown> = {
  g: G,
  path: Path,
  rect: Rect,
  line: Line,
  circle: Circle,
  ellipse: Ellipse,
  polyline: Polyline,
  polygon: Polygon,
  text: Text,
  tspan: Tspan,
};

/** Attributes react-pdf reads, with their react-pdf names. */
const ATTRIBUTES: Record<string, string> = {
  d: 'd',
  x: 'x',
  y: 'y',
  x1: 'x1',
  y1: 'y1',
  x2: 'x2',
  y2: 'y2',
  cx: 'cx',
  cy: 'cy',
  r: 'r',
  rx: 'rx',
  ry: 'ry',
  width: 'width',
  height: 'height',
  points: 'points',
  transform: 'transform',
  opacity: 'opacity',
  fill: 'fill',
  'fill-opacity': 'fillOpacity',
  'fill-rule': 'fillRule',
  stroke: 'stroke',
  'stroke-width': 'strokeWidth',
  'stroke-opacity': 'strokeOpacity',
  'stroke-linecap': 'strokeLinecap',
  'stroke-linejoin': 'strokeLinejoin',
  'stroke-dasharray': 'strokeDasharray',
  'stroke-dashoffset': 'strokeDashoffset',
  'stroke-miterlimit': 'strokeMiterlimit',
  'text-anchor': 'textAnchor',
  'dominant-baseline': 'dominantBaseline',
  'font-size': 'fontSize',
  'font-weight': 'fontWeight',
  'font-style': 'fontStyle',
};
const NUMERIC = new Set([
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'opacity',
  'fillOpacity',
  'strokeWidth',
  'strokeOpacity',
  'strokeDashoffset',
  'strokeMiterlimit',
  'fontSize',
]);

const DEFAULT_FONT_SIZE = 10; // Plot's default (it always sets font-size on the root)

function attributesOf(node: SvgNode): [string, string][] {
  const list = node.attributes;
  if (!list) return [];
  return Array.from({ length: list.length }, (_, i) => [list[i]!.name, list[i]!.value] as [string, string]);
}

/** `0.32em` → 3.2 at font size 10; `12` / `12px` → 12; anything else → undefined. */
export function length(value: string, fontSize: number): number | undefined {
  const match = /^\s*(-?[\d.]+(?:e-?\d+)?)(em|px|pt)?\s*$/.exec(value);
  if (!match) return undefined;
  const n = Number(match[1]);
  return match[2] === 'em' ? n * fontSize : n;
}

interface Inherited {
  fontSize: number;
}

function convert(node: SvgNode, options: SvgOptions, inherited: Inherited, key: number): ReactNode {
  if (node.nodeType === TEXT) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT) return null;
  const tag = node.nodeName.toLowerCase();
  const Component = COMPONENTS[tag] as Parameters<typeof createElement>[0] | undefined;
  if (!Component) return null;

  const attrs = attributesOf(node);
  const fontSizeAttr = attrs.find(([name]) => name === 'font-size');
  const fontSize = (fontSizeAttr && length(fontSizeAttr[1], inherited.fontSize)) || inherited.fontSize;
  const props: Record<string, unknown> = { key };
  let dy = 0;
  let dx = 0;
  for (const [name, raw] of attrs) {
    if (name === 'dy') {
      dy = length(raw, fontSize) ?? 0;
      continue;
    }
    if (name === 'dx') {
      dx = length(raw, fontSize) ?? 0;
      continue;
    }
    const prop = ATTRIBUTES[name];
    if (!prop) continue;
    let value: unknown = raw.trim() === 'currentColor' ? options.color : raw;
    if (NUMERIC.has(prop)) {
      value = length(raw, fontSize);
      if (value === undefined) continue; // e.g. a percentage react-pdf could not place
    }
    props[prop] = value;
  }
  if (tag === 'text' || tag === 'tspan') {
    // react-pdf has no dx/dy: fold them into x/y. A tspan without x follows on the same line.
    if (dy || tag === 'text') props.y = ((props.y as number | undefined) ?? 0) + dy;
    if (dx || tag === 'text') props.x = ((props.x as number | undefined) ?? 0) + dx;
    props.fontFamily = options.fontFamily;
    props.fontSize = fontSize;
  }
  const children = Array.from(node.childNodes as ArrayLike<SvgNode>)
    .map((child, i) => convert(child, options, { fontSize }, i))
    .filter((child) => child !== null && child !== '');
  if (tag === 'text' || tag === 'tspan') {
    // Whitespace between elements is layout noise in SVG; react-pdf would draw it.
    const strings = children.filter((c) => typeof c === 'string') as string[];
    if (children.length === strings.length) return createElement(Component, props, strings.join(''));
    return createElement(Component, props, ...children.filter((c) => typeof c !== 'string' || c.trim() !== ''));
  }
  return createElement(Component, props, ...children);
}

/** The react-pdf `Svg` for an `<svg>` DOM element. */
export function svgToPdf(svg: SvgNode, options: SvgOptions): ReactElement {
  const get = (name: string) => svg.getAttribute?.(name) ?? null;
  const width = Number(get('width') ?? 0);
  const height = Number(get('height') ?? 0);
  const viewBox = get('viewBox') ?? `0 0 ${width} ${height}`;
  const [, , vbWidth = width, vbHeight = height] = viewBox.split(/[\s,]+/).map(Number);
  const drawnWidth = options.width ?? vbWidth;
  const drawnHeight = (drawnWidth * vbHeight) / vbWidth;
  const fontSizeAttr = get('font-size');
  const fontSize = (fontSizeAttr && length(fontSizeAttr, DEFAULT_FONT_SIZE)) || DEFAULT_FONT_SIZE;
  // The root's presentation attributes (fill, text-anchor, font-size…) become a group around the
  // content, since react-pdf's Svg itself does not pass them down.
  const rootProps: Record<string, unknown> = {};
  for (const [name, raw] of attributesOf(svg)) {
    const prop = ATTRIBUTES[name];
    if (!prop || ['width', 'height', 'x', 'y'].includes(prop)) continue;
    rootProps[prop] = raw.trim() === 'currentColor' ? options.color : NUMERIC.has(prop) ? length(raw, fontSize) : raw;
  }
  const children = Array.from(svg.childNodes)
    .map((child, i) => convert(child, options, { fontSize }, i))
    .filter((c) => c !== null && c !== '');
  return (
    <Svg width={drawnWidth} height={drawnHeight} viewBox={`0 0 ${vbWidth} ${vbHeight}`}>
      <G {...rootProps}>{children}</G>
    </Svg>
  );
}
