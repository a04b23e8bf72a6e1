/**
 * Ridgeline illustration generator.
 *
 * Draws every article lead image, photo-story frame and author portrait as an SVG string and
 * renders it to a progressive mozjpeg JPEG with sharp. Nothing is fetched and no fonts are used:
 * the pictures are flat editorial silhouettes (ridges, water, buildings, people) with soft
 * gradients, a vignette and a fine monochrome grain that is added to the pixels after rendering.
 *
 * Every picture has its own seeded PRNG (seeded from its file name), so the output is
 * deterministic: running the script twice writes the same bytes.
 *
 *   cd /work/main && npx tsx content/images/generate.ts            # everything
 *   cd /work/main && npx tsx content/images/generate.ts sevan      # only names containing "sevan"
 */
import sharp from "sharp";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/* ------------------------------------------------------------------------------------------ */
/* Basics: PRNG, numbers, colours                                                              */
/* ------------------------------------------------------------------------------------------ */

type Pt = [number, number];
type Rng = () => number;
type Stop = [offset: number, color: string, opacity?: number];

function hashString(str: string): number {
  let h = 2166136261;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Number formatting for SVG: one decimal, no trailing ".0". */
const f = (n: number): string => {
  const v = Math.round(n * 10) / 10;
  return Object.is(v, -0) ? "0" : String(v);
};
const clamp = (v: number, a: number, b: number): number => Math.min(b, Math.max(a, v));
const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
const smoothstep = (t: number): number => t * t * (3 - 2 * t);

function toRgb(hex: string): [number, number, number] {
  const h = hex.replace("#", "");
  const n = parseInt(h.length === 3 ? h.replace(/./g, (c) => c + c) : h, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
function toHex(rgb: [number, number, number]): string {
  return "#" + rgb.map((v) => clamp(Math.round(v), 0, 255).toString(16).padStart(2, "0")).join("");
}
/** Linear mix of two hex colours. */
function mix(a: string, b: string, t: number): string {
  const x = toRgb(a);
  const y = toRgb(b);
  return toHex([lerp(x[0], y[0], t), lerp(x[1], y[1], t), lerp(x[2], y[2], t)]);
}
const darken = (c: string, t: number): string => mix(c, "#000000", t);
const lighten = (c: string, t: number): string => mix(c, "#ffffff", t);

/* ------------------------------------------------------------------------------------------ */
/* Scene: an SVG document under construction                                                   */
/* ------------------------------------------------------------------------------------------ */

class Scene {
  readonly defs: string[] = [];
  readonly body: string[] = [];
  private counter = 0;

  constructor(
    readonly W: number,
    readonly H: number,
    readonly rng: Rng,
  ) {}

  id(prefix = "d"): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }
  /** Uniform random number in [a, b). */
  r(a = 0, b = 1): number {
    return a + (b - a) * this.rng();
  }
  /** Random integer in [a, b]. */
  ri(a: number, b: number): number {
    return Math.floor(this.r(a, b + 1));
  }
  /** Roughly normal random number (sum of three uniforms), mean 0, sd ~ s. */
  n(s = 1): number {
    return (this.rng() + this.rng() + this.rng() - 1.5) * 2 * s;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rng() * items.length)] as T;
  }
  chance(p: number): boolean {
    return this.rng() < p;
  }
  add(...parts: string[]): void {
    this.body.push(...parts);
  }
  def(part: string): void {
    this.defs.push(part);
  }

  private stops(stops: Stop[]): string {
    return stops
      .map(
        ([o, c, op]) =>
          `<stop offset="${f(o * 100)}%" stop-color="${c}"${op === undefined ? "" : ` stop-opacity="${op}"`}/>`,
      )
      .join("");
  }
  /** Linear gradient in bounding-box units (default: top to bottom). Returns `url(#id)`. */
  lin(stops: Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
    const id = this.id("lg");
    this.def(
      `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${this.stops(stops)}</linearGradient>`,
    );
    return `url(#${id})`;
  }
  /** Linear gradient in user space. */
  linU(stops: Stop[], x1: number, y1: number, x2: number, y2: number): string {
    const id = this.id("lu");
    this.def(
      `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}">${this.stops(stops)}</linearGradient>`,
    );
    return `url(#${id})`;
  }
  /** Radial gradient in user space. */
  rad(stops: Stop[], cx: number, cy: number, r: number, sy = 1): string {
    const id = this.id("rg");
    const tf = sy === 1 ? "" : ` gradientTransform="translate(0 ${f(cy)}) scale(1 ${sy}) translate(0 ${f(-cy)})"`;
    this.def(
      `<radialGradient id="${id}" gradientUnits="userSpaceOnUse" cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}"${tf}>${this.stops(stops)}</radialGradient>`,
    );
    return `url(#${id})`;
  }
  /** Clip path from a path `d`. Returns `url(#id)`. */
  clip(d: string): string {
    const id = this.id("cp");
    this.def(`<clipPath id="${id}"><path d="${d}"/></clipPath>`);
    return `url(#${id})`;
  }
  /** Gaussian blur filter. Returns `url(#id)`. */
  blur(sd: number): string {
    const id = this.id("bl");
    this.def(
      `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${sd}"/></filter>`,
    );
    return `url(#${id})`;
  }

  svg(): string {
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${this.W}" height="${this.H}" viewBox="0 0 ${this.W} ${this.H}">` +
      `<defs>${this.defs.join("")}</defs>${this.body.join("")}</svg>`
    );
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Geometry helpers                                                                            */
/* ------------------------------------------------------------------------------------------ */

const P = (x: number, y: number): string => `${f(x)},${f(y)}`;

function polyD(pts: Pt[], close = false): string {
  return pts.map((p, i) => (i ? "L" : "M") + P(p[0], p[1])).join("") + (close ? "Z" : "");
}

/** Smooth path through points (quadratic curves through the midpoints). */
function smoothD(pts: Pt[], close = false): string {
  if (pts.length < 3) return polyD(pts, close);
  const mid = (a: Pt, b: Pt): Pt => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  if (close) {
    const n = pts.length;
    const start = mid(pts[n - 1] as Pt, pts[0] as Pt);
    let d = "M" + P(start[0], start[1]);
    for (let i = 0; i < n; i++) {
      const p = pts[i] as Pt;
      const m = mid(p, pts[(i + 1) % n] as Pt);
      d += "Q" + P(p[0], p[1]) + " " + P(m[0], m[1]);
    }
    return d + "Z";
  }
  const first = pts[0] as Pt;
  let d = "M" + P(first[0], first[1]);
  for (let i = 1; i < pts.length - 1; i++) {
    const p = pts[i] as Pt;
    const m = mid(p, pts[i + 1] as Pt);
    d += "Q" + P(p[0], p[1]) + " " + P(m[0], m[1]);
  }
  const last = pts[pts.length - 1] as Pt;
  return d + "L" + P(last[0], last[1]);
}

/** A line of points closed down to `bottom`: the usual silhouette of a ridge or hill. */
function fillBelow(pts: Pt[], bottom: number, smooth = false): string {
  const first = pts[0] as Pt;
  const last = pts[pts.length - 1] as Pt;
  const d = smooth ? smoothD(pts) : polyD(pts);
  return `${d}L${P(last[0], bottom)}L${P(first[0], bottom)}Z`;
}

/** y of a polyline (sorted by x) at x, by linear interpolation. */
function yAt(pts: Pt[], x: number): number {
  const first = pts[0] as Pt;
  if (x <= first[0]) return first[1];
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1] as Pt;
    const b = pts[i] as Pt;
    if (x <= b[0]) return lerp(a[1], b[1], (x - a[0]) / (b[0] - a[0] || 1));
  }
  return (pts[pts.length - 1] as Pt)[1];
}

/** Midpoint-displacement noise, 2^n + 1 values normalised to [-1, 1]. */
function mpd(rng: Rng, n: number, rough: number): number[] {
  const size = 2 ** n;
  const a: number[] = new Array<number>(size + 1).fill(0);
  a[0] = rng() * 2 - 1;
  a[size] = rng() * 2 - 1;
  let step = size;
  let amp = 1;
  while (step > 1) {
    const half = step / 2;
    for (let i = half; i < size; i += step) {
      a[i] = ((a[i - half] as number) + (a[i + half] as number)) / 2 + (rng() * 2 - 1) * amp;
    }
    amp *= rough;
    step = half;
  }
  const m = Math.max(...a.map(Math.abs)) || 1;
  return a.map((v) => v / m);
}

interface Peak {
  x: number;
  h: number;
  w: number;
  /** "cone": straight/concave alpine slopes; "bell": rounded hills. */
  shape?: "cone" | "bell";
  p?: number;
}

function peakLift(x: number, peaks: Peak[]): number {
  let lift = 0;
  for (const k of peaks) {
    const d = Math.abs(x - k.x) / k.w;
    if (d >= 1) continue;
    lift +=
      k.shape === "bell" ? (k.h * (1 + Math.cos(Math.PI * d))) / 2 : k.h * Math.pow(1 - d, k.p ?? 1.35);
  }
  return lift;
}

interface RidgeOpts {
  y: number;
  amp: number;
  rough?: number;
  n?: number;
  x0?: number;
  x1?: number;
  peaks?: Peak[];
  /** Linear slope across the ridge: y change from x0 to x1. */
  tilt?: number;
}

function ridge(s: Scene, o: RidgeOpts): Pt[] {
  const n = o.n ?? 7;
  const x0 = o.x0 ?? -20;
  const x1 = o.x1 ?? s.W + 20;
  const v = mpd(s.rng, n, o.rough ?? 0.55);
  const peaks = o.peaks ?? [];
  return v.map((val, i) => {
    const t = i / (v.length - 1);
    const x = lerp(x0, x1, t);
    return [x, o.y - o.amp * val - peakLift(x, peaks) + (o.tilt ?? 0) * t] as Pt;
  });
}

/** Layer colour with valley haze: the colour at the top, fading toward `haze` at the bottom. */
function hazeFill(s: Scene, color: string, haze: string, amount: number, top = 0, bottom = 1): string {
  return s.lin([
    [top, color],
    [bottom, mix(color, haze, amount)],
  ]);
}

/** Snow on a mountain: everything above a ragged snow line, clipped to the mountain. */
function snowCap(s: Scene, mountainD: string, pts: Pt[], snowline: number, color: string, jag = 30): string {
  const clip = s.clip(mountainD);
  const line: Pt[] = [];
  const first = pts[0] as Pt;
  const last = pts[pts.length - 1] as Pt;
  const steps = 160;
  const noise = mpd(s.rng, 8, 0.72);
  const coarse = mpd(s.rng, 5, 0.5);
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const x = lerp(first[0], last[0], t);
    const top = yAt(pts, x);
    const nv = noise[Math.round(t * (noise.length - 1))] as number;
    const cv = coarse[Math.round(t * (coarse.length - 1))] as number;
    // Ragged line: broad undulation plus fine gullies that carry the snow further down.
    line.push([x, Math.max(top, snowline + cv * jag * 0.8 + Math.abs(nv) * nv * jag * 1.4)]);
  }
  const d = `M${P(first[0], -10)}L${P(last[0], -10)}` + line.reverse().map((p) => "L" + P(p[0], p[1])).join("") + "Z";
  return `<path d="${d}" fill="${color}" clip-path="${clip}"/>`;
}

/** Shadow side of a peak: a wedge from the apex down to the right, clipped to the mountain. */
function peakShade(s: Scene, mountainD: string, apex: Pt, spread: number, bottom: number, color: string, opacity = 1): string {
  const clip = s.clip(mountainD);
  const pts: Pt[] = [apex];
  const steps = 14;
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    pts.push([apex[0] + spread * 0.15 * t + s.n(spread * 0.035), lerp(apex[1], bottom, t)]);
  }
  pts.push([apex[0] + spread * 4, bottom], [apex[0] + spread * 4, apex[1] - 10], [apex[0], apex[1] - 10]);
  return `<path d="${polyD(pts, true)}" fill="${color}" opacity="${opacity}" clip-path="${clip}"/>`;
}

/* ------------------------------------------------------------------------------------------ */
/* Atmosphere                                                                                  */
/* ------------------------------------------------------------------------------------------ */

function sky(s: Scene, stops: Stop[], y0 = 0, y1 = s.H): void {
  s.add(`<rect x="0" y="0" width="${s.W}" height="${s.H}" fill="${s.linU(stops, 0, y0, 0, y1)}"/>`);
}

function sun(s: Scene, x: number, y: number, r: number, color: string, glow: string, glowR: number, glowOp = 0.55): void {
  s.add(
    `<circle cx="${f(x)}" cy="${f(y)}" r="${f(glowR)}" fill="${s.rad(
      [
        [0, glow, glowOp],
        [0.35, glow, glowOp * 0.35],
        [1, glow, 0],
      ],
      x,
      y,
      glowR,
    )}"/>`,
  );
  if (r > 0) s.add(`<circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" fill="${color}"/>`);
}

/** Soft horizontal band of mist. */
function mist(s: Scene, y: number, h: number, color: string, opacity: number): void {
  s.add(
    `<rect x="-10" y="${f(y - h / 2)}" width="${s.W + 20}" height="${f(h)}" fill="${s.lin([
      [0, color, 0],
      [0.5, color, opacity],
      [1, color, 0],
    ])}"/>`,
  );
}

/** Long flat clouds: blurred ellipses. */
function clouds(s: Scene, count: number, y0: number, y1: number, color: string, opacity: number, scale = 1): void {
  const b = s.blur(18 * scale);
  let g = `<g filter="${b}" fill="${color}" opacity="${opacity}">`;
  for (let i = 0; i < count; i++) {
    const cx = s.r(-100, s.W + 100);
    const cy = s.r(y0, y1);
    const rx = s.r(120, 380) * scale;
    const ry = s.r(10, 26) * scale;
    g += `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}"/>`;
    g += `<ellipse cx="${f(cx + s.r(-rx / 2, rx / 2))}" cy="${f(cy - ry * 0.7)}" rx="${f(rx * 0.5)}" ry="${f(ry * 0.9)}"/>`;
  }
  s.add(g + "</g>");
}

function stars(s: Scene, count: number, yMax: number, color = "#f4efe2"): void {
  let g = `<g fill="${color}">`;
  for (let i = 0; i < count; i++) {
    const y = Math.pow(s.rng(), 1.4) * yMax;
    g += `<circle cx="${f(s.r(0, s.W))}" cy="${f(y)}" r="${f(s.r(0.6, 1.7))}" opacity="${f(s.r(0.25, 0.85) * (1 - y / yMax) + 0.1)}"/>`;
  }
  s.add(g + "</g>");
}

function rain(s: Scene, count: number, color: string, opacity: number, slant = 0.18, len = 40): void {
  let d = "";
  for (let i = 0; i < count; i++) {
    const x = s.r(-100, s.W + 50);
    const y = s.r(-50, s.H);
    const l = len * s.r(0.6, 1.4);
    d += `M${P(x, y)}l${f(l * slant)},${f(l)}`;
  }
  s.add(`<path d="${d}" stroke="${color}" stroke-width="1.3" opacity="${opacity}" fill="none" stroke-linecap="round"/>`);
}

/** Vignette drawn last (before grain). */
function vignette(s: Scene, strength = 0.32, color = "#0b0d12"): void {
  const cx = s.W / 2;
  const cy = s.H * 0.48;
  const r = Math.hypot(s.W, s.H) * 0.62;
  s.add(
    `<rect x="0" y="0" width="${s.W}" height="${s.H}" fill="${s.rad(
      [
        [0, color, 0],
        [0.55, color, 0],
        [1, color, strength],
      ],
      cx,
      cy,
      r,
    )}"/>`,
  );
}

