import * as Y from 'yjs';
import { importText, loadPlanIntoDoc } from '@concord/shared';
import { readSeedText } from '../../testing/seeds';

/** A seeded PRNG (mulberry32), so every contender gets byte-identical documents and edits. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A realistic plan doc: the Nottinghamshire seed through Concord's importer into Concord's model, then edited
 * (typing into its texts) until its encoded state reaches `targetBytes`.
 */
export function buildPlanDoc(targetBytes: number, seed: number): Y.Doc {
  const text = readSeedText('nottinghamshire');
  const doc = new Y.Doc();
  loadPlanIntoDoc(doc, importText(text, { id: 'bench-plan', now: '2026-01-05T10:00:00.000Z' }).plan);
  const random = prng(seed);
  const texts = findTexts(doc);
  while (Y.encodeStateAsUpdate(doc).length < targetBytes) {
    for (let i = 0; i < 200; i++) editText(texts, random);
  }
  return doc;
}

/** Every Y.Text reachable from the doc's root maps and arrays (whatever schema built them). */
export function findTexts(doc: Y.Doc): Y.Text[] {
  const texts: Y.Text[] = [];
  const visit = (value: unknown): void => {
    if (value instanceof Y.Text) texts.push(value);
    else if (value instanceof Y.Map) value.forEach(visit);
    else if (value instanceof Y.Array) value.forEach(visit);
  };
  doc.share.forEach((type) => visit(type));
  return texts;
}

const WORDS = ['review', 'crisis', 'partners', 'agreed', 'update', 'referral', 'pathway', 'CCG', 'police', 'ward'];

/** One edit, its own transaction: mostly typing a word somewhere, sometimes deleting a few characters. */
export function editText(texts: Y.Text[], random: () => number): void {
  const text = texts[Math.floor(random() * texts.length)];
  if (!text) throw new Error('the plan doc has no texts to edit');
  const at = Math.floor(random() * (text.length + 1));
  if (random() < 0.8 || text.length < 10) {
    text.insert(at, `${WORDS[Math.floor(random() * WORDS.length)]} `);
  } else {
    text.delete(Math.min(at, text.length - 5), 1 + Math.floor(random() * 4));
  }
}

/** A replica of `source` in a fresh doc (another device), with root types typed like the source's. */
export function replicaOf(source: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
  source.share.forEach((type, name) => {
    if (type instanceof Y.Map) doc.getMap(name);
    else if (type instanceof Y.Array) doc.getArray(name);
    else if (type instanceof Y.Text) doc.getText(name);
    else if (type instanceof Y.XmlFragment) doc.getXmlFragment(name);
  });
  return doc;
}
