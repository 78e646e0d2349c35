// ElementCatalogs with parts that bring their own words (issue #13, "Lighter"): a part loaded
// by import() adds its English at once, and its Welsh when the element speaks Welsh, before
// the part is shown; `has` holds only once every source, parts included, has delivered.
import { expect } from '@open-wc/testing';
import { ElementCatalogs } from '../../src/core/element-catalogs.js';
import type { Catalog, LazyCatalogs } from '../../src/core/i18n.js';

/** A Welsh loader that counts its loads and settles when the test says. */
function lateWelsh(catalog: Catalog) {
  const loader = {
    loads: 0,
    arrive: () => undefined as void,
    fail: () => undefined as void,
    load: () => {
      loader.loads += 1;
      return new Promise<Catalog>((resolve, reject) => {
        loader.arrive = () => resolve(catalog);
        loader.fail = () => reject(new Error('offline'));
      });
    },
  };
  return loader;
}

const core: LazyCatalogs = { en: { a: 'core A' }, cy: async () => ({ a: 'craidd A' }) };
const own: LazyCatalogs = { en: { b: 'own B' }, cy: async () => ({ b: 'ein B' }) };

/** Lets every settled promise run its handlers. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

async function quietly<T>(run: () => Promise<T>): Promise<{ value: T; warnings: string[] }> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
  try {
    return { value: await run(), warnings };
  } finally {
    console.warn = warn;
  }
}

describe('ElementCatalogs.add: a part brings its own words', () => {
  const cases: {
    name: string;
    /** Whether an element of the class spoke Welsh before the part was added. */
    welshFirst: boolean;
    part: LazyCatalogs;
    en: Record<string, string>;
    cy: Record<string, string> | undefined;
    hasCy: boolean;
  }[] = [
    {
      name: 'on an English page: English at once, Welsh not loaded',
      welshFirst: false,
      part: { en: { c: 'part C' }, cy: () => Promise.reject(new Error('must not load')) },
      en: { a: 'core A', b: 'own B', c: 'part C' },
      cy: undefined,
      hasCy: false,
    },
    {
      name: 'on a Welsh page: its Welsh loaded before add settles',
      welshFirst: true,
      part: { en: { c: 'part C' }, cy: async () => ({ c: 'rhan C' }) },
      en: { a: 'core A', b: 'own B', c: 'part C' },
      cy: { a: 'craidd A', b: 'ein B', c: 'rhan C' },
      hasCy: true,
    },
    {
      name: 'on a Welsh page, a part with its Welsh given (not loaded)',
      welshFirst: true,
      part: { en: { c: 'part C' }, cy: { c: 'rhan C' } },
      en: { a: 'core A', b: 'own B', c: 'part C' },
      cy: { a: 'craidd A', b: 'ein B', c: 'rhan C' },
      hasCy: true,
    },
    {
      name: 'on a Welsh page, a part with English only',
      welshFirst: true,
      part: { en: { c: 'part C' } },
      en: { a: 'core A', b: 'own B', c: 'part C' },
      cy: { a: 'craidd A', b: 'ein B' },
      hasCy: true,
    },
  ];
  for (const { name, welshFirst, part, en, cy, hasCy } of cases) {
    it(name, async () => {
      const catalogs = new ElementCatalogs([core, own]);
      if (welshFirst) await catalogs.load('cy');
      await catalogs.add(part);
      expect(catalogs.loaded.en).to.deep.equal(en);
      expect(catalogs.loaded.cy).to.deep.equal(cy);
      expect(catalogs.has('cy')).to.equal(hasCy);
      expect(catalogs.has('en')).to.be.true;
    });
  }

  it('has("cy") is false while the part’s Welsh is on its way, true once it is here', async () => {
    const catalogs = new ElementCatalogs([core, own]);
    await catalogs.load('cy');
    const welsh = lateWelsh({ c: 'rhan C' });
    let added = false;
    const adding = catalogs.add({ en: { c: 'part C' }, cy: welsh.load }).then(() => {
      added = true;
    });
    expect(catalogs.loaded.en.c).to.equal('part C'); // English at once
    expect(catalogs.has('cy')).to.be.false;
    // The element still speaks Welsh: only the part waits for its words.
    expect(catalogs.speaks('cy')).to.be.true;
    expect(catalogs.wanted('cy')).to.equal('cy');
    // An element updating meanwhile waits for the part's Welsh too.
    let loaded = false;
    const loading = catalogs.load('cy').then(() => {
      loaded = true;
    });
    await settle();
    expect([added, loaded]).to.deep.equal([false, false]);
    welsh.arrive();
    await Promise.all([adding, loading]);
    expect(catalogs.has('cy')).to.be.true;
    expect(catalogs.loaded.cy.c).to.equal('rhan C');
    expect(welsh.loads).to.equal(1);
  });

  it('a part added twice (two elements of the class) loads its Welsh once', async () => {
    const catalogs = new ElementCatalogs([core, own]);
    await catalogs.load('cy');
    const welsh = lateWelsh({ c: 'rhan C' });
    const part = { en: { c: 'part C' }, cy: welsh.load };
    const both = Promise.all([catalogs.add(part), catalogs.add(part)]);
    welsh.arrive();
    await both;
    expect(welsh.loads).to.equal(1);
    expect(catalogs.loaded.cy.c).to.equal('rhan C');
  });

  it('a part added on an English page loads its Welsh when the page turns Welsh', async () => {
    const catalogs = new ElementCatalogs([core, own]);
    const welsh = lateWelsh({ c: 'rhan C' });
    await catalogs.add({ en: { c: 'part C' }, cy: welsh.load });
    expect(welsh.loads).to.equal(0);
    const loading = catalogs.load('cy');
    await settle();
    expect(catalogs.has('cy')).to.be.false;
    welsh.arrive();
    await loading;
    expect(catalogs.has('cy')).to.be.true;
    expect(catalogs.loaded.cy).to.deep.equal({ a: 'craidd A', b: 'ein B', c: 'rhan C' });
  });

  it('a part whose Welsh cannot load is shown in English; the element stays Welsh (warned)', async () => {
    const catalogs = new ElementCatalogs([core, own]);
    await catalogs.load('cy');
    const welsh = lateWelsh({});
    const { warnings } = await quietly(async () => {
      const adding = catalogs.add({ en: { c: 'part C' }, cy: welsh.load });
      welsh.fail();
      await adding;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"cy" words could not be loaded');
    expect(catalogs.wanted('cy')).to.equal('cy');
    expect(catalogs.has('cy')).to.be.true; // nothing more is coming: no endless wait
    expect(catalogs.loaded.cy).to.deep.equal({ a: 'craidd A', b: 'ein B' });
    expect(catalogs.loaded.en.c).to.equal('part C'); // what the part shows, by fallback
  });

  it('forgetFailures: a part’s Welsh that could not load is asked for again, and arrives', async () => {
    const catalogs = new ElementCatalogs([core, own]);
    await catalogs.load('cy');
    const welsh = lateWelsh({ c: 'rhan C' });
    await quietly(async () => {
      const adding = catalogs.add({ en: { c: 'part C' }, cy: welsh.load });
      welsh.fail();
      await adding;
    });
    expect(catalogs.has('cy')).to.be.true;

    catalogs.forgetFailures(); // back online
    expect(catalogs.has('cy'), 'waiting for the part’s Welsh again').to.be.false;
    expect(catalogs.speaks('cy'), 'the element itself stays Welsh').to.be.true;
    const loading = catalogs.load('cy');
    welsh.arrive();
    await loading;
    expect(welsh.loads).to.equal(2);
    expect(catalogs.has('cy')).to.be.true;
    expect(catalogs.loaded.cy.c).to.equal('rhan C');
    expect(catalogs.loaded.cy.b, 'words that had arrived are kept').to.equal('ein B');
  });

  it('an element whose own Welsh could not load loads no Welsh for its parts', async () => {
    const catalogs = new ElementCatalogs([
      core,
      { en: { b: 'own B' }, cy: () => Promise.reject(new Error('offline')) },
    ]);
    await quietly(() => catalogs.load('cy'));
    expect(catalogs.wanted('cy')).to.equal('en');
    const welsh = lateWelsh({ c: 'rhan C' });
    await catalogs.add({ en: { c: 'part C' }, cy: welsh.load });
    expect(welsh.loads).to.equal(0);
    expect(catalogs.has('cy')).to.be.false;
  });

  it('the element’s words win over the core’s, whichever arrives first', async () => {
    const welshCore = lateWelsh({ a: 'craidd A', b: 'craidd B' });
    const catalogs = new ElementCatalogs([
      { en: { a: 'core A', b: 'core B' }, cy: welshCore.load },
      { en: { b: 'own B' }, cy: async () => ({ b: 'ein B' }) },
    ]);
    const loading = catalogs.load('cy');
    await settle(); // the element's Welsh is here, the core's is not yet
    welshCore.arrive();
    await loading;
    expect(catalogs.loaded.cy).to.deep.equal({ a: 'craidd A', b: 'ein B' });
    expect(catalogs.loaded.en).to.deep.equal({ a: 'core A', b: 'own B' });
  });

  it('knows no language no source has', async () => {
    const catalogs = new ElementCatalogs([core, own]);
    await catalogs.load('fr');
    expect(catalogs.has('fr')).to.be.false;
    expect(catalogs.wanted('fr')).to.equal('en');
    expect(catalogs.speaks('fr')).to.be.false;
  });

  it('speaks Welsh only once the core’s and the element’s Welsh are here', async () => {
    const welshCore = lateWelsh({ a: 'craidd A' });
    const catalogs = new ElementCatalogs([{ en: { a: 'core A' }, cy: welshCore.load }, own]);
    const loading = catalogs.load('cy');
    await settle();
    expect(catalogs.speaks('cy')).to.be.false;
    welshCore.arrive();
    await loading;
    expect(catalogs.speaks('cy')).to.be.true;
  });
});
