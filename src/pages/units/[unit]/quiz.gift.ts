/** The unit's misconception questions as Moodle GIFT, for tutors to import into a question bank. */
import type { GetStaticPaths } from 'astro';
import { quizExportRoute, unitQuizExportPaths } from '../../../data/quiz-export';
import { toGift } from '../../../lib/quiz/export-gift';

export const getStaticPaths = unitQuizExportPaths satisfies GetStaticPaths;

export const GET = quizExportRoute(toGift, 'text/plain; charset=utf-8');
