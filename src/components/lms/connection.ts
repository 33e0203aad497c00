/**
 * The packaged runner's link to the LMS that launched it: SCORM 1.2, SCORM 2004 or cmi5. Every
 * call is wrapped so a missing, broken or hostile LMS gives a reason, never an exception.
 */
import Cmi5 from '@xapi/cmi5';
import { cmi5Mastery, cmi5Plan } from '../../lib/lms/cmi5';
import type { Interaction } from '../../lib/lms/interactions';
import type { LmsStandard } from '../../lib/lms/manifest';
import { type Outcome, type Scorm12Api, type Scorm2004Api, type FrameLike, ScormSession, findScormApi } from '../../lib/lms/scorm-session';
import { learnerNameFromLms, scorm12Mastery, scorm12StartValues, scorm12Values } from '../../lib/lms/scorm12';
import { scorm2004Mastery, scorm2004StartValues, scorm2004Values } from '../../lib/lms/scorm2004';
import type { ScoreSummary } from '../../lib/lms/score';
import { type Result, err, ok } from '../../lib/result';

export type { Outcome } from '../../lib/lms/scorm-session';

export interface LmsConnection {
  standard: LmsStandard;
  learnerName: string;
  /** The LMS's pass threshold, 0-1, or null to use the tutor's pass mark. */
  mastery: number | null;
  record(summary: ScoreSummary, interactions: readonly Interaction[], sessionSeconds: number, testId: string): Promise<Outcome>;
  finish(): Promise<Outcome>;
  /** Ends the session when the page goes away before the learner finished, so the LMS can resume it. */
  suspend(): Promise<Outcome>;
}

/** The connection, or why the LMS could not be reached. */
export type Connected = Result<LmsConnection, string>;

const describe = (error: unknown) => (error instanceof Error && error.message ? error.message.slice(0, 160) : 'no reason given');

export async function connect(standard: LmsStandard): Promise<Connected> {
  try {
    if (standard === 'cmi5') return await connectCmi5();
    return connectScorm(standard);
  } catch (error) {
    return err(`the LMS connection failed (${describe(error)})`);
  }
}

function connectScorm(standard: 'scorm12' | 'scorm2004'): Connected {
  const version = standard === 'scorm12' ? '1.2' : '2004';
  const api = findScormApi<Scorm12Api | Scorm2004Api>(window as unknown as FrameLike, standard === 'scorm12' ? 'API' : 'API_1484_11');
  if (!api) return err(`this page was not opened by an LMS that offers the SCORM ${version} interface`);
  const opened = ScormSession.open(version, api);
  if (!opened.ok) return opened;
  const session = opened.value;
  const learnerName = learnerNameFromLms(session.get(standard === 'scorm12' ? 'cmi.core.student_name' : 'cmi.learner_name'));
  const mastery = standard === 'scorm12' ? scorm12Mastery(session.get('cmi.student_data.mastery_score')) : scorm2004Mastery(session.get('cmi.scaled_passing_score'));
  const startValues = standard === 'scorm12' ? scorm12StartValues(session.get('cmi.core.lesson_status')) : scorm2004StartValues(session.get('cmi.completion_status'));
  // Best effort: an LMS that refuses this still gets the full result at the end.
  if (startValues.length) session.record(startValues);
  return ok({
    standard,
    learnerName,
    mastery,
    record: async (summary, interactions, seconds) => {
      const values = standard === 'scorm12' ? scorm12Values(summary, interactions, seconds) : scorm2004Values(summary, interactions, seconds);
      return session.record(values);
    },
    finish: async () => session.finish(),
    suspend: async () => {
      session.record([[standard === 'scorm12' ? 'cmi.core.exit' : 'cmi.exit', 'suspend']]);
      return session.finish();
    },
  });
}

async function connectCmi5(): Promise<Connected> {
  if (!Cmi5.isCmiAvailable) return err('this page was not opened by a cmi5 LMS (its launch details are missing)');
  const cmi5 = new Cmi5();
  try {
    await cmi5.initialize();
  } catch (error) {
    return err(`the LMS did not accept the start of this session (${describe(error)})`);
  }
  const launchData = cmi5.getLaunchData();
  const actor = cmi5.getLaunchParameters().actor;
  let terminated = false;
  const sentVerbs = new Set<string>();
  const finishCmi5 = async (): Promise<Outcome> => {
    if (terminated) return ok({});
    terminated = true;
    try {
      await cmi5.terminate();
      return ok({});
    } catch (error) {
      return err(`the LMS did not accept the end of this session (${describe(error)})`);
    }
  };
  return ok({
    standard: 'cmi5',
    learnerName: typeof actor.name === 'string' ? actor.name : '',
    mastery: cmi5Mastery(launchData.masteryScore),
    record: async (summary, interactions, _seconds, testId) => {
      if (terminated) return err('the LMS session had already ended');
      let refusedDetails = 0;
      let firstRefusal = '';
      // Answers first, as "answered" statements: the LMS may ignore them, the score still counts.
      for (const interaction of interactions) {
        try {
          await sendInteraction(cmi5, testId, interaction);
        } catch (error) {
          refusedDetails += 1;
          firstRefusal ||= describe(error);
        }
      }
      const plan = cmi5Plan(summary, { launchMode: launchData.launchMode, masteryScore: launchData.masteryScore });
      try {
        for (const verb of plan.verbs) {
          // cmi5 allows each of these once per registration: a retry sends only what failed.
          if (sentVerbs.has(verb)) continue;
          if (verb === 'completed') await cmi5.complete();
          else if (verb === 'passed') await cmi5.pass(plan.score);
          else await cmi5.fail(plan.score);
          sentVerbs.add(verb);
        }
      } catch (error) {
        return err(`the LMS did not accept the result (${describe(error)})`);
      }
      if (plan.verbs.length === 0 && launchData.launchMode !== 'Normal') {
        return ok({ note: `The LMS opened this in ${launchData.launchMode} mode, so no score is recorded.` });
      }
      return ok(refusedDetails ? { note: `The LMS kept the score but refused ${refusedDetails} answer detail(s): ${firstRefusal}.` } : {});
    },
    suspend: async () => finishCmi5(),
    finish: async () => finishCmi5(),
  });
}

async function sendInteraction(cmi5: Cmi5, testId: string, interaction: Interaction): Promise<void> {
  const questionId = encodeURIComponent(interaction.key);
  const name = { 'en-GB': interaction.description.slice(0, 250) };
  const success = interaction.kind === 'long-fill-in' ? undefined : interaction.earned >= interaction.weighting;
  if (interaction.kind === 'true-false') {
    await cmi5.interactionTrueFalse(testId, questionId, interaction.response[0] === true, interaction.correct?.[0] === true, name, undefined, success);
  } else if (interaction.kind === 'choice') {
    const choices = interaction.options.map((option) => ({ id: option.id, description: { 'en-GB': option.text } }));
    await cmi5.interactionChoice(testId, questionId, interaction.response.map(String), (interaction.correct ?? []).map(String), choices, name, undefined, success);
  } else {
    await cmi5.interactionLongFillIn(testId, questionId, interaction.response.map(String), undefined, name);
  }
}
