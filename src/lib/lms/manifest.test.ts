import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { type ManifestInput, cmi5CourseStructure, escapeXml, scorm12Manifest, scorm2004Manifest } from './manifest.ts';

const XSD_ROOT = join(process.cwd(), 'tests/fixtures/lms-xsd');

/** Every schema of one edition, plus a wrapper that imports each namespace the manifest uses. */
async function validate(xml: string, edition: 'scorm12edition' | 'scorm20044thedition', imports: [namespace: string, file: string][]) {
  const folder = join(XSD_ROOT, edition);
  const preload = readdirSync(folder)
    .filter((file) => file.endsWith('.xsd') || file.endsWith('.dtd'))
    .map((file) => ({ fileName: file, contents: readFileSync(join(folder, file), 'utf8') }));
  const wrapper = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:markpoint:schema-set">
${imports.map(([namespace, file]) => `  <xs:import namespace="${namespace}" schemaLocation="${file}"/>`).join('\n')}
</xs:schema>`;
  return validateXML({ xml: { fileName: 'imsmanifest.xml', contents: xml }, schema: { fileName: 'schema-set.xsd', contents: wrapper }, preload });
}

const SCORM12_IMPORTS: [string, string][] = [
  ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
  ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
];
const SCORM2004_IMPORTS: [string, string][] = [
  ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
  ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
  ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
  ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
  ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
];

const input: ManifestInput = {
  id: 'k3x9m2ab',
  title: 'Week 3 <script>alert("x")</script> & “quotes”',
  description: 'Set by Ms R. Okafor. 10 quiz questions; scenario: A café opens a second site. Pass mark 70%.',
  passMark: 70,
  launch: 'index.html',
  files: ['index.html', 'runner.js', 'runner.css'],
};

describe('SCORM 1.2 imsmanifest.xml', () => {
  it('is valid against the IMS CP 1.1.2 and ADL CP 1.2 schemas', async () => {
    const result = await validate(scorm12Manifest(input), 'scorm12edition', SCORM12_IMPORTS);
    expect(result.errors.map((error) => error.message)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('fails the schema when it is wrong, so the check above can fail', async () => {
    const broken = scorm12Manifest(input).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
    expect((await validate(broken, 'scorm12edition', SCORM12_IMPORTS)).valid).toBe(false);
  });

  it('names the launch file, lists every file and carries the pass mark as the mastery score', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(scorm12Manifest(input));
    const resource = parsed.manifest.resources.resource;
    expect(resource['@_href']).toBe('index.html');
    expect(resource.file.map((file: Record<string, string>) => file['@_href'])).toEqual(input.files);
    expect(parsed.manifest.organizations.organization.item['adlcp:masteryscore']).toBe(70);
    expect(parsed.manifest.metadata.schemaversion).toBe(1.2);
  });
});

describe('SCORM 2004 4th edition imsmanifest.xml', () => {
  it('is valid against the IMS CP 1.1.4, ADL CP/SEQ/NAV 1.3 and IMS SS schemas', async () => {
    const result = await validate(scorm2004Manifest(input), 'scorm20044thedition', SCORM2004_IMPORTS);
    expect(result.errors.map((error) => error.message)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('fails the schema when the sequencing is wrong', async () => {
    const broken = scorm2004Manifest(input).replace('<imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>', '<imsss:minNormalizedMeasure>seventy</imsss:minNormalizedMeasure>');
    expect(broken).not.toBe(scorm2004Manifest(input));
    expect((await validate(broken, 'scorm20044thedition', SCORM2004_IMPORTS)).valid).toBe(false);
  });

  it('says 4th edition and sets the pass mark as the objective the LMS measures', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(scorm2004Manifest(input));
    expect(parsed.manifest.metadata.schemaversion).toBe('2004 4th Edition');
    const objective = parsed.manifest.organizations.organization.item['imsss:sequencing']['imsss:objectives']['imsss:primaryObjective'];
    expect(objective['@_satisfiedByMeasure']).toBe('true');
    expect(objective['imsss:minNormalizedMeasure']).toBe(0.7);
  });
});

describe('cmi5.xml', () => {
  // No package this project can install ships CourseStructure.xsd: the structure is checked here.
  const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(cmi5CourseStructure(input));

  it('has the course structure the cmi5 specification sets out', () => {
    const structure = parsed.courseStructure;
    expect(structure['@_xmlns']).toBe('https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd');
    expect(structure.course['@_id']).toBe('urn:markpoint:course:k3x9m2ab');
    expect(structure.course.title.langstring['#text']).toBe(input.title);
    expect(structure.course.description.langstring['@_lang']).toBe('en-GB');
    const au = structure.au;
    expect(au['@_id']).toBe('urn:markpoint:course:k3x9m2ab:au');
    expect(['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable']).toContain(au['@_moveOn']);
    expect(Number(au['@_masteryScore'])).toBe(0.7);
    expect(['OwnWindow', 'AnyWindow']).toContain(au['@_launchMethod']);
    expect(au.url).toBe('index.html');
    expect(au.title.langstring['#text']).toBe(input.title);
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops characters XML 1.0 cannot hold', () => {
    expect(escapeXml('a<b>&"\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
    expect(scorm12Manifest(input)).not.toContain('<script>');
  });
});
