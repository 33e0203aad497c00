/** The unit's misconception questions as Moodle XML, for tutors to import into a question bank. */
import type { GetStaticPaths } from 'astro';
import { quizExportRoute, unitQuizExportPaths } from '../../../data/quiz-export';
import { toMoodleXml } from '../../../lib/quiz/export-moodle-xml';

export const getStaticPaths = unitQuizExportPaths satisfies GetStaticPaths;

export const GET = quizExportRoute(toMoodleXml, 'application/xml; charset=utf-8');
