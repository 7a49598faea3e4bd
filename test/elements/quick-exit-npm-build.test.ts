import { expect, fixture } from '@open-wc/testing';
import { quickExitDefaultHref } from '@safer-seven/content';
// The quick exit from the npm build, as a partner's bundler sees it: its define module and
// the class from dist/index.js (the other quick-exit tests run the sources).
import '../../packages/elements/dist/safer-seven-quick-exit.js';
import { SaferSevenQuickExit, version } from '../../packages/elements/dist/index.js';
import { catchNavigations } from './support/navigations.js';

describe('<safer-seven-quick-exit> from the npm build', () => {
  it('is registered with the class the package exports, and leaves for BBC Weather', async () => {
    expect(customElements.get('safer-seven-quick-exit') === SaferSevenQuickExit, 'the exported class').to.equal(true);
    expect(SaferSevenQuickExit.version).to.equal(version);
    const element = await fixture<SaferSevenQuickExit>(document.createElement('safer-seven-quick-exit'));
    await expect(element).to.be.accessible();
    const navigations = catchNavigations();
    try {
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
      expect(navigations.caught).to.deep.equal([{ url: quickExitDefaultHref, type: 'replace' }]);
    } finally {
      navigations.stop();
    }
  });

  it("is described in custom-elements.json with its href, parts and custom properties", async () => {
    interface Declaration {
      readonly tagName?: string;
      readonly attributes?: readonly { readonly name: string }[];
      readonly cssParts?: readonly { readonly name: string }[];
      readonly cssProperties?: readonly { readonly name: string }[];
    }
    const response = await fetch('/packages/elements/custom-elements.json');
    expect(response.ok, 'the manifest is built').to.equal(true);
    const manifest = (await response.json()) as { modules: { declarations?: Declaration[] }[] };
    const declaration = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((candidate) => candidate.tagName === 'safer-seven-quick-exit');
    expect(declaration, 'the tag is declared').to.not.equal(undefined);
    expect(declaration!.attributes?.map((attribute) => attribute.name)).to.deep.equal(['href']);
    expect(declaration!.cssParts?.map((part) => part.name)).to.include.members(['base', 'button', 'indicator', 'overlay']);
    expect(declaration!.cssProperties?.map((property) => property.name)).to.include('--safer-seven-emergency');
  });
});
