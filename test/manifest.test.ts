import { expect } from '@open-wc/testing';

interface Documented {
  name: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Documented[];
  events?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
}

// custom-elements.json is generated from the JSDoc by `npm run build`: it is the API documentation.
describe('custom-elements.json', () => {
  it('lists the three tags with every attribute, event, part and custom property described', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declarations: Declaration[] = manifest.modules.flatMap(
      (m: { declarations?: Declaration[] }) => m.declarations ?? [],
    );
    const elements = declarations.filter((d) => d.tagName);
    expect(elements.map((d) => d.tagName).sort()).to.deep.equal(['sw-region-map', 'sw-stat-card', 'sw-story-list']);
    for (const element of elements) {
      for (const kind of ['attributes', 'events', 'cssParts', 'cssProperties'] as const) {
        const items = element[kind] ?? [];
        expect(items.length, `${element.tagName} ${kind}`).to.be.greaterThan(0);
        for (const item of items)
          expect(item.description, `${element.tagName} ${kind} ${item.name}`).to.be.a('string').and.not.equal('');
      }
      const attributes = element.attributes!.map((a) => a.name);
      expect(attributes, element.tagName).to.include.members(['lang', 'theme', 'src']);
      expect(
        element.events!.map((e) => e.name),
        element.tagName,
      ).to.include.members(['sw-ready', 'sw-error']);
    }
  });
});