/** Water surface with horizontal glints. */
function water(
  s: Scene,
  y: number,
  top: string,
  bottom: string,
  o: { glints?: number; glint?: string; glintOp?: number; x0?: number; x1?: number; y1?: number } = {},
): void {
  const x0 = o.x0 ?? 0;
  const x1 = o.x1 ?? s.W;
  const y1 = o.y1 ?? s.H;
  s.add(`<rect x="${f(x0)}" y="${f(y)}" width="${f(x1 - x0)}" height="${f(y1 - y)}" fill="${s.linU([[0, top], [1, bottom]], 0, y, 0, y1)}"/>`);
  const n = o.glints ?? 120;
  let d = "";
  for (let i = 0; i < n; i++) {
    const t = Math.pow(s.rng(), 1.8);
    const yy = lerp(y + 2, y1, t);
    const len = lerp(14, 160, t) * s.r(0.4, 1.3);
    const xx = s.r(x0, x1);
    d += `M${P(xx, yy)}h${f(len)}`;
  }
  s.add(
    `<path d="${d}" stroke="${o.glint ?? "#ffffff"}" stroke-width="1.6" opacity="${o.glintOp ?? 0.18}" fill="none" stroke-linecap="round"/>`,
  );
}

/** Mirror a fragment of SVG below a water line, faded. */
function reflect(s: Scene, content: string, waterY: number, opacity: number, clipTo?: string): string {
  const b = s.blur(1.6);
  const clip = clipTo ?? s.clip(`M-10,${f(waterY)}H${s.W + 10}V${s.H + 10}H-10Z`);
  return `<g clip-path="${clip}"><g opacity="${opacity}" filter="${b}" transform="translate(0 ${f(2 * waterY)}) scale(1 -1)">${content}</g></g>`;
}

/* ------------------------------------------------------------------------------------------ */
/* Small figures: people, animals, trees                                                       */
/* ------------------------------------------------------------------------------------------ */

/** Person silhouettes in a 100-unit-tall box, feet at y=0, centred on x=0 (head drawn separately). */
const PERSON = {
  stand:
    "M-3.5,-87C-4,-83 -7,-82 -11,-81C-16,-80 -18,-77 -18,-71L-19.5,-48C-19.5,-45 -16.5,-44 -15.5,-47L-14,-45L-12.5,-2C-12.5,0 -11,0 -10,0L-4,0C-3,0 -2.5,-1 -2.5,-2L-0.5,-40H0.5L2.5,-2C2.5,-1 3,0 4,0L10,0C11,0 12.5,0 12.5,-2L14,-45L15.5,-47C16.5,-44 19.5,-45 19.5,-48L18,-71C18,-77 16,-80 11,-81C7,-82 4,-83 3.5,-87Z",
  walk: "M-3.5,-87C-4,-83 -7,-82 -11,-81C-16,-80 -18,-77 -18,-71L-18.5,-50C-18.5,-46 -15.5,-46 -14.5,-49L-13,-44L-17,-2C-17.5,0 -16,0.5 -15,0.5L-9,0.5C-8,0.5 -7.5,-0.5 -7,-2L0,-34L6,-2C6.5,-0.5 7,0.5 8,0.5L14,0.5C15,0.5 16,0 15.5,-2L13,-44L14.5,-49C15.5,-46 18.5,-46 18.5,-50L18,-71C18,-77 16,-80 11,-81C7,-82 4,-83 3.5,-87Z",
  coat: "M-3.5,-87C-4,-83 -7,-82 -11,-81C-16,-80 -18,-77 -18,-71L-19.5,-46C-19.5,-43 -16.5,-42 -15.5,-45L-15,-42L-17.5,-19H-11L-11,-2C-11,0 -10,0 -9,0H-4C-3,0 -2.5,-1 -2.5,-2L-1.5,-19H1.5L2.5,-2C2.5,-1 3,0 4,0H9C10,0 11,0 11,-2L11,-19H17.5L15,-42L15.5,-45C16.5,-42 19.5,-43 19.5,-46L18,-71C18,-77 16,-80 11,-81C7,-82 4,-83 3.5,-87Z",
};
const HEAD = (): string => `<ellipse cx="0" cy="-92.5" rx="6.8" ry="8"/>`;
/** A worker's helmet or a flat cap, to go in person() extras. */
const HELMET = `<path d="M-8.5,-92C-8.5,-102 8.5,-102 8.5,-92H10.5V-90.5H-10.5V-92Z"/>`;
const CAP = `<path d="M-7.5,-95C-7,-102 7,-102 7.5,-95L11,-94.5V-93H-7.5Z"/>`;

function person(
  x: number,
  y: number,
  h: number,
  color: string,
  kind: keyof typeof PERSON = "stand",
  extra = "",
  flip = false,
  rotate = 0,
): string {
  const k = h / 100;
  const rot = rotate ? ` rotate(${f(rotate)})` : "";
  return `<g transform="translate(${f(x)} ${f(y)})${rot} scale(${flip ? -k.toFixed(4) : k.toFixed(4)} ${k.toFixed(4)})" fill="${color}" color="${color}"><path d="${PERSON[kind]}"/>${HEAD()}${extra}</g>`;
}

/** Extras for person(): an umbrella, a shepherd's staff, a backpack, a raised flag. */
const UMBRELLA = (c: string): string =>
  `<path d="M12,-56L4,-118" stroke="${c}" stroke-width="2.5"/><path d="M-34,-110Q2,-150 40,-114Q30,-116 22,-112Q12,-118 3,-112Q-6,-116 -15,-110Q-25,-113 -34,-110Z" fill="${c}"/>`;
const STAFF = `<path d="M22,2L16,-108" stroke="currentColor" stroke-width="3.4" stroke-linecap="round" fill="none"/><path d="M16,-108q-2,-10 6,-11q7,0 5,8" stroke="currentColor" stroke-width="3.4" fill="none"/>`;
const BACKPACK = `<rect x="-22" y="-78" width="12" height="32" rx="4"/>`;
const FLAG = (c: string): string =>
  `<path d="M14,-74L24,-150" stroke="currentColor" stroke-width="2.4"/><path d="M24,-150q14,-6 30,0q-2,10 1,20q-16,-5 -31,0Z" fill="${c}"/>`;

interface SheepOpts {
  flip?: boolean;
  pose?: "stand" | "graze" | "lie";
  /** Back-light: a thin light outline around the fleece. */
  rim?: string;
}

const FLEECE =
  "M-44,-38C-50,-50 -42,-64 -30,-64C-26,-74 -10,-76 -4,-70C4,-78 20,-76 24,-68C36,-70 46,-60 42,-48C48,-38 40,-24 30,-24C24,-18 10,-18 4,-22C-4,-16 -20,-17 -24,-22C-36,-18 -48,-26 -44,-38Z";

/** Sheep in a 100-unit-long box facing right, feet at y=0. */
function sheep(x: number, y: number, len: number, wool: string, face: string, o: SheepOpts = {}): string {
  const k = len / 100;
  const pose = o.pose ?? "stand";
  const sx = o.flip ? -k : k;
  let head: string;
  if (pose === "graze") {
    head = `<ellipse cx="48" cy="-20" rx="9" ry="13" transform="rotate(-25 48 -20)" fill="${face}"/><ellipse cx="40" cy="-34" rx="7" ry="3" fill="${face}" transform="rotate(30 40 -34)"/>`;
  } else if (pose === "lie") {
    head = `<ellipse cx="48" cy="-34" rx="13" ry="8.5" transform="rotate(18 48 -34)" fill="${face}"/><ellipse cx="38" cy="-40" rx="7" ry="3" fill="${face}" transform="rotate(-25 38 -40)"/>`;
  } else {
    head = `<ellipse cx="52" cy="-58" rx="14" ry="9" transform="rotate(28 52 -58)" fill="${face}"/><ellipse cx="41" cy="-64" rx="8" ry="3.2" fill="${face}" transform="rotate(-25 41 -64)"/>`;
  }
  const legs = pose === "lie" ? "" : `<path d="M-30,-25V0M-20,-25V0M24,-25V0M32,-25V0" stroke="${face}" stroke-width="6" stroke-linecap="round"/>`;
  const body = pose === "lie" ? `<g transform="translate(0 20)">` : "<g>";
  const rim = o.rim ? ` stroke="${o.rim}" stroke-width="${f(Math.min(6, 2.2 / k))}"` : "";
  return (
    `<g transform="translate(${f(x)} ${f(y)}) scale(${sx.toFixed(4)} ${k.toFixed(4)})">` +
    legs +
    head +
    `${body}<path d="${FLEECE}" fill="${wool}"${rim}/></g>` +
    `</g>`
  );
}

/** Seated figure in profile facing right, in the 100-unit person box, seat at y=0. */
const SEATED =
  "M-5,-57C-12,-52 -15,-38 -15,-20L-17,0H25L23,-4L19,-22C17,-27 11,-28 5,-27L3,-33C8,-36 12,-39 16,-30L20,-28C16,-42 10,-46 4,-48L2,-52C2,-55 0,-57 -5,-57Z";
function seated(x: number, y: number, h: number, color: string, flip = false): string {
  const k = h / 100;
  return `<g transform="translate(${f(x)} ${f(y)}) scale(${f(flip ? -k : k)} ${f(k)})" fill="${color}"><path d="${SEATED}"/><ellipse cx="-1" cy="-65" rx="6.8" ry="8"/></g>`;
}

function dog(x: number, y: number, len: number, color: string, flip = false): string {
  const k = len / 100;
  return (
    `<g transform="translate(${f(x)} ${f(y)}) scale(${flip ? -k.toFixed(4) : k.toFixed(4)} ${k.toFixed(4)})" fill="${color}">` +
    `<path d="M-40,-48C-30,-56 20,-56 30,-52L44,-74L52,-76L60,-70L64,-62L50,-58L44,-46L40,0H33L30,-30C10,-26 -10,-26 -26,-30L-30,0H-37L-40,-34C-46,-40 -52,-52 -62,-56C-52,-58 -46,-52 -40,-48Z"/>` +
    `<path d="M44,-74L46,-86L52,-76Z"/></g>`
  );
}

function conifer(x: number, y: number, h: number, color: string): string {
  const w = h * 0.34;
  const tiers = 4;
  let d = `M${P(x - h * 0.02, y)}h${f(h * 0.04)}v${f(-h * 0.12)}h${f(-h * 0.04)}Z`;
  for (let i = 0; i < tiers; i++) {
    const top = y - h + (i * h) / (tiers + 0.6);
    const bot = y - h * 0.1 - ((tiers - 1 - i) * h * 0.14);
    const ww = w * (0.45 + (0.55 * (i + 1)) / tiers);
    d += `M${P(x, top)}L${P(x + ww / 2, bot)}Q${P(x, bot - h * 0.04)} ${P(x - ww / 2, bot)}Z`;
  }
  return `<path d="${d}" fill="${color}"/>`;
}

function poplar(x: number, y: number, h: number, color: string): string {
  const w = h * 0.16;
  return `<path d="M${P(x, y - h)}C${P(x + w * 0.9, y - h * 0.75)} ${P(x + w * 0.7, y - h * 0.2)} ${P(x + w * 0.1, y - h * 0.06)}V${f(y)}H${f(x - w * 0.1)}V${f(y - h * 0.06)}C${P(x - w * 0.7, y - h * 0.2)} ${P(x - w * 0.9, y - h * 0.75)} ${P(x, y - h)}Z" fill="${color}"/>`;
}

function roundTree(s: Scene, x: number, y: number, h: number, color: string): string {
  const r = h * 0.36;
  let g = `<g fill="${color}"><rect x="${f(x - h * 0.03)}" y="${f(y - h * 0.4)}" width="${f(h * 0.06)}" height="${f(h * 0.4)}"/>`;
  for (let i = 0; i < 5; i++) {
    g += `<circle cx="${f(x + s.n(r * 0.35))}" cy="${f(y - h + r + s.r(0, r * 0.6))}" r="${f(r * s.r(0.6, 0.85))}"/>`;
  }
  return g + "</g>";
}

function bird(x: number, y: number, w: number, color: string): string {
  return `<path d="M${P(x - w, y)}q${f(w * 0.5)},${f(-w * 0.45)} ${f(w)},0q${f(w * 0.5)},${f(-w * 0.45)} ${f(w)},0" stroke="${color}" stroke-width="${f(Math.max(1.2, w * 0.14))}" fill="none" stroke-linecap="round"/>`;
}

/** Ground texture: short horizontal strokes (grass, furrows, pebbles). */
function strokes(s: Scene, n: number, x0: number, x1: number, y0: number, y1: number, color: string, opacity: number, lenMin = 6, lenMax = 30): string {
  let d = "";
  for (let i = 0; i < n; i++) {
    const t = Math.pow(s.rng(), 1.3);
    const y = lerp(y0, y1, t);
    const l = lerp(lenMin, lenMax, t) * s.r(0.5, 1.2);
    d += `M${P(s.r(x0, x1), y)}h${f(l)}`;
  }
  return `<path d="${d}" stroke="${color}" stroke-width="1.5" opacity="${opacity}" fill="none" stroke-linecap="round"/>`;
}

/** Grass tufts: small fans of strokes. */
function tufts(s: Scene, n: number, x0: number, x1: number, y0: number, y1: number, color: string, opacity: number, size = 14): string {
  let d = "";
  for (let i = 0; i < n; i++) {
    const t = Math.pow(s.rng(), 1.2);
    const y = lerp(y0, y1, t);
    const h = size * lerp(0.3, 1.4, t) * s.r(0.6, 1.2);
    const x = s.r(x0, x1);
    d += `M${P(x, y)}l${f(-h * 0.35)},${f(-h)}M${P(x, y)}l${f(h * 0.05)},${f(-h * 1.15)}M${P(x, y)}l${f(h * 0.4)},${f(-h * 0.9)}`;
  }
  return `<path d="${d}" stroke="${color}" stroke-width="1.4" opacity="${opacity}" fill="none" stroke-linecap="round"/>`;
}

/* ------------------------------------------------------------------------------------------ */
/* Structures                                                                                  */
/* ------------------------------------------------------------------------------------------ */

/** Truss between two points: two rails `w` apart and zigzag bracing. Returns a path `d`. */
function truss(a: Pt, b: Pt, w: number, n: number): string {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy) || 1;
  const nx = (-dy / len) * (w / 2);
  const ny = (dx / len) * (w / 2);
  let d = `M${P(a[0] + nx, a[1] + ny)}L${P(b[0] + nx, b[1] + ny)}M${P(a[0] - nx, a[1] - ny)}L${P(b[0] - nx, b[1] - ny)}`;
  for (let i = 0; i < n; i++) {
    const t0 = i / n;
    const t1 = (i + 1) / n;
    const s0 = i % 2 === 0 ? 1 : -1;
    d += `M${P(a[0] + dx * t0 + nx * s0, a[1] + dy * t0 + ny * s0)}L${P(a[0] + dx * t1 - nx * s0, a[1] + dy * t1 - ny * s0)}`;
  }
  return d;
}

