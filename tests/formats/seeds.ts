/** The real plans in ../shared/seeds, imported through the text importer, and helpers to compare plans. */
import { importText } from '@concord/shared';
import { RAGS, type Plan, type Rag } from '@concord/shared';
import * as prng from 'lib0/prng';
import { readSeedText } from '../../testing/seeds';

export const SEEDS = ['bromley', 'bedfordshire-luton', 'south-west-essex', 'nottinghamshire'] as const;
export const NOW = '2026-01-01T00:00:00.000Z';

export function seedText(name: string): string {
  return readSeedText(name);
}

/** A seeded generator of reals in [0, 1) (lib0's), so a failing run can be repeated from its seed. */
export function random(seed: number): () => number {
  const gen = prng.create(seed);
  return () => prng.real53(gen);
}

/**
 * A seed imported, then given what Word would carry and the text seeds cannot: a RAG on most actions (as an
 * import would record it) and a RAG key.
 */
export function seedPlan(name: string, seed: number): Plan {
  const { plan } = importText(seedText(name), { id: 'plan', now: NOW, fileName: `${name}.txt` });
  const next = random(seed);
  for (const action of plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions))) {
    const rag: Rag | undefined = RAGS[Math.floor(next() * (RAGS.length + 1))];
    action.rag = rag ?? null;
    action.ragHistory = rag ? [{ at: NOW, by: 'import', meetingId: null, rag }] : [];
  }
  // As rating the plan in Concord would: a plan whose source had no RAG column gets one (exports add it too).
  if (!plan.columns.some((c) => c.key === 'rag')) plan.columns.push({ key: 'rag', label: 'RAG' });
  plan.legend = [
    { rag: 'red', meaning: 'Not started or at risk' },
    { rag: 'amber', meaning: 'In progress' },
    { rag: 'green', meaning: 'On track' },
    { rag: 'blue', meaning: 'Complete' },
  ];
  return plan;
}

/**
 * A plan without ids (never carried by a file) or column aliases (the other spellings of a header seen in other
 * sections: an export writes one header row per section, with the label), and without the fields named.
 */
export function comparable(plan: Plan, omit: readonly (keyof Plan)[] = []): unknown {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'id' && k !== 'aliases').map(([k, x]) => [k, strip(x)]));
    }
    return v;
  };
  const copy: Record<string, unknown> = { ...plan };
  for (const key of omit) delete copy[key];
  // Directory entries are ordered by id, and a file carries no ids: compare them by name.
  if (plan.leadDirectory) copy.leadDirectory = [...plan.leadDirectory].sort((a, b) => a.name.localeCompare(b.name));
  return strip(copy);
}
