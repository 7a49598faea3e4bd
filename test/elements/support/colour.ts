// WCAG 2 contrast, computed from the browser's own computed colours.

interface Rgba {
  readonly red: number;
  readonly green: number;
  readonly blue: number;
  readonly alpha: number;
}

/** A computed colour (`rgb(…)` or `rgba(…)`, as getComputedStyle gives it). */
export function parseColour(computed: string): Rgba {
  const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(computed.trim());
  if (!match) throw new Error(`not a computed sRGB colour: ${computed}`);
  return {
    red: Number(match[1]),
    green: Number(match[2]),
    blue: Number(match[3]),
    alpha: match[4] === undefined ? 1 : Number(match[4]),
  };
}

/** WCAG relative luminance of an opaque colour. */
export function relativeLuminance(colour: Rgba): number {
  const linear = (channel: number): number => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(colour.red) + 0.7152 * linear(colour.green) + 0.0722 * linear(colour.blue);
}

/** WCAG contrast ratio, 1 to 21. */
export function contrastRatio(first: Rgba, second: Rgba): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

/** The parent in the flat tree: the shadow host above a shadow root's top elements. */
function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The colour painted behind an element: the first opaque background up the flat tree. A
 * partly transparent background is not expected here, so it is an error rather than a guess.
 */
export function backgroundBehind(element: Element): Rgba {
  for (let current: Element | null = element; current; current = composedParent(current)) {
    const background = parseColour(getComputedStyle(current).backgroundColor);
    if (background.alpha === 1) return background;
    if (background.alpha !== 0) throw new Error(`<${current.localName}> has a translucent background`);
  }
  // The canvas behind a page with no background at all is white.
  return { red: 255, green: 255, blue: 255, alpha: 1 };
}
