/**
 * An LMS package as a list of files and as a zip: the launch page with the content embedded, the
 * runner's built script and styles, and the standard's manifest. Everything the learner needs is
 * inside, so the package runs with no connection to the Markpoint site.
 */
import { type LmsPackageContent, embedContent } from './content.ts';
import { type LmsStandard, type ManifestInput, cmi5CourseStructure, escapeXml, scorm12Manifest, scorm2004Manifest } from './manifest.ts';
import { type ZipEntry, writeZip } from './zip.ts';

export interface RunnerFiles {
  /** The runner as one classic script: modules do not load from file:// or some LMS players. */
  script: Uint8Array<ArrayBuffer>;
  styles: Uint8Array<ArrayBuffer>;
}

export const LAUNCH_FILE = 'index.html';
export const SCRIPT_FILE = 'runner.js';
export const STYLES_FILE = 'runner.css';

export function launchPage(content: LmsPackageContent, standard: LmsStandard): string {
  const title = escapeXml(content.assignment.title);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<link rel="stylesheet" href="${STYLES_FILE}">
</head>
<body>
<main id="main" class="lms-main">
<h1>${title}</h1>
<div id="markpoint-lms"><p class="muted">Opening the assignment…</p></div>
<noscript><p class="notice warn">This assignment needs JavaScript.</p></noscript>
</main>
<script type="application/json" id="markpoint-package" data-standard="${standard}">${embedContent(content)}</script>
<script src="${SCRIPT_FILE}"></script>
</body>
</html>
`;
}

export function packageDescription(content: LmsPackageContent): string {
  const parts = [
    content.questions.length ? `${content.questions.length} quiz question${content.questions.length === 1 ? '' : 's'}` : '',
    ...content.scenarios.map((scenario) => `scenario: ${scenario.title}`),
  ].filter(Boolean);
  return `Set by ${content.assignment.tutor}. ${parts.join('; ')}. Pass mark ${content.assignment.passMark}%.`;
}

export function packageFiles(content: LmsPackageContent, standard: LmsStandard, runner: RunnerFiles): ZipEntry[] {
  const encode = (text: string) => new TextEncoder().encode(text);
  const files = [LAUNCH_FILE, SCRIPT_FILE, STYLES_FILE];
  const input: ManifestInput = {
    id: content.assignment.id,
    title: content.assignment.title,
    description: packageDescription(content),
    passMark: content.assignment.passMark,
    launch: LAUNCH_FILE,
    files,
  };
  const manifest =
    standard === 'cmi5'
      ? { name: 'cmi5.xml', text: cmi5CourseStructure(input) }
      : { name: 'imsmanifest.xml', text: standard === 'scorm12' ? scorm12Manifest(input) : scorm2004Manifest(input) };
  return [
    // The manifest first: some importers read only the start of the archive to recognise it.
    { name: manifest.name, data: encode(manifest.text) },
    { name: LAUNCH_FILE, data: encode(launchPage(content, standard)) },
    { name: SCRIPT_FILE, data: runner.script },
    { name: STYLES_FILE, data: runner.styles },
  ];
}

/** "week-3-social-listening-scorm12.zip" */
export function packageFileName(content: LmsPackageContent, standard: LmsStandard): string {
  const slug =
    content.assignment.title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'markpoint';
  return `${slug}-${standard}.zip`;
}

export async function buildPackage(content: LmsPackageContent, standard: LmsStandard, runner: RunnerFiles): Promise<{ fileName: string; bytes: Uint8Array<ArrayBuffer> }> {
  return { fileName: packageFileName(content, standard), bytes: await writeZip(packageFiles(content, standard, runner)) };
}
