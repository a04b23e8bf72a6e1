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
    pts.push([apex[0] + spread * 0.6 * t + s.n(spread * 0.05) * Math.sin(t * Math.PI), lerp(apex[1], bottom, t)]);
  }
  pts.push([apex[0] + spread * 30, bottom], [apex[0] + spread * 30, apex[1] - 10], [apex[0], apex[1] - 10]);
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
  /** Colour of the curls drawn on large sheep. */
  curl?: string;
}

/** Small arcs scattered over the fleece (fixed, so every close-up sheep has the same texture). */
const CURLS = ((): string => {
  const rng = mulberry32(7);
  let d = "";
  for (let i = 0; i < 34; i++) {
    const x = -38 + rng() * 76;
    const y = -60 + rng() * 30;
    if (((x / 44) ** 2 + ((y + 44) / 20) ** 2) > 0.85) continue;
    const r = 1.8 + rng() * 1.8;
    d += `M${P(x - r, y)}a${f(r)} ${f(r * 0.8)} 0 0 1 ${f(r * 2)},0`;
  }
  return d;
})();

/** Fleece outline: a soft oblong with small woolly scallops along its edge. */
const FLEECE = ((): string => {
  const pts: Pt[] = [];
  const n = 56;
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2;
    // Superellipse-ish body: flatter underside, fuller back.
    const c = Math.cos(a);
    const sn = Math.sin(a);
    const rx = 47;
    const ry = sn < 0 ? 23 : 18;
    const bump = 2.6 * Math.abs(Math.sin(a * 11));
    const ex = Math.sign(c) * Math.pow(Math.abs(c), 0.8);
    const ey = Math.sign(sn) * Math.pow(Math.abs(sn), 0.85);
    pts.push([ex * (rx + bump), -44 + ey * (ry + bump)]);
  }
  return smoothD(pts, true);
})();

