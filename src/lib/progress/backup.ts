/**
 * Backups: a file the learner can keep or move to another device. Restoring never writes anything
 * until the learner has seen what will change, and a file that is not a sound backup is refused
 * with the reason, leaving current progress untouched.
 *
 * Beside the progress record a backup holds the learner's "My course" choice (myCourse) and the
 * lessons they have read (lessonsRead). Both are optional fields of the same format version: files
 * made before them restore as they always did, and an older Markpoint reading a newer file restores
 * its progress and passes over them. They sit outside the progress checksum (which older readers
 * check), so each is read strictly instead: anything Markpoint would not have written refuses the file.
 */
import type { CourseInBackup } from '../course/restore.ts';
import { type MyCourse, checkLessonsRead, checkMyCourse, isLessonKey, MAX_LESSONS_READ, parseMyCourse } from '../course/my-course.ts';
import { hashString } from '../random/seeded.ts';
import { type Result, err, ok } from '../result.ts';
import { mergeProgress } from './merge.ts';
import { PROGRESS_VERSION, type ProgressState, readProgress, totalReviews } from './state.ts';

export const BACKUP_FORMAT = 'markpoint-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Far above a year of daily study (a few hundred KB), far below what would hang a phone. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  checksum: string;
  progress: ProgressState;
  myCourse?: MyCourse;
  lessonsRead?: string[];
}

/** What a backup carries besides progress: the course choice and the lessons read on this device. */
export interface CourseForBackup {
  myCourse: MyCourse;
  lessonsRead: readonly string[];
}

export function checksumOf(progress: unknown): string {
  return `fnv1a-${hashString(JSON.stringify(progress)).toString(16).padStart(8, '0')}`;
}

export function createBackup(progress: ProgressState, appVersion: string, now: Date, course?: CourseForBackup): string {
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion,
    createdAt: now.toISOString(),
    checksum: checksumOf(progress),
    progress,
    // Written as the restore will read them: a stray stored value must not make the whole file refused.
    ...(course ? { myCourse: parseMyCourse(course.myCourse), lessonsRead: [...new Set(course.lessonsRead.filter(isLessonKey))].slice(-MAX_LESSONS_READ) } : {}),
  };
  return JSON.stringify(file);
}

export function backupFileName(now: Date): string {
  return `markpoint-backup-${now.toISOString().slice(0, 10)}.json`;
}

export interface RestorableBackup {
  progress: ProgressState;
  /** Null when the file does not say, or says something that is not a date. */
  createdAt: string | null;
  appVersion: string;
  /** Items left out because they could not be read, each with the reason. */
  skipped: string[];
  /** The course choice and lessons read, each null when the file predates them. */
  course: CourseInBackup;
}

/** The backup's contents, or the sentence saying why the file is not a sound backup. */
export type BackupReading = Result<RestorableBackup, string>;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** `now` brings times from a clock that ran fast (or an edited file) back to the present. */
export function readBackup(text: string, byteLength = new TextEncoder().encode(text).length, now: Date = new Date()): BackupReading {
  if (byteLength > MAX_BACKUP_BYTES) {
    return err(`This file is ${(byteLength / 1_048_576).toFixed(1)} MB; a Markpoint backup is never larger than ${MAX_BACKUP_BYTES / 1_048_576} MB, so it is not one.`);
  }
  const trimmed = text.trim();
  if (trimmed === '') return err('This file is empty.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    if (trimmed.startsWith('{') && trimmed.includes(`"${BACKUP_FORMAT}"`)) {
      return err('This backup is incomplete: the file ends part way through, so it was probably cut off while downloading or copying.');
    }
    return err('This is not a Markpoint backup: it is not a JSON file.');
  }
  if (!isObject(parsed) || parsed['format'] !== BACKUP_FORMAT) {
    return err('This is not a Markpoint backup: it is a JSON file, but not one Markpoint wrote.');
  }
  const file = parsed;
  const formatVersion = file['formatVersion'];
  if (formatVersion === undefined) {
    return err('This backup does not say which format it is in (its formatVersion is missing), so it was not written by Markpoint as it stands.');
  }
  if (typeof formatVersion !== 'number') {
    return err(`This backup's format version is ${JSON.stringify(formatVersion)}, written as ${typeof formatVersion === 'string' ? 'text' : `a ${Array.isArray(formatVersion) ? 'list' : typeof formatVersion}`} rather than a number, so it has been edited since Markpoint wrote it.`);
  }
  if (!Number.isInteger(formatVersion) || formatVersion < 1) {
    return err(`This backup's format version, ${formatVersion}, is not one Markpoint has ever written.`);
  }
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    return err(`This backup was made by a newer version of Markpoint (format ${formatVersion}; this version reads up to ${BACKUP_FORMAT_VERSION}). Reload to update Markpoint, then try again.`);
  }
  if (file['progress'] === undefined) {
    return err('This backup holds no progress: its progress section is missing, so there is nothing to restore.');
  }
  if (!isObject(file['progress'])) {
    return err('This backup holds no readable progress: its progress section is not a set of named items.');
  }
  if (typeof file['checksum'] !== 'string' || file['checksum'] !== checksumOf(file['progress'])) {
    return err('This backup has been changed since it was made (its checksum does not match), so it cannot be trusted.');
  }
  const progressVersion = file['progress']['version'];
  if (typeof progressVersion === 'number' && progressVersion > PROGRESS_VERSION) {
    return err('This backup holds progress from a newer version of Markpoint. Reload to update, then try again.');
  }
  const report = readProgress(file['progress'], now);
  if (report.unreadable) return err(`The progress inside this backup cannot be read (${report.dropped.join(', ')}).`);
  const course = readCourseFields(file);
  if (!course.ok) return course;
  const createdAt = file['createdAt'];
  return ok({
    progress: report.state,
    createdAt: typeof createdAt === 'string' && Number.isFinite(Date.parse(createdAt)) ? createdAt : null,
    appVersion: typeof file['appVersion'] === 'string' ? file['appVersion'] : 'unknown',
    skipped: report.dropped,
    course: course.value,
  });
}

