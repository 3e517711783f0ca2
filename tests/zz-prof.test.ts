import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseTextPlan } from '../shared/src/import/text-parser';
import { buildPlan } from '../shared/src/import/plan-builder';
import { buildPlan as oldBuild } from '../.tmp/old/shared/src/import/plan-builder';
it('prof', () => {
  const out: string[] = [];
  for (const s of ['bromley', 'bedfordshire-luton', 'south-west-essex', 'nottinghamshire']) {
    const src = parseTextPlan(readFileSync(`/work/shared/seeds/${s}.txt`, 'utf8'));
    const time = (name: string, f: () => unknown) => { f(); const t = performance.now(); for (let i = 0; i < 10; i++) f(); out.push(`T ${s} ${name} ${((performance.now() - t) / 10).toFixed(1)}`); };
    time('build', () => buildPlan(src));
    time('oldbuild', () => oldBuild(src));
  }
  console.log('\n' + out.join('\n'));
});
