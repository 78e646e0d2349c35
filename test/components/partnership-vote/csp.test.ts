import { expect } from '@open-wc/testing';
import { cspReport } from '../../fixtures/csp-report.js';

describe('<co-partnership-vote> under a strict Content-Security-Policy', () => {
  it('reports no securitypolicyviolation and writes no style attribute, with content, in English and Welsh', async () => {
    const report = await cspReport('vote');
    expect(report.rendered, 'elements that drew their content').to.equal(2);
    expect(report.violations).to.deep.equal([]);
    expect(report.styled).to.deep.equal([]);
  });
});
