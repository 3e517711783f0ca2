import { describe, expect, it } from 'vitest';
import { splitLeads } from './split-leads';

const CASES: [string, string[]][] = [
  ['Bromley CCG / Oxleas', ['Bromley CCG', 'Oxleas']],
  // "and" and "&" never split: organisation names hold them.
  ['Oxleas & LBB', ['Oxleas & LBB']],
  ['Oxleas and Bromley CCG', ['Oxleas and Bromley CCG']],
  ['NHS England Health and Justice – North Midlands', ['NHS England Health and Justice – North Midlands']],
  ['A&E Delivery Board / Harbour Police', ['A&E Delivery Board', 'Harbour Police']],
  ['Harbour Police; Vale Council;Mind', ['Harbour Police', 'Vale Council', 'Mind']],
  ['Health, Wellbeing and Care Board', ['Health, Wellbeing and Care Board']],
  ['Vale CCG, Harbour Police and Fire', ['Vale CCG', 'Harbour Police and Fire']],
  ['- Vale CCG\n- Harbour Police', ['Vale CCG', 'Harbour Police']],
  ['Vale Trust – Jo Bloggs-Smith', ['Vale Trust – Jo Bloggs-Smith']],
  ['Daniel T / LBB / Bromley Y / Oxleas', ['Daniel T', 'LBB', 'Bromley Y', 'Oxleas']],
  ['Oxleas / CCG MH Commissioning\nManager', ['Oxleas', 'CCG MH Commissioning Manager']],
  ['CCG\nOxleas NHS FT\nAll Providers', ['CCG', 'Oxleas NHS FT', 'All Providers']],
  ['Thurrock BC /\nEssex CC/ CCGs/SEPT/\nNELFT', ['Thurrock BC', 'Essex CC', 'CCGs', 'SEPT', 'NELFT']],
  ['· LCCG – Steve Malusky\n· BCCG – Michelle Bradley', ['LCCG – Steve Malusky', 'BCCG – Michelle Bradley']],
  ['Bromley CCG (needs a named person)', ['Bromley CCG (needs a named person)']],
  ['· Pam Garroway to lead with support from Mental Health ODG', ['Pam Garroway to lead with support from Mental Health ODG']],
  ['Nottingham City Council\nWorking with: Nottingham City CCG', ['Nottingham City Council', 'Working with: Nottingham City CCG']],
  ['PRUH, Kings College Hospital, Royal Bethlem etc', ['PRUH', 'Kings College Hospital', 'Royal Bethlem etc']],
  ['', []],
];

describe('splitLeads', () => {
  it.each(CASES)('%j', (text, expected) => {
    expect(splitLeads(text)).toEqual(expected);
  });

  it('keeps every word of the cell', () => {
    const text = 'All CCGs, Nottingham City Council, Nottingham County Council and district councils, Police and Crime Commissioner (PCC)';
    const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
    expect(words(splitLeads(text).join(' '))).toEqual(words(text));
  });
});
