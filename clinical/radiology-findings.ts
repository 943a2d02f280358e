/**
 * Findings from radiology impressions: the Medfuse rule of CLINICAL.md section 8. A finding
 * counts when the impression names it and its sentence does not negate it.
 *
 * How negation is read. CLINICAL.md lists the cues "no", "without", "negative for", "no evidence
 * of" and "ruled out", "before it within the sentence". The first four are prefix cues and are
 * read exactly so: a cue anywhere earlier in the same sentence negates the mention (so "No
 * pneumothorax, right lower lobe consolidation." negates both; a later clause is not a new scope).
 * "Ruled out" is English post-negation ("Intracranial haemorrhage ruled out."): read with "before
 * it" literally, that sentence would raise a high haemorrhage alert from a report saying there is
 * none, the opposite of its meaning and of the generator's true negative. So Medfuse lets "ruled
 * out" negate a mention on either side of it in the sentence; the other cues only before it.
 * Sentences end at ".", "!" or "?" followed by white space, or at a line break; a decimal point
 * ("7.5 mm") does not end one. Cues and names match whole words, case-insensitively.
 */
import type { AssessmentItem } from "./assessment";
import type { EvidenceRef } from "./measurement";
import { highestRiskLevel, type RiskLevel } from "./risk-level";

/** The findings of CLINICAL.md §8, each with its level and the words that name it. */
export const RADIOLOGY_FINDINGS = {
  pneumonia: {
    display: "Pneumonia",
    level: "medium",
    pattern: /\b(?:pneumonias?|consolidations?)\b/i,
  },
  pulmonaryEmbolism: {
    display: "Pulmonary embolism",
    level: "high",
    pattern: /\bpulmonary (?:embolism|emboli|embolus)\b/i,
  },
  pneumothorax: {
    display: "Pneumothorax",
    level: "high",
    pattern: /\bpneumothora(?:x|ces)\b/i,
  },
  /**
   * CLINICAL.md names intracranial haemorrhage; any haemorrhage or hemorrhage named counts, as
   * the studies that report one are head studies and a bleed elsewhere is no less urgent.
   */
  haemorrhage: {
    display: "Haemorrhage",
    level: "high",
    pattern: /\bha?emorrhag(?:e|es|ic)\b/i,
  },
  pleuralEffusion: {
    display: "Pleural effusion",
    level: "low",
    pattern: /\bpleural effusions?\b/i,
  },
  /** "Mass effect" is a sign of a mass elsewhere, not a mass. */
  massOrNodule: {
    display: "Mass or nodule",
    level: "low",
    pattern: /\b(?:mass(?:es)?(?! effect)|nodules?)\b/i,
  },
  fracture: {
    display: "Fracture",
    level: "low",
    pattern: /\bfractur(?:e|es|ed)\b/i,
  },
} as const satisfies Record<string, { display: string; level: RiskLevel; pattern: RegExp }>;
export type RadiologyFinding = keyof typeof RADIOLOGY_FINDINGS;

const NEGATION_BEFORE = /\b(?:no|without|negative for|no evidence of|ruled out)\b/i;
const NEGATION_AFTER = /\bruled out\b/i;
const SENTENCE_END = /(?<=[.!?])\s+|[\r\n]+/;

export interface ImpressionFinding {
  readonly finding: RadiologyFinding;
  readonly level: RiskLevel;
  /** The first sentence that names the finding without negating it. */
  readonly sentence: string;
}

/** The findings an impression asserts, in the order of `RADIOLOGY_FINDINGS`, each once. */
export function impressionFindings(impression: string): ImpressionFinding[] {
  const sentences = impression
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean);
  return (Object.keys(RADIOLOGY_FINDINGS) as RadiologyFinding[]).flatMap((finding) => {
    const { level, pattern } = RADIOLOGY_FINDINGS[finding];
    const sentence = sentences.find((s) => assertedIn(s, pattern));
    return sentence ? [{ finding, level, sentence }] : [];
  });
}

function assertedIn(sentence: string, pattern: RegExp): boolean {
  return [...sentence.matchAll(new RegExp(pattern.source, "gi"))].some((mention) => {
    const start = mention.index;
    const before = sentence.slice(0, start);
    const after = sentence.slice(start + mention[0].length);
    return !NEGATION_BEFORE.test(before) && !NEGATION_AFTER.test(after);
  });
}

/** A radiology report as the findings rule reads it. */
export interface RadiologyReportInput<R extends EvidenceRef = EvidenceRef> {
  readonly accessionNumber: string | null;
  readonly impression: string;
  /** The report itself. */
  readonly source: R;
  /** The imaging study with the same accession number, when one was found. */
  readonly study: R | null;
}

export interface ReportFindings<R extends EvidenceRef = EvidenceRef> {
  readonly report: RadiologyReportInput<R>;
  readonly findings: readonly ImpressionFinding[];
  /** The highest finding level; none without findings. */
  readonly level: RiskLevel;
}

/** The Medfuse findings of each report (CLINICAL.md §8), with its accession number and study. */
export function radiologyFindings<R extends EvidenceRef>(
  reports: readonly RadiologyReportInput<R>[],
): ReportFindings<R>[] {
  return reports.map((report) => {
    const findings = impressionFindings(report.impression);
    return { report, findings, level: highestRiskLevel(findings.map((f) => f.level)) };
  });
}

/** One imaging item per finding, or one at none for a report without findings. */
export function radiologyAssessmentItems<R extends EvidenceRef>(
  reports: readonly ReportFindings<R>[],
): AssessmentItem<R>[] {
  return reports.flatMap(({ report, findings }) => {
    const evidence = report.study ? [report.source, report.study] : [report.source];
    const accession = report.accessionNumber ? ` (accession ${report.accessionNumber})` : "";
    if (findings.length === 0)
      return [
        { concern: "imagingFinding", level: "none", summary: `No finding${accession}`, evidence },
      ];
    return findings.map((f) => ({
      concern: "imagingFinding" as const,
      level: f.level,
      summary: `${RADIOLOGY_FINDINGS[f.finding].display}${accession}`,
      evidence,
    }));
  });
}
