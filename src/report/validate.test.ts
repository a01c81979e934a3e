import { expect } from '@open-wc/testing';
import { validateReport, describeProblems } from './validate.js';
import { reportCopy } from '../../test/support/report-fixtures.js';

function problemsOf(edit: Parameters<typeof reportCopy>[0]) {
  const result = validateReport(reportCopy(edit));
  expect(result.ok, 'should be invalid').to.equal(false);
  return result.problems;
}

describe('validateReport', () => {
  it('accepts the bundled report', () => {
    const result = validateReport(reportCopy());
    expect(result.problems).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });

  it('names the field of a wrong type', () => {
    const [problem] = problemsOf((r) => ((r.metrics[1] as unknown as { value: string }).value = '320000'));
    expect(problem.path).to.equal('metrics[1].value');
    expect(problem.message).to.contain('must be a number');
  });

  it('names a missing required field', () => {
    const [problem] = problemsOf((r) => delete (r.stories[0] as Partial<(typeof r.stories)[0]>).title);
    expect(problem.path).to.equal('stories[0].title');
    expect(problem.message).to.equal('is required');
  });

  it('names a missing Simplified Chinese text', () => {
    const [problem] = problemsOf((r) => delete (r.places[0].name as Partial<(typeof r.places)[0]['name']>)['zh-Hans']);
    expect(problem.path).to.equal('places[0].name.zh-Hans');
  });

  it('rejects negative and non-finite values', () => {
    expect(problemsOf((r) => (r.metrics[0].value = -1))[0]).to.include({
      path: 'metrics[0].value',
      message: 'must not be negative (got -1)',
    });
    expect(problemsOf((r) => (r.metrics[0].value = Number.NaN))[0].path).to.equal('metrics[0].value');
    expect(problemsOf((r) => (r.metrics[0].value = Number.POSITIVE_INFINITY))[0].path).to.equal('metrics[0].value');
  });

  it('rejects unknown units and qualifiers, listing the allowed ones', () => {
    const [unit] = problemsOf((r) => ((r.metrics[0] as unknown as { unit: string }).unit = 'kg'));
    expect(unit.path).to.equal('metrics[0].unit');
    expect(unit.message).to.contain('人次');
    const [qualifier] = problemsOf((r) => ((r.metrics[0] as unknown as { qualifier: string }).qualifier = 'about'));
    expect(qualifier.path).to.equal('metrics[0].qualifier');
  });

  it('rejects invalid dates and codes', () => {
    expect(problemsOf((r) => (r.stories[0].date.start = '2024-02-30'))[0]).to.include({
      path: 'stories[0].date.start',
    });
    expect(problemsOf((r) => (r.stories[0].date.start = 'June'))[0].path).to.equal('stories[0].date.start');
    expect(problemsOf((r) => (r.stories[0].date = { start: '2024-06-02', end: '2024-05-31' }))[0].path).to.equal(
      'stories[0].date.end',
    );
    expect(problemsOf((r) => (r.places[0].adcode = '4451'))[0].path).to.equal('places[0].adcode');
    expect(problemsOf((r) => (r.places[0].provinceCode = '445100'))[0].path).to.equal('places[0].provinceCode');
  });

  it('knows the days of each month and the leap years', () => {
    const withStart = (start: string) => validateReport(reportCopy((r) => (r.stories[0].date = { start })));
    for (const day of ['2024-02-29', '2000-02-29', '2024-01-31', '2024-04-30', '2024-12-31', '2023', '2023-02'])
      expect(withStart(day).problems, day).to.deep.equal([]);
    for (const day of ['2023-02-29', '1900-02-29', '2024-02-30', '2024-04-31', '2024-06-31', '2024-11-31'])
      expect(
        withStart(day).problems.map((problem) => problem.path),
        day,
      ).to.deep.equal(['stories[0].date.start']);
  });

  it('rejects links that are not http or https', () => {
    const [problem] = problemsOf((r) => (r.stories[0].url = 'javascript:alert(1)'));
    expect(problem.path).to.equal('stories[0].url');
    expect(problem.message).to.contain('http');
  });

  it('finds duplicated ids and dangling references', () => {
    expect(problemsOf((r) => (r.metrics[1].id = r.metrics[0].id))[0]).to.deep.equal({
      path: 'metrics[1].id',
      message: 'duplicates the id "chaozhou-charity-orgs"',
    });
    expect(problemsOf((r) => (r.stories[0].places[0] = 'atlantis'))[0]).to.deep.equal({
      path: 'stories[0].places[0]',
      message: 'refers to a place "atlantis" that the report does not have',
    });
    expect(problemsOf((r) => (r.metrics[0].story = 'nope'))[0].path).to.equal('metrics[0].story');
    expect(problemsOf((r) => (r.metrics[0].source = 'nope'))[0].path).to.equal('metrics[0].source');
    expect(problemsOf((r) => (r.headline = 'nope'))[0].path).to.equal('headline');
    expect(problemsOf((r) => (r.stories[0].tags = ['unknown-tag']))[0].path).to.equal('stories[0].tags[0]');
  });

  it('rejects things that are not reports at all', () => {
    for (const input of [null, 42, 'report', [], {}]) {
      const result = validateReport(input);
      expect(result.ok, JSON.stringify(input)).to.equal(false);
      expect(result.problems.length).to.be.greaterThan(0);
    }
  });

  it('sums up several problems in one line', () => {
    const problems = problemsOf((r) => {
      r.metrics[0].value = -1;
      r.metrics[1].value = -2;
    });
    expect(describeProblems(problems)).to.equal('metrics[0].value: must not be negative (got -1) (+1)');
  });
});
