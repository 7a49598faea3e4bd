// Catches the navigations a quick exit starts, so that a test can see where it went without
// the test page going anywhere. Chromium's Navigation API fires `navigate` on the window
// being navigated, before it leaves, for a same-origin start: a click on a link, a script's
// location.replace(), from this page or from a frame inside it that navigates its top window.
// Cancelling the event keeps the test page.

/** One navigation the page tried: where to, and whether it replaced the history entry. */
export interface CaughtNavigation {
  readonly url: string;
  readonly type: string;
}

interface NavigateEvent extends Event {
  readonly navigationType: string;
  readonly destination: { readonly url: string };
}

interface NavigationTarget {
  addEventListener(type: 'navigate', listener: (event: NavigateEvent) => void): void;
  removeEventListener(type: 'navigate', listener: (event: NavigateEvent) => void): void;
}

/** Starts catching this window's navigations; `stop()` before the test ends. */
export function catchNavigations(): { readonly caught: CaughtNavigation[]; stop(): void } {
  const navigation = (window as Window & { navigation?: NavigationTarget }).navigation;
  if (!navigation) throw new Error('this browser has no Navigation API: the test cannot stop the page from leaving');
  const caught: CaughtNavigation[] = [];
  const onNavigate = (event: NavigateEvent) => {
    caught.push({ url: event.destination.url, type: event.navigationType });
    event.preventDefault();
  };
  navigation.addEventListener('navigate', onNavigate);
  return { caught, stop: () => navigation.removeEventListener('navigate', onNavigate) };
}