/** Tapering lattice tower (derricks, pylons). Returns a path `d` for stroking. */
function latticeTower(x: number, y: number, h: number, base: number, top: number, n: number): string {
  let d = `M${P(x - base / 2, y)}L${P(x - top / 2, y - h)}M${P(x + base / 2, y)}L${P(x + top / 2, y - h)}`;
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const t2 = Math.min(1, (i + 1) / n);
    const yy = y - h * t;
    const hw = lerp(base, top, t) / 2;
    d += `M${P(x - hw, yy)}H${f(x + hw)}`;
    if (i < n) {
      const hw2 = lerp(base, top, t2) / 2;
      const yy2 = y - h * t2;
      d += `M${P(x - hw, yy)}L${P(x + hw2, yy2)}M${P(x + hw, yy)}L${P(x - hw2, yy2)}`;
    }
  }
  return d;
}

interface Tones {
  lit: string;
  shade: string;
  roof: string;
  roofShade?: string;
  win: string;
}

/** A gabled house in three-quarter view: gable end facing us, side wall receding to the right. */
function house(
  s: Scene,
  x: number,
  y: number,
  w: number,
  h: number,
  depth: number,
  roofH: number,
  t: Tones,
  o: { windows?: number; lit?: number; litColor?: string; arched?: boolean; flat?: boolean } = {},
): string {
  const dx = depth;
  const dy = depth * 0.28;
  let g = "";
  // Side wall.
  g += `<path d="M${P(x + w, y)}L${P(x + w + dx, y - dy)}V${f(y - dy - h)}L${P(x + w, y - h)}Z" fill="${t.shade}"/>`;
  // Front wall.
  g += `<rect x="${f(x)}" y="${f(y - h)}" width="${f(w)}" height="${f(h)}" fill="${t.lit}"/>`;
  if (o.flat) {
    g += `<path d="M${P(x - 2, y - h)}H${f(x + w + 2)}L${P(x + w + dx + 2, y - h - dy)}H${f(x + dx)}Z" fill="${t.roof}"/>`;
    g += `<rect x="${f(x - 2)}" y="${f(y - h - 3)}" width="${f(w + 4)}" height="4" fill="${t.roofShade ?? darken(t.roof, 0.2)}"/>`;
  } else {
    g += `<path d="M${P(x - w * 0.04, y - h)}L${P(x + w / 2, y - h - roofH)}L${P(x + w * 1.04, y - h)}Z" fill="${t.lit}"/>`;
    g += `<path d="M${P(x + w / 2, y - h - roofH)}L${P(x + w / 2 + dx, y - h - roofH - dy)}L${P(x + w * 1.06 + dx, y - h - dy + 2)}L${P(x + w * 1.06, y - h + 2)}Z" fill="${t.roof}"/>`;
    g += `<path d="M${P(x - w * 0.06, y - h + 2)}L${P(x + w / 2, y - h - roofH - 1)}L${P(x + w / 2 + 3, y - h - roofH + 3)}L${P(x - w * 0.02, y - h + 4)}Z" fill="${t.roofShade ?? darken(t.roof, 0.25)}"/>`;
  }
  const nw = o.windows ?? 0;
  for (let i = 0; i < nw; i++) {
    const ww = Math.max(2, w * 0.14);
    const wx = x + (w * (i + 1)) / (nw + 1) - ww / 2;
    const wy = y - h * 0.72;
    const wh = h * 0.36;
    const lit = s.chance(o.lit ?? 0);
    const c = lit ? (o.litColor ?? "#f0c77e") : t.win;
    g += o.arched
      ? `<path d="M${P(wx, wy + wh)}V${f(wy + ww / 2)}A${f(ww / 2)} ${f(ww / 2)} 0 0 1 ${P(wx + ww, wy + ww / 2)}V${f(wy + wh)}Z" fill="${c}"/>`
      : `<rect x="${f(wx)}" y="${f(wy)}" width="${f(ww)}" height="${f(wh)}" fill="${c}"/>`;
  }
  // A side window or two.
  if (nw > 0 && dx > w * 0.5) {
    const k = Math.max(1, Math.round(dx / (w * 0.6)));
    for (let i = 0; i < k; i++) {
      const sx = x + w + (dx * (i + 0.5)) / k - w * 0.06;
      const sy = y - h * 0.7 - (dy * (i + 0.5)) / k;
      const lit = s.chance(o.lit ?? 0);
      g += `<path d="M${P(sx, sy)}l${f(w * 0.12)},${f(-w * 0.035)}v${f(h * 0.34)}l${f(-w * 0.12)},${f(w * 0.035)}Z" fill="${lit ? (o.litColor ?? "#f0c77e") : darken(t.win, 0.1)}"/>`;
    }
  }
  return g;
}

/** A Svan defensive tower: tall, slightly tapering, with a lighter crown and a pitched roof. */
function svanTower(x: number, y: number, h: number, w: number, t: Tones): string {
  const fw = w * 0.64;
  const sw = w * 0.36;
  const dy = sw * 0.22;
  const tp = 0.88;
  const xl = x - w / 2;
  const top = y - h;
  const fl = (k: number): number => x - (w / 2) * lerp(1, tp, k);
  const xlTop = fl(1);
  const fwTop = fw * tp;
  const swTop = sw * tp;
  let g = "";
  // Faces.
  g += `<path d="M${P(xl, y)}H${f(xl + fw)}L${P(xlTop + fwTop, top)}H${f(xlTop)}Z" fill="${t.lit}"/>`;
  g += `<path d="M${P(xl + fw, y)}L${P(xl + fw + sw, y - dy)}L${P(xlTop + fwTop + swTop, top - dy)}L${P(xlTop + fwTop, top)}Z" fill="${t.shade}"/>`;
  // Crown: a slightly wider band under the roof.
  const ch = h * 0.09;
  g += `<path d="M${P(xlTop - 2, top + ch)}H${f(xlTop + fwTop + 2)}V${f(top)}H${f(xlTop - 2)}Z" fill="${lighten(t.lit, 0.08)}"/>`;
  g += `<path d="M${P(xlTop + fwTop + 2, top + ch)}l${f(swTop)},${f(-dy)}v${f(-ch)}l${f(-swTop)},${f(dy)}Z" fill="${lighten(t.shade, 0.04)}"/>`;
  // Roof: front gable and the long slope behind it.
  const rh = w * 0.42;
  const ax = xlTop + fwTop / 2;
  g += `<path d="M${P(xlTop - 4, top)}L${P(ax, top - rh)}L${P(xlTop + fwTop + 4, top)}Z" fill="${t.roof}"/>`;
  g += `<path d="M${P(ax, top - rh)}L${P(ax + swTop, top - rh - dy)}L${P(xlTop + fwTop + swTop + 5, top - dy + 1)}L${P(xlTop + fwTop + 4, top)}Z" fill="${t.roofShade ?? darken(t.roof, 0.25)}"/>`;
  // Windows: small dark openings near the top, one lower loophole.
  const ww = fwTop * 0.16;
  g += `<rect x="${f(ax - ww / 2)}" y="${f(top + ch + h * 0.03)}" width="${f(ww)}" height="${f(ww * 1.5)}" fill="${t.win}"/>`;
  g += `<rect x="${f(ax - ww * 1.6)}" y="${f(top + ch * 0.35)}" width="${f(ww * 0.6)}" height="${f(ch * 0.45)}" fill="${t.win}"/>`;
  g += `<rect x="${f(ax + ww)}" y="${f(top + ch * 0.35)}" width="${f(ww * 0.6)}" height="${f(ch * 0.45)}" fill="${t.win}"/>`;
  g += `<rect x="${f(ax - ww * 0.3)}" y="${f(top + h * 0.45)}" width="${f(ww * 0.6)}" height="${f(ww * 1.1)}" fill="${t.win}"/>`;
  return g;
}

/** An Armenian church: cruciform body in three-quarter view, a drum and a conical dome. */
function church(x: number, y: number, w: number, t: Tones, o: { cross?: boolean; drumWin?: string } = {}): string {
  const h = w * 0.62;
  const depth = w * 0.9;
  const dx = depth * 0.6;
  const dy = depth * 0.16;
  let g = "";
  // Side wall.
  g += `<path d="M${P(x + w, y)}L${P(x + w + dx, y - dy)}V${f(y - dy - h)}L${P(x + w, y - h)}Z" fill="${t.shade}"/>`;
  // Side windows.
  const sww = dx * 0.05;
  for (const k of [0.3, 0.7]) {
    const wx = x + w + dx * k;
    const wy = y - dy * k - h * 0.42;
    g += `<path d="M${P(wx, wy)}v${f(-h * 0.3)}l${f(sww)},${f(-sww * 0.25)}v${f(h * 0.3)}Z" fill="${t.win}"/>`;
  }
  // Front wall and gable.
  const gh = w * 0.34;
  g += `<path d="M${P(x, y)}H${f(x + w)}V${f(y - h)}L${P(x + w / 2, y - h - gh)}L${P(x, y - h)}Z" fill="${t.lit}"/>`;
  // Roof slope along the nave.
  g += `<path d="M${P(x + w / 2, y - h - gh)}L${P(x + w / 2 + dx, y - h - gh - dy)}L${P(x + w + dx + 3, y - h - dy + 2)}L${P(x + w + 3, y - h + 2)}Z" fill="${t.roofShade ?? darken(t.roof, 0.2)}"/>`;
  g += `<path d="M${P(x - 3, y - h + 2)}L${P(x + w / 2, y - h - gh - 2)}L${P(x + w + 3, y - h + 2)}" stroke="${t.roof}" stroke-width="${f(Math.max(1.5, w * 0.03))}" fill="none"/>`;
  // Drum and cone.
  const cx = x + w / 2 + dx * 0.5;
  const cyBase = y - h - gh - dy * 0.5 + gh * 0.35;
  const dr = w * 0.19;
  const dh = w * 0.3;
  g += `<rect x="${f(cx - dr)}" y="${f(cyBase - dh)}" width="${f(dr * 1.1)}" height="${f(dh)}" fill="${t.lit}"/>`;
  g += `<rect x="${f(cx + dr * 0.1)}" y="${f(cyBase - dh)}" width="${f(dr * 0.9)}" height="${f(dh)}" fill="${t.shade}"/>`;
  const coneH = w * 0.3;
  g += `<path d="M${P(cx - dr * 1.12, cyBase - dh)}L${P(cx, cyBase - dh - coneH)}L${P(cx + dr * 1.12, cyBase - dh)}Z" fill="${t.roof}"/>`;
  g += `<path d="M${P(cx, cyBase - dh - coneH)}L${P(cx + dr * 1.12, cyBase - dh)}H${f(cx + dr * 0.1)}Z" fill="${t.roofShade ?? darken(t.roof, 0.2)}"/>`;
  // Drum windows.
  const sw = dr * 0.16;
  for (const k of [-0.55, 0, 0.5]) {
    const wx = cx + k * dr - sw / 2;
    g += `<path d="M${P(wx, cyBase - dh * 0.25)}V${f(cyBase - dh * 0.7)}a${f(sw / 2)} ${f(sw / 2)} 0 0 1 ${f(sw)},0V${f(cyBase - dh * 0.25)}Z" fill="${o.drumWin ?? t.win}"/>`;
  }
  // Front: door and a tall window.
  const dw = w * 0.16;
  g += `<path d="M${P(x + w / 2 - dw / 2, y)}V${f(y - h * 0.42)}a${f(dw / 2)} ${f(dw / 2)} 0 0 1 ${f(dw)},0V${f(y)}Z" fill="${t.win}"/>`;
  const tw = w * 0.06;
  g += `<path d="M${P(x + w / 2 - tw / 2, y - h * 0.7)}V${f(y - h - gh * 0.2)}a${f(tw / 2)} ${f(tw / 2)} 0 0 1 ${f(tw)},0V${f(y - h * 0.7)}Z" fill="${t.win}"/>`;
  if (o.cross !== false) {
    const top = cyBase - dh - coneH;
    const cs = w * 0.07;
    g += `<path d="M${P(cx, top)}V${f(top - cs * 1.6)}M${P(cx - cs * 0.45, top - cs * 1.1)}H${f(cx + cs * 0.45)}" stroke="${t.roof}" stroke-width="${f(Math.max(1.2, w * 0.018))}"/>`;
  }
  return g;
}

/** A panel apartment block: long lit facade with a window grid, narrow shaded end wall. */
function apartmentBlock(
  s: Scene,
  x: number,
  y: number,
  w: number,
  floors: number,
  floorH: number,
  t: Tones,
  o: { depth?: number; lit?: number; balconies?: boolean; cols?: number } = {},
): string {
  const h = floors * floorH + floorH * 0.5;
  const depth = o.depth ?? w * 0.18;
  const dy = depth * 0.22;
  let g = `<path d="M${P(x + w, y)}L${P(x + w + depth, y - dy)}V${f(y - dy - h)}L${P(x + w, y - h)}Z" fill="${t.shade}"/>`;
  g += `<rect x="${f(x)}" y="${f(y - h)}" width="${f(w)}" height="${f(h)}" fill="${t.lit}"/>`;
  g += `<path d="M${P(x - 1, y - h)}H${f(x + w + 1)}L${P(x + w + depth + 1, y - h - dy)}" stroke="${t.roof}" stroke-width="3" fill="none"/>`;
  const cols = o.cols ?? Math.max(3, Math.round(w / (floorH * 1.1)));
  const cw = w / cols;
  let wins = "";
  let lit = "";
  let balc = "";
  for (let fl = 0; fl < floors; fl++) {
    const wy = y - floorH * (fl + 1) + floorH * 0.22;
    for (let c = 0; c < cols; c++) {
      const wx = x + c * cw + cw * 0.28;
      const r = `<rect x="${f(wx)}" y="${f(wy)}" width="${f(cw * 0.44)}" height="${f(floorH * 0.5)}"/>`;
      if (s.chance(o.lit ?? 0)) lit += r;
      else wins += r;
      if (o.balconies && c % 3 === 1 && fl > 0) {
        balc += `<rect x="${f(x + c * cw + cw * 0.1)}" y="${f(wy + floorH * 0.42)}" width="${f(cw * 0.8)}" height="${f(floorH * 0.32)}"/>`;
      }
    }
  }
  g += `<g fill="${t.win}">${wins}</g><g fill="#f0c77e">${lit}</g>`;
  if (balc) g += `<g fill="${mix(t.lit, t.shade, 0.45)}">${balc}</g>`;
  // End-wall windows: a single column.
  let ew = "";
  for (let fl = 0; fl < floors; fl++) {
    const wy = y - floorH * (fl + 1) + floorH * 0.22 - dy * 0.5;
    ew += `<path d="M${P(x + w + depth * 0.4, wy)}l${f(depth * 0.2)},${f(-depth * 0.044)}v${f(floorH * 0.5)}l${f(-depth * 0.2)},${f(depth * 0.044)}Z"/>`;
  }
  g += `<g fill="${darken(t.win, 0.15)}">${ew}</g>`;
  return g;
}