/** Sheep in a 100-unit-long box facing right, feet at y=0. */
function sheep(x: number, y: number, len: number, wool: string, face: string, o: SheepOpts = {}): string {
  const k = len / 100;
  const pose = o.pose ?? "stand";
  const sx = o.flip ? -k : k;
  let head: string;
  const ear = (ex: number, ey: number, rot: number): string =>
    `<ellipse cx="${ex}" cy="${ey}" rx="8" ry="3" fill="${face}" transform="rotate(${rot} ${ex} ${ey})"/>`;
  if (pose === "graze") {
    head = `<path d="M34,-50C44,-50 50,-38 52,-22C53,-15 49,-11 45,-13C40,-17 36,-30 30,-40Z" fill="${face}"/>` + ear(40, -44, 50);
  } else if (pose === "lie") {
    head = `<path d="M34,-44C42,-54 54,-50 62,-38C65,-33 62,-29 57,-30C50,-31 42,-34 34,-34Z" fill="${face}"/>` + ear(42, -46, -25);
  } else {
    head = `<path d="M34,-58C44,-66 55,-60 63,-46C66,-41 63,-36 58,-37C51,-38 43,-44 35,-46Z" fill="${face}"/>` + ear(43, -60, -30);
  }
  const legs =
    pose === "lie"
      ? ""
      : `<path d="M-32,-28L-31,0M-22,-28L-21.5,0M22,-28L23,0M31,-28L32,0" stroke="${face}" stroke-width="4.2" stroke-linecap="round"/>`;
  const body = pose === "lie" ? `<g transform="translate(0 18)">` : "<g>";
  const rim = o.rim ? ` stroke="${o.rim}" stroke-width="${f(Math.min(4, 1.6 / k))}"` : "";
  // Close up, the fleece gets a few curls.
  const curls = len > 140 ? `<path d="${CURLS}" stroke="${o.curl ?? "#6b5a40"}" stroke-width="1.3" opacity="0.22" fill="none" stroke-linecap="round"/>` : "";
  return (
    `<g transform="translate(${f(x)} ${f(y)}) scale(${sx.toFixed(4)} ${k.toFixed(4)})">` +
    legs +
    head +
    `${body}<path d="${FLEECE}" fill="${wool}"${rim}/>${curls}</g>` +
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
    `<g transform="translate(${f(x)} ${f(y)}) scale(${f(flip ? -k : k)} ${f(k)})" fill="${color}">` +
    `<path d="M-42,-50C-20,-54 12,-54 28,-53L36,-63C40,-70 48,-72 54,-70L57,-77L61,-67L71,-60L70,-55L57,-54C51,-50 45,-46 41,-41L38,-26L37,0H31L29,-25C14,-22 -10,-22 -26,-26L-29,0H-35L-38,-29C-44,-33 -46,-41 -42,-50Z"/>` +
    `<path d="M-41,-49C-52,-50 -58,-42 -62,-32" stroke="${color}" stroke-width="5" fill="none" stroke-linecap="round"/>` +
    `</g>`
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
  g += `<g clip-path="${s.clip(d)}">${strokes(s, 90, x0, x1, base - hillH, base, darken(land, 0.2), 0.35, churchW * 0.1, churchW * 0.5)}</g>`;
  g += `<path d="M${P(x0 + w * 0.01, base)}H${f(x1)}" stroke="${darken(land, 0.45)}" stroke-width="${f(Math.max(2, hillH * 0.04))}"/>`;
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
  const pen = sevanPeninsula(s, W * 0.52, W + 40, hz + 54, 150, "#6d6c47", "#4a4a31", TUFF, 74);
  s.add(reflect(s, pen, hz + 54, 0.28));
  s.add(pen);
  s.add(boat(W * 0.24, hz + 96, 46, "#2b3336", "#c9c2b2", true));
  // Foreground shore, lower left.
  const shore: Pt[] = [[-10, H * 0.84], [W * 0.15, H * 0.86], [W * 0.32, H * 0.92], [W * 0.46, H + 10]];
  s.add(`<path d="${smoothD(shore)}L-10,${H + 10}Z" fill="${s.lin([[0, "#b3a788"], [1, "#8a7d62"]])}"/>`);
  let peb = "";
  for (let i = 0; i < 160; i++) {
    const x = s.r(-10, W * 0.42);
    const y = s.r(yAt(shore, x) + 4, H + 4);
    if (y < yAt(shore, x) + 3) continue;
    const r = lerp(1.5, 6, (y - H * 0.84) / (H * 0.16)) * s.r(0.6, 1.3);
    peb += `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(r * 1.5)}" ry="${f(r)}" fill="${s.pick(["#9c9077", "#7c715d", "#c2b79c", "#6b6252"])}"/>`;
  }
  s.add(`<g clip-path="${s.clip(`${smoothD(shore)}L-10,${H + 10}Z`)}">${peb}</g>`);
  s.add(reeds(s, -20, W * 0.14, H * 0.9, 150, "#3d4230", 70));
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
  for (const [kx, ky, kw, kh, tilt] of [[W * 0.14, H * 1.02, 170, 330, -3], [W * 0.29, H * 0.93, 110, 210, 2], [W * 0.86, H * 1.04, 160, 310, 4]] as Array<[number, number, number, number, number]>) {
    s.add(`<ellipse cx="${f(kx + kw * 0.2)}" cy="${f(ky - 4)}" rx="${f(kw * 0.75)}" ry="${f(kw * 0.08)}" fill="#4a4528" opacity="0.4"/>`);
    s.add(khachkar(kx, ky, kw, kh, "#8a7f73", "#4c443e", tilt));
  }
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
  water(s, hz + 12, "#66747a", "#28343a", { glints: 90, glint: "#d3d9da", glintOp: 0.1 });
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
    peb += `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(r * 1.4)}" ry="${f(r)}" fill="${s.pick(["#8f8781", "#7a726d", "#9d948b", "#6c6561", "#857c75"])}"/>`;
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
    s.add(`<ellipse cx="${f(lx)}" cy="${f(ground + 32)}" rx="120" ry="18" fill="#f2b66b" opacity="0.16" filter="${s.blur(10)}"/>`);
    s.add(`<rect x="${f(lx - 26)}" y="${f(top - 6)}" width="52" height="8" fill="#10141c"/>`);
    sun(s, lx, top + 6, 0, "#fff", "#f2b66b", 280, 0.45);
    s.add(`<rect x="${f(lx - 20)}" y="${f(top + 2)}" width="40" height="5" fill="#ffe0a6"/>`);
    s.add(`<rect x="${f(lx - 22)}" y="${f(ground + 34)}" width="44" height="${f(H - ground - 34)}" fill="${s.lin([[0, "#f2b66b", 0.4], [1, "#f2b66b", 0]])}" filter="${s.blur(14)}"/>`);
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
  const deck = `<path d="${polyD(top)}${polyD(bot.reverse()).replace(/^M/, "L")}Z" fill="${color}"/>`;
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
  for (const x of [W * 0.12, W * 0.26, W * 0.72, W * 0.88]) {
    const left = x < W / 2;
    flanges += `<rect x="${f(x)}" y="${f(left ? deckY - 36 : deckY - 28)}" width="10" height="28" fill="${left ? "#6f472e" : "#85683b"}"/>`;
  }
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
  s.add(`<g transform="translate(${f(W * 0.9)} ${f(hz + 40)}) scale(0.8)" fill="#241b24"><path d="M-120,-14H110L96,8H-110Z"/><rect x="-90" y="-44" width="60" height="30"/><rect x="-80" y="-62" width="36" height="18"/><path d="M-60,-62V-92" stroke="#241b24" stroke-width="4"/></g>`);
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
  s.add(snowCap(s, farD, far, H * 0.3, "#eeeae2", 26));
  const l1 = ridge(s, { y: H * 0.5, amp: 30, rough: 0.5, peaks: [{ x: W * 0.15, h: 60, w: 400, shape: "bell" }, { x: W * 0.7, h: 40, w: 380, shape: "bell" }] });
  s.add(`<path d="${fillBelow(l1, H, true)}" fill="${hazeFill(s, "#a8935f", "#dcc9a0", 0.5)}"/>`);
  s.add(terraces(s, l1, 8, 14, "#8a7648", 0.35));
  const l2 = ridge(s, { y: H * 0.62, amp: 24, rough: 0.5, tilt: -60, peaks: [{ x: W * 0.95, h: 70, w: 500, shape: "bell" }] });
  s.add(`<path d="${fillBelow(l2, H, true)}" fill="${hazeFill(s, "#8d7c4b", "#c9b48a", 0.4)}"/>`);
  s.add(terraces(s, l2, 10, 16, "#6d5e37", 0.35));
  // The road.
  const road = bezierPts([-W * 0.12, H + 150], [W * 0.55, H * 0.95], [W * 0.95, H * 0.74], [W * 0.56, H * 0.64], 50).concat(
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
    const t = lerp(0.27, 0.8, Math.pow(s.rng(), 0.8));
    const c = along(road, t);
    const w = width(t);
    flock.push([c[0] + s.n(w * 0.28), c[1] + s.n(w * 0.06), w]);
  }
  flock.sort((a, b) => a[1] - b[1]);
  const dust = s.blur(20);
  s.add(`<ellipse cx="${f(W * 0.68)}" cy="${f(H * 0.74)}" rx="300" ry="46" fill="#efdcb2" opacity="0.3" filter="${dust}"/>`);
  let g = "";
  for (const [x, y, w] of flock) g += sheep(x, y, w * 0.16, s.pick(WOOL), "#3e342b", { flip: s.chance(0.7), pose: s.chance(0.15) ? "graze" : "stand" });
  s.add(g);
  const sp = along(road, 0.2);
  s.add(person(sp[0] - 40, sp[1], 150, "#2d2620", "walk", STAFF + CAP, true));
  s.add(dog(sp[0] + 70, sp[1] + 8, 60, "#2d2620", true));
  s.add(`<ellipse cx="${f(W * 0.62)}" cy="${f(H * 0.68)}" rx="260" ry="30" fill="#f3e2bd" opacity="0.22" filter="${dust}"/>`);
}

function dagestanPasture(s: Scene): void {
  const { W, H } = s;
  sky(s, [[0, "#8fa7b8"], [0.7, "#dfe2d6"], [1, "#efe6cf"]], 0, H * 0.45);
  const far = ridge(s, { y: H * 0.34, amp: 40, rough: 0.55, peaks: [{ x: W * 0.2, h: 120, w: 280 }, { x: W * 0.62, h: 150, w: 300 }] });
  const farD = fillBelow(far, H);
  s.add(`<path d="${farD}" fill="${hazeFill(s, "#98a4b2", "#e6e4da", 0.6)}"/>`);
  s.add(snowCap(s, farD, far, H * 0.27, "#f4f4f0", 22));
  s.add(peakShade(s, farD, [W * 0.62, yAt(far, W * 0.62)], 150, H * 0.5, "#7f8da0", 0.22));
  mist(s, H * 0.45, 110, "#f0eee6", 0.55);
  const mid = ridge(s, { y: H * 0.5, amp: 28, rough: 0.5, peaks: [{ x: W * 0.85, h: 60, w: 450, shape: "bell" }] });
  s.add(`<path d="${fillBelow(mid, H, true)}" fill="${hazeFill(s, "#6f7f5c", "#c6cbb6", 0.5)}"/>`);
  mist(s, H * 0.56, 70, "#eef0e6", 0.4);
  const slope = ridge(s, { y: H * 0.62, amp: 20, rough: 0.5, tilt: -140, peaks: [{ x: W * 0.2, h: 40, w: 500, shape: "bell" }] });
  s.add(`<path d="${fillBelow(slope, H + 10, true)}" fill="${s.lin([[0, "#8a9457"], [1, "#5d6a3a"]])}"/>`);
  s.add(tufts(s, 320, -10, W + 10, H * 0.7, H, "#4c5a2c", 0.45, 18));
  // The flock grazes in loose groups.
  const flock: Pt[] = [];
  const groups: Pt[] = [[W * 0.3, H * 0.74], [W * 0.52, H * 0.8], [W * 0.7, H * 0.72], [W * 0.86, H * 0.86], [W * 0.42, H * 0.92]];
  for (const [gx, gy] of groups) {
    const n = s.ri(14, 26);
    const spread = lerp(50, 160, (gy - H * 0.65) / (H * 0.3));
    for (let i = 0; i < n; i++) {
      const x = gx + s.n(spread);
      const y = Math.max(yAt(slope, x) + 16, gy + s.n(spread * 0.22));
      flock.push([x, y]);
    }
  }
  flock.sort((a, b) => a[1] - b[1]);
  let g = "";
  for (const [x, y] of flock) {
    const len = lerp(18, 60, (y - H * 0.62) / (H * 0.36));
    g += sheep(x, y, len, s.pick(WOOL), "#3c352c", { flip: s.chance(0.5), pose: s.chance(0.6) ? "graze" : "stand" });
  }
  s.add(g);
  s.add(person(W * 0.16, H * 0.8, 120, "#2c2a22", "stand", STAFF + CAP));
  s.add(dog(W * 0.2, H * 0.81, 46, "#2c2a22"));
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
  s.add(tufts(s, 220, -10, W + 10, H * 0.66, H * 0.85, "#5a4a24", 0.5, 30));
  // Sheep, back-lit by the low sun.
  const rim = "#f7d893";
  const sh: Array<[number, number, number, SheepOpts]> = [
    [W * 0.18, H * 0.74, 250, { pose: "graze", rim }],
    [W * 0.64, H * 0.72, 230, { flip: true, rim }],
    [W * 0.42, H * 0.86, 380, { rim }],
    [W * 0.83, H * 0.92, 420, { flip: true, pose: "graze", rim }],
    [W * 0.08, H * 1.0, 360, { rim }],
  ];
  for (const [x, y, len, o] of sh) {
    s.add(`<ellipse cx="${f(x)}" cy="${f(y + 2)}" rx="${f(len * 0.45)}" ry="${f(len * 0.05)}" fill="#4b3e22" opacity="0.35"/>`);
    const c = s.pick(WOOL.slice(0, 4));
    const wool = s.lin([[0, lighten(c, 0.15)], [0.6, c], [1, mix(c, "#8a7450", 0.45)]]);
    s.add(sheep(x, y, len, wool, "#3a3027", o));
  }
  s.add(tufts(s, 70, -10, W + 10, H * 0.94, H + 10, "#4d3f1e", 0.55, 40));
  s.add(tufts(s, 30, -10, W + 10, H * 0.94, H + 10, "#f2d595", 0.4, 40));
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
  // The flock in a stone fold: backs and heads over a low dry-stone wall.
  const flock: Pt[] = [];
  for (let i = 0; i < 16; i++) flock.push([s.r(W * 0.6, W + 30), s.r(H * 0.865, H * 0.9)]);
  flock.sort((a, b) => a[1] - b[1]);
  for (const [x, y] of flock) s.add(sheep(x, y, s.r(100, 130), s.pick(["#6a605a", "#5f5650", "#716660"]), "#1a1716", { flip: s.chance(0.6), rim: "#c07f4c" }));
  const wallY = H * 0.84;
  let stones = "";
  for (let row = 0; row < 4; row++) {
    for (let x = W * 0.56 + (row % 2) * 18; x < W + 20; x += 38) {
      stones += `<rect x="${f(x)}" y="${f(wallY + row * 17)}" width="34" height="15" rx="6"/>`;
    }
  }
  s.add(`<rect x="${f(W * 0.56)}" y="${f(wallY)}" width="${f(W * 0.46)}" height="${f(H - wallY)}" fill="#1c1b22"/><g fill="#2c2a30" stroke="#4a3a34" stroke-width="1.5">${stones}</g>`);
  s.add(`<rect x="${f(W * 0.56)}" y="${f(wallY)}" width="${f(W * 0.46)}" height="${f(H - wallY)}" fill="${s.linU([[0, "#d07a40", 0.25], [1, "#d07a40", 0]], W * 0.56, 0, W, 0)}"/>`);
  s.add(`<path d="M${P(fx - 40, fy + 6)}L${P(fx + 40, fy - 6)}M${P(fx - 40, fy - 6)}L${P(fx + 40, fy + 6)}" stroke="#2a1d17" stroke-width="10" stroke-linecap="round"/>`);
  s.add(`<path d="M${P(fx - 30, fy)}Q${P(fx - 36, fy - 50)} ${P(fx - 4, fy - 96)}Q${P(fx + 4, fy - 50)} ${P(fx + 30, fy)}Z" fill="#f0a24c"/><path d="M${P(fx - 14, fy)}Q${P(fx - 16, fy - 30)} ${P(fx + 2, fy - 58)}Q${P(fx + 6, fy - 26)} ${P(fx + 14, fy)}Z" fill="#fbe0a0"/>`);
  s.add(seated(fx - 150, fy + 12, 220, "#0e0c10"));
  s.add(dog(fx + 150, fy + 28, 110, "#0e0c10", true));
}

/* ------------------------------------------------------------------------------------------ */
/* Lead scenes                                                                                 */
/* ------------------------------------------------------------------------------------------ */

interface Cam {
  vx: number;
  vy: number;
  F: number;
  h: number;
}
/** Pinhole projection: X right, Y up, Z away from the viewer, camera at height cam.h. */
const proj = (c: Cam, X: number, Y: number, Z: number): Pt => [c.vx + (X * c.F) / Z, c.vy + ((c.h - Y) * c.F) / Z];
const quad = (a: Pt, b: Pt, c: Pt, d: Pt): string => `M${P(a[0], a[1])}L${P(b[0], b[1])}L${P(c[0], c[1])}L${P(d[0], d[1])}Z`;

/** A flag whose three stripes are plain colour fields, waving. */
function flag(x: number, top: number, w: number, h: number, colors: [string, string, string], vertical: boolean, phase: number): string {
  const wave = (u: number): number => Math.sin(u * Math.PI * 2.2 + phase) * h * 0.06 * u + u * h * 0.05;
  const n = 16;
  let g = "";
  for (let k = 0; k < 3; k++) {
    const pts: Pt[] = [];
    if (vertical) {
      for (let i = 0; i <= n; i++) {
        const u = (k + i / n) / 3;
        pts.push([x + u * w, top + wave(u)]);
      }
      for (let i = n; i >= 0; i--) {
        const u = (k + i / n) / 3;
        pts.push([x + u * w, top + h + wave(u)]);
      }
    } else {
      for (let i = 0; i <= n; i++) {
        const u = i / n;
        pts.push([x + u * w, top + (k * h) / 3 + wave(u)]);
      }
      for (let i = n; i >= 0; i--) {
        const u = i / n;
        pts.push([x + u * w, top + ((k + 1) * h) / 3 + wave(u) + 0.5]);
      }
    }
    g += `<path d="${polyD(pts, true)}" fill="${colors[k]}"/>`;
  }
  // Folds: soft darker bands.
  let folds = "";
  for (let i = 0; i < n; i++) {
    const u = i / n;
    const shade = Math.cos(u * Math.PI * 2.2 + phase);
    if (shade > 0.3) folds += `<rect x="${f(x + u * w)}" y="${f(top + wave(u))}" width="${f(w / n + 0.5)}" height="${f(h)}" opacity="${f(shade * 0.14)}"/>`;
  }
  return g + `<g fill="#000">${folds}</g>`;
}

function armeniaFrance(s: Scene): void {
  const { W, H } = s;
  const hz = H * 0.64;
  sky(s, [[0, "#1c2640"], [0.45, "#4a4e6d"], [0.8, "#b7826f"], [1, "#e4b588"]], 0, hz);
  clouds(s, 6, H * 0.12, H * 0.34, "#7d6a80", 0.3, 1.5);
  // Ararat far behind the city, its two peaks.
  const ar = ridge(s, { y: hz - 8, amp: 5, rough: 0.45, peaks: [{ x: W * 0.2, h: 300, w: 520, p: 1.15 }, { x: W * 0.45, h: 150, w: 220, p: 1.1 }] });
  const arD = fillBelow(ar, hz + 2);
  s.add(`<path d="${arD}" fill="${hazeFill(s, "#86799a", "#d3a088", 0.65)}"/>`);
  s.add(snowCap(s, arD, ar, hz - 200, "#d7c5cb", 34));
  s.add(peakShade(s, arD, [W * 0.2, yAt(ar, W * 0.2)], 120, hz, "#5f5777", 0.35));
  s.add(skyline(s, -10, W + 10, hz + 6, 1.1, "#403f58", "#efc07c", 0.1, 3));
  // Plaza.
  s.add(`<rect x="0" y="${f(hz + 4)}" width="${W}" height="${f(H - hz)}" fill="${s.lin([[0, "#433a4c"], [1, "#221e2b"]])}"/>`);
  // The government building: stepped base, colonnade, entablature, attic.
  const bx = W * 0.2;
  const bw = W * 0.6;
  const base = H * 0.86;
  const bh = H * 0.36;
  const stone = "#c4937c";
  const stoneDark = "#8d6460";
  let g = "";
  for (let i = 0; i < 3; i++) {
    g += `<rect x="${f(bx - 30 + i * 10)}" y="${f(base - (i + 1) * 9)}" width="${f(bw + 60 - i * 20)}" height="9.5" fill="${mix(stone, stoneDark, 0.2 + i * 0.12)}"/>`;
  }
  const floor = base - 27;
  const colTop = floor - bh * 0.72;
  // Recess and its windows.
  g += `<rect x="${f(bx)}" y="${f(colTop)}" width="${f(bw)}" height="${f(floor - colTop)}" fill="#3a2e39"/>`;
  const n = 12;
  const sp = bw / n;
  for (let i = 0; i < n; i++) {
    for (const [wy, wh] of [[colTop + 22, bh * 0.22], [colTop + 40 + bh * 0.26, bh * 0.3]] as Pt[]) {
      const lit = s.chance(0.45);
      g += `<rect x="${f(bx + i * sp + sp * 0.22)}" y="${f(wy)}" width="${f(sp * 0.56)}" height="${f(wh)}" fill="${lit ? s.pick(["#e9b877", "#dca66a", "#f0c488"]) : "#54434f"}"/>`;
    }
  }
  // Columns.
  const shaft = s.lin([[0, "#e8c6a8"], [0.55, stone], [1, stoneDark]], 0, 0, 1, 0);
  for (let i = 0; i <= n; i++) {
    const cx = bx + i * sp;
    const cw = sp * 0.34;
    g += `<rect x="${f(cx - cw / 2)}" y="${f(colTop)}" width="${f(cw)}" height="${f(floor - colTop)}" fill="${shaft}"/>`;
    g += `<rect x="${f(cx - cw * 0.68)}" y="${f(colTop)}" width="${f(cw * 1.36)}" height="9" fill="${stone}"/>`;
    g += `<rect x="${f(cx - cw * 0.64)}" y="${f(floor - 8)}" width="${f(cw * 1.28)}" height="8" fill="${stone}"/>`;
  }
  // Entablature, cornice and attic.
  const entH = bh * 0.14;
  g += `<rect x="${f(bx - 16)}" y="${f(colTop - entH)}" width="${f(bw + 32)}" height="${f(entH)}" fill="${stone}"/>`;
  g += `<rect x="${f(bx - 16)}" y="${f(colTop - entH * 0.45)}" width="${f(bw + 32)}" height="3" fill="${stoneDark}" opacity="0.6"/>`;
  g += `<rect x="${f(bx - 24)}" y="${f(colTop - entH - 8)}" width="${f(bw + 48)}" height="9" fill="${lighten(stone, 0.1)}"/>`;
  g += `<rect x="${f(bx - 16)}" y="${f(colTop - 2)}" width="${f(bw + 32)}" height="8" fill="#000" opacity="0.25"/>`;
  const atW = bw * 0.42;
  g += `<rect x="${f(bx + (bw - atW) / 2)}" y="${f(colTop - entH - 8 - bh * 0.13)}" width="${f(atW)}" height="${f(bh * 0.13)}" fill="${mix(stone, stoneDark, 0.15)}"/>`;
  g += `<rect x="${f(bx + (bw - atW) / 2 - 6)}" y="${f(colTop - entH - 14 - bh * 0.13)}" width="${f(atW + 12)}" height="7" fill="${lighten(stone, 0.08)}"/>`;
  s.add(g);
  // Flood-light glow on the facade.
  s.add(`<ellipse cx="${f(W / 2)}" cy="${f(base)}" rx="${f(bw * 0.6)}" ry="${f(bh * 0.5)}" fill="#f3c38a" opacity="0.12" filter="${s.blur(30)}"/>`);
  // Two flags in front: plain colour fields.
  const poleH = H * 0.5;
  for (const [px, colors, vertical, phase] of [
    [W * 0.1, ["#9a3b33", "#34507e", "#d69a48"], false, 0.4],
    [W * 0.86, ["#34507e", "#e6ded0", "#9a3b33"], true, 2.1],
  ] as Array<[number, [string, string, string], boolean, number]>) {
    s.add(`<rect x="${f(px - 3)}" y="${f(base - poleH)}" width="6" height="${f(poleH + 20)}" fill="#1f1b26"/><circle cx="${f(px)}" cy="${f(base - poleH - 4)}" r="6" fill="#1f1b26"/>`);
    s.add(flag(px + 3, base - poleH + 6, 150, 96, colors, vertical, phase));
  }
  // Lamps and people on the plaza.
  for (const lx of [W * 0.17, W * 0.83]) {
    s.add(`<rect x="${f(lx - 2.5)}" y="${f(base - 110)}" width="5" height="${f(H - base + 110)}" fill="#1f1b26"/>`);
    sun(s, lx, base - 116, 7, "#ffe6b8", "#f6c27e", 70, 0.6);
  }
  const ink = "#1b1722";
  for (const [x, h, kind, fl] of [
    [W * 0.42, 60, "coat", false], [W * 0.445, 56, "stand", true], [W * 0.47, 58, "coat", false],
    [W * 0.58, 58, "walk", true], [W * 0.6, 57, "coat", true], [W * 0.3, 74, "walk", false],
  ] as Array<[number, number, keyof typeof PERSON, boolean]>) {
    s.add(person(x, base + (h - 56) * 2.4 + 8, h, ink, kind, "", fl));
  }
  s.add(strokes(s, 60, 0, W, base + 20, H, "#f1c27e", 0.08, 40, 200));
}

function borderCeasefire(s: Scene): void {
  const { W, H } = s;
  sky(s, [[0, "#6d787f"], [0.6, "#a9a99f"], [1, "#cdc2a8"]], 0, H * 0.55);
  clouds(s, 10, H * 0.02, H * 0.3, "#596369", 0.35, 1.6);
  const r1 = ridge(s, { y: H * 0.4, amp: 30, rough: 0.55, peaks: [{ x: W * 0.7, h: 60, w: 420 }] });
  s.add(`<path d="${fillBelow(r1, H)}" fill="${hazeFill(s, "#8d969c", "#c7c1ae", 0.55)}"/>`);
  const r2 = ridge(s, { y: H * 0.48, amp: 26, rough: 0.55, peaks: [{ x: W * 0.3, h: 40, w: 380 }] });
  s.add(`<path d="${fillBelow(r2, H)}" fill="${hazeFill(s, "#78808a", "#b4ad9a", 0.5)}"/>`);
  mist(s, H * 0.52, 50, "#c3bca8", 0.5);
  // The border ridge with its fence.
  const r3 = ridge(s, { y: H * 0.62, amp: 26, rough: 0.55, peaks: [{ x: W * 0.24, h: 90, w: 520 }, { x: W * 0.8, h: 50, w: 420 }] });
  const r3D = fillBelow(r3, H);
  s.add(`<path d="${r3D}" fill="${hazeFill(s, "#7d7158", "#5f5644", 0.5)}"/>`);
  // Patrol track under the fence.
  s.add(`<path d="${smoothD(r3.map(([x, y]) => [x, y + 22] as Pt))}" stroke="#a39477" stroke-width="5" opacity="0.5" fill="none"/>`);
  const ink = "#3a352d";
  let posts = "";
  let wires = "";
  let barbs = "";
  let coil = "";
  const wireRows: Pt[][] = [[], [], []];
  for (let x = -10; x < W + 20; x += 24) {
    const y = yAt(r3, x) + 3;
    posts += `M${P(x, y)}v-22`;
    wireRows.forEach((row, i) => row.push([x, y - 6 - i * 7]));
  }
  for (const row of wireRows) {
    wires += polyD(row);
    for (let i = 0; i < row.length - 1; i++) {
      const a = row[i] as Pt;
      const b = row[i + 1] as Pt;
      for (const t of [0.33, 0.66]) {
        const bx = lerp(a[0], b[0], t);
        const by = lerp(a[1], b[1], t);
        barbs += `M${P(bx - 2, by - 2)}l4,4M${P(bx + 2, by - 2)}l-4,4`;
      }
    }
  }
  for (let x = -10; x < W + 10; x += 5) coil += `<ellipse cx="${f(x)}" cy="${f(yAt(r3, x) - 4)}" rx="7" ry="6"/>`;
  s.add(`<g fill="none" stroke="${ink}"><g stroke-width="0.9" opacity="0.8">${coil}</g><path d="${posts}" stroke-width="3"/><path d="${wires}" stroke-width="1"/><path d="${barbs}" stroke-width="0.8"/></g>`);
  // Watchtowers: one on this ridge, one across the valley on the far ridge.
  const tower = (x: number, y: number, h: number, c: string): string => {
    const cab = h * 0.28;
    return (
      `<path d="${latticeTower(x, y, h - cab, h * 0.42, h * 0.24, 4)}" stroke="${c}" stroke-width="${f(Math.max(1, h * 0.025))}" fill="none"/>` +
      `<rect x="${f(x - h * 0.17)}" y="${f(y - h)}" width="${f(h * 0.34)}" height="${f(cab)}" fill="${c}"/>` +
      `<path d="M${P(x - h * 0.24, y - h)}L${P(x, y - h - h * 0.12)}L${P(x + h * 0.24, y - h)}Z" fill="${c}"/>` +
      `<rect x="${f(x - h * 0.13)}" y="${f(y - h + cab * 0.3)}" width="${f(h * 0.26)}" height="${f(cab * 0.22)}" fill="${mix(c, "#d8cdb4", 0.5)}"/>`
    );
  };
  s.add(tower(W * 0.64, yAt(r2, W * 0.64) + 4, 44, "#59605f"));
  s.add(tower(W * 0.25, yAt(r3, W * 0.25) + 2, 120, ink));
  // Foreground slope with a striped border marker.
  const r4 = ridge(s, { y: H * 0.86, amp: 18, rough: 0.5, tilt: -70 });
  s.add(`<path d="${fillBelow(r4, H + 10, true)}" fill="${s.lin([[0, "#8f7b4f"], [1, "#5e5033"]])}"/>`);
  s.add(tufts(s, 240, -10, W + 10, H * 0.84, H + 6, "#4b3f27", 0.55, 26));
  const mx = W * 0.88;
  const my = yAt(r4, mx) + 30;
  let bands = "";
  for (let i = 0; i < 6; i++) bands += `<rect x="${f(mx - 9)}" y="${f(my - 250 + i * 40)}" width="18" height="40" fill="${i % 2 ? "#d9cfb9" : "#9c4a36"}"/>`;
  s.add(`<rect x="${f(mx + 3)}" y="${f(my - 250)}" width="6" height="250" fill="#000" opacity="0.2"/>${bands}<path d="M${P(mx - 12, my - 254)}h24l-12,-14Z" fill="#3a352d"/>`);
  for (let i = 0; i < 4; i++) s.add(bird(s.r(W * 0.35, W * 0.6), s.r(H * 0.1, H * 0.28), s.r(5, 8), "#3f464b"));
}

function tbilisiProtests(s: Scene): void {
  const { W, H } = s;
  const cam: Cam = { vx: W * 0.5, vy: H * 0.44, F: 980, h: 4.2 };
  sky(s, [[0, "#0b1020"], [0.65, "#1c2640"], [1, "#3c3a4a"]], 0, cam.vy);
  stars(s, 60, H * 0.3, "#cfd4e0");
  // Mtatsminda with the TV tower.
  const hill = ridge(s, { y: H * 0.36, amp: 14, rough: 0.45, peaks: [{ x: W * 0.64, h: 70, w: 700, shape: "bell" }] });
  s.add(`<path d="${fillBelow(hill, H, true)}" fill="#161d2e"/>`);
  const tx = W * 0.64;
  const ty = yAt(hill, tx) + 4;
  s.add(`<path d="${latticeTower(tx, ty, 190, 44, 6, 10)}" stroke="#2b3448" stroke-width="1.6" fill="none"/>`);
  s.add(`<rect x="${f(tx - 14)}" y="${f(ty - 120)}" width="28" height="8" fill="#2b3448"/><rect x="${f(tx - 10)}" y="${f(ty - 160)}" width="20" height="6" fill="#2b3448"/>`);
  for (const yy of [ty - 192, ty - 122, ty - 162]) sun(s, tx, yy, 2.5, "#ff8a6a", "#e0604a", 16, 0.6);
  // Facades on both sides of the avenue.
  const sides: Array<1 | -1> = [-1, 1];
  for (const side of sides) {
    const X = 17 * side;
    let z = 6;
    while (z < 420) {
      const dz = s.r(18, 34);
      const hgt = s.r(14, 24);
      const a = proj(cam, X, 0, z);
      const b = proj(cam, X, 0, z + dz);
      const c = proj(cam, X, hgt, z + dz);
      const d = proj(cam, X, hgt, z);
      const body = mix("#1a2133", "#2a3146", s.r(0, 0.6));
      s.add(`<path d="${quad(a, b, c, d)}" fill="${body}"/>`);
      let lit = "";
      let dark = "";
      for (let Y = 3.2; Y < hgt - 2; Y += 3.6) {
        for (let wz = z + 1.2; wz < z + dz - 1.6; wz += 3.2) {
          const q = quad(proj(cam, X, Y, wz), proj(cam, X, Y, wz + 1.3), proj(cam, X, Y + 2, wz + 1.3), proj(cam, X, Y + 2, wz));
          if (s.chance(0.22)) lit += q;
          else dark += q;
        }
      }
      s.add(`<path d="${dark}" fill="#121827"/><path d="${lit}" fill="#e9b56e" opacity="0.85"/>`);
      s.add(`<path d="M${P(d[0], d[1])}L${P(c[0], c[1])}" stroke="#39415a" stroke-width="${f(Math.max(1, 900 / z))}"/>`);
      z += dz;
    }
  }
  // The avenue surface.
  const road = quad(proj(cam, -17, 0, 3), proj(cam, 17, 0, 3), proj(cam, 17, 0, 2000), proj(cam, -17, 0, 2000));
  s.add(`<path d="${road}" fill="${s.linU([[0, "#3a3540"], [1, "#1a1c25"]], 0, cam.vy, 0, H)}"/>`);
  // Street lamps with warm glows.
  for (const side of sides) {
    for (let z = 9; z < 260; z += 16) {
      const X = 13.5 * side;
      const foot = proj(cam, X, 0, z);
      const head = proj(cam, X, 7, z);
      const k = cam.F / z;
      s.add(`<path d="M${P(foot[0], foot[1])}L${P(head[0], head[1])}" stroke="#0c0f17" stroke-width="${f(Math.max(0.8, k * 0.18))}"/>`);
      s.add(`<path d="M${P(head[0] - k * 0.9, head[1])}H${f(head[0] + k * 0.9)}" stroke="#0c0f17" stroke-width="${f(Math.max(0.6, k * 0.1))}"/>`);
      for (const dx of [-0.9, 0.9]) sun(s, head[0] + k * dx, head[1] + k * 0.15, Math.max(0.8, k * 0.14), "#ffe9c0", "#f2b562", Math.max(6, k * 2.6), 0.5);
    }
  }
  // The crowd, drawn far to near.
  const crowd: Array<[number, number, number]> = [];
  for (let i = 0; i < 1500; i++) {
    const Z = lerp(6.5, 170, Math.pow(s.rng(), 1.05));
    crowd.push([s.r(-12.5, 12.5), Z, s.r(1.55, 1.85)]);
  }
  crowd.sort((a, b) => b[1] - a[1]);
  let people = "";
  let lights = "";
  for (const [X, Z, hh] of crowd) {
    const foot = proj(cam, X, 0, Z);
    const hpx = (hh * cam.F) / Z;
    const fade = clamp((Z - 20) / 150, 0, 1);
    const col = mix(mix("#0a0d15", "#1c1a22", s.r(0, 1)), "#2f3247", fade * 0.8);
    const r = s.rng();
    let extra = "";
    if (r < 0.012) extra = FLAG(s.chance(0.5) ? "#d9d2c4" : "#2f4c7e");
    people += person(foot[0], foot[1], hpx, col, s.chance(0.3) ? "coat" : "stand", extra, s.chance(0.5));
    if (r > 0.955) {
      const ly = foot[1] - hpx * 1.12;
      lights += `<circle cx="${f(foot[0] + hpx * 0.12)}" cy="${f(ly)}" r="${f(Math.max(0.9, hpx * 0.03))}"/>`;
    }
  }
  s.add(people);
  s.add(`<g fill="#fff6dc" opacity="0.9">${lights}</g>`);
  mist(s, cam.vy + 10, 60, "#3d3b4d", 0.35);
}

function dagestanFlood(s: Scene): void {
  const { W, H } = s;
  sky(s, [[0, "#8a9296"], [1, "#c7c3b6"]], 0, H * 0.5);
  clouds(s, 10, H * 0.02, H * 0.28, "#6f787c", 0.4, 1.6);
  const r1 = ridge(s, { y: H * 0.32, amp: 40, rough: 0.55, peaks: [{ x: W * 0.35, h: 90, w: 300 }, { x: W * 0.75, h: 70, w: 280 }] });
  s.add(`<path d="${fillBelow(r1, H)}" fill="${hazeFill(s, "#8a9392", "#c3c1b5", 0.6)}"/>`);
  mist(s, H * 0.4, 60, "#c9c7bb", 0.7);
  const r2 = ridge(s, { y: H * 0.46, amp: 30, rough: 0.55, peaks: [{ x: W * 0.08, h: 80, w: 420 }, { x: W * 0.95, h: 90, w: 400 }] });
  s.add(`<path d="${fillBelow(r2, H)}" fill="${hazeFill(s, "#66736a", "#a6a89a", 0.5)}"/>`);
  // Far bank with houses and poplars.
  const bankY = H * 0.6;
  const riverTop = H * 0.64;
  const riverBot = H * 0.82;
  s.add(`<rect x="0" y="${f(bankY)}" width="${W}" height="${f(riverTop - bankY + 4)}" fill="${s.lin([[0, "#6f7155"], [1, "#5b5a44"]])}"/>`);
  const tones: Tones = { lit: "#a8a090", shade: "#7b7468", roof: "#5c5650", win: "#3a3632" };
  for (let i = 0; i < 8; i++) {
    const hx = W * 0.66 + i * 64 + s.n(8);
    s.add(house(s, hx, bankY + 8 + (i % 3) * 6, s.r(40, 56), s.r(24, 34), s.r(20, 30), 0, tones, { flat: true, windows: 2 }));
  }
  for (const px of [W * 0.04, W * 0.07, W * 0.6, W * 0.63]) s.add(poplar(px, bankY + 10, s.r(90, 120), "#4a5038"));
  // The swollen river, flowing across the picture.
  s.add(`<rect x="0" y="${f(riverTop)}" width="${W}" height="${f(riverBot - riverTop)}" fill="${s.lin([[0, "#b8ac90"], [0.2, "#a48a5e"], [1, "#8a6a40"]])}"/>`);
  s.add(`<rect x="0" y="${f(riverTop - 3)}" width="${W}" height="6" fill="#4c4434" opacity="0.6"/>`);
  let flow = "";
  for (let i = 0; i < 170; i++) {
    const y = lerp(riverTop + 6, riverBot - 4, Math.pow(s.rng(), 0.9));
    const l = lerp(20, 140, (y - riverTop) / (riverBot - riverTop)) * s.r(0.4, 1.2);
    const x = s.r(-50, W);
    flow += `M${P(x, y)}q${f(l / 2)},${f(-l * 0.04)} ${f(l)},${f(l * 0.01)}`;
  }
  s.add(`<path d="${flow}" stroke="#cdbb95" stroke-width="2" opacity="0.45" fill="none" stroke-linecap="round"/>`);
  // The bridge in side elevation, its middle span fallen into the water.
  const deckY = H * 0.55;
  const deckH = 24;
  const concrete = "#b5aea1";
  const cShade = "#80796e";
  const xa = W * 0.14;
  const xb = W * 0.86;
  const piers = [W * 0.32, W * 0.5, W * 0.68];
  const mid = W * 0.5;
  let g = "";
  // Abutments.
  g += `<path d="M${P(xa - 80, riverTop)}L${P(xa, deckY + deckH)}H${f(xa + 20)}V${f(riverTop + 10)}Z" fill="${cShade}"/>`;
  g += `<path d="M${P(xb + 80, riverTop)}L${P(xb, deckY + deckH)}H${f(xb - 20)}V${f(riverTop + 10)}Z" fill="${cShade}"/>`;
  // Piers (the third one broken off).
  for (const [i, px] of piers.entries()) {
    const top = i === 2 ? deckY + 70 : deckY + deckH;
    g += `<path d="M${P(px - 14, top)}H${f(px + 14)}L${P(px + 18, riverTop + 40)}H${f(px - 18)}Z" fill="${cShade}"/>`;
    if (i === 2) g += `<path d="M${P(px - 14, top)}l8,-10l6,6l8,-12l6,16Z" fill="${cShade}"/>`;
    g += `<path d="M${P(px - 30, riverTop + 40)}q15,-6 30,-2q15,-5 32,2" stroke="#e3d8bf" stroke-width="3" opacity="0.6" fill="none"/>`;
  }
  // Standing spans.
  const rail = (x0: number, x1: number): string => {
    let d = `M${P(x0, deckY - 14)}H${f(x1)}`;
    for (let x = x0 + 6; x < x1; x += 16) d += `M${P(x, deckY)}v-14`;
    return `<path d="${d}" stroke="${cShade}" stroke-width="2.5"/>`;
  };
  g += `<rect x="${f(xa)}" y="${f(deckY)}" width="${f(mid + 6 - xa)}" height="${deckH}" fill="${concrete}"/>` + rail(xa, mid + 6);
  g += `<rect x="${f(xa)}" y="${f(deckY + deckH - 6)}" width="${f(mid + 6 - xa)}" height="6" fill="${cShade}"/>`;
  g += `<path d="M${P(mid + 6, deckY)}l-8,9l6,6l-5,9" stroke="${cShade}" stroke-width="2.5" fill="none"/>`;
  // The right-hand span: still on its abutment, sloping down into the river.
  const fx0 = mid + 40;
  const fy0 = riverTop + 36;
  g += `<path d="M${P(xb, deckY)}L${P(fx0, fy0)}L${P(fx0, fy0 + deckH)}L${P(xb, deckY + deckH)}Z" fill="${concrete}"/>`;
  g += `<path d="M${P(xb, deckY + deckH - 6)}L${P(fx0, fy0 + deckH - 6)}L${P(fx0, fy0 + deckH)}L${P(xb, deckY + deckH)}Z" fill="${cShade}"/>`;
  let rr = "";
  for (let i = 0; i <= 20; i++) {
    const t = i / 20;
    const x = lerp(xb, fx0, t);
    const y = lerp(deckY, fy0, t);
    rr += `M${P(x, y)}l${f(s.n(2))},-14`;
  }
  g += `<path d="${rr}M${P(xb, deckY - 14)}L${P(fx0 + 60, fy0 - 30)}" stroke="${cShade}" stroke-width="2.5" fill="none"/>`;
  s.add(g);
  // Water breaking over the fallen span.
  s.add(`<path d="M${P(fx0 - 10, fy0 + 8)}q40,-14 90,-4q40,8 80,-2" stroke="#e6dcc3" stroke-width="5" opacity="0.6" fill="none"/>`);
  // Debris in the current.
  let logs = "";
  for (let i = 0; i < 14; i++) {
    const y = s.r(riverTop + 20, riverBot - 10);
    const x = s.r(0, W);
    const l = lerp(20, 70, (y - riverTop) / (riverBot - riverTop));
    logs += `<rect x="${f(x - l / 2)}" y="${f(y)}" width="${f(l)}" height="${f(Math.max(3, l * 0.1))}" rx="2" transform="rotate(${f(s.r(-15, 15))} ${f(x)} ${f(y)})"/>`;
  }
  s.add(`<g fill="#4a3d2d">${logs}</g>`);
  // Near bank: mud, puddles, the excavator and two people.
  const near = ridge(s, { y: riverBot + 4, amp: 6, rough: 0.5, tilt: 10 });
  s.add(`<path d="${fillBelow(near, H + 10, true)}" fill="${s.lin([[0, "#6e5e44"], [1, "#4a3e2c"]])}"/>`);
  let puddles = "";
  for (let i = 0; i < 4; i++) {
    const y = s.r(riverBot + 30, H - 10);
    puddles += `<ellipse cx="${f(s.r(W * 0.3, W))}" cy="${f(y)}" rx="${f(lerp(30, 120, (y - riverBot) / (H - riverBot)))}" ry="${f(lerp(3, 10, (y - riverBot) / (H - riverBot)))}"/>`;
  }
  s.add(`<g fill="#a9a595" opacity="0.4">${puddles}</g>`);
  s.add(strokes(s, 120, 0, W, riverBot + 10, H, "#3a3024", 0.35, 10, 60));
  const ex = W * 0.14;
  const ey = H * 0.94;
  const yel = "#b58a3e";
  s.add(
    `<g><rect x="${f(ex - 90)}" y="${f(ey - 28)}" width="180" height="28" rx="14" fill="#2c2a26"/>` +
      `<rect x="${f(ex - 80)}" y="${f(ey - 78)}" width="150" height="50" fill="${yel}"/>` +
      `<rect x="${f(ex - 12)}" y="${f(ey - 132)}" width="78" height="56" fill="${yel}"/><rect x="${f(ex + 2)}" y="${f(ey - 122)}" width="52" height="34" fill="#4a4d4f"/>` +
      `<path d="M${P(ex + 64, ey - 74)}L${P(ex + 190, ey - 190)}L${P(ex + 290, ey - 80)}" stroke="${yel}" stroke-width="20" fill="none" stroke-linejoin="round"/>` +
      `<path d="M${P(ex + 270, ey - 86)}l46,12l-10,44l-44,-12Z" fill="#3a3630"/></g>`,
  );
  const ink = "#2b2822";
  s.add(person(W * 0.6, H * 0.95, 130, ink, "coat", CAP));
  s.add(person(W * 0.645, H * 0.96, 124, ink, "stand", "", true));
  // Sandbags.
  let bags = "";
  for (let r = 0; r < 3; r++) for (let i = 0; i < 8 - r * 2; i++) bags += `<rect x="${f(W * 0.8 + i * 36 + r * 36)}" y="${f(H * 0.94 - r * 18)}" width="34" height="18" rx="8"/>`;
  s.add(`<g fill="#a79572" stroke="#6d5f45" stroke-width="1.5">${bags}</g>`);
}

function bakuGas(s: Scene): void {
  const { W, H } = s;
  const cam: Cam = { vx: W * 0.5, vy: H * 0.5, F: 1150, h: 3.6 };
  sky(s, [[0, "#5e7690"], [0.55, "#aebcbf"], [0.9, "#e4d2a6"], [1, "#efd9a8"]], 0, cam.vy);
  sun(s, W * 0.74, cam.vy - 70, 24, "#fdf0cf", "#f6dba4", 520, 0.6);
  clouds(s, 6, H * 0.06, H * 0.3, "#f4ead6", 0.3, 1.6);
  // Faint hills on the horizon and a compressor station.
  const hills = ridge(s, { y: cam.vy - 4, amp: 5, rough: 0.5, peaks: [{ x: W * 0.15, h: 22, w: 320, shape: "bell" }] });
  s.add(`<path d="${fillBelow(hills, cam.vy + 2, true)}" fill="#b7ab8d"/>`);
  const st = "#7e7a70";
  const sx = W * 0.8;
  s.add(`<g fill="${st}"><rect x="${f(sx)}" y="${f(cam.vy - 12)}" width="40" height="12"/><rect x="${f(sx + 44)}" y="${f(cam.vy - 8)}" width="26" height="8"/><rect x="${f(sx + 20)}" y="${f(cam.vy - 36)}" width="4" height="26"/><path d="M${P(sx + 76, cam.vy)}h10v-8a5 3 0 0 0 -10 0Z"/></g>`);
  // Steppe.
  s.add(`<rect x="0" y="${f(cam.vy)}" width="${W}" height="${f(H - cam.vy)}" fill="${s.linU([[0, "#cdb37a"], [0.4, "#ae9460"], [1, "#7f6a40"]], 0, cam.vy, 0, H)}"/>`);
  let furrows = "";
  for (let Z = 6; Z < 600; Z *= 1.09) {
    const y = proj(cam, 0, 0, Z)[1];
    furrows += `M0,${f(y + s.n(1))}H${W}`;
  }
  s.add(`<path d="${furrows}" stroke="#8a7247" stroke-width="1.2" opacity="0.25"/>`);
  s.add(tufts(s, 260, -10, W + 10, cam.vy + 20, H + 5, "#6e5a33", 0.45, 20));
  // Two pipelines on their supports, running to the horizon.
  const k = 0.075;
  const PY = 1.45;
  const shadowPipe = (X0: number): string => {
    const pts: Pt[] = [];
    const back: Pt[] = [];
    for (let Z = 2.2; Z < 3000; Z *= 1.06) {
      pts.push(proj(cam, X0 + k * Z + 0.7, 0, Z));
      back.push(proj(cam, X0 + k * Z + 1.9, 0, Z));
    }
    return `<path d="${polyD(pts)}${polyD(back.reverse()).replace(/^M/, "L")}Z" fill="#3d3220" opacity="0.22"/>`;
  };
  const pipe = (X0: number, rad: number, c: string): string => {
    // The cylinder is drawn as strips around its circumference, each shaded by its normal.
    let sup = "";
    for (let Z = 2.5; Z < 400; Z += 10) {
      const X = X0 + k * Z;
      const a = proj(cam, X - rad * 0.8, 0, Z);
      const b = proj(cam, X + rad * 0.8, 0, Z);
      const a2 = proj(cam, X - rad * 0.8, PY - rad * 0.5, Z);
      const b2 = proj(cam, X + rad * 0.8, PY - rad * 0.5, Z);
      sup += `M${P(a[0], a[1])}L${P(a2[0], a2[1])}M${P(b[0], b[1])}L${P(b2[0], b2[1])}M${P(a2[0], a2[1])}L${P(b2[0], b2[1])}`;
    }
    const zs: number[] = [];
    for (let Z = 2.2; Z < 3000; Z *= 1.05) zs.push(Z);
    const line = (th: number): Pt[] => zs.map((Z) => proj(cam, X0 + k * Z + rad * Math.cos(th), PY + rad * Math.sin(th), Z));
    const view: Pt = [-X0, cam.h - PY];
    const vl = Math.hypot(view[0], view[1]);
    const L: Pt = [0.45, 0.89];
    let strips = "";
    const n = 28;
    for (let i = 0; i < n; i++) {
      const t0 = (i / n) * Math.PI * 2;
      const t1 = ((i + 1) / n) * Math.PI * 2;
      const tm = (t0 + t1) / 2;
      const nx = Math.cos(tm);
      const ny = Math.sin(tm);
      if (nx * view[0] / vl + ny * view[1] / vl < -0.05) continue;
      const lum = clamp(nx * L[0] + ny * L[1], -1, 1);
      const col = lum > 0 ? mix(c, "#f1dfb4", lum * 0.55) : mix(c, "#1f2124", -lum * 0.55);
      strips += `<path d="${polyD(line(t0))}${polyD(line(t1).reverse()).replace(/^M/, "L")}Z" fill="${col}" stroke="${col}" stroke-width="0.6"/>`;
    }
    return `<path d="${sup}" stroke="#3b3b38" stroke-width="3.5" fill="none"/>` + strips;
  };
  s.add(shadowPipe(-8.5));
  s.add(shadowPipe(-4.6));
  s.add(pipe(-8.5, 0.6, "#5a646c"));
  s.add(pipe(-4.6, 0.5, "#6f6b61"));
  // Marker posts along the buried line.
  for (let Z = 8; Z < 700; Z *= 1.35) {
    const X = 4 + k * Z;
    const a = proj(cam, X, 0, Z);
    const b = proj(cam, X, 1.3, Z);
    const c = proj(cam, X, 1.05, Z);
    const w = Math.max(1, (0.12 * cam.F) / Z);
    s.add(`<path d="M${P(a[0], a[1])}L${P(b[0], b[1])}" stroke="#e8e0cc" stroke-width="${f(w)}"/><path d="M${P(c[0], c[1])}L${P(b[0], b[1])}" stroke="#b8552f" stroke-width="${f(w)}"/>`);
  }
}

function gyumri(s: Scene): void {
  const { W, H } = s;
  const hz = H * 0.56;
  sky(s, [[0, "#a9adb0"], [0.6, "#cfcbc0"], [1, "#e2dbcc"]], 0, hz);
  clouds(s, 8, H * 0.04, H * 0.3, "#eeeae0", 0.45, 1.6);
  // Mount Aragats: a broad massif with several summits.
  const ar = ridge(s, { y: hz - 26, amp: 10, rough: 0.45, peaks: [{ x: W * 0.32, h: 150, w: 640, shape: "bell" }, { x: W * 0.4, h: 40, w: 120 }, { x: W * 0.26, h: 34, w: 110 }, { x: W * 0.48, h: 24, w: 100 }] });
  const arD = fillBelow(ar, hz);
  s.add(`<path d="${arD}" fill="${hazeFill(s, "#a3a7b0", "#d9d4c8", 0.6)}"/>`);
  s.add(snowCap(s, arD, ar, hz - 150, "#eef0ef", 34));
  // Town: rows of black-tuff houses.
  s.add(`<rect x="0" y="${f(hz - 4)}" width="${W}" height="${f(H - hz + 4)}" fill="${s.lin([[0, "#9d968a"], [1, "#6f685e"]])}"/>`);
  const tuffA: Tones = { lit: "#4a4446", shade: "#302c2e", roof: "#6f6762", win: "#1d1a1b" };
  const tuffB: Tones = { lit: "#57504f", shade: "#383234", roof: "#7a4f3d", win: "#1d1a1b" };
  for (let i = 0; i < 18; i++) {
    const x = i * 92 + s.r(-16, 10) - 30;
    s.add(house(s, x, hz + 12 + s.r(-4, 4), s.r(36, 50), s.r(22, 30), s.r(18, 30), s.r(10, 16), s.pick([tuffA, tuffB]), { windows: 2, arched: true, lit: 0.05 }));
  }
  // The church with scaffolding on its drum.
  const cx = W * 0.6;
  const cy = hz + 60;
  const cw = 210;
  s.add(church(cx, cy, cw, { lit: "#5a4d4d", shade: "#3a3233", roof: "#4b4343", roofShade: "#2f292a", win: "#1b1718" }));
  let sc = "";
  const dcx = cx + cw / 2 + cw * 0.9 * 0.3;
  const top = cy - cw * 0.62 - cw * 0.34 - cw * 0.9 * 0.08;
  for (let i = 0; i < 4; i++) sc += `M${P(dcx - 54 + i * 36, cy - cw * 0.6)}V${f(top - 100)}`;
  for (let j = 0; j < 8; j++) sc += `M${P(dcx - 60, top - 96 + j * 24)}H${f(dcx + 60)}`;
  sc += `M${P(dcx - 54, top - 96)}L${P(dcx + 54, top + 72)}`;
  s.add(`<path d="${sc}" stroke="#a58d62" stroke-width="2.4" fill="none"/>`);
  s.add(towerCrane(cx - 80, cy + 2, 300, "#9a7e55", 1));
  // A nearer row of houses either side of the church.
  for (let i = 0; i < 5; i++) {
    const x = -40 + i * 150 + s.r(-10, 10);
    if (x > W * 0.5) break;
    s.add(house(s, x, H * 0.8, s.r(84, 110), s.r(56, 70), s.r(40, 60), s.r(22, 30), s.pick([tuffA, tuffB]), { windows: 2, arched: true, lit: 0.1 }));
  }
  for (let i = 0; i < 2; i++) {
    s.add(house(s, W * 0.82 + i * 150, H * 0.8, s.r(84, 110), s.r(56, 70), s.r(40, 60), s.r(22, 30), s.pick([tuffA, tuffB]), { windows: 2, arched: true, lit: 0.1 }));
  }
  s.add(`<path d="M-10,${f(H * 0.8)}Q${P(W * 0.5, H * 0.79)} ${P(W + 10, H * 0.81)}V${f(H + 10)}H-10Z" fill="${s.lin([[0, "#8a8376"], [1, "#6b655b"]])}"/>`);
  // A ruined house: walls with empty windows, no roof.
  const rx = W * 0.08;
  const ry = H * 0.97;
  const wall = `M${P(rx, ry)}V${f(ry - 150)}L${P(rx + 30, ry - 170)}L${P(rx + 70, ry - 150)}L${P(rx + 110, ry - 165)}L${P(rx + 140, ry - 120)}L${P(rx + 190, ry - 128)}L${P(rx + 230, ry - 60)}V${f(ry)}Z`;
  let holes = "";
  for (const [hx, hy] of [[rx + 30, ry - 120], [rx + 100, ry - 120], [rx + 160, ry - 96]] as Pt[]) {
    holes += `M${P(hx, hy + 60)}V${f(hy + 14)}a18 14 0 0 1 36,0V${f(hy + 60)}Z`;
  }
  s.add(`<path d="${wall}${holes}" fill-rule="evenodd" fill="#3f393a"/>`);
  s.add(`<path d="M${P(rx + 230, ry)}l40,-14l30,10l20,-8l24,12Z" fill="#4b4445"/>`);
  // Domiks: the metal cabins where families still live.
  for (const [dx, dy] of [[W * 0.5, H * 0.9], [W * 0.59, H * 0.92]] as Pt[]) {
    s.add(`<path d="M${P(dx, dy)}V${f(dy - 46)}Q${P(dx + 60, dy - 78)} ${P(dx + 120, dy - 46)}V${f(dy)}Z" fill="#8d6b53"/><rect x="${f(dx + 44)}" y="${f(dy - 36)}" width="26" height="18" fill="#3e3a36"/><path d="M${P(dx, dy - 46)}Q${P(dx + 60, dy - 78)} ${P(dx + 120, dy - 46)}" stroke="#6b5040" stroke-width="4" fill="none"/>`);
  }
  s.add(strokes(s, 90, 0, W, H * 0.82, H, "#5a554c", 0.35, 10, 60));
  s.add(person(W * 0.78, H * 0.97, 120, "#26221f", "walk", "", true));
  for (const px of [W * 0.9, W * 0.95, W * 0.3]) s.add(poplar(px, H * 0.84, s.r(220, 280), "#4d4a42"));
}

function svaneti(s: Scene): void {
  const { W, H } = s;
  sky(s, [[0, "#5f86a8"], [0.6, "#b3c7d0"], [1, "#e2e6df"]], 0, H * 0.5);
  clouds(s, 5, H * 0.06, H * 0.2, "#ffffff", 0.4, 1.2);
  // Ushba-like double horn and its neighbours.
  const peaks = ridge(s, { y: H * 0.42, amp: 22, rough: 0.6, peaks: [{ x: W * 0.5, h: 120, w: 300, shape: "bell" }, { x: W * 0.47, h: 130, w: 70, p: 1.1 }, { x: W * 0.56, h: 120, w: 70, p: 1.1 }, { x: W * 0.22, h: 130, w: 300 }, { x: W * 0.86, h: 150, w: 300 }] });
  const pD = fillBelow(peaks, H);
  s.add(`<path d="${pD}" fill="${hazeFill(s, "#9aa7b8", "#c9d2d4", 0.5)}"/>`);
  s.add(snowCap(s, pD, peaks, H * 0.36, "#f3f5f6", 30));
  for (const px of [W * 0.56, W * 0.22, W * 0.86]) s.add(peakShade(s, pD, [px, yAt(peaks, px)], 70, H * 0.6, "#8d9cb0", 0.35));
  mist(s, H * 0.47, 60, "#e6ebe8", 0.6);
  // Forested ridges.
  const f1 = ridge(s, { y: H * 0.52, amp: 24, rough: 0.55, peaks: [{ x: W * 0.1, h: 60, w: 400, shape: "bell" }, { x: W * 0.85, h: 40, w: 380, shape: "bell" }] });
  s.add(`<path d="${fillBelow(f1, H, true)}" fill="${hazeFill(s, "#3f5a4a", "#7d9184", 0.5)}"/>`);
  let trees = "";
  for (let i = 0; i < 160; i++) {
    const x = s.r(-10, W + 10);
    const y = yAt(f1, x) + s.r(4, 60);
    trees += conifer(x, y, s.r(16, 26), "#2f4739");
  }
  s.add(trees);
  // Meadow and the village.
  const meadow = ridge(s, { y: H * 0.66, amp: 14, rough: 0.5, peaks: [{ x: W * 0.42, h: 30, w: 500, shape: "bell" }] });
  s.add(`<path d="${fillBelow(meadow, H + 10, true)}" fill="${s.lin([[0, "#86945a"], [1, "#55643a"]])}"/>`);
  const stone: Tones = { lit: "#a19484", shade: "#716657", roof: "#57534f", roofShade: "#3c3936", win: "#2c2824" };
  const houseT: Tones = { lit: "#9a8d7c", shade: "#6d6254", roof: "#5b5853", win: "#2c2824" };
  const items: Array<[number, string]> = [];
  for (let i = 0; i < 12; i++) {
    const x = W * 0.2 + i * 76 + s.n(14);
    const y = yAt(meadow, x) + s.r(30, 70);
    items.push([y, house(s, x, y, s.r(40, 56), s.r(26, 34), s.r(24, 36), s.r(12, 18), houseT, { windows: 1 })]);
  }
  for (const [tx, th] of [[W * 0.26, 230], [W * 0.36, 190], [W * 0.47, 250], [W * 0.58, 210], [W * 0.7, 240], [W * 0.79, 180]] as Pt[]) {
    const y = yAt(meadow, tx) + s.r(40, 60);
    items.push([y, svanTower(tx, y, th * 0.85, th * 0.25, stone)]);
  }
  items.sort((a, b) => a[0] - b[0]);
  s.add(items.map((i) => i[1]).join(""));
  // Path with hikers.
  const path = bezierPts([W * 0.02, H + 20], [W * 0.3, H * 0.86], [W * 0.5, H * 0.96], [W * 0.9, H * 0.82], 40);
  s.add(`<path d="${ribbon(path, (t) => lerp(40, 14, t))}" fill="#c2b48e" opacity="0.9"/>`);
  s.add(tufts(s, 240, -10, W + 10, H * 0.8, H + 6, "#3f4d29", 0.5, 22));
  const ink = "#2c3026";
  s.add(person(W * 0.52, H * 0.93, 62, ink, "walk", BACKPACK));
  s.add(person(W * 0.56, H * 0.925, 58, ink, "walk", BACKPACK));
  s.add(person(W * 0.63, H * 0.905, 54, ink, "walk", BACKPACK));
  for (let i = 0; i < 8; i++) s.add(conifer(s.r(0, W * 0.15), H * s.r(0.9, 1.02), s.r(80, 140), "#23362b"));
  for (let i = 0; i < 5; i++) s.add(conifer(s.r(W * 0.9, W), H * s.r(0.9, 1.02), s.r(80, 140), "#23362b"));
}

function middleCorridor(s: Scene): void {
  const { W, H } = s;
  const hz = H * 0.62;
  sky(s, [[0, "#3e4b63"], [0.55, "#8d8a8e"], [0.9, "#d8a779"], [1, "#e7bd88"]], 0, hz);
  sun(s, W * 0.3, hz - 60, 22, "#fde3b8", "#f2b679", 460, 0.6);
  clouds(s, 6, H * 0.08, H * 0.3, "#b48a82", 0.3, 1.5);
  const m1 = ridge(s, { y: hz - 120, amp: 50, rough: 0.55, peaks: [{ x: W * 0.6, h: 110, w: 320 }, { x: W * 0.15, h: 70, w: 260 }] });
  const m1D = fillBelow(m1, H);
  s.add(`<path d="${m1D}" fill="${hazeFill(s, "#7b7893", "#d0a58c", 0.6)}"/>`);
  s.add(snowCap(s, m1D, m1, hz - 200, "#e6d6d0", 22));
  const m2 = ridge(s, { y: hz - 50, amp: 30, rough: 0.5, peaks: [{ x: W * 0.35, h: 50, w: 400, shape: "bell" }] });
  s.add(`<path d="${fillBelow(m2, H, true)}" fill="${hazeFill(s, "#5d5a74", "#a98a86", 0.5)}"/>`);
  // Sea on the right with the port.
  water(s, hz - 6, "#c29a86", "#4b4d62", { x0: W * 0.66, x1: W + 10, y1: hz + 90, glints: 40, glint: "#f3d2ac", glintOp: 0.3 });
  // Plain.
  const plain = `M-10,${f(hz)}H${f(W * 0.7)}Q${P(W * 0.74, hz + 30)} ${P(W * 0.8, hz + 60)}L${P(W + 10, hz + 70)}V${f(H + 10)}H-10Z`;
  s.add(`<path d="${plain}" fill="${s.lin([[0, "#8b7a63"], [1, "#544a42"]])}"/>`);
  s.add(containerStacks(s, W * 0.7, W * 0.92, hz + 8, 12, 3, CONTAINERS.map((c) => mix(c, "#8d8a8e", 0.3))));
  s.add(stsCrane(W * 0.86, hz + 14, 240, "#3c3847", -1));
  s.add(stsCrane(W * 0.96, hz + 16, 230, "#3c3847", -1, true));
  // Embankment and the freight train.
  const ty = H * 0.86;
  s.add(`<path d="M-10,${f(ty + 4)}H${f(W + 10)}L${P(W + 10, ty + 34)}H-10Z" fill="#4a3f38"/>`);
  s.add(`<path d="M-10,${f(ty + 4)}H${f(W + 10)}" stroke="#2c2623" stroke-width="4"/>`);
  let g = "";
  const wagonL = 170;
  let x = W * 0.04;
  // Locomotive.
  g += `<path d="M${P(x, ty)}V${f(ty - 70)}H${f(x + 40)}L${P(x + 56, ty - 88)}H${f(x + 200)}V${f(ty)}Z" fill="#6b3a2e"/><rect x="${f(x + 10)}" y="${f(ty - 62)}" width="28" height="20" fill="#e4c48e"/><rect x="${f(x)}" y="${f(ty - 30)}" width="200" height="7" fill="#c79a4c"/>`;
  x += 208;
  const cols = CONTAINERS.map((c) => mix(c, "#b08a70", 0.15));
  while (x < W + 20) {
    g += `<rect x="${f(x)}" y="${f(ty - 14)}" width="${f(wagonL - 6)}" height="8" fill="#2b2624"/>`;
    const two = s.chance(0.5);
    if (two) {
      g += container(x + 2, ty - 64, wagonL / 2 - 6, 50, s.pick(cols), true) + container(x + wagonL / 2 - 1, ty - 64, wagonL / 2 - 6, 50, s.pick(cols), false);
    } else if (s.chance(0.85)) {
      g += container(x + 2, ty - 64, wagonL - 10, 50, s.pick(cols), s.chance(0.5));
    }
    x += wagonL;
  }
  let wheels = "";
  for (let wx = W * 0.04 + 14; wx < W; wx += 42) wheels += `<circle cx="${f(wx)}" cy="${f(ty)}" r="7"/>`;
  s.add(g + `<g fill="#1f1b1a">${wheels}</g>`);
  // Catenary-free track poles and a signal.
  let poles = "";
  for (let px = 60; px < W; px += 260) poles += `M${P(px, ty + 6)}V${f(ty - 130)}h20`;
  s.add(`<path d="${poles}" stroke="#2e2826" stroke-width="3" fill="none"/>`);
  s.add(strokes(s, 120, 0, W, ty + 40, H, "#3b332d", 0.35, 10, 80));
}

function elbrus(s: Scene): void {
  const { W, H } = s;
  sky(s, [[0, "#3f6a96"], [0.6, "#98b6cc"], [1, "#d8e2e6"]], 0, H * 0.55);
  clouds(s, 4, H * 0.08, H * 0.22, "#ffffff", 0.5, 1.2);
  // Elbrus: two rounded summits on a broad cone.
  const el = ridge(s, { y: H * 0.52, amp: 10, rough: 0.5, peaks: [{ x: W * 0.55, h: 200, w: 560, p: 1.0 }, { x: W * 0.47, h: 120, w: 100, shape: "bell" }, { x: W * 0.64, h: 110, w: 100, shape: "bell" }] });
  const elD = fillBelow(el, H);
  s.add(`<path d="${elD}" fill="${hazeFill(s, "#f2f5f7", "#c7d3dd", 0.5)}"/>`);
  s.add(peakShade(s, elD, [W * 0.47, yAt(el, W * 0.47)], 120, H * 0.6, "#b3c3d3", 0.7));
  s.add(peakShade(s, elD, [W * 0.64, yAt(el, W * 0.64)], 120, H * 0.6, "#a9bace", 0.8));
  // Rock bands low on the mountain.
  const rocks = ridge(s, { y: H * 0.58, amp: 26, rough: 0.6, peaks: [{ x: W * 0.15, h: 80, w: 260 }, { x: W * 0.88, h: 90, w: 300 }] });
  const rD = fillBelow(rocks, H);
  s.add(`<path d="${rD}" fill="${hazeFill(s, "#6f7d8e", "#a8b6c3", 0.4)}"/>`);
  s.add(snowCap(s, rD, rocks, H * 0.52, "#e9eef2", 26));
  // Snowy slope in front.
  const slope = ridge(s, { y: H * 0.72, amp: 20, rough: 0.5, tilt: -120, peaks: [{ x: W * 0.1, h: 60, w: 500, shape: "bell" }] });
  s.add(`<path d="${fillBelow(slope, H + 10, true)}" fill="${s.lin([[0, "#f4f7f8"], [1, "#c9d5de"]])}"/>`);
  // Cable car: pylons climbing from lower left, cables, cabins.
  const pyl: Pt[] = [[W * 0.08, H * 0.98], [W * 0.3, H * 0.8], [W * 0.5, H * 0.68], [W * 0.66, H * 0.6]];
  const heights = [180, 130, 90, 60];
  const tops: Pt[] = pyl.map(([x, y], i) => [x, y - (heights[i] as number)]);
  let towers = "";
  pyl.forEach(([x, y], i) => {
    const h = heights[i] as number;
    towers += `<path d="${latticeTower(x, y, h, h * 0.22, h * 0.08, 5)}" stroke="#3d4652" stroke-width="${f(Math.max(1, h / 70))}" fill="none"/>`;
    towers += `<rect x="${f(x - h * 0.16)}" y="${f(y - h - 3)}" width="${f(h * 0.32)}" height="${f(Math.max(2, h * 0.03))}" fill="#3d4652"/>`;
  });
  let cables = "";
  for (let i = 0; i < tops.length - 1; i++) {
    const a = tops[i] as Pt;
    const b = tops[i + 1] as Pt;
    const sag = (b[0] - a[0]) * 0.06;
    cables += `M${P(a[0], a[1])}Q${P((a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + sag)} ${P(b[0], b[1])}`;
  }
  s.add(towers + `<path d="${cables}" stroke="#2f3640" stroke-width="2" fill="none"/>`);
  for (const [i, t, c] of [[0, 0.45, "#a6513a"], [1, 0.6, "#c0944a"], [2, 0.4, "#a6513a"]] as Array<[number, number, string]>) {
    const a = tops[i] as Pt;
    const b = tops[i + 1] as Pt;
    const sag = (b[0] - a[0]) * 0.06;
    const x = lerp(a[0], b[0], t);
    const y = lerp(a[1], b[1], t) + sag * 4 * t * (1 - t) * 0.5 * 2;
    const sc = lerp(1, 0.45, i / 2);
    s.add(`<g transform="translate(${f(x)} ${f(y)}) scale(${f(sc)})"><path d="M0,0V16" stroke="#2f3640" stroke-width="2"/><rect x="-15" y="16" width="30" height="26" rx="5" fill="${c}"/><rect x="-11" y="21" width="22" height="8" rx="2" fill="#e3e9ed"/></g>`);
  }
  // Conifers and a few skiers.
  for (let i = 0; i < 16; i++) {
    const x = s.r(W * 0.7, W + 20);
    s.add(conifer(x, H * s.r(0.86, 1.02), s.r(70, 140), "#24392f"));
  }
  for (let i = 0; i < 6; i++) {
    const x = s.r(W * 0.08, W * 0.3);
    s.add(conifer(x, H * s.r(0.78, 0.86), s.r(40, 70), "#2c4437"));
  }
  const ink = "#2a3038";
  s.add(person(W * 0.42, H * 0.86, 36, ink, "walk"));
  s.add(person(W * 0.52, H * 0.9, 40, ink, "walk", "", true));
  s.add(`<path d="M${P(W * 0.41, H * 0.86)}l22,-4M${P(W * 0.51, H * 0.9)}l-22,-4" stroke="${ink}" stroke-width="2"/>`);
}

function sheki(s: Scene): void {
  const { W, H } = s;
  sky(s, [[0, "#8aa6b4"], [1, "#e7e0cc"]], 0, H * 0.6);
  // Wooded hills behind.
  const hill = ridge(s, { y: H * 0.28, amp: 26, rough: 0.5, peaks: [{ x: W * 0.75, h: 60, w: 500, shape: "bell" }] });
  s.add(`<path d="${fillBelow(hill, H, true)}" fill="${hazeFill(s, "#6c8068", "#a7b09a", 0.4)}"/>`);
  // Star-lattice pattern for the shebeke windows.
  const pid = s.id("pat");
  const t = 34;
  const star = (cx: number, cy: number, r: number): string => {
    const pts: Pt[] = [];
    for (let i = 0; i < 16; i++) {
      const a = (i * Math.PI) / 8;
      const rr = i % 2 === 0 ? r : r * 0.62;
      pts.push([cx + Math.cos(a) * rr, cy + Math.sin(a) * rr]);
    }
    return polyD(pts, true);
  };
  s.def(
    `<pattern id="${pid}" width="${t}" height="${t}" patternUnits="userSpaceOnUse">` +
      `<rect width="${t}" height="${t}" fill="#d19a3c"/>` +
      `<path d="${star(t / 2, t / 2, t * 0.42)}" fill="#2f5a86"/>` +
      `<path d="${star(t / 2, t / 2, t * 0.2)}" fill="#a3402f"/>` +
      `<path d="${star(0, 0, t * 0.3)}${star(t, 0, t * 0.3)}${star(0, t, t * 0.3)}${star(t, t, t * 0.3)}" fill="#3f6a4c"/>` +
      `<path d="${star(t / 2, t / 2, t * 0.42)}${star(t / 2, t / 2, t * 0.2)}${star(0, 0, t * 0.3)}${star(t, 0, t * 0.3)}${star(0, t, t * 0.3)}${star(t, t, t * 0.3)}" fill="none" stroke="#3b2a20" stroke-width="2.2"/>` +
      `</pattern>`,
  );
  // The facade.
  const fx = W * 0.14;
  const fw = W * 0.72;
  const top = H * 0.2;
  const base = H * 0.84;
  const wall = "#e6d7b8";
  s.add(`<rect x="${f(fx)}" y="${f(top)}" width="${f(fw)}" height="${f(base - top)}" fill="${wall}"/>`);
  // Eaves and shadow.
  s.add(`<rect x="${f(fx - 30)}" y="${f(top - 24)}" width="${f(fw + 60)}" height="26" fill="#5b4634"/><rect x="${f(fx)}" y="${f(top + 2)}" width="${f(fw)}" height="18" fill="#000" opacity="0.18"/>`);
  s.add(`<rect x="${f(fx - 10)}" y="${f(top - 40)}" width="${f(fw + 20)}" height="16" fill="#6e5a48"/>`);
  // Pointed-arch window with the lattice.
  const arch = (x: number, y: number, w: number, h: number): string => {
    const r = w;
    const spring = y + w * 0.87;
    return `M${P(x, y + h)}V${f(spring)}A${f(r)} ${f(r)} 0 0 1 ${P(x + w / 2, y)}A${f(r)} ${f(r)} 0 0 1 ${P(x + w, spring)}V${f(y + h)}Z`;
  };
  const bays = 5;
  const bw = fw / bays;
  for (let i = 0; i < bays; i++) {
    const bx = fx + i * bw;
    const central = i === 2;
    // Painted panel frame.
    s.add(`<rect x="${f(bx + 10)}" y="${f(top + 30)}" width="${f(bw - 20)}" height="${f(base - top - 60)}" fill="none" stroke="#b99c6d" stroke-width="3"/>`);
    if (central) {
      const ww = bw - 50;
      const d = arch(bx + 25, top + 50, ww, base - top - 90);
      s.add(`<path d="${d}" fill="url(#${pid})"/><path d="${d}" fill="none" stroke="#4a3428" stroke-width="10"/>`);
      s.add(`<path d="M${P(bx + 25 + ww / 2, top + 60)}V${f(base - 40)}M${P(bx + 25, top + 50 + (base - top - 90) * 0.55)}H${f(bx + 25 + ww)}" stroke="#4a3428" stroke-width="7"/>`);
    } else {
      // Upper window with lattice, lower painted blind arch.
      const ww = bw - 70;
      const h1 = (base - top) * 0.36;
      const d1 = arch(bx + 35, top + 50, ww, h1);
      s.add(`<path d="${d1}" fill="url(#${pid})"/><path d="${d1}" fill="none" stroke="#4a3428" stroke-width="8"/>`);
      const d2 = arch(bx + 35, top + 80 + h1, ww, base - top - 120 - h1);
      s.add(`<path d="${d2}" fill="#2e4a6e"/><path d="${d2}" fill="none" stroke="#c8a767" stroke-width="3"/>`);
      // A simple painted motif: a vase of flowing lines.
      const cx = bx + 35 + ww / 2;
      const cy = top + 80 + h1 + (base - top - 120 - h1) * 0.62;
      s.add(`<path d="M${P(cx, cy + 40)}C${P(cx - 30, cy + 10)} ${P(cx - 30, cy - 30)} ${P(cx, cy - 60)}C${P(cx + 30, cy - 30)} ${P(cx + 30, cy + 10)} ${P(cx, cy + 40)}ZM${P(cx - 34, cy - 10)}q34,-30 68,0" fill="none" stroke="#c8a767" stroke-width="3"/>`);
    }
  }
  // Base course and steps.
  s.add(`<rect x="${f(fx - 12)}" y="${f(base)}" width="${f(fw + 24)}" height="16" fill="#b7a384"/><rect x="${f(fx - 24)}" y="${f(base + 16)}" width="${f(fw + 48)}" height="12" fill="#9d8a6c"/>`);
  // Plane trees either side.
  for (const [tx, th] of [[W * 0.03, 620], [W * 0.97, 660]] as Pt[]) {
    s.add(`<rect x="${f(tx - 18)}" y="${f(H - th * 0.5)}" width="36" height="${f(th * 0.5)}" fill="#5a4a3a"/>`);
    let crown = "";
    for (let i = 0; i < 9; i++) crown += `<circle cx="${f(tx + s.n(120))}" cy="${f(H - th + s.r(40, 260))}" r="${f(s.r(80, 140))}"/>`;
    s.add(`<g fill="#3d5a3f">${crown}</g>`);
  }
  s.add(`<rect x="0" y="${f(base + 28)}" width="${W}" height="${f(H - base)}" fill="${s.lin([[0, "#a49a84"], [1, "#7b7260"]])}"/>`);
  // Silk skeins drying on a line in the foreground.
  let sk = "";
  const cols = ["#a3402f", "#d19a3c", "#2f5a86", "#3f6a4c", "#8c3a5a"];
  for (let i = 0; i < 9; i++) {
    const x = W * 0.27 + i * 92;
    sk += `<path d="M${P(x, H * 0.885)}q-12,30 -6,52h20q6,-22 -6,-52Z" fill="${cols[i % cols.length]}"/>`;
  }
  s.add(`<path d="M${P(W * 0.24, H * 0.885)}H${f(W * 0.76)}" stroke="#3b2a20" stroke-width="2"/>${sk}`);
}

function syunik(s: Scene): void {
  const { W, H } = s;
  sky(s, [[0, "#7f97a6"], [0.7, "#d6c9a8"], [1, "#e6d3a6"]], 0, H * 0.42);
  clouds(s, 5, H * 0.04, H * 0.2, "#f4ecdc", 0.35, 1.3);
  const far = ridge(s, { y: H * 0.3, amp: 26, rough: 0.55, peaks: [{ x: W * 0.52, h: 60, w: 300 }, { x: W * 0.2, h: 40, w: 260 }] });
  s.add(`<path d="${fillBelow(far, H)}" fill="${hazeFill(s, "#9a9eab", "#d9ccb0", 0.5)}"/>`);
  mist(s, H * 0.38, 50, "#e2d6bb", 0.6);
  // Valley floor seen from above.
  const floorD = `M-10,${f(H * 0.4)}H${W + 10}V${H + 10}H-10Z`;
  s.add(`<path d="${floorD}" fill="${s.lin([[0, "#b39270"], [1, "#8a6a4e"]])}"/>`);
  // River and road winding down the gorge towards us.
  const centre = bezierPts([W * 0.5, H * 0.42], [W * 0.74, H * 0.56], [W * 0.2, H * 0.64], [W * 0.44, H * 0.78], 40).concat(
    bezierPts([W * 0.44, H * 0.78], [W * 0.6, H * 0.88], [W * 0.64, H * 1.0], [W * 0.5, H + 160], 30).slice(1),
  );
  const w = (t: number): number => lerp(6, 170, Math.pow(t, 1.8));
  const riverLine = centre.map(([x, y], i) => [x + w(i / (centre.length - 1)) * 1.05, y] as Pt);
  s.add(`<path d="${ribbon(riverLine, (t) => w(t) * 0.32)}" fill="#8fa6ad"/>`);
  s.add(`<path d="${ribbon(centre, (t) => w(t) * 1.25)}" fill="#7b5f49" opacity="0.5"/>`);
  s.add(`<path d="${ribbon(centre, w)}" fill="#cfc3aa"/>`);
  let dashes = "";
  for (let i = 2; i < centre.length - 1; i += 2) {
    const a2 = centre[i] as Pt;
    const b2 = centre[i + 1] as Pt;
    dashes += `<path d="M${P(a2[0], a2[1])}L${P(b2[0], b2[1])}" stroke="#f2ead6" stroke-width="${f(Math.max(0.8, w(i / centre.length) * 0.05))}"/>`;
  }
  s.add(dashes);
  // A truck on the middle bend.
  const tp = along(centre, 0.42);
  s.add(`<g transform="translate(${f(tp[0])} ${f(tp[1])}) scale(0.9)"><rect x="-26" y="-16" width="38" height="16" fill="#a3513a"/><rect x="12" y="-12" width="12" height="12" fill="#3a3432"/><circle cx="-18" cy="1" r="3" fill="#222"/><circle cx="16" cy="1" r="3" fill="#222"/></g>`);
  // Rock spurs closing in from both sides, back to front.
  const spur = (side: 1 | -1, yTop: number, reach: number, yBot: number, c1: string, c2: string): void => {
    const x0 = side < 0 ? -20 : W + 20;
    const pts: Pt[] = [[x0, yTop - 120]];
    const n = 10;
    for (let i = 0; i <= n; i++) {
      const t = i / n;
      const bulge = Math.sin(t * Math.PI);
      pts.push([x0 - side * (reach * bulge + s.r(-12, 12) + reach * 0.25 * t), lerp(yTop, yBot, t)]);
    }
    pts.push([x0, yBot + 40]);
    const d = polyD(pts, true);
    s.add(`<path d="${d}" fill="${s.lin(side < 0 ? [[0, c1], [1, c2]] : [[0, c2], [1, c1]], 0, 0, 1, 0)}"/>`);
    s.add(`<path d="${polyD(pts.slice(1, -1))}" stroke="${lighten(c1, 0.18)}" stroke-width="3" fill="none" opacity="0.7"/>`);
    let strata = "";
    for (let i = 0; i < 8; i++) {
      const y = s.r(yTop, yBot);
      const xe = yToX(pts.slice(1, -1), y) + side * s.r(10, 40);
      strata += `M${P(x0, y + s.r(-10, 10))}L${P(xe, y)}`;
    }
    s.add(`<path d="${strata}" stroke="#2c1d18" stroke-width="2" opacity="0.3" fill="none" clip-path="${s.clip(d)}"/>`);
  };
  let scrub = "";
  for (let i = 0; i < 240; i++) {
    const y = s.r(H * 0.42, H);
    scrub += `<ellipse cx="${f(s.r(0, W))}" cy="${f(y)}" rx="${f(lerp(2, 8, (y - H * 0.4) / (H * 0.6)))}" ry="${f(lerp(1.2, 5, (y - H * 0.4) / (H * 0.6)))}"/>`;
  }
  s.add(`<g fill="#6b6238" opacity="0.45">${scrub}</g>`);
  spur(1, H * 0.3, W * 0.3, H * 0.5, "#8a6048", "#6a4838");
  spur(-1, H * 0.3, W * 0.34, H * 0.6, "#7a523e", "#573a2e");
  spur(1, H * 0.42, W * 0.34, H * 0.8, "#6c4636", "#4a3026");
  spur(-1, H * 0.5, W * 0.3, H + 40, "#5c3c2e", "#3a2620");
  spur(1, H * 0.78, W * 0.18, H + 60, "#4e3227", "#33211b");
  for (let i = 0; i < 5; i++) s.add(bird(s.r(W * 0.35, W * 0.65), s.r(H * 0.08, H * 0.2), s.r(6, 9), "#4a3a30"));
}

/** x of a polyline at a given y (first crossing). */
function yToX(pts: Pt[], y: number): number {
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1] as Pt;
    const b = pts[i] as Pt;
    if ((a[1] - y) * (b[1] - y) <= 0) return lerp(a[0], b[0], (y - a[1]) / (b[1] - a[1] || 1));
  }
  return (pts[pts.length - 1] as Pt)[0];
}

