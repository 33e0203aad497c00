/**
 * The files that tell an LMS what a package is: imsmanifest.xml for SCORM 1.2 and SCORM 2004
 * (4th edition), cmi5.xml for cmi5. Checked against the standards' XSDs in manifest.test.ts; the
 * cmi5 course structure XSD is not shipped in any package this project can install, so cmi5.xml
 * is checked for the structure the cmi5 specification sets out.
 */

export type LmsStandard = 'scorm12' | 'scorm2004' | 'cmi5';

export const STANDARD_NAMES: Record<LmsStandard, string> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004 (4th edition)',
  cmi5: 'cmi5',
};

export interface ManifestInput {
  /** The assignment id: stable, lower-case letters and digits. */
  id: string;
  title: string;
  description: string;
  /** 0-100. */
  passMark: number;
  launch: string;
  files: string[];
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** An XML NCName (what identifier attributes must be): starts with a letter, then letters, digits, "-", "_", ".". */
export function xmlIdentifier(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_.-]/g, '-')}`;
}

const scaledPassMark = (passMark: number) => String(Math.round(Math.min(100, Math.max(0, passMark)) * 100) / 10_000);

export function scorm12Manifest(input: ManifestInput): string {
  const title = escapeXml(input.title);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlIdentifier('markpoint', input.id)}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${title}</title>
      <item identifier="item" identifierref="resource" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${Math.round(input.passMark)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="resource" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(input.launch)}">
${input.files.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

export function scorm2004Manifest(input: ManifestInput): string {
  const title = escapeXml(input.title);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlIdentifier('markpoint', input.id)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${title}</title>
      <item identifier="item" identifierref="resource">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="pass-mark" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${scaledPassMark(input.passMark)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="resource" type="webcontent" adlcp:scormType="sco" href="${escapeXml(input.launch)}">
${input.files.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/** The cmi5 course structure: one assignable unit, moved on when completed and passed. */
export function cmi5CourseStructure(input: ManifestInput): string {
  const title = escapeXml(input.title);
  const description = escapeXml(input.description);
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${cmi5CourseId(input.id)}">
    <title><langstring lang="en-GB">${title}</langstring></title>
    <description><langstring lang="en-GB">${description}</langstring></description>
  </course>
  <au id="${cmi5AuId(input.id)}" moveOn="CompletedAndPassed" masteryScore="${scaledPassMark(input.passMark)}" launchMethod="AnyWindow">
    <title><langstring lang="en-GB">${title}</langstring></title>
    <description><langstring lang="en-GB">${description}</langstring></description>
    <url>${escapeXml(input.launch)}</url>
  </au>
</courseStructure>
`;
}

export const cmi5CourseId = (id: string) => `urn:markpoint:course:${id}`;
export const cmi5AuId = (id: string) => `urn:markpoint:course:${id}:au`;
