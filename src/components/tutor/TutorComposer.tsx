/** @jsxImportSource preact */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { renderSVG } from 'uqr';
import { newSeed } from '../../lib/random/seeded';
import { type Assignment, type AssignmentDraft, createAssignment, decodeAssignment, encodeAssignment, resolveQuestions } from '../../lib/share/assignment';
import type { Catalogue } from '../../lib/share/catalogue';
import { contentFingerprints } from '../../lib/share/content-version';
import { type TutorWorkspace, type WorkspaceAssignment, duplicateDraft, rememberAssignment, setArchived } from '../../lib/share/workspace';
import { copyText, useCatalogue } from './use-catalogue';
import { LmsDownloadButtons } from '../lms/LmsDownloads';
import { loadWorkspace, saveWorkspace } from './workspace-store';

interface Props {
  base: string;
}

export default function TutorComposer({ base }: Props) {
  const state = useCatalogue(base);
  if (state.status === 'loading') return <p class="muted composer-loading">Loading the course…</p>;
  if (state.status === 'failed') return <p class="notice bad" role="alert">{state.reason}</p>;
  return <Composer base={base} catalogue={state.catalogue} />;
}

function Composer({ base, catalogue }: { base: string; catalogue: Catalogue }) {
  // One seed for the whole editing session: the id and the question draw both come from it.
  const [seed, setSeed] = useState(() => newSeed());
  const [workspace, setWorkspace] = useState<TutorWorkspace | null>(null);
  const [workspaceNote, setWorkspaceNote] = useState('');
  useEffect(() => setWorkspace(loadWorkspace()), []);
  const fingerprints = useMemo(() => contentFingerprints(catalogue.questions, catalogue.scenarios), [catalogue]);
  const changeWorkspace = (next: TutorWorkspace) => {
    setWorkspace(next);
    setWorkspaceNote(saveWorkspace(next) ? '' : 'This browser would not save your assignments list: keep the links yourself.');
  };
  function loadDraft(draft: AssignmentDraft) {
    setSeed(newSeed());
    setTitle(draft.title);
    setTutor(draft.tutor);
    setNote(draft.note ?? '');
    setUnits(draft.units);
    setMode(draft.questions.mode);
    if (draft.questions.mode === 'draw') setCount(draft.questions.count);
    else setPicked(draft.questions.keys);
    setDecks(draft.decks ?? []);
    setScenarios(draft.scenarios ?? []);
    setDue(draft.due ?? '');
    setPassMark(draft.passMark);
    setMade(null);
    requestAnimationFrame(() => document.getElementById('compose-heading')?.scrollIntoView());
  }
  async function reopen(entry: WorkspaceAssignment, then: 'show' | 'duplicate') {
    const decoded = await decodeAssignment(entry.link);
    if (!decoded.ok) {
      setWorkspaceNote(`“${entry.title}” cannot be reopened: ${decoded.error.reason}`);
      return;
    }
    if (then === 'duplicate') loadDraft(duplicateDraft(decoded.value));
    else {
      setCopied('');
      setMade({ assignment: decoded.value, link: entry.link });
      requestAnimationFrame(() => document.getElementById('made-heading')?.scrollIntoView());
    }
  }
  const [title, setTitle] = useState('');
  const [tutor, setTutor] = useState('');
  const [note, setNote] = useState('');
  const [units, setUnits] = useState<string[]>([]);
  const [mode, setMode] = useState<'draw' | 'pick'>('draw');
  const [count, setCount] = useState(10);
  const [picked, setPicked] = useState<string[]>([]);
  const [decks, setDecks] = useState<string[]>([]);
  const [scenarios, setScenarios] = useState<string[]>([]);
  const [due, setDue] = useState('');
  const [passMark, setPassMark] = useState(70);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<{ assignment: Assignment; link: string } | null>(null);
  const [copied, setCopied] = useState('');

  const inUnits = (key: string) => units.includes(key.split('/')[0] ?? '');
  const questions = catalogue.questions.filter((question) => inUnits(question.key));
  const unitScenarios = catalogue.scenarios.filter((scenario) => units.includes(scenario.unit));
  const toggle = (list: string[], set: (next: string[]) => void, value: string) => set(list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);

  async function create(event: Event) {
    event.preventDefault();
    setCopied('');
    const draft: AssignmentDraft = {
      title,
      tutor,
      ...(note.trim() ? { note } : {}),
      units,
      questions: mode === 'draw' ? { mode: 'draw', count } : { mode: 'pick', keys: picked.filter(inUnits) },
      decks: decks.filter((unit) => units.includes(unit)),
      scenarios: scenarios.filter(inUnits),
      ...(due ? { due } : {}),
      passMark,
    };
    const created = createAssignment(draft, seed, { questionKeys: catalogue.questions.map((question) => question.key), fingerprints });
    if (!created.ok) {
      setError(`The assignment cannot be made yet: ${created.error.reason}`);
      setMade(null);
      return;
    }
    try {
      const code = await encodeAssignment(created.value);
      setError(null);
      const link = `${location.origin}${base}assignment/#${code}`;
      setMade({ assignment: created.value, link });
      changeWorkspace(rememberAssignment(workspace ?? loadWorkspace(), created.value, link, new Date()));
    } catch (failure) {
      setError(`The link could not be made: ${(failure as Error).message}`);
    }
  }

  return (
    <div class="composer">
      <form class="card no-print" onSubmit={create}>
        <h2 id="compose-heading">Compose an assignment</h2>
        <label class="field">
          Title
          <input required maxLength={120} value={title} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="field">
          Your name, as learners will see it
          <input required maxLength={60} value={tutor} onInput={(e) => setTutor((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="field">
          Note to learners (optional)
          <textarea rows={3} maxLength={500} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        <fieldset>
          <legend>Units</legend>
          {catalogue.units.map((unit) => (
            <label class="check">
              <input type="checkbox" checked={units.includes(unit.id)} onChange={() => toggle(units, setUnits, unit.id)} />
              {unit.title}
            </label>
          ))}
        </fieldset>
        {units.length > 0 && (
          <>
            <fieldset>
              <legend>Quiz questions</legend>
              <label class="check">
                <input type="radio" name="question-mode" checked={mode === 'draw'} onChange={() => setMode('draw')} /> Draw at random (the same questions for everyone)
              </label>
              {mode === 'draw' && (
                <label class="field inline">
                  How many
                  <input type="number" min={0} max={Math.min(100, questions.length)} value={count} onInput={(e) => setCount(Number((e.currentTarget as HTMLInputElement).value))} />
                  <span class="muted">of {questions.length}</span>
                </label>
              )}
              <label class="check">
                <input type="radio" name="question-mode" checked={mode === 'pick'} onChange={() => setMode('pick')} /> Choose them myself
              </label>
              {mode === 'pick' && (
                <div class="pick-list">
                  {questions.map((question) => (
                    <label class="check">
                      <input type="checkbox" checked={picked.includes(question.key)} onChange={() => toggle(picked, setPicked, question.key)} />
                      <span>{question.prompt}</span>
                    </label>
                  ))}
                </div>
              )}
            </fieldset>
            <fieldset>
              <legend>Flashcard decks</legend>
              {catalogue.units
                .filter((unit) => units.includes(unit.id))
                .map((unit) => (
                  <label class="check">
                    <input type="checkbox" checked={decks.includes(unit.id)} onChange={() => toggle(decks, setDecks, unit.id)} />
                    {unit.title} ({unit.terms} terms)
                  </label>
                ))}
            </fieldset>
            <fieldset>
              <legend>Scenarios</legend>
              {unitScenarios.map((scenario) => (
                <label class="check">
                  <input type="checkbox" checked={scenarios.includes(scenario.key)} onChange={() => toggle(scenarios, setScenarios, scenario.key)} />
                  {scenario.title} ({scenario.marks} marks)
                </label>
              ))}
            </fieldset>
          </>
        )}
        <label class="field inline">
          Due date (optional)
          <input type="date" value={due} onInput={(e) => setDue((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="field inline">
          Pass mark (%)
          <input type="number" min={0} max={100} value={passMark} onInput={(e) => setPassMark(Number((e.currentTarget as HTMLInputElement).value))} />
        </label>
        {error && (
          <p class="notice bad" role="alert">
            {error}
          </p>
        )}
        <button type="submit">Create the link</button>
      </form>
      {made && <Made base={base} made={made} catalogue={catalogue} copied={copied} setCopied={setCopied} />}
      {workspace && (
        <WorkspaceList
          base={base}
          workspace={workspace}
          note={workspaceNote}
          onShow={(entry) => void reopen(entry, 'show')}
          onDuplicate={(entry) => void reopen(entry, 'duplicate')}
          onArchive={(entry, archived) => changeWorkspace(setArchived(workspace, entry.id, archived))}
        />
      )}
    </div>
  );
}

interface WorkspaceListProps {
  base: string;
  workspace: TutorWorkspace;
  note: string;
  onShow: (entry: WorkspaceAssignment) => void;
  onDuplicate: (entry: WorkspaceAssignment) => void;
  onArchive: (entry: WorkspaceAssignment, archived: boolean) => void;
}

function WorkspaceList({ base, workspace, note, onShow, onDuplicate, onArchive }: WorkspaceListProps) {
  const [showArchived, setShowArchived] = useState(false);
  const archivedCount = workspace.assignments.filter((entry) => entry.archived).length;
  const shown = workspace.assignments.filter((entry) => showArchived || !entry.archived);
  return (
    <section class="card workspace no-print" aria-labelledby="workspace-heading">
      <h2 id="workspace-heading">Your assignments</h2>
      <p class="small muted">Kept in this browser only, and included in the backup file on the Progress page.</p>
      {note && (
        <p class="notice warn" role="alert">
          {note}
        </p>
      )}
      {shown.length === 0 ? (
        <p class="muted">{workspace.assignments.length ? 'All your assignments are archived.' : 'Assignments you create appear here, so you can find their links and results again.'}</p>
      ) : (
        <ul class="workspace-list">
          {shown.map((entry) => (
            <li class={entry.archived ? 'archived' : ''}>
              <strong>{entry.title}</strong>{' '}
              <span class="small muted">
                made {new Date(entry.createdAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}
                {entry.codes ? `; ${entry.codes.split(/\n/).filter((line) => line.trim()).length} results kept` : ''}
                {entry.archived ? '; archived' : ''}
              </span>
              <div class="actions">
                <button type="button" class="secondary" onClick={() => onShow(entry)} aria-label={`Show the link and QR code for ${entry.title}`}>
                  Link and QR
                </button>
                <a class="button secondary" href={`${base}tutor/results/?a=${entry.id}`} aria-label={`Results for ${entry.title}`}>
                  Results
                </a>
                <button type="button" class="secondary" onClick={() => onDuplicate(entry)} aria-label={`Duplicate ${entry.title}`}>
                  Duplicate
                </button>
                <button type="button" class="secondary" onClick={() => onArchive(entry, !entry.archived)} aria-label={`${entry.archived ? 'Restore' : 'Archive'} ${entry.title}`}>
                  {entry.archived ? 'Restore' : 'Archive'}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {archivedCount > 0 && (
        <button type="button" class="linkish" onClick={() => setShowArchived(!showArchived)}>
          {showArchived ? 'Hide archived' : `Show archived (${archivedCount})`}
        </button>
      )}
    </section>
  );
}

function Made({ base, made, catalogue, copied, setCopied }: { base: string; made: { assignment: Assignment; link: string }; catalogue: Catalogue; copied: string; setCopied: (text: string) => void }) {
  const { assignment, link } = made;
  const qr = useMemo(() => renderSVG(link, { border: 2 }), [link]);
  const questionKeys = resolveQuestions(assignment, catalogue.questions.map((question) => question.key));
  const prompts = new Map(catalogue.questions.map((question) => [question.key, question.prompt]));
  const scenarioTitles = new Map(catalogue.scenarios.map((scenario) => [scenario.key, scenario.title]));
  const unitTitles = new Map(catalogue.units.map((unit) => [unit.id, unit.title]));
  const fragment = link.slice(link.indexOf('#') + 1);
  return (
    <section class="card made printable" aria-labelledby="made-heading">
      <h2 id="made-heading">{assignment.title}</h2>
      <p>
        Set by {assignment.tutor}
        {assignment.due ? `, due ${new Date(`${assignment.due}T12:00:00`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}` : ''}. Pass mark {assignment.passMark}%.
      </p>
      {assignment.note && <p class="note">{assignment.note}</p>}
      <div class="no-print share-row">
        <label class="field">
          Assignment link ({link.length} characters; the code itself is {fragment.length})
          <input readOnly value={link} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
        </label>
        <div class="actions">
          <button type="button" onClick={async () => setCopied((await copyText(link)) ? 'Link copied.' : 'Copying was blocked: select the link and copy it.')}>
            Copy link
          </button>
          {typeof navigator !== 'undefined' && 'share' in navigator && (
            <button type="button" class="secondary" onClick={() => void navigator.share({ title: assignment.title, url: link }).catch(() => undefined)}>
              Share
            </button>
          )}
          <button type="button" class="secondary" onClick={() => window.print()}>
            Print
          </button>
        </div>
        <p role="status" class="small">
          {copied}
        </p>
      </div>
      <div class="no-print">
        <h3>For your LMS</h3>
        <LmsDownloadButtons base={base} assignment={assignment} catalogue={catalogue} />
      </div>
      <figure class="qr">
        <div class="qr-code" role="img" aria-label="QR code of the assignment link" dangerouslySetInnerHTML={{ __html: qr }} />
        <figcaption class="small muted">Scan to open the assignment on a phone.</figcaption>
      </figure>
      <h3>What learners will do</h3>
      <ul>
        <li>Units: {assignment.units.map((unit) => unitTitles.get(unit) ?? unit).join(', ')}</li>
        {questionKeys.length > 0 && <li>{questionKeys.length} quiz questions</li>}
        {assignment.decks.map((unit) => (
          <li>Flashcards: {unitTitles.get(unit) ?? unit}</li>
        ))}
        {assignment.scenarios.map((key) => (
          <li>Scenario: {scenarioTitles.get(key) ?? key}</li>
        ))}
      </ul>
      {questionKeys.length > 0 && (
        <details class="print-open">
          <summary>The questions</summary>
          <ol>
            {questionKeys.map((key) => (
              <li>{prompts.get(key) ?? key}</li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