function georgiaEuPath(s: Scene): void {
  const { W, H } = s;
  const hz = H * 0.52;
  // Sky warm on the left, cooler and greyer on the right.
  s.add(`<rect width="${W}" height="${f(hz + 2)}" fill="${s.lin([[0, "#e3bf8a"], [0.5, "#b9b2a0"], [1, "#7e8a98"]], 0, 0, 1, 0)}"/>`);
  s.add(`<rect width="${W}" height="${f(hz + 2)}" fill="${s.lin([[0, "#4e5e78", 0.7], [1, "#4e5e78", 0]])}"/>`);
  sun(s, W * 0.22, hz - 30, 0, "#fff", "#f6d59c", 460, 0.6);
  clouds(s, 6, H * 0.08, H * 0.3, "#dcd2c2", 0.3, 1.5);
  const far = ridge(s, { y: hz - 14, amp: 14, rough: 0.5, peaks: [{ x: W * 0.8, h: 50, w: 360, shape: "bell" }, { x: W * 0.1, h: 30, w: 300, shape: "bell" }] });
  s.add(`<path d="${fillBelow(far, hz + 2, true)}" fill="${s.lin([[0, "#a8977e"], [0.5, "#8d8a86"], [1, "#6b7482"]], 0, 0, 1, 0)}"/>`);
  // Fields.
  s.add(`<rect x="0" y="${f(hz)}" width="${W}" height="${f(H - hz)}" fill="${s.lin([[0, "#9c9a68"], [1, "#5d6440"]])}"/>`);
  let furrows = "";
  for (let i = 0; i < 30; i++) {
    const x = lerp(-W, 2 * W, i / 29);
    furrows += `M${P(W * 0.5, hz)}L${P(x, H)}`;
  }
  s.add(`<path d="${furrows}" stroke="#4f5535" stroke-width="1.5" opacity="0.25"/>`);
  // The road forks toward two horizons.
  const fork: Pt = [W * 0.5, H * 0.66];
  const vL: Pt = [W * 0.24, hz];
  const vR: Pt = [W * 0.76, hz];
  const asphalt = "#4b4a4c";
  s.add(`<path d="M${P(W * 0.3, H + 10)}L${P(fork[0] - 70, fork[1])}L${P(vL[0] - 3, vL[1])}H${f(vL[0] + 4)}L${P(fork[0] + 4, fork[1] + 4)}L${P(vR[0] - 4, vR[1])}H${f(vR[0] + 3)}L${P(fork[0] + 70, fork[1])}L${P(W * 0.7, H + 10)}Z" fill="${asphalt}"/>`);
  s.add(`<path d="M${P(fork[0] - 70, fork[1])}L${P(vL[0] - 3, vL[1])}M${P(fork[0] + 70, fork[1])}L${P(vR[0] + 3, vR[1])}M${P(W * 0.3, H + 10)}L${P(fork[0] - 70, fork[1])}M${P(W * 0.7, H + 10)}L${P(fork[0] + 70, fork[1])}" stroke="#a39f88" stroke-width="2" opacity="0.6"/>`);
  const dash = (a: Pt, b: Pt, n: number, w0: number): string => {
    let d = "";
    for (let i = 0; i < n; i++) {
      const t0 = Math.pow(i / n, 0.7);
      const t1 = Math.pow((i + 0.5) / n, 0.7);
      d += `<path d="M${P(lerp(a[0], b[0], t0), lerp(a[1], b[1], t0))}L${P(lerp(a[0], b[0], t1), lerp(a[1], b[1], t1))}" stroke="#d8d0b8" stroke-width="${f(lerp(w0, 1, t0))}"/>`;
    }
    return d;
  };
  s.add(dash([W * 0.5, H + 10], fork, 5, 8));
  s.add(dash([fork[0] - 34, fork[1] - 2], vL, 12, 4));
  s.add(dash([fork[0] + 34, fork[1] - 2], vR, 12, 4));
  // A signpost with two blank boards.
  const sx = fork[0];
  const sy = fork[1] + 30;
  s.add(`<rect x="${f(sx - 3)}" y="${f(sy - 150)}" width="6" height="150" fill="#2e2b27"/>`);
  s.add(`<path d="M${P(sx - 6, sy - 146)}h-70l-14,12l14,12h70Z" fill="#d9cfb5"/><path d="M${P(sx + 6, sy - 120)}h70l14,12l-14,12h-70Z" fill="#98a3ad"/>`);
  // Poplars along the roads.
  for (let i = 1; i < 8; i++) {
    const t = Math.pow(i / 8, 0.8);
    const x = lerp(fork[0] - 90, vL[0] - 10, t);
    const y = lerp(fork[1], vL[1], t);
    s.add(poplar(x, y, lerp(160, 14, t), "#4d5a3a"));
    const x2 = lerp(fork[0] + 90, vR[0] + 10, t);
    s.add(poplar(x2, y, lerp(160, 14, t), "#43503d"));
  }
}