/** Ship-to-shore container crane in side view. `h` is the apex height; dir -1 puts the boom over the left. */
function stsCrane(x: number, y: number, h: number, color: string, dir: 1 | -1 = -1, boomUp = false): string {
  const k = h / 100;
  const sw = 2.4;
  const boom = boomUp
    ? `<path d="${truss([-2, -64], [-40, -118], 5, 10)}"/><path d="M-2,-64L-40,-118"/>`
    : `<path d="${truss([-75, -64], [62, -64], 5, 26)}"/>`;
  const ties = boomUp
    ? `M6,-104L-40,-118`
    : `M6,-104L-75,-64M6,-104L-40,-64M6,-104L62,-64M6,-104L30,-64`;
  return (
    `<g transform="translate(${f(x)} ${f(y)}) scale(${f(k * dir)} ${f(k)})" stroke="${color}" stroke-width="${sw}" fill="none" stroke-linejoin="round">` +
    `<path d="M0,0V-64M34,0V-64M0,-52H34M0,-30L34,-52M34,-30L0,-52" stroke-width="3.4"/>` +
    `<path d="M0,-64L6,-104L34,-64M6,-104L12,-64" stroke-width="3"/>` +
    boom +
    `<path d="${ties}" stroke-width="1.1"/>` +
    `<g fill="${color}" stroke="none"><rect x="38" y="-74" width="20" height="9"/>${boomUp ? "" : `<rect x="-40" y="-62" width="8" height="6"/>`}<rect x="-3" y="-3" width="9" height="3"/><rect x="31" y="-3" width="9" height="3"/></g>` +
    (boomUp ? "" : `<path d="M-37,-56V-40M-34,-56V-40" stroke-width="0.7"/><rect x="-42" y="-40" width="14" height="2.5" fill="${color}" stroke="none"/>`) +
    `</g>`
  );
}

/** Tower crane on a construction site. */
function towerCrane(x: number, y: number, h: number, color: string, dir: 1 | -1 = 1): string {
  const k = h / 100;
  return (
    `<g transform="translate(${f(x)} ${f(y)}) scale(${f(k * dir)} ${f(k)})" stroke="${color}" fill="none" stroke-width="1.1">` +
    `<path d="${truss([0, 0], [0, -100], 5, 26)}"/>` +
    `<path d="${truss([-22, -100], [72, -100], 4, 30)}"/>` +
    `<path d="M0,-100L0,-114L72,-101M0,-114L-22,-101"/>` +
    `<path d="M52,-98V-70" stroke-width="0.6"/>` +
    `<g fill="${color}" stroke="none"><rect x="-22" y="-104" width="8" height="9"/><rect x="2" y="-100" width="6" height="5"/><rect x="50" y="-71" width="4" height="3"/></g>` +
    `</g>`
  );
}

/** A container ship in side view, bow to the right. */
function containerShip(s: Scene, x: number, y: number, len: number, hull: string, colors: string[], super_: string): string {
  const k = len / 100;
  let g = `<g transform="translate(${f(x)} ${f(y)}) scale(${f(k)})">`;
  g += `<path d="M0,-9H100L94,2H5Z" fill="${hull}"/>`;
  g += `<path d="M0,-9H100L99.3,-7.6H0.3Z" fill="${lighten(hull, 0.25)}"/>`;
  // Containers in bays.
  for (let bay = 0; bay < 11; bay++) {
    const bx = 14 + bay * 6.8;
    const tiers = s.ri(1, 3);
    for (let t = 0; t < tiers; t++) {
      g += `<rect x="${f(bx)}" y="${f(-9 - (t + 1) * 2.9)}" width="6.3" height="2.7" fill="${s.pick(colors)}"/>`;
    }
  }
  // Bridge at the stern.
  g += `<rect x="3" y="-21" width="8" height="12" fill="${super_}"/><rect x="2" y="-23" width="10" height="2" fill="${darken(super_, 0.2)}"/>`;
  g += `<rect x="4" y="-20" width="6" height="1.2" fill="${darken(super_, 0.45)}"/>`;
  g += `<rect x="6" y="-27" width="2" height="4" fill="${darken(super_, 0.3)}"/>`;
  return g + "</g>";
}

/** A small fishing boat, bow right. */
function boat(x: number, y: number, len: number, hull: string, cabin: string, mast = true): string {
  const k = len / 100;
  return (
    `<g transform="translate(${f(x)} ${f(y)}) scale(${f(k)})">` +
    `<path d="M-50,-12H52Q46,0 36,4H-42Q-48,-2 -50,-12Z" fill="${hull}"/>` +
    `<rect x="-30" y="-30" width="22" height="18" fill="${cabin}"/><rect x="-26" y="-26" width="7" height="6" fill="${darken(cabin, 0.35)}"/>` +
    (mast ? `<path d="M8,-12V-62M8,-60L40,-14" stroke="${hull}" stroke-width="2" fill="none"/>` : "") +
    `</g>`
  );
}

/** A band along a centre line whose width varies with position (roads, rivers, pipelines). */
function ribbon(pts: Pt[], width: (t: number) => number): string {
  const left: Pt[] = [];
  const right: Pt[] = [];
  const n = pts.length;
  for (let i = 0; i < n; i++) {
    const a = pts[Math.max(0, i - 1)] as Pt;
    const b = pts[Math.min(n - 1, i + 1)] as Pt;
    const p = pts[i] as Pt;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy) || 1;
    const w = width(i / (n - 1)) / 2;
    left.push([p[0] - (dy / len) * w, p[1] + (dx / len) * w]);
    right.push([p[0] + (dy / len) * w, p[1] - (dx / len) * w]);
  }
  return smoothD(left) + smoothD(right.reverse()).replace(/^M/, "L") + "Z";
}

/** Sample a polyline at parameter t in [0, 1] (by index, not by length). */
function along(pts: Pt[], t: number): Pt {
  const x = clamp(t, 0, 1) * (pts.length - 1);
  const i = Math.min(pts.length - 2, Math.floor(x));
  const a = pts[i] as Pt;
  const b = pts[i + 1] as Pt;
  const k = x - i;
  return [lerp(a[0], b[0], k), lerp(a[1], b[1], k)];
}

/** Cubic Bezier sampled into points. */
function bezierPts(p0: Pt, p1: Pt, p2: Pt, p3: Pt, n = 40): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const u = 1 - t;
    out.push([
      u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
      u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
    ]);
  }
  return out;
}

/** A khachkar: a carved cross-stone slab with a flared cross over a rosette. */
function khachkar(x: number, y: number, w: number, h: number, stone: string, carve: string, tilt = 0): string {
  const k = w / 100;
  const sy = h / k;
  const panel = mix(stone, carve, 0.55);
  let g = `<g transform="translate(${f(x)} ${f(y)}) rotate(${f(tilt)}) scale(${f(k)})">`;
  // Slab, cornice and shaded edge.
  g += `<path d="M-50,0V${f(-sy + 10)}H50V0Z" fill="${stone}"/>`;
  g += `<path d="M-54,${f(-sy + 12)}V${f(-sy)}H54V${f(-sy + 12)}Z" fill="${lighten(stone, 0.08)}"/>`;
  g += `<path d="M50,0V${f(-sy + 12)}H54V${f(-sy + 14)}L54,0Z" fill="${darken(stone, 0.25)}"/>`;
  // Recessed panel.
  const top = -sy + 20;
  g += `<rect x="-40" y="${f(top)}" width="80" height="${f(sy - 30)}" fill="${panel}"/>`;
  g += `<rect x="-44" y="${f(top - 4)}" width="88" height="${f(sy - 22)}" fill="none" stroke="${mix(stone, carve, 0.3)}" stroke-width="3" stroke-dasharray="5 3"/>`;
  // Flared cross: four split-ended arms, the lower one longer.
  const cy = top + (sy - 30) * 0.38;
  const arm = (len: number): string =>
    `M-4.5,0L-4.5,${f(-len + 9)}L-13,${f(-len)}L-7,${f(-len - 4)}L0,${f(-len + 3)}L7,${f(-len - 4)}L13,${f(-len)}L4.5,${f(-len + 9)}L4.5,0Z`;
  g += `<g transform="translate(0 ${f(cy)})" fill="${stone}">`;
  g += `<path d="${arm(26)}"/><path d="${arm(24)}" transform="rotate(90)"/><path d="${arm(24)}" transform="rotate(-90)"/><path d="${arm(36)}" transform="rotate(180)"/>`;
  g += `<circle r="8"/></g>`;
  // Rosette under the cross.
  const ry = cy + 52;
  g += `<circle cx="0" cy="${f(ry)}" r="15" fill="none" stroke="${stone}" stroke-width="3.5"/>`;
  let spokes = "";
  for (let i = 0; i < 8; i++) {
    const a2 = (i * Math.PI) / 4;
    spokes += `M0,${f(ry)}l${f(Math.cos(a2) * 12)},${f(Math.sin(a2) * 12)}`;
  }
  g += `<path d="${spokes}" stroke="${stone}" stroke-width="2.5"/>`;
  // Small leaves flanking the cross foot.
  g += `<path d="M-6,${f(cy + 34)}q-16,-2 -22,-16q14,0 22,12ZM6,${f(cy + 34)}q16,-2 22,-16q-14,0 -22,12Z" fill="${stone}"/>`;
  g += `</g>`;
  return g;
}

/** A wooden rowing boat, bow to the right, waterline at y. */
function rowboat(x: number, y: number, len: number, color: string, trim: string, oars = true): string {
  const k = len / 100;
  return (
    `<g transform="translate(${f(x)} ${f(y)}) scale(${f(k)})">` +
    (oars ? `<path d="M-8,-12L-36,6M10,-12L-14,7" stroke="${color}" stroke-width="1.6"/>` : "") +
    `<path d="M-50,-16Q-20,-8 0,-9Q28,-10 52,-21L45,-3Q20,2 0,2Q-24,2 -43,-1Z" fill="${color}"/>` +
    `<path d="M-50,-16Q-20,-8 0,-9Q28,-10 52,-21" stroke="${trim}" stroke-width="1.4" fill="none"/>` +
    `</g>`
  );
}

/** Reeds: tall thin curved strokes with a few seed heads. */
function reeds(s: Scene, x0: number, x1: number, y: number, h: number, color: string, n: number): string {
  let d = "";
  let heads = "";
  for (let i = 0; i < n; i++) {
    const x = s.r(x0, x1);
    const hh = h * s.r(0.5, 1.1);
    const bend = s.n(hh * 0.12);
    const yb = y + s.r(-4, 8);
    d += `M${P(x, yb)}Q${P(x + bend * 0.2, yb - hh * 0.6)} ${P(x + bend, yb - hh)}`;
    if (s.chance(0.25)) heads += `<ellipse cx="${f(x + bend * 0.95)}" cy="${f(yb - hh * 0.93)}" rx="${f(h * 0.018)}" ry="${f(h * 0.07)}" transform="rotate(${f(bend * 0.3)} ${f(x + bend)} ${f(yb - hh)})"/>`;
  }
  return `<path d="${d}" stroke="${color}" stroke-width="${f(Math.max(1.2, h * 0.012))}" fill="none" stroke-linecap="round"/><g fill="${color}">${heads}</g>`;
}

/* ------------------------------------------------------------------------------------------ */
/* Rendering                                                                                   */
/* ------------------------------------------------------------------------------------------ */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const MAX_BYTES = 160 * 1024;

/**
 * Render an SVG to a JPEG with a fine monochrome grain. If the file would be larger than the
 * budget, the grain is reduced first and then the quality, until it fits.
 */
async function renderJpeg(svg: string, W: number, H: number, seed: number, grain: number): Promise<Buffer> {
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  if (info.width !== W || info.height !== H || info.channels !== 3) {
    throw new Error(`unexpected render size ${info.width}x${info.height}x${info.channels}`);
  }
  const attempts: Array<[number, number]> = [
    [grain, 78],
    [grain * 0.75, 78],
    [grain * 0.55, 76],
    [grain * 0.4, 72],
    [grain * 0.25, 66],
    [0, 60],
  ];
  let last: Buffer | undefined;
  for (const [g, q] of attempts) {
    const px = Buffer.from(data);
    if (g > 0) {
      const rng = mulberry32(seed ^ 0x5bd1e995);
      for (let i = 0; i < px.length; i += 3) {
        const n = (rng() + rng() - 1) * g * 1.7;
        px[i] = clamp(Math.round((px[i] as number) + n), 0, 255);
        px[i + 1] = clamp(Math.round((px[i + 1] as number) + n), 0, 255);
        px[i + 2] = clamp(Math.round((px[i + 2] as number) + n), 0, 255);
      }
    }
    last = await sharp(px, { raw: { width: W, height: H, channels: 3 } })
      .jpeg({ quality: q, progressive: true, mozjpeg: true })
      .toBuffer();
    if (last.length <= MAX_BYTES) return last;
  }
  if (!last) throw new Error("no output");
  return last;
}

interface Job {
  file: string;
  W: number;
  H: number;
  draw: (s: Scene) => void;
  grain?: number;
  vignette?: number;
}

/* ------------------------------------------------------------------------------------------ */
/* Scenes: Lake Sevan                                                                          */
/* ------------------------------------------------------------------------------------------ */

const TUFF = { lit: "#5b4f4d", shade: "#3b3434", roof: "#4a4242", roofShade: "#2f2a2b", win: "#1e1a1b" };

/** The Sevan peninsula: a hill in the water with the two small churches of the monastery. */
function sevanPeninsula(s: Scene, x0: number, x1: number, base: number, hillH: number, land: string, landShade: string, tones: Tones, churchW: number): string {
  const w = x1 - x0;
  const pts: Pt[] = [];
  const nz = mpd(s.rng, 6, 0.5);
  for (let i = 0; i <= 64; i++) {
    const t = i / 64;
    const x = x0 + w * t;
    // A rounded hill, steeper on the water side, tailing off to the right.
    const hill = t < 0.42 ? Math.sin((t / 0.42) * (Math.PI / 2)) : 1 - 0.55 * smoothstep((t - 0.42) / 0.58);
    pts.push([x, base - hillH * Math.pow(Math.max(0, hill), 0.8) + (nz[i] as number) * hillH * 0.04 + (t < 0.03 ? hillH * 0.06 : 0)]);
  }
  const d = fillBelow(pts, base + 2, true);
  let g = `<path d="${d}" fill="${land}"/>`;
  g += `<path d="M${P(x0 + w * 0.3, base + 2)}Q${P(x0 + w * 0.5, base - hillH * 0.65)} ${P(x0 + w * 0.62, base - hillH * 0.9)}L${P(x1, base - hillH * 0.4)}V${f(base + 2)}Z" fill="${landShade}" opacity="0.55" clip-path="${s.clip(d)}"/>`;
  // Churches on the crown.
  const cx1 = x0 + w * 0.34;
  const cx2 = x0 + w * 0.52;
  g += church(cx2, yAt(pts, cx2 + churchW * 0.5) + churchW * 0.08, churchW * 0.85, tones);
  g += church(cx1, yAt(pts, cx1 + churchW * 0.5) + churchW * 0.1, churchW, tones);
  // A few dark trees on the slope.
  for (let i = 0; i < 9; i++) {
    const tx = x0 + w * s.r(0.6, 0.95);
    g += roundTree(s, tx, yAt(pts, tx) + 4, churchW * s.r(0.35, 0.55), darken(land, 0.3));
  }
  return g;
}

