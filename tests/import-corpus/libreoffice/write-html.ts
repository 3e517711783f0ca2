/** Writes the HTML page of each plan LibreOffice converts, and prints "name format…" per plan for make.sh. */
import { writeFileSync } from 'node:fs';
import { ALL_PLANS } from '../plans';
import { renderHtml } from '../render-html';
import { LIBREOFFICE_PLANS } from './plans';

for (const { name, formats } of LIBREOFFICE_PLANS) {
  const plan = ALL_PLANS.find((p) => p.name === name)!;
  writeFileSync(new URL(`./${name}.html`, import.meta.url), renderHtml(plan.title, plan.blocks));
  console.log(`${name} ${formats.join(' ')}`);
}
