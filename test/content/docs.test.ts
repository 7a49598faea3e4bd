import { expect } from '@open-wc/testing';
import { cse, telHref } from '../../packages/content/src/index.js';

// The README and the embedding guide show partners a fallback to paste, so they hold numbers
// that a person will dial. They are written for people, not generated: this keeps them true.
const documents = ['README.md', 'docs/embedding.md'];
const phones = cse.contacts.flatMap((contact) => (contact.phone ? [contact.phone] : []));
const requiredInFallback = ['police-emergency', 'childrens-services', 'emergency-duty-team'] as const;

async function text(path: string): Promise<string> {
  const response = await fetch(`/${path}`);
  expect(response.ok, `${path} loads`).to.equal(true);
  return response.text();
}

for (const path of documents) {
  describe(path, () => {
    it('links only to numbers the content package holds', async () => {
      const hrefs = [...(await text(path)).matchAll(/href="(tel:[^"]*)"/g)].map((match) => match[1]);
      expect(hrefs.length).to.be.greaterThan(0);
      const known = phones.map((phone) => telHref(phone.dial));
      for (const href of hrefs) expect(known, href).to.include(href);
    });

    it('writes every UK number as the content package writes it', async () => {
      const numbers = (await text(path)).match(/\b0\d{3,4} \d{3} ?\d{3,4}\b/g) ?? [];
      expect(numbers.length).to.be.greaterThan(0);
      const displays = phones.map((phone) => phone.display);
      for (const number of numbers) expect(displays, number).to.include(number);
    });

    it("keeps 999, children's services and the Emergency Duty Team in its fallback", async () => {
      const document = await text(path);
      for (const id of requiredInFallback) {
        const phone = cse.contacts.find((contact) => contact.id === id)?.phone;
        expect(phone, id).to.not.equal(undefined);
        expect(document).to.include(`href="${telHref(phone!.dial)}">${phone!.display}</a>`);
      }
    });
  });
}