function sevanLead(s: Scene): void {
  const { W, H } = s;
  const hz = H * 0.5;
  sky(s, [[0, "#5f7f9a"], [0.55, "#a9bcc4"], [1, "#e7dfca"]], 0, hz);
  clouds(s, 7, H * 0.08, H * 0.3, "#f2ede2", 0.35);
  const far = ridge(s, { y: hz - 14, amp: 18, rough: 0.5, peaks: [{ x: W * 0.18, h: 70, w: 380, shape: "bell" }, { x: W * 0.46, h: 40, w: 300, shape: "bell" }, { x: W * 0.86, h: 55, w: 420, shape: "bell" }] });
  const farD = fillBelow(far, hz + 2);
  s.add(`<path d="${farD}" fill="${hazeFill(s, "#98a3b6", "#d5d7cf", 0.6)}"/>`);
  s.add(snowCap(s, farD, far, hz - 62, "#e4e6e6", 14));
  const mid = ridge(s, { y: hz - 4, amp: 10, rough: 0.55, peaks: [{ x: W * 0.05, h: 30, w: 260, shape: "bell" }, { x: W * 0.6, h: 22, w: 300, shape: "bell" }] });
  s.add(`<path d="${fillBelow(mid, hz + 2)}" fill="${hazeFill(s, "#7c8a92", "#b9c3c2", 0.5)}"/>`);
  water(s, hz, "#8fadba", "#2c5269", { glints: 140, glint: "#eef3f2", glintOp: 0.22 });
  const pen = sevanPeninsula(s, W * 0.52, W + 40, hz + 54, 150, "#55603f", "#3a432e", TUFF, 74);
  s.add(reflect(s, pen, hz + 54, 0.28));
  s.add(pen);
  s.add(boat(W * 0.24, hz + 96, 46, "#2b3336", "#c9c2b2", true));
  // Foreground shore, lower left.
  const shore: Pt[] = [[-10, H * 0.84], [W * 0.15, H * 0.86], [W * 0.32, H * 0.92], [W * 0.46, H + 10]];
  s.add(`<path d="${smoothD(shore)}L-10,${H + 10}Z" fill="${s.lin([[0, "#b3a788"], [1, "#8a7d62"]])}"/>`);
  s.add(strokes(s, 120, 0, W * 0.38, H * 0.87, H, "#6d6250", 0.45, 3, 10));
  s.add(tufts(s, 90, -10, W * 0.22, H * 0.85, H, "#4f5636", 0.8, 34));
  for (let i = 0; i < 6; i++) s.add(bird(s.r(W * 0.2, W * 0.5), s.r(H * 0.12, H * 0.3), s.r(5, 9), "#3b4650"));
}

function sevanWideDawn(s: Scene): void {
  const { W, H } = s;
  const hz = H * 0.56;
  sky(s, [[0, "#2f3a5a"], [0.45, "#8c7790"], [0.8, "#e0ab8c"], [1, "#f4d5a6"]], 0, hz);
  sun(s, W * 0.68, hz - 34, 26, "#fbe6bd", "#f7c98f", 420, 0.6);
  clouds(s, 6, H * 0.1, H * 0.32, "#f0c2a4", 0.28, 1.2);
  const far = ridge(s, { y: hz - 10, amp: 14, rough: 0.5, peaks: [{ x: W * 0.3, h: 60, w: 420, shape: "bell" }, { x: W * 0.9, h: 44, w: 360, shape: "bell" }] });
  s.add(`<path d="${fillBelow(far, hz + 1)}" fill="${hazeFill(s, "#7b6f8c", "#d8a78e", 0.55)}"/>`);
  const near = ridge(s, { y: hz - 2, amp: 6, rough: 0.5, peaks: [{ x: W * 0.02, h: 40, w: 300, shape: "bell" }] });
  s.add(`<path d="${fillBelow(near, hz + 1)}" fill="#5d5670"/>`);
  water(s, hz, "#d9a88d", "#2c3552", { glints: 160, glint: "#f8dcb2", glintOp: 0.25 });
  // The sun's path on the water.
  let path = "";
  for (let i = 0; i < 70; i++) {
    const t = Math.pow(s.rng(), 1.5);
    const y = lerp(hz + 3, H * 0.95, t);
    const w = lerp(16, 90, t) * s.r(0.4, 1.2);
    path += `M${P(W * 0.68 + s.n(lerp(8, 60, t)) - w / 2, y)}h${f(w)}`;
  }
  s.add(`<path d="${path}" stroke="#fde3b5" stroke-width="2" opacity="0.55" stroke-linecap="round"/>`);
  mist(s, hz + 6, 40, "#f3d2b4", 0.5);
  const pen = sevanPeninsula(s, W * 0.06, W * 0.34, hz + 22, 64, "#3a3747", "#2a2836", { lit: "#3a3545", shade: "#2c2836", roof: "#2e2a38", win: "#1d1a24" }, 30);
  s.add(reflect(s, pen, hz + 22, 0.25));
  s.add(pen);
  // Reeds in the foreground, right.
  s.add(reeds(s, W * 0.72, W + 20, H + 6, 190, "#231f2a", 120));
  s.add(reeds(s, -20, W * 0.12, H + 6, 140, "#231f2a", 50));
  for (let i = 0; i < 5; i++) s.add(bird(s.r(W * 0.4, W * 0.6), s.r(H * 0.15, H * 0.3), s.r(6, 10), "#3a3348"));
}

function sevanChurchDetail(s: Scene): void {
  const { W, H } = s;
  const hz = H * 0.58;
  sky(s, [[0, "#5c84a6"], [0.7, "#b8c9cf"], [1, "#e4e2d6"]], 0, hz);
  clouds(s, 5, H * 0.08, H * 0.28, "#ffffff", 0.45, 1.3);
  const far = ridge(s, { y: hz - 8, amp: 12, rough: 0.5, peaks: [{ x: W * 0.15, h: 50, w: 340, shape: "bell" }] });
  s.add(`<path d="${fillBelow(far, hz + 1)}" fill="${hazeFill(s, "#8d9bae", "#cdd3d0", 0.5)}"/>`);
  water(s, hz, "#8fb0bd", "#3f6a80", { glints: 50, glint: "#f4f6f2", glintOp: 0.25, y1: H * 0.72 });
  // The hilltop, close.
  const ground: Pt[] = ridge(s, { y: H * 0.74, amp: 10, rough: 0.45, tilt: -50, peaks: [{ x: W * 0.62, h: 60, w: 900, shape: "bell" }] });
  const gd = fillBelow(ground, H + 10);
  s.add(`<path d="${gd}" fill="${s.lin([[0, "#a19a63"], [1, "#6f6a44"]])}"/>`);
  const cw = 380;
  const cx = W * 0.44;
  s.add(church(cx, yAt(ground, cx + cw) + 24, cw, { lit: "#5e5452", shade: "#3d3637", roof: "#4c4444", roofShade: "#312b2c", win: "#1f1b1c" }));
  // Stone courses on the front wall.
  const fy = yAt(ground, cx + cw) + 24;
  let courses = "";
  for (let i = 1; i < 12; i++) courses += `M${P(cx, fy - i * 20)}h${cw}`;
  s.add(`<path d="${courses}" stroke="#3a3333" stroke-width="1.2" opacity="0.45" clip-path="${s.clip(`M${P(cx, fy)}h${cw}v${-cw * 0.62}l${-cw / 2},${-cw * 0.34}l${-cw / 2},${cw * 0.34}Z`)}"/>`);
  s.add(tufts(s, 260, -10, W + 10, H * 0.8, H + 5, "#5d5a36", 0.6, 30));
  s.add(khachkar(W * 0.13, H * 0.97, 130, 250, "#9a8d80", "#5f554d"));
  s.add(khachkar(W * 0.27, H * 0.92, 96, 180, "#8c8175", "#5a514a"));
  s.add(khachkar(W * 0.85, H * 1.0, 120, 230, "#958a7d", "#5e554e"));
}

function sevanFishermenDusk(s: Scene): void {
  const { W, H } = s;
  const hz = H * 0.6;
  sky(s, [[0, "#262a48"], [0.4, "#5e4d6c"], [0.75, "#c77d5c"], [1, "#eeae6d"]], 0, hz);
  sun(s, W * 0.3, hz - 6, 0, "#fbe0b0", "#f5b273", 520, 0.7);
  clouds(s, 5, H * 0.15, H * 0.4, "#d98c6a", 0.35, 1.4);
  const far = ridge(s, { y: hz - 6, amp: 10, rough: 0.5, peaks: [{ x: W * 0.65, h: 70, w: 480, shape: "bell" }, { x: W * 0.05, h: 30, w: 280, shape: "bell" }] });
  s.add(`<path d="${fillBelow(far, hz + 1)}" fill="#4a3b55"/>`);
  water(s, hz, "#d4895f", "#1f2238", { glints: 150, glint: "#f6c38c", glintOp: 0.3 });
  const bx = W * 0.55;
  const by = H * 0.8;
  const bl = 520;
  const ink = "#17161f";
  const crew = person(bx + 90, by - 30, 138, ink, "coat", CAP, false, 14) + person(bx - 120, by - 20, 104, ink, "stand", "", true, -6);
  const hull = rowboat(bx, by, bl, ink, "#6a4a48");
  const net = bezierPts([bx + bl * 0.3, by - 90], [bx + bl * 0.42, by - 30], [bx + bl * 0.55, by + 6], [bx + bl * 0.82, by + 12], 14);
  let floats = "";
  for (const p of net.slice(5)) floats += `<circle cx="${f(p[0])}" cy="${f(p[1])}" r="4.5"/>`;
  const netD = `<path d="${polyD(net)}" stroke="${ink}" stroke-width="2.2" fill="none"/><g fill="${ink}">${floats}</g>`;
  const all = crew + hull + netD;
  s.add(reflect(s, all, by + 2, 0.35));
  s.add(all);
  for (let i = 0; i < 7; i++) s.add(bird(s.r(W * 0.1, W * 0.9), s.r(H * 0.1, H * 0.35), s.r(6, 12), "#2a2235"));
}

/* ------------------------------------------------------------------------------------------ */
/* Scenes: Batumi                                                                              */
/* ------------------------------------------------------------------------------------------ */

const CONTAINERS = ["#8e4d3a", "#4d5d6a", "#a9844a", "#3f5a4c", "#3d4d68", "#b9ae98", "#6d3f3a"];

/** A low skyline of city blocks and a few slim towers, standing on y. */
function skyline(s: Scene, x0: number, x1: number, y: number, scale: number, body: string, lit: string, litP: number, towers = 3): string {
  let g = "";
  let wins = "";
  const towerAt = new Set<number>();
  const blocks: Array<[number, number, number]> = [];
  let x = x0;
  while (x < x1) {
    const w = s.r(18, 50) * scale;
    const h = s.r(16, 60) * scale;
    blocks.push([x, w, h]);
    x += w * s.r(0.85, 1.05);
  }
  for (let i = 0; i < towers; i++) towerAt.add(s.ri(0, blocks.length - 1));
  blocks.forEach(([bx, w, h], i) => {
    const hh = towerAt.has(i) ? h * s.r(2.6, 3.6) : h;
    const ww = towerAt.has(i) ? w * 0.6 : w;
    const c = mix(body, "#ffffff", s.r(-0.04, 0.08));
    g += `<rect x="${f(bx)}" y="${f(y - hh)}" width="${f(ww)}" height="${f(hh + 1)}" fill="${c}"/>`;
    for (let wy = y - hh + 5 * scale; wy < y - 4 * scale; wy += 6 * scale) {
      for (let wx = bx + 3 * scale; wx < bx + ww - 4 * scale; wx += 6 * scale) {
        if (s.chance(litP)) wins += `<rect x="${f(wx)}" y="${f(wy)}" width="${f(2.2 * scale)}" height="${f(2.6 * scale)}"/>`;
      }
    }
  });
  return g + `<g fill="${lit}">${wins}</g>`;
}

function containerStacks(s: Scene, x0: number, x1: number, y: number, ch: number, maxTiers: number, colors: string[]): string {
  let g = "";
  let x = x0;
  const cw = ch * 2.3;
  while (x < x1 - cw) {
    const tiers = s.ri(1, maxTiers);
    for (let t = 0; t < tiers; t++) {
      const c = s.pick(colors);
      g += `<rect x="${f(x)}" y="${f(y - (t + 1) * ch)}" width="${f(cw - 1)}" height="${f(ch - 0.8)}" fill="${c}"/>`;
    }
    x += cw + (s.chance(0.15) ? cw * 0.5 : 0);
  }
  return g;
}

/** A single container in front view with corrugations and door bars. */
function container(x: number, y: number, w: number, h: number, color: string, doors: boolean): string {
  let d = "";
  const n = Math.max(6, Math.round(w / 9));
  for (let i = 1; i < n; i++) d += `M${P(x + (w * i) / n, y + h * 0.06)}V${f(y + h * 0.94)}`;
  let g = `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${color}"/>`;
  g += `<path d="${d}" stroke="${darken(color, 0.25)}" stroke-width="1.4" opacity="0.7"/>`;
  g += `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h * 0.06)}" fill="${lighten(color, 0.12)}"/>`;
  g += `<rect x="${f(x)}" y="${f(y + h * 0.94)}" width="${f(w)}" height="${f(h * 0.06)}" fill="${darken(color, 0.3)}"/>`;
  if (doors) {
    let bars = "";
    for (const k of [0.2, 0.38, 0.62, 0.8]) bars += `M${P(x + w * k, y + h * 0.08)}V${f(y + h * 0.92)}`;
    g += `<path d="${bars}" stroke="${darken(color, 0.45)}" stroke-width="2.4"/><path d="M${P(x + w / 2, y)}V${f(y + h)}" stroke="${darken(color, 0.4)}" stroke-width="2"/>`;
  }
  return g;
}

function batumiLead(s: Scene): void {
  const { W, H } = s;
  const hz = H * 0.6;
  sky(s, [[0, "#566069"], [0.6, "#8b9498"], [1, "#b3b7b3"]], 0, hz);
  clouds(s, 12, H * 0.02, H * 0.3, "#48525a", 0.4, 1.6);
  const far = ridge(s, { y: hz - 70, amp: 36, rough: 0.55, peaks: [{ x: W * 0.25, h: 50, w: 500, shape: "bell" }, { x: W * 0.8, h: 40, w: 500, shape: "bell" }] });
  const farD = fillBelow(far, hz + 1);
  s.add(`<path d="${farD}" fill="${hazeFill(s, "#6c7775", "#9ea6a6", 0.6)}"/>`);
  s.add(snowCap(s, farD, far, hz - 110, "#c6cccb", 12));
  mist(s, hz - 70, 80, "#a4abab", 0.75);
  const near = ridge(s, { y: hz - 22, amp: 14, rough: 0.5, peaks: [{ x: W * 0.1, h: 30, w: 400, shape: "bell" }] });
  s.add(`<path d="${fillBelow(near, hz + 1)}" fill="${hazeFill(s, "#48574f", "#7f8a86", 0.55)}"/>`);
  mist(s, hz - 10, 40, "#9aa2a2", 0.5);
  s.add(skyline(s, -10, W * 0.42, hz + 2, 1, "#5d676a", "#e9c889", 0.08, 4));
  // Quay, stacks, ship and cranes.
  s.add(`<rect x="${f(W * 0.42)}" y="${f(hz - 4)}" width="${f(W * 0.6)}" height="16" fill="#2d3436"/>`);
  s.add(containerStacks(s, W * 0.72, W + 10, hz - 4, 11, 4, CONTAINERS.map((c) => mix(c, "#8b9498", 0.25))));
  s.add(containerShip(s, W * 0.4, hz + 14, 470, "#2a2f33", CONTAINERS.map((c) => mix(c, "#8b9498", 0.15)), "#c9c6bd"));
  for (const [cx, ch] of [[W * 0.64, 250], [W * 0.76, 262], [W * 0.88, 246]] as Pt[]) {
    s.add(stsCrane(cx, hz + 8, ch, "#7c4a3c", -1, cx > W * 0.85));
  }
  water(s, hz + 12, "#66747a", "#28343a", { glints: 160, glint: "#d3d9da", glintOp: 0.18 });
  // Pier with a lamp and a figure under an umbrella.
  const pierY = H * 0.84;
  s.add(`<path d="M-10,${f(pierY)}H${f(W * 0.3)}L${P(W * 0.34, H + 10)}H-10Z" fill="#23292c"/>`);
  s.add(`<path d="M-10,${f(pierY)}H${f(W * 0.3)}" stroke="#4a5357" stroke-width="3"/>`);
  let piles = "";
  for (let i = 0; i < 7; i++) piles += `<rect x="${f(W * 0.04 + i * 62)}" y="${f(pierY)}" width="7" height="${f(H - pierY)}" fill="#1b2022"/>`;
  s.add(piles);
  sun(s, W * 0.22, pierY - 176, 5, "#ffe2ad", "#f6c884", 90, 0.45);
  s.add(`<path d="M${P(W * 0.22, pierY)}V${f(pierY - 170)}q0,-10 -10,-10" stroke="#1b2022" stroke-width="5" fill="none"/>`);
  s.add(person(W * 0.15, pierY + 2, 92, "#1b2022", "coat", UMBRELLA("#1b2022")));
  rain(s, 900, "#dfe5e6", 0.2, 0.12, 34);
}

