/**
 * Hosts a downloaded LMS package the way an LMS does, on its own origin (http://lms.test), with
 * nothing from the Markpoint site reachable: real scorm-again APIs for SCORM, and a small cmi5
 * launcher that serves the launch parameters and records every xAPI statement the package sends.
 */
import { type BrowserContext, type Download, type FrameLocator, type Page, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzip } from '../../src/lib/lms/test-unzip.ts';

export const LMS_ORIGIN = 'http://lms.test';

export interface UnpackedPackage {
  fileName: string;
  bytes: number;
  files: Map<string, Buffer>;
}

export async function unpack(download: Download): Promise<UnpackedPackage> {
  const zipped = readFileSync(await download.path());
  const files = new Map(unzip(new Uint8Array(zipped)).map((file) => [file.name, Buffer.from(file.data)]));
  return { fileName: download.suggestedFilename(), bytes: zipped.byteLength, files };
}

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css', xml: 'application/xml' };
const typeOf = (name: string) => TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';

/**
 * Serves the package under /package/ and the host page at /, and refuses every other request the
 * context makes, so a package that reached back to the site would fail.
 */
export async function hostPackage(context: BrowserContext, unpacked: UnpackedPackage, hostPage: string, extra?: (url: URL, body: string | null, method: string) => { status: number; body: string; type?: string } | null): Promise<string[]> {
  const refused: string[] = [];
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin !== LMS_ORIGIN) {
      refused.push(request.url());
      await route.abort('blockedbyclient');
      return;
    }
    if (url.pathname === '/') {
      await route.fulfill({ status: 200, contentType: TYPES['html'], body: hostPage });
      return;
    }
    if (url.pathname.startsWith('/scorm-again/')) {
      const file = url.pathname.slice('/scorm-again/'.length).replace(/[^a-z0-9.]/gi, '');
      await route.fulfill({ status: 200, contentType: TYPES['js'], body: readFileSync(join(process.cwd(), 'node_modules/scorm-again/dist', file)) });
      return;
    }
    if (url.pathname.startsWith('/package/')) {
      const body = unpacked.files.get(decodeURIComponent(url.pathname.slice('/package/'.length)));
      if (body) await route.fulfill({ status: 200, contentType: typeOf(url.pathname), body });
      else await route.fulfill({ status: 404, body: 'not in the package' });
      return;
    }
    const answer = extra?.(url, request.postData(), request.method());
    if (answer) {
      await route.fulfill({ status: answer.status, contentType: answer.type ?? 'application/json', body: answer.body });
      return;
    }
    await route.fulfill({ status: 404, body: 'unknown' });
  });
  return refused;
}

/** A host page that installs scorm-again's API the way an LMS player does, then frames the package. */
export function scormHostPage(version: '1.2' | '2004'): string {
  const script = version === '1.2' ? 'scorm12.js' : 'scorm2004.js';
  const install =
    version === '1.2'
      ? `window.API = new Scorm12API({ autocommit: false, logLevel: 5, lmsCommitUrl: false }); window.API.loadFromJSON({ core: { student_name: 'Lee, Ann' } }, '');`
      : `window.API_1484_11 = new Scorm2004API({ autocommit: false, logLevel: 5, lmsCommitUrl: false }); window.API_1484_11.loadFromJSON({ learner_name: 'Ann Lee' }, '');`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm-again/${script}"></script>
<script>${install}</script></head>
<body style="margin:0"><iframe title="Course" src="/package/index.html" style="width:100%;height:100vh;border:0"></iframe></body></html>`;
}

export interface Seen {
  raw: number;
  max: number;
  percent: number;
  passed: boolean;
}

/** Works through every question (the first option each time) and every scenario, as a learner would. */
export async function completeAssignment(frame: FrameLocator | Page, scenarioAnswer: string): Promise<Seen> {
  await frame.getByRole('button', { name: 'Start' }).click();
  for (;;) {
    const position = frame.getByText(/^(Question|Scenario) \d+ of \d+$/);
    const finished = frame.getByRole('heading', { name: 'Finished' });
    await expect(position.or(finished)).toBeVisible();
    if (await finished.isVisible()) break;
    const label = (await position.textContent()) ?? '';
    if (label.startsWith('Question')) {
      await frame.locator('.options input').first().check();
      await frame.getByRole('button', { name: 'Check answer' }).click();
    } else {
      await frame.getByLabel('Your answer').fill(scenarioAnswer);
      await frame.getByRole('button', { name: 'Mark my answer' }).click();
      await expect(frame.getByText(/Marked: [\d.]+ out of \d+/)).toBeVisible();
    }
    await frame.getByRole('button', { name: 'Next' }).click();
  }
  return readSeenScore(frame);
}

export async function readSeenScore(frame: FrameLocator | Page): Promise<Seen> {
  const text = (await frame.getByText(/^Your score:/).textContent()) ?? '';
  const match = /Your score: ([\d.]+) out of ([\d.]+) \(([\d.]+)%\), (a pass|below)/.exec(text);
  if (!match) throw new Error(`no score on the finish screen: "${text}"`);
  return { raw: Number(match[1]), max: Number(match[2]), percent: Number(match[3]), passed: match[4] === 'a pass' };
}