function northCaucasusTown(s: Scene): void {
  const { W, H } = s;
  sky(s, [[0, "#7ea3c0"], [0.6, "#c9d5d6"], [1, "#ebe3cf"]], 0, H * 0.5);
  clouds(s, 5, H * 0.05, H * 0.22, "#ffffff", 0.4, 1.3);
  const range = ridge(s, { y: H * 0.3, amp: 40, rough: 0.6, peaks: [{ x: W * 0.3, h: 110, w: 200 }, { x: W * 0.42, h: 80, w: 160 }, { x: W * 0.72, h: 130, w: 240 }] });
  const rD = fillBelow(range, H);
  s.add(`<path d="${rD}" fill="${hazeFill(s, "#9aa8b8", "#d5d8d2", 0.5)}"/>`);
  s.add(snowCap(s, rD, range, H * 0.28, "#f2f4f4", 26));
  s.add(peakShade(s, rD, [W * 0.72, yAt(range, W * 0.72)], 80, H * 0.5, "#8797ab", 0.35));
  mist(s, H * 0.38, 50, "#e6e7e0", 0.6);
  const forest = ridge(s, { y: H * 0.46, amp: 26, rough: 0.55, peaks: [{ x: W * 0.08, h: 80, w: 380, shape: "bell" }, { x: W * 0.95, h: 70, w: 360, shape: "bell" }] });
  s.add(`<path d="${fillBelow(forest, H, true)}" fill="${hazeFill(s, "#47604f", "#8e9d8f", 0.5)}"/>`);
  s.add(`<rect x="0" y="${f(H * 0.62)}" width="${W}" height="${f(H * 0.4)}" fill="${s.lin([[0, "#8a8a6a"], [1, "#6a6a50"]])}"/>`);
  // Old panel blocks and new towers.
  const old1: Tones = { lit: "#c8c2b4", shade: "#9c968a", roof: "#77736b", win: "#5b605f" };
  const old2: Tones = { lit: "#bdb6a6", shade: "#8f897d", roof: "#6d6962", win: "#565b5a" };
  const new1: Tones = { lit: "#cf9a72", shade: "#a06e52", roof: "#7c5440", win: "#4a4644" };
  const new2: Tones = { lit: "#dcbd86", shade: "#b08e5e", roof: "#7d6a4a", win: "#4b4a46" };
  const base = H * 0.74;
  s.add(apartmentBlock(s, W * 0.02, base - 30, 300, 5, 22, old2, { lit: 0.05 }));
  s.add(apartmentBlock(s, W * 0.3, base - 40, 180, 12, 20, new1, { lit: 0.04, balconies: true }));
  // A building going up, with its crane.
  const bx = W * 0.47;
  const floors = 9;
  let frame = "";
  for (let i = 0; i <= floors; i++) frame += `M${P(bx, base - 36 - i * 20)}h150`;
  for (let i = 0; i <= 5; i++) frame += `M${P(bx + i * 30, base - 36)}V${f(base - 36 - floors * 20)}`;
  s.add(`<rect x="${f(bx)}" y="${f(base - 36 - 5 * 20)}" width="150" height="100" fill="#b2a996"/><path d="${frame}" stroke="#8b8372" stroke-width="3"/>`);
  s.add(towerCrane(bx + 170, base - 30, 330, "#c08a3e", -1));
  s.add(apartmentBlock(s, W * 0.62, base - 20, 260, 9, 20, new2, { lit: 0.04, balconies: true }));
  s.add(apartmentBlock(s, W * 0.84, base - 10, 240, 5, 22, old1, { lit: 0.05 }));
  // Nearer row: older blocks and a small mosque.
  s.add(apartmentBlock(s, -20, H * 0.9, 420, 5, 30, old1, { lit: 0.05, balconies: true }));
  const mx = W * 0.52;
  const my = H * 0.9;
  s.add(`<rect x="${f(mx)}" y="${f(my - 70)}" width="130" height="70" fill="#e2dccb"/><path d="M${P(mx + 20, my - 70)}a45 42 0 0 1 90,0Z" fill="#4f7a73"/><rect x="${f(mx + 150)}" y="${f(my - 170)}" width="16" height="170" fill="#e2dccb"/><path d="M${P(mx + 146, my - 170)}h24l-12,-34Z" fill="#4f7a73"/><rect x="${f(mx + 144)}" y="${f(my - 130)}" width="28" height="6" fill="#c9c2b0"/>`);
  for (let i = 0; i < 3; i++) s.add(`<path d="M${P(mx + 22 + i * 36, my - 14)}V${f(my - 44)}a8 8 0 0 1 16,0V${f(my - 14)}Z" fill="#5b605f"/>`);
  s.add(apartmentBlock(s, W * 0.68, H * 0.92, 380, 4, 30, old2, { lit: 0.05 }));
  // Street and poplars.
  s.add(`<rect x="0" y="${f(H * 0.9)}" width="${W}" height="${f(H * 0.1)}" fill="#5d5a50"/>`);
  s.add(`<path d="M0,${f(H * 0.95)}H${W}" stroke="#cfc8b5" stroke-width="3" stroke-dasharray="40 30" opacity="0.6"/>`);
  for (const px of [W * 0.3, W * 0.34, W * 0.44, W * 0.95]) s.add(poplar(px, H * 0.91, s.r(200, 260), "#3f5135"));
  s.add(person(W * 0.4, H * 0.985, 70, "#2a2a26", "walk"));
}