/** A field that is present must be sound; only a missing one means "this file predates it". */
function readCourseFields(file: Record<string, unknown>): Result<CourseInBackup, string> {
  let myCourse: MyCourse | null = null;
  if (Object.hasOwn(file, 'myCourse')) {
    const checked = checkMyCourse(file['myCourse']);
    if (!checked.ok) return err(`This backup's course choice (its myCourse field) ${checked.error}, so Markpoint did not write it as it stands.`);
    myCourse = checked.value;
  }
  let lessonsRead: string[] | null = null;
  if (Object.hasOwn(file, 'lessonsRead')) {
    const checked = checkLessonsRead(file['lessonsRead']);
    if (!checked.ok) return err(`This backup's list of lessons read (its lessonsRead field) ${checked.error}, so Markpoint did not write it as it stands.`);
    lessonsRead = checked.value;
  }
  return ok({ myCourse, lessonsRead });
}

/** How the restore preview names when a backup was made, without ever showing "Invalid Date". */
export function describeBackupDate(createdAt: string | null, now: Date = new Date()): string {
  if (createdAt === null) return 'does not say when it was made';
  const made = new Date(createdAt);
  const when = made.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
  return made.getTime() > now.getTime() ? `says it was made on ${when}, which is in the future: a device clock may be wrong` : `was made on ${when}`;
}

export interface ProgressCounts {
  cards: number;
  reviews: number;
  questionAttempts: number;
  misconceptions: number;
  scenarioAttempts: number;
  drafts: number;
  studyDays: number;
}

export function countProgress(state: ProgressState): ProgressCounts {
  const scenarios = Object.values(state.scenarios);
  return {
    cards: Object.keys(state.cards).length,
    reviews: totalReviews(state),
    questionAttempts: Object.values(state.questions).reduce((sum, attempts) => sum + attempts.length, 0),
    misconceptions: Object.keys(state.misconceptions).length,
    scenarioAttempts: scenarios.reduce((sum, record) => sum + record.attempts.length, 0),
    drafts: scenarios.filter((record) => record.draft.trim() !== '').length,
    studyDays: Object.keys(state.activity).length,
  };
}

export type RestoreMode = 'merge' | 'replace';

export interface RestorePreview {
  mode: RestoreMode;
  before: ProgressCounts;
  after: ProgressCounts;
  result: ProgressState;
}

/** What restoring would do, without doing it. Merge keeps the newer of each item from both sides. */
export function previewRestore(current: ProgressState, incoming: ProgressState, mode: RestoreMode, newEpoch: string): RestorePreview {
  const result =
    mode === 'replace'
      ? { ...incoming, epoch: newEpoch }
      : { ...mergeProgress({ ...current, epoch: newEpoch }, { ...incoming, epoch: newEpoch }) };
  return { mode, before: countProgress(current), after: countProgress(result), result };
}

export const COUNT_LABELS: Record<keyof ProgressCounts, string> = {
  cards: 'flashcards started',
  reviews: 'flashcard reviews',
  questionAttempts: 'quiz answers',
  misconceptions: 'misconceptions tracked',
  scenarioAttempts: 'scenario attempts',
  drafts: 'scenario drafts',
  studyDays: 'study days',
};

export function describeCounts(counts: ProgressCounts): string[] {
  return (Object.keys(COUNT_LABELS) as (keyof ProgressCounts)[]).map((key) => `${counts[key]} ${COUNT_LABELS[key]}`);
}
