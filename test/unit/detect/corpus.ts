import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = join(import.meta.dirname, '../../fixtures/detect-corpus');

export interface Passage {
  file: string;
  text: string;
  expected: ReadonlySet<string>;
}

/** The labelled passages: each .txt with its expected coin ids from labels.json. */
export function loadCorpus(): Passage[] {
  const labels = JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8')) as Record<string, string[] | string>;
  return readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const expected = labels[file];
      if (!Array.isArray(expected)) throw new Error(`${file} has no label`);
      return { file, text: readFileSync(join(CORPUS_DIR, file), 'utf8'), expected: new Set(expected) };
    });
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

/** Token-set scoring, micro-averaged: per passage, the set of coin ids found vs expected. */
export function scoreSets(pairs: readonly { found: ReadonlySet<string>; expected: ReadonlySet<string> }[]): Score {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const { found, expected } of pairs) {
    for (const id of found) if (expected.has(id)) truePositives++;
    else falsePositives++;
    for (const id of expected) if (!found.has(id)) falseNegatives++;
  }
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: truePositives / Math.max(1, truePositives + falsePositives),
    recall: truePositives / Math.max(1, truePositives + falseNegatives),
  };
}