function whyWeAsk(s: Scene): void {
  const { W, H } = s;
  s.add(`<rect width="${W}" height="${H}" fill="${s.lin([[0, "#1c2334"], [1, "#2a3144"]])}"/>`);
  // Window with night mountains.
  const wx = W * 0.6;
  const wy = H * 0.1;
  const ww = W * 0.3;
  const wh = H * 0.46;
  const win = new Scene(W, H, s.rng);
  sky(win, [[0, "#0e1424"], [1, "#2c3650"]], wy, wy + wh);
  stars(win, 40, wy + wh * 0.6);
  const mtn = ridge(win, { y: wy + wh * 0.78, amp: 30, rough: 0.55, x0: wx - 10, x1: wx + ww + 10, n: 6, peaks: [{ x: wx + ww * 0.6, h: 60, w: 200 }] });
  win.add(`<path d="${fillBelow(mtn, wy + wh + 10)}" fill="#161d2e"/>`);
  win.add(`<circle cx="${f(wx + ww * 0.25)}" cy="${f(wy + wh * 0.25)}" r="16" fill="#e8e2cf"/>`);
  s.defs.push(...win.defs);
  s.add(`<g clip-path="${s.clip(`M${P(wx, wy)}h${f(ww)}v${f(wh)}h${f(-ww)}Z`)}">${win.body.join("")}</g>`);
  s.add(`<path d="M${P(wx, wy)}h${f(ww)}v${f(wh)}h${f(-ww)}ZM${P(wx + ww / 2, wy)}v${f(wh)}M${P(wx, wy + wh * 0.45)}h${f(ww)}" stroke="#121724" stroke-width="14" fill="none"/>`);
  // Desk.
  const deskY = H * 0.68;
  s.add(`<rect x="0" y="${f(deskY)}" width="${W}" height="${f(H - deskY)}" fill="${s.lin([[0, "#3d322c"], [1, "#241e1b"]])}"/>`);
  s.add(`<rect x="0" y="${f(deskY)}" width="${W}" height="4" fill="#5a4a40"/>`);
  // Lamp light: cone and pool.
  const lx = W * 0.4;
  const ly = H * 0.3;
  s.add(`<path d="M${P(lx - 40, ly + 30)}L${P(W * 0.22, deskY + 70)}L${P(W * 0.78, deskY + 70)}L${P(lx + 50, ly + 20)}Z" fill="${s.linU([[0, "#f6d39b", 0.28], [1, "#f6d39b", 0.04]], 0, ly, 0, deskY + 70)}" filter="${s.blur(8)}"/>`);
  s.add(`<ellipse cx="${f(W * 0.5)}" cy="${f(deskY + 90)}" rx="${f(W * 0.32)}" ry="110" fill="${s.rad([[0, "#f6d39b", 0.55], [1, "#f6d39b", 0]], W * 0.5, deskY + 90, W * 0.32, 0.34)}"/>`);
  // Paper stacks.
  const stack = (x: number, y: number, w: number, h: number, d: number, sheets: number, lines: boolean): string => {
    let g = `<path d="M${P(x, y - h)}h${f(w)}v${f(h)}h${f(-w)}Z" fill="#d9ceb6"/>`;
    let l = "";
    for (let i = 1; i < sheets; i++) l += `M${P(x, y - (h * i) / sheets)}h${f(w)}`;
    g += `<path d="${l}" stroke="#b0a48a" stroke-width="1"/>`;
    g += `<path d="M${P(x + w, y)}l${f(d)},${f(-d * 0.45)}v${f(-h)}l${f(-d)},${f(d * 0.45)}Z" fill="#b8ad95"/>`;
    g += `<path d="M${P(x, y - h)}h${f(w)}l${f(d)},${f(-d * 0.45)}h${f(-w)}Z" fill="#f1e8d4"/>`;
    if (lines) {
      let t = "";
      for (let i = 0; i < 7; i++) {
        const k = 0.15 + i * 0.1;
        t += `M${P(x + w * 0.12 + d * k, y - h - d * 0.45 * k)}h${f(w * s.r(0.5, 0.75))}`;
      }
      g += `<path d="${t}" stroke="#a69c86" stroke-width="2.5"/>`;
    }
    return g;
  };
  s.add(stack(W * 0.3, deskY + 120, 190, 70, 120, 18, false));
  s.add(stack(W * 0.31, deskY + 50, 170, 40, 110, 10, true));
  s.add(stack(W * 0.55, deskY + 150, 220, 110, 130, 26, true));
  // Mug and pencil.
  const mx = W * 0.78;
  const my = deskY + 110;
  s.add(`<path d="M${P(mx, my)}v-80a40 10 0 0 1 80,0v80a40 10 0 0 1 -80,0Z" fill="#7c3f32"/><ellipse cx="${f(mx + 40)}" cy="${f(my - 80)}" rx="40" ry="10" fill="#3a1f1a"/><path d="M${P(mx + 80, my - 60)}q30,0 30,24t-30,22" stroke="#7c3f32" stroke-width="9" fill="none"/>`);
  s.add(`<path d="M${P(W * 0.2, deskY + 170)}l170,-30" stroke="#c8923e" stroke-width="9" stroke-linecap="round"/><path d="M${P(W * 0.2 + 170, deskY + 140)}l16,-3" stroke="#2a2420" stroke-width="5"/>`);
  // The lamp itself.
  const bx = W * 0.2;
  const by = deskY + 80;
  const ink = "#121212";
  s.add(`<ellipse cx="${f(bx)}" cy="${f(by)}" rx="70" ry="16" fill="${ink}"/>`);
  s.add(`<path d="M${P(bx, by - 8)}L${P(bx + 40, H * 0.42)}L${P(lx - 10, ly + 10)}" stroke="${ink}" stroke-width="10" fill="none" stroke-linejoin="round"/>`);
  s.add(`<circle cx="${f(bx + 40)}" cy="${f(H * 0.42)}" r="9" fill="${ink}"/><circle cx="${f(bx)}" cy="${f(by - 8)}" r="9" fill="${ink}"/>`);
  s.add(`<g transform="rotate(28 ${f(lx)} ${f(ly)})"><path d="M${P(lx - 24, ly - 20)}h48l30,56h-108Z" fill="${ink}"/><ellipse cx="${f(lx)}" cy="${f(ly + 36)}" rx="54" ry="8" fill="#fbe3b0"/></g>`);
}