function batumiWideMorning(s: Scene): void {
  const { W, H } = s;
  const hz = H * 0.6;
  sky(s, [[0, "#75829a"], [0.55, "#c9b9b8"], [1, "#ecd8c2"]], 0, hz);
  sun(s, W * 0.82, hz - 140, 0, "#fff", "#f6dcc0", 460, 0.5);
  clouds(s, 8, H * 0.06, H * 0.3, "#f3e3d6", 0.35, 1.4);
  const far = ridge(s, { y: hz - 90, amp: 40, rough: 0.55, peaks: [{ x: W * 0.55, h: 80, w: 600 }, { x: W * 0.2, h: 40, w: 400 }] });
  const farD = fillBelow(far, hz + 1);
  s.add(`<path d="${farD}" fill="${hazeFill(s, "#8d93a6", "#c9c1c0", 0.6)}"/>`);
  s.add(snowCap(s, farD, far, hz - 150, "#eceae6", 18));
  const mid = ridge(s, { y: hz - 36, amp: 20, rough: 0.5, peaks: [{ x: W * 0.85, h: 40, w: 400, shape: "bell" }] });
  s.add(`<path d="${fillBelow(mid, hz + 1)}" fill="${hazeFill(s, "#5f6f6d", "#a9aca8", 0.5)}"/>`);
  mist(s, hz - 20, 50, "#e4d7ca", 0.55);
  s.add(skyline(s, -10, W * 0.55, hz + 2, 1.15, "#7b7f87", "#f3d7a1", 0.04, 5));
  // Ferris wheel on the seafront.
  const fx = W * 0.5;
  const fy = hz - 72;
  let spokes = "";
  for (let i = 0; i < 12; i++) {
    const a = (i * Math.PI) / 6;
    spokes += `M${P(fx, fy)}l${f(Math.cos(a) * 62)},${f(Math.sin(a) * 62)}`;
  }
  s.add(`<g stroke="#5e6069" fill="none"><circle cx="${f(fx)}" cy="${f(fy)}" r="62" stroke-width="2.4"/><path d="${spokes}" stroke-width="1"/><path d="M${P(fx - 30, hz + 2)}L${P(fx, fy)}L${P(fx + 30, hz + 2)}" stroke-width="3"/></g>`);
  for (const [cx, ch] of [[W * 0.8, 110], [W * 0.86, 116], [W * 0.92, 108]] as Pt[]) s.add(stsCrane(cx, hz + 3, ch, "#7d7274", -1));
  water(s, hz + 2, "#cdbdb5", "#3e5363", { glints: 170, glint: "#fbeee0", glintOp: 0.22 });
  s.add(containerShip(s, W * 0.6, hz + 30, 200, "#3c4046", CONTAINERS.map((c) => mix(c, "#c9b9b8", 0.35)), "#d9d2ca"));
  s.add(containerShip(s, W * 0.18, hz + 60, 280, "#353a40", CONTAINERS.map((c) => mix(c, "#c9b9b8", 0.3)), "#d9d2ca"));
  // Pebble beach.
  const beach: Pt[] = [[-10, H * 0.86], [W * 0.3, H * 0.88], [W * 0.7, H * 0.91], [W + 10, H * 0.89]];
  s.add(`<path d="${smoothD(beach)}L${P(W + 10, H + 10)}L-10,${H + 10}Z" fill="${s.lin([[0, "#8c8580"], [1, "#5d5754"]])}"/>`);
  let peb = "";
  for (let i = 0; i < 420; i++) {
    const x = s.r(0, W);
    const y = s.r(yAt(beach, x) + 6, H);
    const r = lerp(2, 9, (y - H * 0.86) / (H * 0.14)) * s.r(0.6, 1.3);
    peb += `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(r * 1.4)}" ry="${f(r)}" fill="${s.pick(["#a29a93", "#6f6863", "#b8aea3", "#4f4a47", "#8a817a"])}"/>`;
  }
  s.add(peb);
  s.add(`<path d="${smoothD(beach)}" stroke="#f2e8dc" stroke-width="3" opacity="0.6" fill="none"/>`);
  for (let i = 0; i < 6; i++) s.add(bird(s.r(W * 0.1, W * 0.7), s.r(H * 0.1, H * 0.35), s.r(7, 12), "#4c4e5a"));
}

function batumiCranesRain(s: Scene): void {
  const { W, H } = s;
  const ground = H * 0.8;
  sky(s, [[0, "#59636a"], [1, "#9aa1a2"]], 0, ground);
  clouds(s, 10, 0, H * 0.4, "#49535a", 0.45, 1.8);
  // A far crane and far stacks in the murk.
  s.add(stsCrane(W * 0.86, ground - 120, 360, "#7d868a", -1));
  s.add(containerStacks(s, W * 0.3, W + 10, ground - 110, 20, 3, ["#80898c", "#8a9295", "#767f83"]));
  mist(s, ground - 120, 120, "#99a0a1", 0.6);
  // Near stacks: rows of containers, five high.
  const cw = 230;
  const ch = 92;
  let stacks = "";
  for (let col = 0; col < 6; col++) {
    const x = W * 0.34 + col * (cw + 6);
    const tiers = col === 0 ? 3 : s.ri(2, 5);
    for (let t = 0; t < tiers; t++) {
      stacks += container(x, ground - (t + 1) * (ch + 3), cw, ch, s.pick(CONTAINERS), col % 2 === 0);
    }
  }
  s.add(stacks);
  // Crane legs in the foreground.
  const legC = "#7f4536";
  s.add(`<rect x="${f(W * 0.06)}" y="-20" width="46" height="${f(ground + 20)}" fill="${legC}"/>`);
  s.add(`<rect x="${f(W * 0.25)}" y="-20" width="40" height="${f(ground + 20)}" fill="${darken(legC, 0.12)}"/>`);
  s.add(`<path d="${truss([W * 0.06 + 46, H * 0.32], [W * 0.25, H * 0.12], 16, 6)}" stroke="${legC}" stroke-width="9" fill="none"/>`);
  s.add(`<rect x="${f(W * 0.04)}" y="${f(H * 0.06)}" width="${f(W * 0.26)}" height="34" fill="${darken(legC, 0.1)}"/>`);
  s.add(`<rect x="${f(W * 0.055)}" y="${f(ground - 30)}" width="${f(W * 0.21)}" height="30" fill="${darken(legC, 0.3)}"/>`);
  // Wet ground and reflections.
  s.add(`<rect x="0" y="${f(ground)}" width="${W}" height="${f(H - ground)}" fill="${s.lin([[0, "#3f4649"], [1, "#262c2f"]])}"/>`);
  s.add(reflect(s, stacks, ground, 0.22));
  s.add(strokes(s, 160, 0, W, ground + 6, H, "#c4cacc", 0.14, 30, 160));
  // A worker in a high-visibility coat under an umbrella.
  const wx = W * 0.3;
  s.add(person(wx, ground + 60, 190, "#1c2022", "coat", UMBRELLA("#1c2022") + `<path d="M-15,-78H15L17.5,-42H-17.5Z" fill="#b8883c"/><path d="M-17,-56H17" stroke="#d7d2c0" stroke-width="3"/>` + HELMET));
  rain(s, 1400, "#e3e8ea", 0.24, 0.14, 46);
}

function batumiNightDock(s: Scene): void {
  const { W, H } = s;
  const ground = H * 0.66;
  sky(s, [[0, "#0d1220"], [0.7, "#1f2636"], [1, "#343846"]], 0, ground);
  // Distant cranes with warning lights.
  for (const [cx, ch] of [[W * 0.62, 300], [W * 0.78, 316], [W * 0.94, 296]] as Pt[]) {
    s.add(stsCrane(cx, ground - 20, ch, "#2b3140", -1));
    s.add(`<circle cx="${f(cx + (6 * ch) / 100)}" cy="${f(ground - 20 - ch * 1.04)}" r="4" fill="#e0604a"/>`);
    sun(s, cx + (6 * ch) / 100, ground - 20 - ch * 1.04, 0, "#fff", "#e0604a", 26, 0.5);
  }
  mist(s, ground - 40, 80, "#3a4052", 0.6);
  // Ship's hull on the left, with portholes.
  s.add(`<path d="M-20,${f(H * 0.18)}H${f(W * 0.42)}Q${P(W * 0.47, H * 0.2)} ${P(W * 0.46, H * 0.32)}L${P(W * 0.43, ground)}H-20Z" fill="#161b24"/>`);
  s.add(`<path d="M-20,${f(H * 0.18)}H${f(W * 0.42)}Q${P(W * 0.47, H * 0.2)} ${P(W * 0.46, H * 0.32)}" stroke="#3b4252" stroke-width="4" fill="none"/>`);
  let holes = "";
  for (let i = 0; i < 9; i++) holes += `<circle cx="${f(30 + i * 62)}" cy="${f(H * 0.3)}" r="8" fill="${s.chance(0.5) ? "#f0c27a" : "#2a3140"}"/>`;
  s.add(holes);
  s.add(`<path d="M${P(W * 0.3, H * 0.36)}Q${P(W * 0.4, H * 0.6)} ${P(W * 0.5, ground + 40)}M${P(W * 0.2, H * 0.36)}Q${P(W * 0.32, H * 0.62)} ${P(W * 0.5, ground + 44)}" stroke="#2c3342" stroke-width="4" fill="none"/>`);
  s.add(`<path d="M${P(W * 0.49, ground + 48)}h28v-20a14 8 0 0 0 -28 0Z" fill="#2b3140"/>`);
  // Wet quay.
  s.add(`<rect x="0" y="${f(ground)}" width="${W}" height="${f(H - ground)}" fill="${s.lin([[0, "#232834"], [1, "#151922"]])}"/>`);
  // Lamps and their reflections.
  for (const lx of [W * 0.56, W * 0.86]) {
    const top = H * 0.16;
    s.add(`<rect x="${f(lx - 4)}" y="${f(top)}" width="8" height="${f(ground + 30 - top)}" fill="#10141c"/>`);
    s.add(`<rect x="${f(lx - 26)}" y="${f(top - 6)}" width="52" height="8" fill="#10141c"/>`);
    sun(s, lx, top + 6, 0, "#fff", "#f2b66b", 280, 0.45);
    s.add(`<rect x="${f(lx - 20)}" y="${f(top + 2)}" width="40" height="5" fill="#ffe0a6"/>`);
    s.add(`<path d="M${P(lx - 30, ground + 34)}h60l${f(30)},${f(H - ground)}h-120Z" fill="${s.lin([[0, "#f2b66b", 0.28], [1, "#f2b66b", 0]])}"/>`);
  }
  s.add(strokes(s, 140, 0, W, ground + 8, H, "#f2c88e", 0.12, 20, 120));
  // Dock workers.
  const ink = "#0b0e14";
  s.add(person(W * 0.62, H * 0.93, 250, ink, "coat", HELMET));
  s.add(person(W * 0.7, H * 0.96, 270, ink, "walk", UMBRELLA(ink), true));
  s.add(person(W * 0.79, H * 0.86, 190, ink, "stand", HELMET));
  s.add(person(W * 0.35, H * 0.84, 170, ink, "walk", CAP));
  rain(s, 1000, "#c9d1e0", 0.18, 0.1, 40);
}

/* ------------------------------------------------------------------------------------------ */
/* Scenes: Oil Rocks                                                                           */
/* ------------------------------------------------------------------------------------------ */

interface PlatformTones {
  steel: string;
  deck: string;
  accent: string;
  light?: string;
}

/** An offshore platform on stilts. (x, y) is the left end at the water line. */
function platform(s: Scene, x: number, y: number, w: number, t: PlatformTones, o: { derrick?: boolean; flare?: boolean; tanks?: number } = {}): string {
  const deckY = y - w * 0.2;
  const th = Math.max(2, w * 0.035);
  let g = "";
  // Stilts and bracing.
  let st = "";
  const n = Math.max(3, Math.round(w / 40));
  for (let i = 0; i <= n; i++) st += `M${P(x + (w * i) / n, deckY)}V${f(y + 3)}`;
  for (let i = 0; i < n; i++) {
    st += `M${P(x + (w * i) / n, deckY + th)}L${P(x + (w * (i + 1)) / n, y - 2)}M${P(x + (w * (i + 1)) / n, deckY + th)}L${P(x + (w * i) / n, y - 2)}`;
  }
  g += `<path d="${st}" stroke="${t.steel}" stroke-width="${f(Math.max(1, w * 0.008))}" fill="none"/>`;
  g += `<path d="${st.split("M").filter((p, i) => p && i <= n + 1).map((p) => "M" + p).join("")}" stroke="${t.steel}" stroke-width="${f(Math.max(1.6, w * 0.016))}" fill="none"/>`;
  g += `<rect x="${f(x - w * 0.03)}" y="${f(deckY)}" width="${f(w * 1.06)}" height="${f(th)}" fill="${t.deck}"/>`;
  // Buildings on deck.
  let bx = x + w * s.r(0.02, 0.1);
  const blocks = s.ri(2, 3);
  for (let i = 0; i < blocks; i++) {
    const bw = w * s.r(0.14, 0.24);
    const bh = w * s.r(0.08, 0.2);
    if (bx + bw > x + w) break;
    g += `<rect x="${f(bx)}" y="${f(deckY - bh)}" width="${f(bw)}" height="${f(bh)}" fill="${i % 2 ? t.accent : t.steel}"/>`;
    if (t.light && w > 120) {
      for (let k = 0; k < 3; k++) {
        if (s.chance(0.5)) g += `<rect x="${f(bx + bw * (0.15 + k * 0.28))}" y="${f(deckY - bh * 0.7)}" width="${f(bw * 0.12)}" height="${f(bh * 0.2)}" fill="${t.light}"/>`;
      }
    }
    bx += bw + w * s.r(0.03, 0.12);
  }
  // Tanks.
  for (let i = 0; i < (o.tanks ?? 0); i++) {
    const tw = w * 0.1;
    const tx = x + w * (0.55 + i * 0.13);
    if (tx + tw > x + w) break;
    g += `<path d="M${P(tx, deckY)}V${f(deckY - tw * 0.9)}a${f(tw / 2)} ${f(tw * 0.25)} 0 0 1 ${f(tw)},0V${f(deckY)}Z" fill="${t.accent}"/>`;
  }
  if (o.derrick) {
    const dx = x + w * s.r(0.55, 0.8);
    const dh = w * 0.75;
    g += `<path d="${latticeTower(dx, deckY, dh, w * 0.16, w * 0.03, 8)}" stroke="${t.steel}" stroke-width="${f(Math.max(0.8, w * 0.006))}" fill="none"/>`;
    g += `<rect x="${f(dx - w * 0.025)}" y="${f(deckY - dh - w * 0.02)}" width="${f(w * 0.05)}" height="${f(w * 0.02)}" fill="${t.steel}"/>`;
  }
  if (o.flare) {
    const fx = x + w * 1.02;
    const fy = deckY - w * 0.05;
    const ex = fx + w * 0.28;
    const ey = deckY - w * 0.5;
    g += `<path d="M${P(fx, fy)}L${P(ex, ey)}" stroke="${t.steel}" stroke-width="${f(Math.max(1, w * 0.012))}"/>`;
    const fl = w * 0.07;
    g += `<circle cx="${f(ex)}" cy="${f(ey - fl * 0.6)}" r="${f(fl * 3)}" fill="${s.rad([[0, "#f6b25a", 0.5], [1, "#f6b25a", 0]], ex, ey - fl * 0.6, fl * 3)}"/>`;
    g += `<path d="M${P(ex - fl * 0.45, ey)}Q${P(ex - fl * 0.6, ey - fl)} ${P(ex + fl * 0.1, ey - fl * 2)}Q${P(ex + fl * 0.2, ey - fl * 0.9)} ${P(ex + fl * 0.5, ey)}Z" fill="#f3a24a"/>`;
  }
  return g;
}

