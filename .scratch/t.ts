import { markAnswerInDetail } from '../src/lib/marking/marker.ts';
const caseText = "Holloway's runs a grotto in Worcestershire. Last year the grotto sold 4,800 tickets, but 70% of the £18,000 budget was spent by 20 November. Parents' complaints were shared 600 times in a local group.";
const pacing = { id: 'pacing', statement: 'Recommends pacing the £18,000 budget to follow demand across the season instead of spending most of it early', marks: 4 };
const scenario = { marks: 4, points: [pacing], context: ["Holloway's", 'grotto', 'Worcestershire', '4,800'], command: 'recommend' as const, case: caseText };
const r = markAnswerInDetail(scenario, process.argv[2]!);
console.log(r.result.points[0]?.status, r.result.points[0]?.reason);
