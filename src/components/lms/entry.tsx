/** @jsxImportSource preact */
/**
 * The packaged runner's entry point, built into one classic script (runner.js) by the
 * lms-runtime integration. It reads the content the launch page carries and never throws: a
 * damaged package shows a reason instead of a blank page.
 */
import { render } from 'preact';
import { readPackageContent } from '../../lib/lms/content';
import type { LmsStandard } from '../../lib/lms/manifest';
import LmsRunner from './LmsRunner';
import '../../styles/global.css';
import '../quiz/quiz.css';
import '../tutor/tutor.css';
import '../scenario/scenario.css';
import './lms.css';

const STANDARDS: readonly LmsStandard[] = ['scorm12', 'scorm2004', 'cmi5'];

function start(): void {
  const root = document.getElementById('markpoint-lms');
  if (!root) return;
  const data = document.getElementById('markpoint-package');
  const standard = data?.getAttribute('data-standard') ?? '';
  const content = readPackageContent(data?.textContent);
  if (!content.ok || !STANDARDS.includes(standard as LmsStandard)) {
    render(
      <div class="notice bad" role="alert">
        <p>This assignment cannot be opened: {content.ok ? 'the package does not say which LMS standard it uses' : content.error}.</p>
        <p>Ask your tutor to download the package again and upload it to the LMS.</p>
      </div>,
      root,
    );
    return;
  }
  root.replaceChildren();
  render(<LmsRunner content={content.value} standard={standard as LmsStandard} />, root);
}

try {
  start();
} catch (error) {
  const root = document.getElementById('markpoint-lms');
  if (root) root.textContent = `This assignment could not start (${error instanceof Error ? error.message : 'unknown error'}). Ask your tutor for a new package.`;
}