function peaceNeighbours(s: Scene): void {
  const { W, H } = s;
  sky(s, [[0, "#9fb6c5"], [0.6, "#e0d9c4"], [1, "#f1dfb9"]], 0, H * 0.5);
  sun(s, W * 0.5, H * 0.36, 26, "#fff3d6", "#f7dfac", 460, 0.6);
  const far = ridge(s, { y: H * 0.44, amp: 20, rough: 0.5, peaks: [{ x: W * 0.5, h: 40, w: 400, shape: "bell" }] });
  s.add(`<path d="${fillBelow(far, H, true)}" fill="${hazeFill(s, "#a9aebb", "#e6dcc6", 0.5)}"/>`);
  mist(s, H * 0.5, 60, "#f3ead6", 0.6);
  // Two hillsides facing each other.
  const leftHill = bezierPts([-20, H * 0.3], [W * 0.2, H * 0.34], [W * 0.36, H * 0.62], [W * 0.56, H * 0.84], 40);
  const rightHill = bezierPts([W * 0.44, H * 0.86], [W * 0.62, H * 0.6], [W * 0.82, H * 0.38], [W + 20, H * 0.36], 40);
  s.add(`<path d="${smoothD(rightHill)}L${P(W + 20, H + 10)}L${P(W * 0.44, H + 10)}Z" fill="${s.lin([[0, "#8e9660"], [1, "#646b42"]])}"/>`);
  const leftD = `${smoothD(leftHill)}L${P(W * 0.56, H + 10)}L-20,${H + 10}Z`;
  s.add(`<path d="${leftD}" fill="${s.lin([[0, "#7f8a55"], [1, "#56603a"]])}"/>`);
  // Hedgerows following the slopes.
  let hedges = "";
  for (const [hill, x0, x1, off] of [[leftHill, W * 0.05, W * 0.42, 150], [leftHill, W * 0.1, W * 0.48, 270], [rightHill, W * 0.55, W * 0.95, 160], [rightHill, W * 0.5, W * 0.9, 290]] as Array<[Pt[], number, number, number]>) {
    for (let x = x0; x < x1; x += s.r(9, 14)) hedges += `<circle cx="${f(x)}" cy="${f(yAt(hill, x) + off + s.n(2))}" r="${f(s.r(5, 8))}"/>`;
  }
  s.add(`<g fill="#4d5a33" opacity="0.8">${hedges}</g>`);
  // Stream and footbridge in the valley.
  const sx = W * 0.5;
  const sy = H * 0.86;
  s.add(`<path d="M${P(sx - 30, H + 10)}Q${P(sx - 10, H * 0.92)} ${P(sx, sy)}" stroke="#9fb3bb" stroke-width="14" fill="none"/>`);
  s.add(`<path d="M${P(sx - 60, sy + 30)}q50,-30 100,0" stroke="#5a4632" stroke-width="6" fill="none"/><path d="M${P(sx - 60, sy + 16)}q50,-30 100,0" stroke="#5a4632" stroke-width="2" fill="none"/>`);
  // The path between the villages.
  const pathPts: Pt[] = [[W * 0.2, H * 0.44], [W * 0.3, H * 0.56], [W * 0.26, H * 0.66], [W * 0.4, H * 0.76], [sx - 60, sy + 22], [sx + 40, sy + 22], [W * 0.6, H * 0.74], [W * 0.72, H * 0.64], [W * 0.68, H * 0.55], [W * 0.8, H * 0.46]];
  s.add(`<path d="${smoothD(pathPts)}" stroke="#e7dcc0" stroke-width="5" fill="none" stroke-linecap="round" stroke-dasharray="14 8"/>`);
  // Villages.
  const roofs = ["#a4583c", "#b26a48", "#8f4c36"];
  const walls: Array<[string, string]> = [["#e3d8c2", "#bfb39c"], ["#d8cab0", "#b2a58c"], ["#e8dfcc", "#c4b9a2"]];
  const village = (hill: Pt[], x0: number, x1: number, flip: boolean): string => {
    const items: Array<[number, string]> = [];
    for (let i = 0; i < 14; i++) {
      const x = s.r(x0, x1);
      const y = yAt(hill, x) + s.r(14, 110);
      const k = lerp(0.7, 1.1, (y - H * 0.3) / (H * 0.5));
      const [lit, shade] = s.pick(walls);
      const w = 46 * k;
      const t: Tones = { lit: flip ? shade : lit, shade: flip ? lit : shade, roof: s.pick(roofs), win: "#4a4038" };
      items.push([y, house(s, x - w / 2, y, w, 30 * k, 28 * k, 16 * k, t, { windows: 2 })]);
    }
    for (let i = 0; i < 10; i++) {
      const x = s.r(x0, x1);
      const y = yAt(hill, x) + s.r(10, 120);
      items.push([y, s.chance(0.5) ? poplar(x, y, s.r(60, 90), "#4d5a35") : roundTree(s, x, y, s.r(40, 56), "#56663d")]);
    }
    items.sort((a, b) => a[0] - b[0]);
    return items.map((i) => i[1]).join("");
  };
  s.add(village(leftHill, W * 0.04, W * 0.3, false));
  s.add(village(rightHill, W * 0.7, W * 0.96, true));
  // Two walkers meeting near the bridge.
  s.add(person(sx - 80, sy + 22, 46, "#3a3428", "walk"));
  s.add(person(sx + 60, sy + 22, 44, "#3a3428", "walk", "", true));
  for (let i = 0; i < 5; i++) s.add(bird(s.r(W * 0.35, W * 0.65), s.r(H * 0.12, H * 0.28), s.r(5, 8), "#4c4a45"));
}

/** An old Tbilisi house with a carved wooden balcony across its upper floor. */
function tbilisiHouse(s: Scene, x: number, base: number, w: number, h: number, wall: string, wood: string, roof: string): string {
  let g = `<rect x="${f(x)}" y="${f(base - h)}" width="${f(w)}" height="${f(h)}" fill="${wall}"/>`;
  g += `<path d="M${P(x - 10, base - h)}L${P(x + w * 0.1, base - h - 40)}H${f(x + w * 0.9)}L${P(x + w + 10, base - h)}Z" fill="${roof}"/>`;
  // Ground floor: door and windows with arches.
  const gw = w / 4;
  for (let i = 0; i < 4; i++) {
    const wx = x + i * gw + gw * 0.25;
    const door = i === 1;
    const wy = door ? base - h * 0.3 : base - h * 0.27;
    const wh = door ? h * 0.3 : h * 0.17;
    g += `<path d="M${P(wx, wy + wh)}V${f(wy + gw * 0.25)}a${f(gw * 0.25)} ${f(gw * 0.25)} 0 0 1 ${f(gw * 0.5)},0V${f(wy + wh)}Z" fill="${door ? darken(wood, 0.35) : "#3b3a3c"}"/>`;
  }
  // Balcony: deck, posts, railing with lattice, roof with fretwork edge.
  const by = base - h * 0.42;
  const bTop = base - h + 16;
  g += `<rect x="${f(x + 6)}" y="${f(bTop)}" width="${f(w - 12)}" height="${f(by - bTop)}" fill="#2f2b2c" opacity="0.55"/>`;
  // Windows behind the balcony.
  for (let i = 0; i < 3; i++) {
    const wx = x + w * (0.16 + i * 0.26);
    g += `<rect x="${f(wx)}" y="${f(bTop + 20)}" width="${f(w * 0.14)}" height="${f((by - bTop) * 0.5)}" fill="${s.chance(0.3) ? "#e0c08a" : "#4a4a4e"}"/>`;
  }
  const railH = (by - bTop) * 0.36;
  const pid = s.id("lat");
  const c = 18;
  s.def(`<pattern id="${pid}" width="${c}" height="${c}" patternUnits="userSpaceOnUse"><rect width="${c}" height="${c}" fill="${wood}"/><path d="M0,0L${c},${c}M${c},0L0,${c}" stroke="${darken(wood, 0.4)}" stroke-width="2.5"/><circle cx="${c / 2}" cy="${c / 2}" r="2.4" fill="${lighten(wood, 0.3)}"/></pattern>`);
  g += `<rect x="${f(x - 8)}" y="${f(by - railH)}" width="${f(w + 16)}" height="${f(railH)}" fill="url(#${pid})"/>`;
  g += `<rect x="${f(x - 10)}" y="${f(by - railH - 6)}" width="${f(w + 20)}" height="7" fill="${lighten(wood, 0.1)}"/>`;
  g += `<rect x="${f(x - 12)}" y="${f(by)}" width="${f(w + 24)}" height="12" fill="${darken(wood, 0.2)}"/>`;
  // Brackets under the deck.
  for (let i = 0; i <= 4; i++) {
    const px = x - 4 + (i * (w + 8)) / 4;
    g += `<path d="M${P(px - 3, by + 12)}h6l-3,26Z" fill="${darken(wood, 0.3)}"/>`;
  }
  // Posts.
  let posts = "";
  for (let i = 0; i <= 4; i++) posts += `<rect x="${f(x - 6 + (i * (w + 4)) / 4)}" y="${f(bTop)}" width="7" height="${f(by - railH - bTop)}"/>`;
  g += `<g fill="${wood}">${posts}</g>`;
  // Fretwork under the eaves.
  g += `<rect x="${f(x - 12)}" y="${f(bTop - 10)}" width="${f(w + 24)}" height="12" fill="${wood}"/>`;
  let fret = "";
  for (let fx = x - 10; fx < x + w + 8; fx += 14) fret += `M${P(fx, bTop + 2)}a7 7 0 0 0 14,0`;
  g += `<path d="${fret}" fill="${wood}"/>`;
  g += `<rect x="${f(x - 12)}" y="${f(bTop + 2)}" width="${f(w + 24)}" height="${f((by - bTop) * 0.1)}" fill="#000" opacity="0.18"/>`;
  return g;
}

