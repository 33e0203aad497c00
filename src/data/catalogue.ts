/** Builds the catalogue file from validated content. */
import type { Course } from '../lib/content/validate';
import { unitKey } from '../lib/keys';
import { scenarioModelRuns } from '../lib/marking/copy';
import type { Catalogue } from '../lib/share/catalogue';
import { quizProps } from './quiz-props';

export function buildCatalogue(course: Course, base: string): Catalogue {
  const { questions, misconceptions } = quizProps(course.units, base);
  return {
    units: course.units.map((unit) => ({ id: unit.id, title: unit.title, code: unit.code, terms: unit.terms.length })),
    questions,
    misconceptions,
    scenarios: course.units.flatMap((unit) =>
      unit.scenarios.map((scenario) => ({
        key: unitKey(unit.id, scenario.id),
        unit: unit.id,
        id: scenario.id,
        title: scenario.title,
        case: scenario.case,
        task: scenario.task,
        command: scenario.command,
        marks: scenario.marks,
        minutes: scenario.minutes,
        words: scenario.words,
        points: scenario.points,
        context: scenario.context,
        modelRuns: scenarioModelRuns(scenario),
      })),
    ),
  };
}
