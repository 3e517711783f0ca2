// `pnpm bench:readme`: rewrites the figures in README.md and bench/README.md from bench/results.json as it is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './contenders';
import { writeFigures } from './readme-figures';
import type { Results } from './results';

const results = JSON.parse(readFileSync(path.join(REPO_ROOT, 'bench/results.json'), 'utf8')) as Results;
writeFigures(REPO_ROOT, results);
console.log(`README.md and bench/README.md now show the figures of bench/results.json (${results.scale} run, ${results.generatedAt})`);
