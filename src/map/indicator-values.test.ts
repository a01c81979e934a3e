import { expect } from '@open-wc/testing';
import { bundledReport } from '../report/bundled.js';
import type { Indicator, Report } from '../report/schema.js';
import { findDivision } from './divisions.js';
import { findIndicator, indicatorProblem, indicatorSlice, indicatorYears } from './indicator-values.js';

const indicator = (values: Indicator['values']): Indicator => ({
  id: 'beds',
  label: { 'zh-Hans': '床位' },
  unit: '张',
  source: 'casw',
  asOf: { start: '2022' },
  values,
});
const isDivision = (code: string) => !!findDivision(code);
const withIndicator = (one: Indicator): Report => ({ ...bundledReport, indicators: [one] });

describe('indicator values', () => {
  const series = indicator([
    { division: '440000', value: 10, date: '2021' },
    { division: '440000', value: 12 },
    { division: '110000', value: 7, date: '2021' },
  ]);

  it('lists its years and shows the latest by default, a value without a date at the indicator asOf', () => {
    expect(indicatorYears(series)).to.deep.equal(['2021', '2022']);
    const latest = indicatorSlice(series)!;
    expect(latest.year).to.equal('2022');
    expect([...latest.values].map(([code, value]) => [code, value.value])).to.deep.equal([['440000', 12]]);
  });

  it('switches values with the year, and knows no year it has no values for', () => {
    const earlier = indicatorSlice(series, '2021')!;
    expect([...earlier.values].map(([code, value]) => [code, value.value])).to.deep.equal([
      ['440000', 10],
      ['110000', 7],
    ]);
    expect(indicatorSlice(series, '1999')).to.equal(null);
  });

  it('names the field of an unknown division, a duplicate and a value that is not a number', () => {
    const unknown = indicator([
      { division: '440000', value: 1 },
      { division: '990000', value: 2 },
    ]);
    expect(indicatorProblem(withIndicator(unknown), unknown, isDivision)).to.deep.equal({
      code: 'unknown-division',
      field: 'indicators[0].values[1].division',
      detail: '990000',
    });
    const duplicate = indicator([
      { division: '440000', value: 1, date: '2022' },
      { division: '440000', value: 2 },
    ]);
    expect(indicatorProblem(withIndicator(duplicate), duplicate, isDivision)?.field).to.equal(
      'indicators[0].values[1].division',
    );
    const notNumber = indicator([{ division: '440000', value: '12' as unknown as number }]);
    expect(indicatorProblem(withIndicator(notNumber), notNumber, isDivision)?.field).to.equal(
      'indicators[0].values[0].value',
    );
    expect(indicatorProblem(withIndicator(series), series, isDivision)).to.equal(null);
    expect(findIndicator(withIndicator(series), 'beds')).to.equal(series);
  });
});
