/**
 * Everything the assignment pages need to know about the course, as one static file fetched on
 * those pages only (and precached): question texts, misconception corrections, scenarios to mark.
 */
import type { Scenario } from '../content/schemas.ts';
import type { MisconceptionInfo, QuizQuestion } from '../quiz/grade.ts';

export type CatalogueScenario = Pick<Scenario, 'id' | 'title' | 'case' | 'task' | 'command' | 'marks' | 'minutes' | 'words' | 'points' | 'context'> & {
  /** "<unit>/<scenario id>" */
  key: string;
  unit: string;
  /** The model answer as hashed runs of words, so a pasted model answer earns nothing (the text itself is not sent). */
  modelRuns?: string;
};

export interface Catalogue {
  units: { id: string; title: string; code: string; terms: number }[];
  questions: QuizQuestion[];
  misconceptions: Record<string, MisconceptionInfo>;
  scenarios: CatalogueScenario[];
}