/** A trestle causeway from near point a to far point b (perspective spacing of the piles). */
function trestle(a: Pt, b: Pt, thickA: number, pileA: number, zFar: number, n: number, color: string): string {
  const scr = (d: number): number => (1 - 1 / d) / (1 - 1 / zFar);
  const at = (u: number): Pt => [lerp(a[0], b[0], u), lerp(a[1], b[1], u)];
  const th = (u: number): number => thickA / lerp(1, zFar, u === 1 ? 1 : 0) * 1;
  void th;
  let deck = "";
  let piles = "";
  const top: Pt[] = [];
  const bot: Pt[] = [];
  for (let i = 0; i <= 60; i++) {
    const d = lerp(1, zFar, i / 60);
    const u = scr(d);
    const p = at(u);
    top.push(p);
    bot.push([p[0], p[1] + thickA / d]);
  }
  deck = `<path d="${polyD(top)}${polyD(bot.reverse()).replace(/^M/, "L")}Z" fill="${color}"/>`;
  for (let i = 0; i <= n; i++) {
    const d = lerp(1, zFar, (i / n) ** 1.6);
    const u = scr(d);
    const p = at(u);
    piles += `M${P(p[0], p[1])}v${f(pileA / d)}`;
  }
  return deck + `<path d="${piles}" stroke="${color}" stroke-width="${f(Math.max(1.2, thickA * 0.22))}"/>`;
}

function caspianLead(s: Scene): void {
  const { W, H } = s;
  const hz = H * 0.56;
  sky(s, [[0, "#6f787e"], [0.6, "#a9a69c"], [1, "#d3c6a9"]], 0, hz);
  sun(s, W * 0.3, hz - 120, 0, "#fff", "#f4dcb0", 520, 0.45);
  clouds(s, 10, H * 0.04, H * 0.34, "#5f686e", 0.3, 1.6);
  water(s, hz, "#9b9b8e", "#2a3a42", { glints: 200, glint: "#efe4cc", glintOp: 0.2 });
  const far: PlatformTones = { steel: "#5d6266", deck: "#5d6266", accent: "#6c6a66" };
  for (const [x, w] of [[W * 0.66, 70], [W * 0.76, 90], [W * 0.9, 60], [W * 0.05, 50], [W * 0.55, 44]] as Pt[]) {
    s.add(platform(s, x, hz + 3, w, far, { derrick: s.chance(0.6) }));
  }
  mist(s, hz + 2, 24, "#c9c0ab", 0.6);
  s.add(trestle([-60, H * 0.83], [W * 0.7, hz + 10], 22, 120, 16, 40, "#2f383c"));
  s.add(trestle([W + 40, H * 0.7], [W * 0.6, hz + 8], 12, 60, 8, 20, "#3f484c"));
  const near: PlatformTones = { steel: "#2e3336", deck: "#262b2e", accent: "#7b4d39", light: "#f3cf8f" };
  s.add(platform(s, W * 0.3, H * 0.71, 300, near, { derrick: true, flare: true, tanks: 2 }));
  s.add(platform(s, W * 0.06, H * 0.83, 200, near, { tanks: 1 }));
  s.add(platform(s, W * 0.5, H * 0.64, 150, { ...near, accent: "#8a6a3c" }, { derrick: true }));
  // Smoke from the flare.
  const b = s.blur(14);
  s.add(`<path d="M${P(W * 0.3 + 390, H * 0.5)}Q${P(W * 0.55, H * 0.34)} ${P(W * 0.8, H * 0.3)}" stroke="#5a5d5e" stroke-width="26" opacity="0.25" fill="none" filter="${b}"/>`);
  for (let i = 0; i < 6; i++) s.add(bird(s.r(W * 0.5, W * 0.9), s.r(H * 0.1, H * 0.3), s.r(6, 10), "#3a4146"));
}

function caspianWideDawn(s: Scene): void {
  const { W, H } = s;
  const hz = H * 0.6;
  sky(s, [[0, "#2f3957"], [0.5, "#8f7284"], [0.85, "#e4a07a"], [1, "#f4c88e"]], 0, hz);
  sun(s, W * 0.72, hz - 20, 30, "#fde7bf", "#f6b87c", 520, 0.7);
  clouds(s, 8, H * 0.1, H * 0.4, "#c98678", 0.3, 1.5);
  water(s, hz, "#e0a47c", "#1f2638", { glints: 220, glint: "#fbd8a8", glintOp: 0.28 });
  let path = "";
  for (let i = 0; i < 80; i++) {
    const t = Math.pow(s.rng(), 1.5);
    const y = lerp(hz + 3, H, t);
    const w = lerp(14, 110, t) * s.r(0.4, 1.2);
    path += `M${P(W * 0.72 + s.n(lerp(10, 70, t)) - w / 2, y)}h${f(w)}`;
  }
  s.add(`<path d="${path}" stroke="#ffe6bb" stroke-width="2.2" opacity="0.55"/>`);
  const ink: PlatformTones = { steel: "#2a2533", deck: "#2a2533", accent: "#2a2533" };
  const ink2: PlatformTones = { steel: "#4b3f52", deck: "#4b3f52", accent: "#4b3f52" };
  // A row of distant platforms joined by a long causeway along the horizon.
  s.add(`<rect x="0" y="${f(hz - 8)}" width="${W}" height="3" fill="#4b3f52"/>`);
  let p = "";
  for (let x = 6; x < W; x += 14) p += `M${P(x, hz - 6)}V${f(hz + 2)}`;
  s.add(`<path d="${p}" stroke="#4b3f52" stroke-width="1.5"/>`);
  for (let i = 0; i < 9; i++) s.add(platform(s, s.r(0, W - 60), hz + 2, s.r(40, 90), ink2, { derrick: s.chance(0.6) }));
  s.add(trestle([-50, H * 0.76], [W * 0.55, hz + 8], 16, 90, 12, 36, "#2a2533"));
  s.add(platform(s, W * 0.12, H * 0.72, 240, ink, { derrick: true, tanks: 2 }));
  s.add(platform(s, W * 0.4, H * 0.66, 150, ink, { flare: true }));
  for (let i = 0; i < 5; i++) s.add(bird(s.r(W * 0.3, W * 0.8), s.r(H * 0.12, H * 0.35), s.r(7, 11), "#2a2533"));
}

function caspianDerrick(s: Scene): void {
  const { W, H } = s;
  const hz = H * 0.74;
  sky(s, [[0, "#607488"], [0.7, "#a7b1b3"], [1, "#cfc8b7"]], 0, hz);
  clouds(s, 8, H * 0.05, H * 0.5, "#eef0ec", 0.35, 1.8);
  water(s, hz, "#8e9ea3", "#3b5058", { glints: 120, glint: "#f1f2ea", glintOp: 0.22 });
  const far: PlatformTones = { steel: "#6d767b", deck: "#6d767b", accent: "#7b7a74" };
  s.add(platform(s, W * 0.62, hz + 2, 110, far, { derrick: true }));
  s.add(platform(s, W * 0.85, hz + 2, 80, far, {}));
  s.add(trestle([W * 0.62, hz - 19], [W * 0.3, hz - 4], 6, 20, 3, 10, "#6d767b"));
  const steel = "#34393d";
  const deckY = H * 0.86;
  // The derrick, seen from its foot.
  s.add(`<path d="${latticeTower(W * 0.5, deckY, H * 0.84, 620, 90, 9)}" stroke="${steel}" stroke-width="7" fill="none" stroke-linejoin="round"/>`);
  s.add(`<path d="M${P(W * 0.5 - 310, deckY)}L${P(W * 0.5 - 45, deckY - H * 0.84)}M${P(W * 0.5 + 310, deckY)}L${P(W * 0.5 + 45, deckY - H * 0.84)}" stroke="${steel}" stroke-width="16"/>`);
  s.add(`<rect x="${f(W * 0.5 - 70)}" y="${f(deckY - H * 0.84 - 28)}" width="140" height="30" fill="${steel}"/>`);
  // Travelling block and drill line.
  s.add(`<path d="M${P(W * 0.5, deckY - H * 0.84)}V${f(deckY - H * 0.42)}" stroke="${steel}" stroke-width="3"/><rect x="${f(W * 0.5 - 18)}" y="${f(deckY - H * 0.42)}" width="36" height="52" rx="6" fill="#8a5a3a"/>`);
  // Pipes and deck.
  s.add(`<rect x="0" y="${f(deckY)}" width="${W}" height="${f(H - deckY)}" fill="#2b3033"/>`);
  s.add(`<path d="M0,${f(deckY - 40)}H${W}M0,${f(deckY - 80)}H${W}" stroke="#3d4347" stroke-width="5"/>`);
  let posts = "";
  for (let x = 20; x < W; x += 110) posts += `M${P(x, deckY)}V${f(deckY - 84)}`;
  s.add(`<path d="${posts}" stroke="#3d4347" stroke-width="6"/>`);
  s.add(`<path d="M-10,${f(deckY - 22)}H${f(W * 0.36)}Q${P(W * 0.4, deckY - 22)} ${P(W * 0.4, deckY - 60)}V${f(deckY - 200)}" stroke="#8a5a3a" stroke-width="22" fill="none"/>`);
  s.add(`<path d="M${P(W * 0.62, deckY - 14)}H${f(W + 10)}" stroke="#a3804a" stroke-width="18"/>`);
  let flanges = "";
  for (const x of [W * 0.12, W * 0.26, W * 0.72, W * 0.88]) flanges += `<rect x="${f(x)}" y="${f(x < W / 2 ? deckY - 36 : deckY - 28)}" width="10" height="${x < W / 2 ? 28 : 28}" fill="${x < W / 2 ? "#6f472e" : "#85683b"}"/>`;
  s.add(flanges);
  s.add(person(W * 0.66, deckY, 170, "#1f2427", "stand", HELMET));
}

function caspianWorkersSunset(s: Scene): void {
  const { W, H } = s;
  const hz = H * 0.6;
  sky(s, [[0, "#3c3b58"], [0.5, "#a0646a"], [0.85, "#e58f57"], [1, "#f6b86a"]], 0, hz);
  sun(s, W * 0.36, hz - 50, 44, "#fbd79a", "#f3a35f", 600, 0.7);
  clouds(s, 7, H * 0.1, H * 0.42, "#7a4d62", 0.35, 1.6);
  water(s, hz, "#d98a5a", "#1d1d2b", { glints: 200, glint: "#fac68b", glintOp: 0.3 });
  const ink: PlatformTones = { steel: "#3a2b36", deck: "#3a2b36", accent: "#3a2b36" };
  s.add(platform(s, W * 0.55, hz + 4, 170, ink, { derrick: true, flare: true }));
  s.add(platform(s, W * 0.05, hz + 3, 110, ink, { derrick: true }));
  s.add(platform(s, W * 0.82, hz + 4, 90, ink, {}));
  // Supply boat.
  s.add(`<g transform="translate(${f(W * 0.72)} ${f(hz + 60)})" fill="#241b24"><path d="M-120,-14H110L96,8H-110Z"/><rect x="-90" y="-44" width="60" height="30"/><rect x="-80" y="-62" width="36" height="18"/><path d="M-60,-62V-92" stroke="#241b24" stroke-width="4"/></g>`);
  // Walkway in the foreground.
  const ink2 = "#181219";
  const wy = H * 0.78;
  s.add(`<rect x="-10" y="${f(wy)}" width="${W + 20}" height="26" fill="${ink2}"/>`);
  let rail = `M-10,${f(wy - 58)}H${W + 10}M-10,${f(wy - 30)}H${W + 10}`;
  for (let x = 10; x < W; x += 80) rail += `M${P(x, wy)}V${f(wy - 60)}`;
  let piles = "";
  for (let x = 40; x < W; x += 220) piles += `M${P(x, wy)}V${f(H + 10)}M${P(x + 20, wy)}V${f(H + 10)}M${P(x, wy + 40)}L${P(x + 220, H)}`;
  s.add(`<path d="${rail}" stroke="${ink2}" stroke-width="5"/><path d="${piles}" stroke="${ink2}" stroke-width="9"/>`);
  s.add(person(W * 0.22, wy, 180, ink2, "walk", HELMET));
  s.add(person(W * 0.3, wy, 174, ink2, "walk", HELMET));
  s.add(person(W * 0.64, wy, 182, ink2, "stand", HELMET, true));
  s.add(person(W * 0.69, wy, 170, ink2, "stand", CAP));
  for (let i = 0; i < 6; i++) s.add(bird(s.r(W * 0.1, W * 0.6), s.r(H * 0.1, H * 0.3), s.r(6, 11), "#3a2b36"));
}

/* ------------------------------------------------------------------------------------------ */
/* Scenes: shepherds in Dagestan                                                               */
/* ------------------------------------------------------------------------------------------ */

const WOOL = ["#ece4d2", "#e2d8c2", "#d6cbb3", "#cfc3a9", "#e8dfca", "#5a4f45"];

/** Terraces: faint contour lines echoing a ridge, for the farmed slopes of Dagestan. */
function terraces(s: Scene, pts: Pt[], n: number, gap: number, color: string, opacity: number): string {
  let d = "";
  for (let i = 1; i <= n; i++) {
    const off = i * gap * s.r(0.8, 1.2);
    const x0 = s.r(0, s.W * 0.6);
    const x1 = x0 + s.r(s.W * 0.2, s.W * 0.6);
    const seg = pts.filter((p) => p[0] >= x0 && p[0] <= x1).map((p) => [p[0], p[1] + off + i * 2] as Pt);
    if (seg.length > 2) d += smoothD(seg);
  }
  return `<path d="${d}" stroke="${color}" stroke-width="2" opacity="${opacity}" fill="none"/>`;
}

