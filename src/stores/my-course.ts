/**
 * The learner's "My course" choice and the lessons they have read. Kept apart from the progress
 * record (small, and read by pages that never load the progress store); the pure rules live in
 * src/lib/course/my-course.ts.
 */
import { atom } from 'nanostores';
import { MAX_LESSONS_READ as MAX_LESSONS, type MyCourse, WHOLE_COURSE, parseMyCourse } from '../lib/course/my-course';
import type { CourseRecord } from '../lib/course/restore';

const COURSE_KEY = 'markpoint:my-course';
const LESSONS_KEY = 'markpoint:lessons-read';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readJson(key: string): unknown {
  try {
    return JSON.parse(storage()?.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

export function readMyCourse(): MyCourse {
  return parseMyCourse(readJson(COURSE_KEY));
}

export const $myCourse = atom<MyCourse>(WHOLE_COURSE);
let started = false;

/** Loads the stored choice once, and follows changes made in another tab. */
export function startMyCourse(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  $myCourse.set(readMyCourse());
  window.addEventListener('storage', (event) => {
    if (event.key === COURSE_KEY) $myCourse.set(readMyCourse());
  });
}

export function saveMyCourse(choice: MyCourse): void {
  $myCourse.set(choice);
  try {
    storage()?.setItem(COURSE_KEY, JSON.stringify(choice));
  } catch {
    // Storage refused: the choice holds for this page, and the learner can make it again.
  }
}

/** "<unit>/<lesson slug>" for every lesson opened on this device. */
export function readLessonsRead(): Set<string> {
  const raw = readJson(LESSONS_KEY);
  return new Set(Array.isArray(raw) ? raw.filter((key): key is string => typeof key === 'string' && key.length <= 200).slice(-MAX_LESSONS) : []);
}

export function markLessonRead(key: string): void {
  const read = readLessonsRead();
  if (read.has(key)) return;
  read.add(key);
  try {
    storage()?.setItem(LESSONS_KEY, JSON.stringify([...read].slice(-MAX_LESSONS)));
  } catch {
    // Not recorded: the lesson still shows as unread, nothing else is lost.
  }
}

/** The choice and the lessons read, as a backup carries them. */
export function readCourseRecord(): CourseRecord {
  return { myCourse: readMyCourse(), lessonsRead: [...readLessonsRead()] };
}

/**
 * Writes both values of a restore, or neither. Returns what puts back the values stored before (for
 * when the rest of the restore cannot be saved), or null when this browser refused, with nothing changed.
 */
export function writeCourseRecord(record: CourseRecord): (() => void) | null {
  const store = storage();
  if (!store) return null;
  let before: [string, string | null][];
  try {
    before = [COURSE_KEY, LESSONS_KEY].map((key) => [key, store.getItem(key)]);
  } catch {
    return null;
  }
  const putBack = () => {
    for (const [key, value] of before) {
      try {
        if (value === null) store.removeItem(key);
        else store.setItem(key, value);
      } catch {
        // Putting back an older, no larger value: nothing more can be done if even that is refused.
      }
    }
    $myCourse.set(readMyCourse());
  };
  try {
    store.setItem(COURSE_KEY, JSON.stringify(record.myCourse));
    store.setItem(LESSONS_KEY, JSON.stringify(record.lessonsRead.slice(-MAX_LESSONS)));
  } catch {
    putBack();
    return null;
  }
  $myCourse.set(readMyCourse());
  return putBack;
}
