import { describe, expect, it } from 'vitest';
import { parseDue } from './due-date';

const CASES: [string, string | null][] = [
  ['March 2016', '2016-03-31'],
  ['October 2015', '2015-10-31'],
  ['Oct 2015', '2015-10-31'],
  ['Sept 15', '2015-09-30'],
  ['Sept\n2015', '2015-09-30'],
  ['Dec\n2016', '2016-12-31'],
  ['February 2016', '2016-02-29'],
  ['31st March 2016', '2016-03-31'],
  ['1st November 2015', '2015-11-01'],
  ['By 1st November 2015 – aligned with CAMHS re-procurement', '2015-11-01'],
  ['10th October 2015', '2015-10-10'],
  ['Q2 2016', '2016-06-30'],
  ['Q4 2015', '2015-12-31'],
  ['Q1 15-16', '2015-06-30'],
  ['Q4 2015/16', '2016-03-31'],
  ['15-16', '2016-03-31'],
  ['15-16 ', '2016-03-31'],
  ['16-17', '2017-03-31'],
  ['16/17', '2017-03-31'],
  ['2015/16', '2016-03-31'],
  ['2015-16', '2016-03-31'],
  ['2016', '2016-12-31'],
  ['March 2016 with mid-year review in Q2/3.', '2016-03-31'],
  ['New service to commence October 2015', '2015-10-31'],
  ['Strategy to be completed by beginning of April  2016', '2016-04-30'],
  ['June to September 2015', '2015-09-30'],
  ['From \nMarch – May 2015', '2015-05-31'],
  ['31/03/2016', '2016-03-31'],
  ['From April 2015', null],
  ['From April 015', null],
  ['September 2015 - onwards', null],
  ['On-going', null],
  ['On-Going', null],
  ['Ongoing', null],
  ['On – going', null],
  ['TBC', null],
  ['', null],
  ['As soon as possible', null],
  ['13th Smarch 2016', null],
  ['30th February 2016', null],
  // How trackers write dates: a two-digit year, a spreadsheet's month and year, a spreadsheet date cell read as ISO.
  ['31/03/17', '2017-03-31'],
  ['30/09/16', '2016-09-30'],
  ['1.4.17', '2017-04-01'],
  ['31/02/17', null],
  ['Mar-17', '2017-03-31'],
  ["Mar '17", '2017-03-31'],
  ['2017-03-31', '2017-03-31'],
  ['Q3 2016/17', '2016-12-31'],
  ['End of Q2 17/18', '2017-09-30'],
  ['Sept 2016 – March 2017', '2017-03-31'],
];

describe('parseDue', () => {
  it.each(CASES)('%j -> %s', (text, expected) => {
    expect(parseDue(text)).toBe(expected);
  });
});