function tbilisiOldTown(s: Scene): void {
  const { W, H } = s;
  sky(s, [[0, "#8fb0c4"], [0.7, "#e5d9be"], [1, "#f0d9ae"]], 0, H * 0.45);
  // Narikala on its hill.
  const hill = ridge(s, { y: H * 0.34, amp: 16, rough: 0.5, peaks: [{ x: W * 0.55, h: 110, w: 620, shape: "bell" }] });
  s.add(`<path d="${fillBelow(hill, H, true)}" fill="${hazeFill(s, "#7e7a5c", "#b7ac8c", 0.4)}"/>`);
  let wall = "";
  const crest = hill.filter((p) => p[0] > W * 0.34 && p[0] < W * 0.76);
  const wallPts = crest.map(([x, y]) => [x, y - 26] as Pt);
  wall += `<path d="${polyD(wallPts)}${polyD(crest.slice().reverse()).replace(/^M/, "L")}Z" fill="#a08468"/>`;
  let merlons = "";
  for (let i = 0; i < wallPts.length; i += 2) {
    const p = wallPts[i] as Pt;
    merlons += `<rect x="${f(p[0] - 3)}" y="${f(p[1] - 8)}" width="7" height="9"/>`;
  }
  wall += `<g fill="#a08468">${merlons}</g>`;
  for (const tx of [W * 0.38, W * 0.5, W * 0.6, W * 0.71]) {
    const ty = yAt(hill, tx);
    wall += `<rect x="${f(tx - 16)}" y="${f(ty - 64)}" width="32" height="64" fill="#947a60"/><path d="M${P(tx - 18, ty - 64)}h36v-8h-36Z" fill="#8a7058"/>`;
  }
  s.add(wall);
  s.add(church(W * 0.43, yAt(hill, W * 0.47) + 6, 50, { lit: "#c6b08c", shade: "#9e8a6c", roof: "#6c6a62", win: "#3a3530" }));
  // Houses stepping down the street.
  const specs: Array<[number, number, number, string, string, string]> = [
    [-30, 380, 470, "#d7c3a0", "#557f7b", "#6d6a68"],
    [350, 330, 520, "#c9a27c", "#6b4a35", "#706660"],
    [680, 360, 450, "#dccfb3", "#8aa1ac", "#5e5d5c"],
    [1040, 320, 500, "#c8b591", "#6f7451", "#6f6763"],
    [1360, 300, 470, "#d3b895", "#5f7f86", "#6a6562"],
  ];
  for (const [x, w, h, wallC, wood, roof] of specs) s.add(tbilisiHouse(s, x, H * 0.93, w, h, wallC, wood, roof));
  // Cobbled street.
  s.add(`<rect x="0" y="${f(H * 0.93)}" width="${W}" height="${f(H * 0.07)}" fill="#8c7f6a"/>`);
  let cob = "";
  for (let y = H * 0.94; y < H; y += 12) for (let x = (y % 24) - 10; x < W; x += 26) cob += `<rect x="${f(x)}" y="${f(y)}" width="22" height="9" rx="4"/>`;
  s.add(`<g fill="#a09179" opacity="0.7">${cob}</g>`);
  s.add(person(W * 0.58, H * 0.985, 120, "#2f2a26", "walk", CAP));
}

/* ------------------------------------------------------------------------------------------ */
/* Explainers: quiet, map-like abstractions on paper                                           */
/* ------------------------------------------------------------------------------------------ */

function paper(s: Scene, color: string, grid: string): void {
  s.add(`<rect width="${s.W}" height="${s.H}" fill="${color}"/>`);
  let d = "";
  for (let x = 0; x <= s.W; x += 80) d += `M${x},0V${s.H}`;
  for (let y = 0; y <= s.H; y += 80) d += `M0,${y}H${s.W}`;
  s.add(`<path d="${d}" stroke="${grid}" stroke-width="1"/>`);
}

/** A closed organic outline around (cx, cy). */
function blob(s: Scene, cx: number, cy: number, rx: number, ry: number, wobble: number, n = 48): Pt[] {
  const noise = mpd(s.rng, 6, 0.55);
  const pts: Pt[] = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2;
    const k = 1 + (noise[Math.floor((i / n) * (noise.length - 1))] as number) * wobble;
    pts.push([cx + Math.cos(a) * rx * k, cy + Math.sin(a) * ry * k]);
  }
  return pts;
}

function contours(s: Scene, cx: number, cy: number, r: number, rings: number, color: string): string {
  let d = "";
  for (let i = 1; i <= rings; i++) d += smoothD(blob(s, cx, cy, (r * i) / rings, (r * i * 0.7) / rings, 0.12), true);
  return `<path d="${d}" stroke="${color}" stroke-width="1.5" fill="none"/>`;
}

function explainerPeaceTreaty(s: Scene): void {
  const { W, H } = s;
  paper(s, "#ece4d3", "#e1d8c4");
  s.add(contours(s, W * 0.2, H * 0.3, 360, 6, "#d8cdb6"));
  s.add(contours(s, W * 0.82, H * 0.72, 320, 5, "#d8cdb6"));
  // A wavy border running down the middle.
  const border: Pt[] = [];
  for (let i = 0; i <= 20; i++) border.push([W * 0.5 + Math.sin(i * 0.9) * 26 + s.n(10), lerp(H * 0.08, H * 0.92, i / 20)]);
  const bd = smoothD(border);
  const leftClip = s.clip(`${bd}L-10,${H * 0.92}L-10,${H * 0.08}Z`);
  const rightClip = s.clip(`${bd}L${W + 10},${H * 0.92}L${W + 10},${H * 0.08}Z`);
  const a = smoothD(blob(s, W * 0.42, H * 0.5, 330, 300, 0.16), true);
  const b = smoothD(blob(s, W * 0.58, H * 0.5, 340, 290, 0.16), true);
  s.add(`<path d="${a}" fill="#000" opacity="0.06" transform="translate(8 10)"/><path d="${b}" fill="#000" opacity="0.06" transform="translate(8 10)"/>`);
  s.add(`<path d="${a}" fill="#c98e6f" clip-path="${leftClip}"/>`);
  s.add(`<path d="${b}" fill="#7f9c8e" clip-path="${rightClip}"/>`);
  s.add(`<g clip-path="${s.clip(a)}"><path d="${contours(s, W * 0.36, H * 0.46, 220, 4, "#b57a5c").match(/d="([^"]+)"/)?.[1] ?? ""}" stroke="#b57a5c" stroke-width="1.5" fill="none" clip-path="${leftClip}"/></g>`);
  s.add(`<g clip-path="${s.clip(b)}"><path d="${contours(s, W * 0.64, H * 0.54, 220, 4, "#6b887a").match(/d="([^"]+)"/)?.[1] ?? ""}" stroke="#6b887a" stroke-width="1.5" fill="none" clip-path="${rightClip}"/></g>`);
  s.add(`<path d="${bd}" stroke="#3b3632" stroke-width="3" stroke-dasharray="12 9" fill="none"/>`);
  // The line that joins them.
  const p1: Pt = [W * 0.33, H * 0.4];
  const p2: Pt = [W * 0.67, H * 0.6];
  s.add(`<path d="M${P(p1[0], p1[1])}C${P(W * 0.45, H * 0.38)} ${P(W * 0.55, H * 0.62)} ${P(p2[0], p2[1])}" stroke="#23201e" stroke-width="6" fill="none" stroke-linecap="round"/>`);
  for (const p of [p1, p2]) s.add(`<circle cx="${f(p[0])}" cy="${f(p[1])}" r="16" fill="#ece4d3" stroke="#23201e" stroke-width="6"/>`);
}

function explainerForeignInfluence(s: Scene): void {
  const { W, H } = s;
  s.add(`<rect width="${W}" height="${H}" fill="#2e3b4c"/>`);
  s.add(`<circle cx="${f(W * 0.36)}" cy="${f(H * 0.46)}" r="330" fill="#354558"/>`);
  // Parliament: dome, drum, pediment, columns, steps.
  const cx = W * 0.36;
  const base = H * 0.8;
  const cream = "#e8dcc2";
  const shade = "#bcae91";
  let g = "";
  g += `<rect x="${f(cx - 300)}" y="${f(base - 14)}" width="600" height="14" fill="${shade}"/><rect x="${f(cx - 280)}" y="${f(base - 26)}" width="560" height="12" fill="${cream}"/>`;
  g += `<rect x="${f(cx - 250)}" y="${f(base - 216)}" width="500" height="190" fill="${shade}"/>`;
  for (let i = 0; i < 8; i++) g += `<rect x="${f(cx - 236 + i * 64)}" y="${f(base - 206)}" width="30" height="180" fill="${cream}"/>`;
  g += `<rect x="${f(cx - 270)}" y="${f(base - 240)}" width="540" height="26" fill="${cream}"/>`;
  g += `<path d="M${P(cx - 280, base - 240)}L${P(cx, base - 320)}L${P(cx + 280, base - 240)}Z" fill="${cream}"/><path d="M${P(cx - 220, base - 250)}L${P(cx, base - 308)}L${P(cx + 220, base - 250)}Z" fill="${shade}"/>`;
  g += `<rect x="${f(cx - 120)}" y="${f(base - 400)}" width="240" height="90" fill="${cream}"/>`;
  for (let i = 0; i < 6; i++) g += `<rect x="${f(cx - 104 + i * 40)}" y="${f(base - 388)}" width="16" height="66" fill="${shade}"/>`;
  g += `<path d="M${P(cx - 130, base - 400)}A130 124 0 0 1 ${P(cx + 130, base - 400)}Z" fill="${cream}"/>`;
  g += `<path d="M${P(cx + 30, base - 522)}A130 124 0 0 1 ${P(cx + 130, base - 400)}H${f(cx + 40)}Q${P(cx + 50, base - 470)} ${P(cx + 30, base - 522)}Z" fill="${shade}"/>`;
  g += `<rect x="${f(cx - 4)}" y="${f(base - 560)}" width="8" height="38" fill="${cream}"/>`;
  s.add(g);
  // The document, slightly turned.
  const dx = W * 0.7;
  const dy = H * 0.5;
  let doc = `<g transform="rotate(6 ${f(dx)} ${f(dy)})">`;
  doc += `<rect x="${f(dx - 190 + 12)}" y="${f(dy - 260 + 14)}" width="380" height="520" fill="#1c2530" opacity="0.45"/>`;
  doc += `<path d="M${P(dx - 190, dy - 260)}h320l60,60v460h-380Z" fill="#f1ead9"/><path d="M${P(dx + 130, dy - 260)}v60h60Z" fill="#d3c8b0"/>`;
  let lines = "";
  for (let i = 0; i < 12; i++) {
    const ly = dy - 170 + i * 30;
    const lw = i % 4 === 3 ? s.r(120, 200) : s.r(250, 300);
    lines += `<rect x="${f(dx - 150)}" y="${f(ly)}" width="${f(lw)}" height="9" rx="4"/>`;
  }
  doc += `<rect x="${f(dx - 150)}" y="${f(dy - 222)}" width="180" height="18" rx="4" fill="#7d8794"/>`;
  doc += `<g fill="#b9b4a8">${lines}</g>`;
  doc += `<path d="M${P(dx + 90, dy + 250)}l-14,60l26,-16l22,22l2,-66Z" fill="#8a3a2e"/>`;
  doc += `<circle cx="${f(dx + 100)}" cy="${f(dy + 200)}" r="52" fill="#b0543e"/><circle cx="${f(dx + 100)}" cy="${f(dy + 200)}" r="38" fill="none" stroke="#e0a68e" stroke-width="3"/>`;
  doc += `</g>`;
  s.add(doc);
}

function explainerPipelines(s: Scene): void {
  const { W, H } = s;
  paper(s, "#e8dfca", "#ddd3bc");
  const sea = "#9fb4bd";
  const seaLine = "#7f98a3";
  // Black Sea (left), Sea of Azov, Caspian (right), Mediterranean corner (bottom left).
  const black = smoothD([[-20, H * 0.16], [W * 0.12, H * 0.12], [W * 0.26, H * 0.22], [W * 0.33, H * 0.33], [W * 0.31, H * 0.46], [W * 0.22, H * 0.52], [W * 0.1, H * 0.48], [-20, H * 0.52]], true);
  const azov = smoothD([[W * 0.18, H * 0.02], [W * 0.26, H * 0.0], [W * 0.29, H * 0.08], [W * 0.22, H * 0.12]], true);
  const caspian = smoothD([[W * 0.78, -20], [W * 0.9, -10], [W * 0.93, H * 0.2], [W * 0.89, H * 0.4], [W * 0.93, H * 0.62], [W * 0.96, H * 0.85], [W * 0.9, H + 20], [W * 0.8, H + 20], [W * 0.83, H * 0.74], [W * 0.8, H * 0.56], [W * 0.76, H * 0.5], [W * 0.81, H * 0.46], [W * 0.79, H * 0.3], [W * 0.72, H * 0.12]], true);
  const med = smoothD([[-20, H * 0.86], [W * 0.12, H * 0.84], [W * 0.26, H * 0.92], [W * 0.3, H + 20], [-20, H + 20]], true);
  for (const d of [black, azov, caspian, med]) {
    s.add(`<path d="${d}" fill="${sea}" stroke="${seaLine}" stroke-width="2"/>`);
  }
  // The Greater Caucasus as a band of small peaks.
  let peaks = "";
  for (let i = 0; i < 46; i++) {
    const t = i / 45;
    const x = lerp(W * 0.32, W * 0.76, t) + s.n(10);
    const y = lerp(H * 0.22, H * 0.46, t) + s.n(14);
    const h = s.r(14, 26);
    peaks += `M${P(x - h * 0.7, y)}L${P(x, y - h)}L${P(x + h * 0.7, y)}`;
  }
  s.add(`<path d="${peaks}" stroke="#8f8470" stroke-width="2" fill="none" stroke-linejoin="round"/>`);
  let lesser = "";
  for (let i = 0; i < 22; i++) {
    const t = i / 21;
    const x = lerp(W * 0.42, W * 0.66, t) + s.n(12);
    const y = lerp(H * 0.6, H * 0.68, t) + s.n(12);
    const h = s.r(10, 18);
    lesser += `M${P(x - h * 0.7, y)}L${P(x, y - h)}L${P(x + h * 0.7, y)}`;
  }
  s.add(`<path d="${lesser}" stroke="#a99e88" stroke-width="2" fill="none"/>`);
  // Pipelines from the Caspian shore.
  const baku: Pt = [W * 0.775, H * 0.5];
  const routes: Array<[string, Pt[]]> = [
    ["#a4553a", [baku, [W * 0.6, H * 0.56], [W * 0.46, H * 0.52], [W * 0.33, H * 0.44]]],
    ["#3f5a4c", [baku, [W * 0.6, H * 0.6], [W * 0.45, H * 0.7], [W * 0.32, H * 0.8], [W * 0.22, H * 0.87]]],
    ["#c29242", [baku, [W * 0.64, H * 0.62], [W * 0.5, H * 0.76], [W * 0.42, H * 0.86], [W * 0.36, H * 1.02]]],
    ["#3d4d68", [baku, [W * 0.72, H * 0.34], [W * 0.56, H * 0.2], [W * 0.42, H * 0.14], [W * 0.3, H * 0.16]]],
  ];
  for (const [c, pts] of routes) {
    s.add(`<path d="${smoothD(pts)}" stroke="#e8dfca" stroke-width="11" fill="none" stroke-linecap="round"/>`);
    s.add(`<path d="${smoothD(pts)}" stroke="${c}" stroke-width="6" fill="none" stroke-linecap="round"/>`);
    const end = pts[pts.length - 1] as Pt;
    if (end[1] < H) s.add(`<circle cx="${f(end[0])}" cy="${f(end[1])}" r="10" fill="#e8dfca" stroke="${c}" stroke-width="5"/>`);
  }
  s.add(`<circle cx="${f(baku[0])}" cy="${f(baku[1])}" r="15" fill="#23201e"/><circle cx="${f(baku[0])}" cy="${f(baku[1])}" r="6" fill="#e8dfca"/>`);
}