function dagestanLead(s: Scene): void {
  const { W, H } = s;
  sky(s, [[0, "#7d95a8"], [0.6, "#d9cba8"], [1, "#ecd9ad"]], 0, H * 0.5);
  sun(s, W * 0.84, H * 0.14, 0, "#fff", "#f7e2b4", 520, 0.6);
  const far = ridge(s, { y: H * 0.4, amp: 40, rough: 0.55, peaks: [{ x: W * 0.3, h: 90, w: 260 }, { x: W * 0.55, h: 60, w: 200 }, { x: W * 0.8, h: 70, w: 260 }] });
  const farD = fillBelow(far, H);
  s.add(`<path d="${farD}" fill="${hazeFill(s, "#8c96a2", "#dbcdb0", 0.6)}"/>`);
  s.add(snowCap(s, farD, far, H * 0.33, "#eeeae2", 18));
  const l1 = ridge(s, { y: H * 0.5, amp: 30, rough: 0.5, peaks: [{ x: W * 0.15, h: 60, w: 400, shape: "bell" }, { x: W * 0.7, h: 40, w: 380, shape: "bell" }] });
  s.add(`<path d="${fillBelow(l1, H, true)}" fill="${hazeFill(s, "#a8935f", "#dcc9a0", 0.5)}"/>`);
  s.add(terraces(s, l1, 8, 14, "#8a7648", 0.35));
  const l2 = ridge(s, { y: H * 0.62, amp: 24, rough: 0.5, tilt: -60, peaks: [{ x: W * 0.95, h: 70, w: 500, shape: "bell" }] });
  s.add(`<path d="${fillBelow(l2, H, true)}" fill="${hazeFill(s, "#8d7c4b", "#c9b48a", 0.4)}"/>`);
  s.add(terraces(s, l2, 10, 16, "#6d5e37", 0.35));
  // The road.
  const road = bezierPts([W * 0.08, H + 40], [W * 0.65, H * 0.92], [W * 0.95, H * 0.74], [W * 0.56, H * 0.64], 50).concat(
    bezierPts([W * 0.56, H * 0.64], [W * 0.36, H * 0.58], [W * 0.5, H * 0.54], [W * 0.62, H * 0.53], 20).slice(1),
  );
  const width = (t: number): number => lerp(280, 10, Math.pow(t, 0.6));
  const near: Pt[] = ridge(s, { y: H * 0.74, amp: 16, rough: 0.5, tilt: 60 });
  s.add(`<path d="${fillBelow(near, H + 10, true)}" fill="${s.lin([[0, "#7a6c41"], [1, "#564b2c"]])}"/>`);
  s.add(`<path d="${ribbon(road, width)}" fill="${s.lin([[0, "#cdb586"], [1, "#a88e5f"]])}"/>`);
  s.add(tufts(s, 200, -10, W + 10, H * 0.78, H, "#4b4124", 0.5, 22));
  // The flock along the road.
  const flock: Array<[number, number, number]> = [];
  for (let i = 0; i < 170; i++) {
    const t = lerp(0.2, 0.78, Math.pow(s.rng(), 0.8));
    const c = along(road, t);
    const w = width(t);
    flock.push([c[0] + s.n(w * 0.28), c[1] + s.n(w * 0.06), w]);
  }
  flock.sort((a, b) => a[1] - b[1]);
  const dust = s.blur(20);
  s.add(`<ellipse cx="${f(W * 0.7)}" cy="${f(H * 0.76)}" rx="360" ry="60" fill="#efdcb2" opacity="0.45" filter="${dust}"/>`);
  let g = "";
  for (const [x, y, w] of flock) g += sheep(x, y, w * 0.16, s.pick(WOOL), "#3e342b", { flip: s.chance(0.7), pose: s.chance(0.15) ? "graze" : "stand" });
  s.add(g);
  const sp = along(road, 0.12);
  s.add(person(sp[0] - 40, sp[1], 150, "#2d2620", "walk", STAFF + CAP, true));
  s.add(dog(sp[0] + 70, sp[1] + 8, 60, "#2d2620", true));
  s.add(`<ellipse cx="${f(W * 0.62)}" cy="${f(H * 0.7)}" rx="300" ry="40" fill="#f3e2bd" opacity="0.3" filter="${dust}"/>`);
}

function dagestanPasture(s: Scene): void {
  const { W, H } = s;
  sky(s, [[0, "#8fa7b8"], [0.7, "#dfe2d6"], [1, "#efe6cf"]], 0, H * 0.45);
  const far = ridge(s, { y: H * 0.34, amp: 40, rough: 0.55, peaks: [{ x: W * 0.2, h: 120, w: 280 }, { x: W * 0.62, h: 150, w: 300 }] });
  const farD = fillBelow(far, H);
  s.add(`<path d="${farD}" fill="${hazeFill(s, "#98a4b2", "#e6e4da", 0.6)}"/>`);
  s.add(snowCap(s, farD, far, H * 0.27, "#f4f4f0", 22));
  s.add(peakShade(s, farD, [W * 0.62, yAt(far, W * 0.62)], 90, H * 0.5, "#7f8da0", 0.35));
  mist(s, H * 0.44, 70, "#f0eee6", 0.8);
  const mid = ridge(s, { y: H * 0.5, amp: 28, rough: 0.5, peaks: [{ x: W * 0.85, h: 60, w: 450, shape: "bell" }] });
  s.add(`<path d="${fillBelow(mid, H, true)}" fill="${hazeFill(s, "#6f7f5c", "#c6cbb6", 0.5)}"/>`);
  mist(s, H * 0.55, 60, "#eef0e6", 0.6);
  const slope = ridge(s, { y: H * 0.62, amp: 20, rough: 0.5, tilt: -140, peaks: [{ x: W * 0.2, h: 40, w: 500, shape: "bell" }] });
  s.add(`<path d="${fillBelow(slope, H + 10, true)}" fill="${s.lin([[0, "#8a9457"], [1, "#5d6a3a"]])}"/>`);
  s.add(tufts(s, 320, -10, W + 10, H * 0.7, H, "#4c5a2c", 0.45, 18));
  // Scattered flock.
  const flock: Pt[] = [];
  for (let i = 0; i < 190; i++) {
    const x = s.r(W * 0.15, W * 0.95);
    const y0 = yAt(slope, x) + 20;
    flock.push([x + s.n(30), lerp(y0, H * 0.92, Math.pow(s.rng(), 1.6))]);
  }
  flock.sort((a, b) => a[1] - b[1]);
  let g = "";
  for (const [x, y] of flock) {
    const len = lerp(16, 64, (y - H * 0.55) / (H * 0.4));
    g += sheep(x, y, len, s.pick(WOOL), "#3c352c", { flip: s.chance(0.5), pose: s.chance(0.6) ? "graze" : "stand" });
  }
  s.add(g);
  s.add(person(W * 0.09, H * 0.86, 170, "#2c2a22", "stand", STAFF + CAP));
  s.add(dog(W * 0.14, H * 0.87, 60, "#2c2a22"));
}

function dagestanSheepClose(s: Scene): void {
  const { W, H } = s;
  const bg = s.blur(6);
  const horizon = H * 0.52;
  // Background, out of focus.
  const back = new Scene(W, H, s.rng);
  sky(back, [[0, "#a9b4b6"], [0.6, "#ecd5a2"], [1, "#f2cf8e"]], 0, horizon);
  sun(back, W * 0.78, horizon - 60, 60, "#fff1cf", "#f7cf86", 700, 0.8);
  const far = ridge(back, { y: horizon - 40, amp: 40, rough: 0.5, peaks: [{ x: W * 0.3, h: 100, w: 400, shape: "bell" }] });
  back.add(`<path d="${fillBelow(far, H, true)}" fill="${hazeFill(back, "#b49a74", "#f0d39c", 0.5)}"/>`);
  const mid = ridge(back, { y: horizon + 20, amp: 20, rough: 0.5 });
  back.add(`<path d="${fillBelow(mid, H, true)}" fill="#a08a55"/>`);
  s.defs.push(...back.defs);
  s.add(`<g filter="${bg}">${back.body.join("")}</g>`);
  // Ground.
  const ground = ridge(s, { y: H * 0.66, amp: 12, rough: 0.5 });
  s.add(`<path d="${fillBelow(ground, H + 10, true)}" fill="${s.lin([[0, "#a38a4e"], [1, "#6b5a30"]])}"/>`);
  // Sheep, back-lit by the low sun.
  const rim = "#fbe2a9";
  const sh: Array<[number, number, number, SheepOpts]> = [
    [W * 0.18, H * 0.74, 250, { pose: "graze", rim }],
    [W * 0.64, H * 0.72, 230, { flip: true, rim }],
    [W * 0.42, H * 0.86, 380, { rim }],
    [W * 0.83, H * 0.92, 420, { flip: true, pose: "graze", rim }],
    [W * 0.08, H * 1.0, 360, { rim }],
  ];
  for (const [x, y, len, o] of sh) {
    s.add(`<ellipse cx="${f(x)}" cy="${f(y + 2)}" rx="${f(len * 0.45)}" ry="${f(len * 0.05)}" fill="#4b3e22" opacity="0.35"/>`);
    s.add(sheep(x, y, len, s.pick(WOOL.slice(0, 4)), "#3a3027", o));
  }
  s.add(tufts(s, 300, -10, W + 10, H * 0.7, H + 10, "#5a4a24", 0.55, 40));
  s.add(tufts(s, 60, -10, W + 10, H * 0.7, H + 10, "#f2d595", 0.5, 40));
}

function dagestanNightCamp(s: Scene): void {
  const { W, H } = s;
  sky(s, [[0, "#0b1020"], [0.7, "#1b2438"], [1, "#2a3246"]], 0, H * 0.6);
  stars(s, 320, H * 0.55);
  sun(s, W * 0.2, H * 0.16, 22, "#efe8d4", "#c9cfe0", 160, 0.25);
  const far = ridge(s, { y: H * 0.46, amp: 40, rough: 0.55, peaks: [{ x: W * 0.6, h: 110, w: 320 }, { x: W * 0.3, h: 60, w: 260 }] });
  const farD = fillBelow(far, H);
  s.add(`<path d="${farD}" fill="#26304a"/>`);
  s.add(snowCap(s, farD, far, H * 0.4, "#4a5670", 16));
  const mid = ridge(s, { y: H * 0.58, amp: 20, rough: 0.5, peaks: [{ x: W * 0.1, h: 40, w: 400, shape: "bell" }] });
  s.add(`<path d="${fillBelow(mid, H, true)}" fill="#1a2133"/>`);
  const ground = ridge(s, { y: H * 0.7, amp: 10, rough: 0.5 });
  s.add(`<path d="${fillBelow(ground, H + 10, true)}" fill="${s.lin([[0, "#161b28"], [1, "#0f121b"]])}"/>`);
  // Stone hut.
  const hx = W * 0.66;
  s.add(house(s, hx, H * 0.72, 170, 90, 120, 0, { lit: "#2c2c33", shade: "#212128", roof: "#18181e", win: "#15151a" }, { flat: true }));
  s.add(`<rect x="${f(hx + 60)}" y="${f(H * 0.72 - 62)}" width="26" height="22" fill="#e8a75a"/>`);
  // Fire.
  const fx = W * 0.4;
  const fy = H * 0.84;
  s.add(`<ellipse cx="${f(fx)}" cy="${f(fy)}" rx="520" ry="200" fill="${s.rad([[0, "#f0a050", 0.5], [0.4, "#d06a30", 0.18], [1, "#d06a30", 0]], fx, fy, 520, 0.4)}"/>`);
  // Resting sheep, lit on the side toward the fire.
  const flock: Pt[] = [];
  for (let i = 0; i < 24; i++) flock.push([s.r(W * 0.55, W + 40), s.r(H * 0.74, H * 0.95)]);
  flock.sort((a, b) => a[1] - b[1]);
  for (const [x, y] of flock) s.add(sheep(x, y, lerp(90, 190, (y - H * 0.74) / (H * 0.21)), s.pick(["#4a4340", "#3f3936", "#56504a"]), "#1a1716", { pose: "lie", flip: true, rim: "#a9683e" }));
  s.add(`<path d="M${P(fx - 40, fy + 6)}L${P(fx + 40, fy - 6)}M${P(fx - 40, fy - 6)}L${P(fx + 40, fy + 6)}" stroke="#2a1d17" stroke-width="10" stroke-linecap="round"/>`);
  s.add(`<path d="M${P(fx - 30, fy)}Q${P(fx - 36, fy - 50)} ${P(fx - 4, fy - 96)}Q${P(fx + 4, fy - 50)} ${P(fx + 30, fy)}Z" fill="#f0a24c"/><path d="M${P(fx - 14, fy)}Q${P(fx - 16, fy - 30)} ${P(fx + 2, fy - 58)}Q${P(fx + 6, fy - 26)} ${P(fx + 14, fy)}Z" fill="#fbe0a0"/>`);
  s.add(seated(fx - 150, fy + 12, 220, "#0e0c10"));
  s.add(`<path d="M${P(fx - 130, fy - 120)}l-3,0" stroke="#e0944c" stroke-width="0"/>`);
  s.add(dog(fx + 150, fy + 28, 110, "#0e0c10", true));
}

/* ------------------------------------------------------------------------------------------ */
/* Jobs and main                                                                               */
/* ------------------------------------------------------------------------------------------ */

const LEAD = { W: 1600, H: 900 };
const PHOTO = { W: 1600, H: 1067 };
const PORTRAIT = { W: 480, H: 480 };

const jobs: Job[] = [
  { file: "articles/lake-sevan-shoreline.jpg", ...LEAD, draw: sevanLead },
  { file: "articles/lake-sevan-shoreline-1.jpg", ...PHOTO, draw: sevanWideDawn },
  { file: "articles/lake-sevan-shoreline-2.jpg", ...PHOTO, draw: sevanChurchDetail },
  { file: "articles/lake-sevan-shoreline-3.jpg", ...PHOTO, draw: sevanFishermenDusk },
  { file: "articles/batumi-winter-port.jpg", ...LEAD, draw: batumiLead },
  { file: "articles/batumi-winter-port-1.jpg", ...PHOTO, draw: batumiWideMorning },
  { file: "articles/batumi-winter-port-2.jpg", ...PHOTO, draw: batumiCranesRain },
  { file: "articles/batumi-winter-port-3.jpg", ...PHOTO, draw: batumiNightDock },
  { file: "articles/caspian-oil-rocks.jpg", ...LEAD, draw: caspianLead },
  { file: "articles/caspian-oil-rocks-1.jpg", ...PHOTO, draw: caspianWideDawn },
  { file: "articles/caspian-oil-rocks-2.jpg", ...PHOTO, draw: caspianDerrick },
  { file: "articles/caspian-oil-rocks-3.jpg", ...PHOTO, draw: caspianWorkersSunset },
  { file: "articles/dagestan-shepherds-migration.jpg", ...LEAD, draw: dagestanLead },
  { file: "articles/dagestan-shepherds-migration-1.jpg", ...PHOTO, draw: dagestanPasture },
  { file: "articles/dagestan-shepherds-migration-2.jpg", ...PHOTO, draw: dagestanSheepClose },
  { file: "articles/dagestan-shepherds-migration-3.jpg", ...PHOTO, draw: dagestanNightCamp },
];

async function main(): Promise<void> {
  const filter = process.argv[2];
  const written: Array<[string, number]> = [];
  for (const job of jobs) {
    if (filter && !job.file.includes(filter)) continue;
    const seed = hashString(job.file);
    const s = new Scene(job.W, job.H, mulberry32(seed));
    job.draw(s);
    vignette(s, job.vignette ?? 0.3);
    const jpg = await renderJpeg(s.svg(), job.W, job.H, seed, job.grain ?? 5);
    const out = path.join(ROOT, "public/images", job.file);
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, jpg);
    written.push([path.relative(ROOT, out), jpg.length]);
    console.log(`${path.relative(ROOT, out)}  ${(jpg.length / 1024).toFixed(1)} KB`);
  }
  const total = written.reduce((a, [, n]) => a + n, 0);
  console.log(`${written.length} images, ${(total / 1024).toFixed(0)} KB in total`);
}

await main();
