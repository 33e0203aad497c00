/** @jsxImportSource preact */
/**
 * Tutor controls that turn an assignment, or a unit's whole quiz, into a SCORM 1.2, SCORM 2004
 * or cmi5 package. The zip is made in the tutor's browser from the site's built runner; nothing
 * is uploaded anywhere.
 */
import { useState } from 'preact/hooks';
import { downloadFile } from '../download';
import { packageContent, unitQuizAssignment } from '../../lib/lms/content';
import { type LmsStandard, STANDARD_NAMES } from '../../lib/lms/manifest';
import { type RunnerFiles, buildPackage } from '../../lib/lms/package';
import { newSeed } from '../../lib/random/seeded';
import { type Assignment, decodeAssignment } from '../../lib/share/assignment';
import type { Catalogue } from '../../lib/share/catalogue';
import { useCatalogue } from '../tutor/use-catalogue';

const STANDARDS: LmsStandard[] = ['scorm12', 'scorm2004', 'cmi5'];
const RUNTIME_DIR = 'lms-runtime/';

async function fetchRunner(base: string): Promise<RunnerFiles> {
  const read = async (file: string) => {
    const response = await fetch(`${base}${RUNTIME_DIR}${file}`);
    if (!response.ok) throw new Error(`${file} answered ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const [script, styles] = await Promise.all([read('runner.js'), read('runner.css')]);
  return { script, styles };
}

/** The three download buttons for one assignment. */
export function LmsDownloadButtons({ base, assignment, catalogue }: { base: string; assignment: Assignment; catalogue: Catalogue }) {
  const [status, setStatus] = useState<{ tone: 'good' | 'bad' | 'busy'; text: string } | null>(null);
  const download = async (standard: LmsStandard) => {
    const content = packageContent(assignment, catalogue);
    if (!content.ok) {
      setStatus({ tone: 'bad', text: `This assignment cannot be packaged: ${content.error}.` });
      return;
    }
    setStatus({ tone: 'busy', text: `Making the ${STANDARD_NAMES[standard]} package…` });
    try {
      const made = await buildPackage(content.value, standard, await fetchRunner(base));
      downloadFile(made.bytes, made.fileName, 'application/zip');
      setStatus({ tone: 'good', text: `Downloaded ${made.fileName} (${Math.max(1, Math.round(made.bytes.byteLength / 1024))} KB). Upload it to your LMS as a ${STANDARD_NAMES[standard]} package.` });
    } catch (error) {
      setStatus({
        tone: 'bad',
        text: `The package could not be made (${error instanceof Error ? error.message : 'unknown error'}). Making packages needs the page to have been opened online once; reload and try again.`,
      });
    }
  };
  return (
    <div class="lms-downloads">
      <div class="actions">
        {STANDARDS.map((standard) => (
          <button type="button" class="secondary" onClick={() => void download(standard)}>
            Download {STANDARD_NAMES[standard]}
          </button>
        ))}
      </div>
      <p role={status?.tone === 'bad' ? 'alert' : 'status'} class={status?.tone === 'bad' ? 'notice bad' : 'small'}>
        {status?.text ?? ''}
      </p>
    </div>
  );
}

/** The /tutor/ section: package a unit's quiz, or an assignment from its link. */
export default function LmsPackages({ base }: { base: string }) {
  const state = useCatalogue(base);
  if (state.status === 'loading') return <p class="muted">Loading the course…</p>;
  if (state.status === 'failed') return <p class="notice bad" role="alert">{state.reason}</p>;
  return <Packages base={base} catalogue={state.catalogue} />;
}

function Packages({ base, catalogue }: { base: string; catalogue: Catalogue }) {
  const [seed] = useState(() => newSeed());
  const [unit, setUnit] = useState(catalogue.units[0]?.id ?? '');
  const [tutor, setTutor] = useState('');
  const [passMark, setPassMark] = useState(70);
  const [link, setLink] = useState('');
  const [linked, setLinked] = useState<{ assignment: Assignment } | { problem: string } | null>(null);
  const quiz = tutor.trim() ? unitQuizAssignment(unit, catalogue, { tutor, passMark, seed }) : null;
  return (
    <div class="lms-packages">
      <form class="card" onSubmit={(event) => event.preventDefault()}>
        <h3>A unit's quiz</h3>
        <label class="field">
          Unit
          <select value={unit} onChange={(e) => setUnit((e.currentTarget as HTMLSelectElement).value)}>
            {catalogue.units.map((entry) => (
              <option value={entry.id}>{entry.title}</option>
            ))}
          </select>
        </label>
        <label class="field">
          Your name, as the package shows it to learners
          <input required maxLength={60} value={tutor} onInput={(e) => setTutor((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="field inline">
          Pass mark for the package (%)
          <input type="number" min={0} max={100} value={passMark} onInput={(e) => setPassMark(Number((e.currentTarget as HTMLInputElement).value))} />
        </label>
        {!quiz && <p class="small muted">Enter your name to make the packages.</p>}
        {quiz && !quiz.ok && (
          <p class="notice bad" role="alert">
            This quiz cannot be packaged yet: {quiz.error}.
          </p>
        )}
        {quiz?.ok && <LmsDownloadButtons base={base} assignment={quiz.value} catalogue={catalogue} />}
      </form>
      <form
        class="card"
        onSubmit={async (event) => {
          event.preventDefault();
          const decoded = await decodeAssignment(link);
          setLinked(decoded.ok ? { assignment: decoded.value } : { problem: `That link cannot be read. ${decoded.error.reason}` });
        }}
      >
        <h3>An assignment you made</h3>
        <label class="field">
          Assignment link
          <input value={link} onInput={(e) => setLink((e.currentTarget as HTMLInputElement).value)} placeholder="…/assignment/#A1…" />
        </label>
        <button type="submit" class="secondary">
          Read the link
        </button>
        {linked && 'problem' in linked && (
          <p class="notice bad" role="alert">
            {linked.problem}
          </p>
        )}
        {linked && 'assignment' in linked && (
          <>
            <p>
              <strong>{linked.assignment.title}</strong>, set by {linked.assignment.tutor}
            </p>
            <LmsDownloadButtons base={base} assignment={linked.assignment} catalogue={catalogue} />
          </>
        )}
      </form>
    </div>
  );
}
