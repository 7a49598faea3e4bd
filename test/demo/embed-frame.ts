// Opens a site embed page (site/embed/<name>.html) in an iframe as WordPress and SharePoint
// do, `sandbox="allow-scripts"` without `allow-same-origin`, and talks to it only as a host
// can: by postMessage. The page's height messages are recorded; `report()` asks the test
// probe inside it (test/demo/site-server.mjs injects it) what a reader sees.

export interface EmbedReport {
  /** Whether the parser gave the tag its declarative shadow root before any script ran. */
  prerendered: boolean;
  title: string;
  lang: string;
  text: string;
  links: { href: string; target: string | null; rel: string | null; text: string }[];
  routes: string[];
  activeRoute: string | undefined;
  overflow: number;
  /** The href of the focused link, if any. */
  focused: string | null;
  height: number;
  /** The page's scroll box (its body): what a reader can scroll to inside the frame. */
  scroll: { scrollHeight: number; clientHeight: number; overflowY: string };
  resources: string[];
  origin: string;
  axeViolations: string[];
  /** With `report({ reach: true })`: what a reader can scroll to inside the frame. */
  reach?: { firstLineInView: boolean; lastLineInView: boolean; unreached: string[]; panelHeight: number; frameHeight: number };
  /** How it looks: the routes top to bottom, and a few computed styles. */
  looks: { visualRoutes: string[]; status?: string; hours?: string; activeOutline?: string; background?: string; color?: string };
  problems: string[];
}

export interface HeightMessage {
  message: 'height';
  value: number;
  secret: string;
}

export interface EmbedFrame {
  readonly frame: HTMLIFrameElement;
  /** Every `{ message: 'height' }` the page posted to its parent, in order. */
  readonly heights: HeightMessage[];
  /** Resolves at the next height message after now. */
  nextHeight(): Promise<HeightMessage>;
  report(options?: { axe?: boolean; reach?: boolean }): Promise<EmbedReport>;
  /** Focuses the panel's link with this href (or, with none, takes focus away), as a reader would. */
  focus(href?: string): Promise<void>;
  remove(): void;
}

export interface EmbedOptions {
  width?: number;
  height?: number;
  secret?: string;
  now?: string;
  sandbox?: string;
  /** An ISO instant the page's clock starts at (the probe's), to see an opening or closing pass. */
  clock?: string;
  /** The iframe's `scrolling` attribute, as some hosts set it. */
  scrolling?: string;
  /** The page's root font size in px (the probe's `textsize`): large text. */
  textSize?: number;
  /** The folder under /site/: `embed`, or `signed-embed` (the pages built pinning a signed file). */
  folder?: string;
}

export async function openEmbed(name: string, { width = 320, height = 600, secret, now, sandbox = 'allow-scripts', clock, scrolling, textSize, folder = 'embed' }: EmbedOptions = {}): Promise<EmbedFrame> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', sandbox);
  frame.title = `Embed page ${name}`;
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block;`;
  const query = new URLSearchParams({ probe: '' });
  if (now) query.set('now', now);
  if (clock) query.set('clock', clock);
  if (textSize) query.set('textsize', String(textSize));
  if (scrolling) frame.setAttribute('scrolling', scrolling);
  frame.src = `/site/${folder}/${name}.html?${query}${secret === undefined ? '' : `#?secret=${secret}`}`;
  const heights: HeightMessage[] = [];
  let waitingForHeight: ((message: HeightMessage) => void)[] = [];
  let waitingForReport: ((report: EmbedReport) => void) | undefined;
  let waitingForFocus: (() => void) | undefined;
  const listener = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow) return;
    if (event.data?.probe === 'focused') {
      waitingForFocus?.();
      return;
    }
    if (event.data?.probe === 'report') {
      waitingForReport?.(event.data as EmbedReport);
      return;
    }
    if (event.data?.message === 'height') {
      heights.push(event.data as HeightMessage);
      const waiting = waitingForHeight;
      waitingForHeight = [];
      for (const resolve of waiting) resolve(event.data as HeightMessage);
    }
  };
  addEventListener('message', listener);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return {
    frame,
    heights,
    nextHeight: () => new Promise((resolve) => waitingForHeight.push(resolve)),
    report: ({ axe = false, reach = false } = {}) =>
      new Promise((resolve) => {
        waitingForReport = resolve;
        frame.contentWindow!.postMessage({ probe: 'report', axe, reach }, '*');
      }),
    focus: (href) =>
      new Promise((resolve) => {
        waitingForFocus = resolve;
        frame.contentWindow!.postMessage(href === undefined ? { probe: 'blur' } : { probe: 'focus', href }, '*');
      }),
    remove() {
      removeEventListener('message', listener);
      frame.remove();
    },
  };
}

/** The telephone links a tag's static HTML holds: the numbers its embed must show. */
export function telHrefsOf(staticHtml: string): string[] {
  return [...new Set([...staticHtml.matchAll(/href="(tel:[^"]+)"/g)].map(([, href]) => href))];
}

/** Waits a few frames: long enough for a message that was going to be posted. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