function explainerNorthCaucasus(s: Scene): void {
  const { W, H } = s;
  paper(s, "#e9e2d2", "#ded6c3");
  // A band running west to east, split into seven regions.
  const top: Pt[] = [];
  const bot: Pt[] = [];
  for (let i = 0; i <= 24; i++) {
    const t = i / 24;
    const x = lerp(W * 0.05, W * 0.95, t);
    top.push([x, H * 0.22 + Math.sin(t * 5) * 30 + s.n(8) - t * 40]);
    bot.push([x, H * 0.74 + Math.sin(t * 4 + 1) * 34 + s.n(8) + t * 30]);
  }
  const bandD = `${smoothD(top)}${smoothD(bot.slice().reverse()).replace(/^M/, "L")}Z`;
  const colors = ["#7f9c8e", "#c29a6a", "#a9614a", "#8d9a6a", "#6f7f96", "#c9a77a", "#8a5a4a"];
  const cuts = [0, 0.13, 0.26, 0.39, 0.5, 0.58, 0.72, 1];
  const bclip = s.clip(bandD);
  let regions = "";
  const edges: Pt[][] = [];
  for (let i = 1; i < cuts.length - 1; i++) {
    const x = lerp(W * 0.05, W * 0.95, cuts[i] as number);
    const e: Pt[] = [];
    for (let k = 0; k <= 8; k++) e.push([x + s.n(26), lerp(-10, H + 10, k / 8)]);
    edges.push(e);
  }
  for (let i = 0; i < cuts.length - 1; i++) {
    const leftE: Pt[] = i === 0 ? [[-10, -10], [-10, H + 10]] : (edges[i - 1] as Pt[]);
    const rightE: Pt[] = i === cuts.length - 2 ? [[W + 10, -10], [W + 10, H + 10]] : (edges[i] as Pt[]);
    const d = `${polyD(leftE)}${polyD(rightE.slice().reverse()).replace(/^M/, "L")}Z`;
    regions += `<path d="${d}" fill="${colors[i]}"/>`;
  }
  s.add(`<path d="${bandD}" fill="#000" opacity="0.07" transform="translate(10 12)"/>`);
  s.add(`<g clip-path="${bclip}">${regions}</g>`);
  // Mountain glyphs in the south of every region.
  let glyphs = "";
  for (let i = 0; i < 60; i++) {
    const x = s.r(W * 0.08, W * 0.92);
    const yb = yAt(bot, x);
    const y = s.r(yb - 170, yb - 40);
    const h = s.r(16, 34);
    glyphs += `M${P(x - h * 0.8, y)}L${P(x, y - h)}L${P(x + h * 0.8, y)}`;
  }
  s.add(`<path d="${glyphs}" stroke="#efe8d8" stroke-width="3" fill="none" stroke-linejoin="round" opacity="0.75" clip-path="${bclip}"/>`);
  let e = "";
  for (const edge of edges) e += smoothD(edge);
  s.add(`<path d="${e}" stroke="#efe8d8" stroke-width="4" fill="none" clip-path="${bclip}"/>`);
  s.add(`<path d="${bandD}" stroke="#4a4540" stroke-width="3" fill="none"/>`);
  // The main ridge as a line along the south.
  const ridgeLine = bot.map(([x, y]) => [x, y - 60 + s.n(6)] as Pt);
  s.add(`<path d="${smoothD(ridgeLine)}" stroke="#3a3531" stroke-width="3" stroke-dasharray="2 10" stroke-linecap="round" fill="none" clip-path="${bclip}"/>`);
}

/* ------------------------------------------------------------------------------------------ */
/* Author portraits                                                                            */
/* ------------------------------------------------------------------------------------------ */

type HairStyle = "bob" | "long" | "short" | "bun" | "curly" | "receding";
type Neckline = "blazer" | "crew" | "collar" | "turtleneck" | "jacket" | "cardigan";

interface PortraitSpec {
  bg: string;
  skin: string;
  hair: string;
  hairStyle: HairStyle;
  cloth: string;
  inner: string;
  neckline: Neckline;
  beard?: boolean;
  glasses?: boolean;
  earrings?: boolean;
}

const INK = "#2a2420";

function portrait(spec: PortraitSpec): (s: Scene) => void {
  return (s: Scene): void => {
    const { W, H } = s;
    const k = W / 480;
    const skinShade = mix(spec.skin, "#6b4030", 0.28);
    const clothShade = darken(spec.cloth, 0.22);
    const hairLight = lighten(spec.hair, 0.14);
    s.add(`<rect width="${W}" height="${H}" fill="${spec.bg}"/>`);
    s.add(`<circle cx="${f(W * 0.5)}" cy="${f(H * 0.42)}" r="${f(W * 0.46)}" fill="${s.rad([[0, lighten(spec.bg, 0.35)], [1, lighten(spec.bg, 0.35), 0]], W * 0.5, H * 0.42, W * 0.46)}"/>`);
    const g: string[] = [];
    const face = "M240,128C290,128 312,170 312,215C312,262 286,310 240,318C194,310 168,262 168,215C168,170 190,128 240,128Z";
    // Hair behind the head.
    if (spec.hairStyle === "bob") {
      g.push(`<path d="M158,306C146,240 144,180 162,142C182,104 212,94 240,94C268,94 298,104 318,142C336,180 334,240 322,306C306,312 292,306 286,300H194C188,306 174,312 158,306Z" fill="${spec.hair}"/>`);
    } else if (spec.hairStyle === "long") {
      g.push(`<path d="M146,424C136,330 136,220 158,150C178,104 212,90 240,90C268,90 302,104 322,150C344,220 344,330 334,424C314,432 292,428 284,420C292,360 298,300 292,250H188C182,300 188,360 196,420C188,428 166,432 146,424Z" fill="${spec.hair}"/>`);
    } else if (spec.hairStyle === "bun") {
      g.push(`<circle cx="240" cy="92" r="40" fill="${spec.hair}"/><path d="M212,102Q240,92 268,102" stroke="${hairLight}" stroke-width="5" fill="none"/>`);
      g.push(`<path d="M164,230C156,170 184,118 240,116C296,118 324,170 316,230Z" fill="${spec.hair}"/>`);
    } else if (spec.hairStyle === "curly") {
      let c = "";
      for (let i = 0; i < 30; i++) {
        const a = lerp(Math.PI * 0.82, Math.PI * 2.18, i / 29);
        const rr = s.r(92, 118);
        const cy = 205 + Math.sin(a) * rr * 0.95;
        if (cy > 330) continue;
        c += `<circle cx="${f(240 + Math.cos(a) * rr * 1.02)}" cy="${f(cy)}" r="${f(s.r(26, 36))}"/>`;
      }
      for (let i = 0; i < 8; i++) c += `<circle cx="${f(s.r(160, 320))}" cy="${f(s.r(110, 180))}" r="${f(s.r(30, 40))}"/>`;
      g.push(`<g fill="${spec.hair}">${c}</g>`);
    }
    // Body and clothing.
    const body = "M26,480C34,424 80,394 154,378C186,370 204,356 211,338H269C276,356 294,370 326,378C400,394 446,424 454,480Z";
    g.push(`<path d="${body}" fill="${spec.cloth}"/>`);
    g.push(`<path d="M306,374C400,394 446,424 454,480H336C340,432 330,398 306,374Z" fill="${clothShade}" opacity="0.6"/>`);
    // Neck.
    g.push(`<path d="M210,280V350Q240,372 270,350V280Z" fill="${skinShade}"/>`);
    g.push(`<path d="M210,300V338M270,300V338" fill="none" stroke="${INK}" stroke-width="2.6" opacity="0.75"/>`);
    // Necklines.
    const nl = spec.neckline;
    if (nl === "turtleneck") {
      g.push(`<path d="M204,326Q240,340 276,326L282,366Q240,384 198,366Z" fill="${spec.inner}"/><path d="M200,346Q240,362 280,346" stroke="${darken(spec.inner, 0.25)}" stroke-width="2" fill="none"/>`);
    } else if (nl === "crew") {
      g.push(`<path d="M196,350Q240,392 284,350" stroke="${spec.inner}" stroke-width="10" fill="none"/>`);
    } else if (nl === "collar") {
      g.push(`<path d="M212,338L240,380L268,338Z" fill="${spec.skin}"/><path d="M206,334L240,382L224,402L194,356ZM274,334L240,382L256,402L286,356Z" fill="${spec.inner}"/>`);
      g.push(`<path d="M240,382V480" stroke="${darken(spec.cloth, 0.3)}" stroke-width="2"/>`);
    } else {
      // Jacket, blazer or cardigan over an inner layer.
      const deep = nl === "cardigan" ? 430 : 420;
      g.push(`<path d="M208,340L240,${deep}L272,340Z" fill="${spec.inner}"/>`);
      if (nl === "jacket" || nl === "blazer") {
        g.push(`<path d="M206,336L226,400L204,404L190,452L176,360ZM274,336L254,400L276,404L290,452L304,360Z" fill="${darken(spec.cloth, 0.12)}"/>`);
      }
      if (nl === "jacket") g.push(`<path d="M214,340L240,374L266,340Z" fill="${lighten(spec.inner, 0.2)}"/><path d="M236,374L244,374L246,430L240,440L234,430Z" fill="${darken(spec.inner, 0.4)}"/>`);
      g.push(`<path d="M240,${deep}V480" stroke="${darken(spec.cloth, 0.3)}" stroke-width="2"/>`);
    }
    // Ears, face and its shading.
    g.push(`<ellipse cx="168" cy="226" rx="11" ry="21" fill="${skinShade}"/><ellipse cx="312" cy="226" rx="11" ry="21" fill="${skinShade}"/>`);
    g.push(`<path d="${face}" fill="${spec.skin}"/>`);
    const fclip = s.clip(face);
    g.push(`<g clip-path="${fclip}"><ellipse cx="338" cy="236" rx="78" ry="130" fill="${skinShade}" opacity="0.4" filter="${s.blur(12)}"/></g>`);
    g.push(`<ellipse cx="240" cy="318" rx="60" ry="14" fill="${skinShade}" opacity="0.35" clip-path="${fclip}"/>`);
    if (spec.earrings) g.push(`<circle cx="166" cy="254" r="5" fill="#d5b46a"/><circle cx="314" cy="254" r="5" fill="#d5b46a"/>`);
    // Beard.
    if (spec.beard) {
      const bc = mix(spec.hair, spec.skin, 0.12);
      g.push(`<path d="M171,234C174,282 202,318 240,320C278,318 306,282 309,234C303,254 293,268 280,274C266,266 214,266 200,274C187,268 177,254 171,234Z" fill="${bc}"/>`);
      g.push(`<path d="M208,276C220,262 260,262 272,276C260,272 220,272 208,276Z" fill="${bc}"/>`);
    }
    // Features: a few quiet lines.
    g.push(`<g fill="none" stroke="${INK}" stroke-linecap="round" stroke-width="3">`);
    g.push(`<path d="M196,200Q211,192 227,198M253,198Q269,192 284,200"/>`);
    g.push(`<path d="M240,226C238,244 233,256 236,262C240,266 246,264 249,260" stroke-width="2.4" opacity="0.8"/>`);
    g.push(`<path d="M224,${spec.beard ? 283 : 284}Q240,${spec.beard ? 289 : 292} 256,${spec.beard ? 283 : 284}" stroke-width="2.6"/>`);
    g.push(`</g>`);
    g.push(`<g fill="${INK}"><ellipse cx="212" cy="222" rx="5.5" ry="3.6"/><ellipse cx="268" cy="222" rx="5.5" ry="3.6"/></g>`);
    if (spec.glasses) {
      g.push(`<g fill="none" stroke="${INK}" stroke-width="3.2"><rect x="190" y="204" width="44" height="34" rx="12"/><rect x="246" y="204" width="44" height="34" rx="12"/><path d="M234,218Q240,213 246,218M190,216L170,212M290,216L310,212"/></g>`);
    }
    // Hair in front of the face.
    if (spec.hairStyle === "bob") {
      g.push(`<path d="M166,196C166,140 198,108 240,108C284,108 314,140 314,196C302,176 282,162 262,158C248,170 222,174 202,166C188,172 176,182 166,196Z" fill="${spec.hair}"/>`);
      g.push(`<path d="M166,196C160,240 160,280 162,304M314,196C320,240 320,280 318,304" stroke="${spec.hair}" stroke-width="14" fill="none"/>`);
      g.push(`<path d="M200,130Q230,118 262,126M212,150Q240,140 270,148" stroke="${hairLight}" stroke-width="2.5" fill="none" opacity="0.8"/>`);
    } else if (spec.hairStyle === "long") {
      g.push(`<path d="M240,116C200,116 174,140 166,192C160,236 164,280 172,312C176,262 180,206 198,164C212,140 228,128 240,126Z" fill="${spec.hair}"/>`);
      g.push(`<path d="M240,116C280,116 306,140 314,192C320,236 316,280 308,312C304,262 300,206 282,164C268,140 252,128 240,126Z" fill="${spec.hair}"/>`);
      g.push(`<path d="M240,118V128M186,180Q172,260 178,340M294,180Q308,260 302,340" stroke="${hairLight}" stroke-width="2.5" fill="none" opacity="0.7"/>`);
    } else if (spec.hairStyle === "short") {
      g.push(`<path d="M166,206C158,150 190,108 240,106C294,106 324,150 314,206C308,184 302,170 292,160C270,148 212,148 190,160C180,170 172,184 166,206Z" fill="${spec.hair}"/>`);
      g.push(`<path d="M200,124Q240,110 282,126" stroke="${hairLight}" stroke-width="2.5" fill="none" opacity="0.7"/>`);
    } else if (spec.hairStyle === "receding") {
      g.push(`<path d="M170,214C164,168 180,132 206,118C218,128 262,128 274,118C300,132 316,168 310,214C304,194 298,180 290,170C280,152 200,152 190,170C182,180 176,194 170,214Z" fill="${spec.hair}"/>`);
    } else if (spec.hairStyle === "bun") {
      g.push(`<path d="M166,214C160,160 190,122 240,120C290,122 320,160 314,214C306,180 290,160 240,150C190,160 174,180 166,214Z" fill="${spec.hair}"/>`);
      g.push(`<path d="M240,122C214,130 196,144 186,166M240,122C266,130 284,144 294,166" stroke="${hairLight}" stroke-width="2.5" fill="none" opacity="0.8"/>`);
    } else if (spec.hairStyle === "curly") {
      let c = "";
      for (let i = 0; i < 11; i++) {
        const t = i / 10;
        c += `<circle cx="${f(lerp(170, 310, t))}" cy="${f(150 + Math.pow(Math.abs(t - 0.5) * 2, 2) * 40)}" r="${f(s.r(19, 23))}"/>`;
      }
      c += `<path d="M176,150Q240,120 304,150V130H176Z"/>`;
      g.push(`<g fill="${spec.hair}">${c}</g>`);
      let arcs = "";
      for (let i = 0; i < 14; i++) {
        const a = s.r(Math.PI * 0.9, Math.PI * 2.1);
        const rr = s.r(60, 120);
        const x = 240 + Math.cos(a) * rr;
        const y = 200 + Math.sin(a) * rr;
        if (y > 300 || (Math.abs(x - 240) < 70 && y > 160)) continue;
        arcs += `M${P(x - 8, y)}a8 8 0 0 1 16,0`;
      }
      g.push(`<path d="${arcs}" stroke="${hairLight}" stroke-width="2.5" fill="none" opacity="0.7"/>`);
    }
    // Ink contours: face, neck and shoulders.
    g.push(`<g fill="none" stroke="${INK}" stroke-width="2.6" opacity="0.75" stroke-linejoin="round"><path d="M168,215C168,262 194,310 240,318C286,310 312,262 312,215"/><path d="${body.replace(/Z$/, "")}"/></g>`);
    s.add(`<g transform="scale(${f(k)})">${g.join("")}</g>`);
  };
}

const PORTRAITS: Record<string, PortraitSpec> = {
  "nino-kapanadze": { bg: "#d9e0d6", skin: "#e6bfa1", hair: "#3a2a22", hairStyle: "bob", cloth: "#4a5a6e", inner: "#ece4d4", neckline: "blazer", earrings: true },
  "lusine-harutyunyan": { bg: "#eadcd0", skin: "#d9ab8c", hair: "#221a17", hairStyle: "long", cloth: "#a5553f", inner: "#7a3a2c", neckline: "crew" },
  "farid-mammadli": { bg: "#d6dde3", skin: "#c99474", hair: "#262020", hairStyle: "short", cloth: "#3f5a4b", inner: "#e8e2d2", neckline: "collar", beard: true, glasses: true },
  "madina-akhmadova": { bg: "#d8dbe6", skin: "#dcb194", hair: "#2b211c", hairStyle: "bun", cloth: "#bf9044", inner: "#bf9044", neckline: "turtleneck", earrings: true },
  "giorgi-beridze": { bg: "#e8dfca", skin: "#d7a587", hair: "#6c635c", hairStyle: "receding", cloth: "#3b4b69", inner: "#d9d4c6", neckline: "jacket", beard: true },
  "sofia-lomidze": { bg: "#e6d9d3", skin: "#e8c3a6", hair: "#6b3a2a", hairStyle: "curly", cloth: "#6c4a5a", inner: "#e2d3b4", neckline: "cardigan" },
};

/* ------------------------------------------------------------------------------------------ */
/* Jobs and main                                                                               */
/* ------------------------------------------------------------------------------------------ */

const LEAD = { W: 1600, H: 900 };
const PHOTO = { W: 1600, H: 1067 };
const PORTRAIT = { W: 480, H: 480 };

const jobs: Job[] = [
  { file: "articles/armenia-france-defence-talks.jpg", ...LEAD, draw: armeniaFrance },
  { file: "articles/border-ceasefire-accusations.jpg", ...LEAD, draw: borderCeasefire },
  { file: "articles/tbilisi-rustaveli-protests.jpg", ...LEAD, draw: tbilisiProtests },
  { file: "articles/dagestan-flood-recovery.jpg", ...LEAD, draw: dagestanFlood },
  { file: "articles/baku-gas-exports-europe.jpg", ...LEAD, draw: bakuGas },
  { file: "articles/gyumri-after-the-earthquake.jpg", ...LEAD, draw: gyumri },
  { file: "articles/svaneti-towers-and-tourists.jpg", ...LEAD, draw: svaneti },
  { file: "articles/middle-corridor-trade-route.jpg", ...LEAD, draw: middleCorridor },
  { file: "articles/elbrus-ski-economy.jpg", ...LEAD, draw: elbrus },
  { file: "articles/sheki-silk-revival.jpg", ...LEAD, draw: sheki },
  { file: "articles/syunik-transit-route.jpg", ...LEAD, draw: syunik },
  { file: "articles/georgia-eu-path-stalled.jpg", ...LEAD, draw: georgiaEuPath },
  { file: "articles/north-caucasus-federal-money.jpg", ...LEAD, draw: northCaucasusTown },
  { file: "articles/why-we-ask-readers.jpg", ...LEAD, draw: whyWeAsk },
  { file: "articles/peace-is-made-by-neighbours.jpg", ...LEAD, draw: peaceNeighbours },
  { file: "articles/tbilisi-old-town-heritage.jpg", ...LEAD, draw: tbilisiOldTown },
  { file: "articles/explainer-peace-treaty.jpg", ...LEAD, draw: explainerPeaceTreaty },
  { file: "articles/explainer-foreign-influence-law.jpg", ...LEAD, draw: explainerForeignInfluence },
  { file: "articles/explainer-caucasus-pipelines.jpg", ...LEAD, draw: explainerPipelines },
  { file: "articles/explainer-north-caucasus-republics.jpg", ...LEAD, draw: explainerNorthCaucasus },
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
  ...Object.entries(PORTRAITS).map(([slug, spec]): Job => ({ file: `authors/${slug}.jpg`, ...PORTRAIT, draw: portrait(spec), grain: 3, vignette: 0.12 })),
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
