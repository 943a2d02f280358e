/** Clinical results (clinical/) as the graph's types. Evidence passes through untouched. */
import type { Assessment } from "../../../clinical/assessment";
import type { DrugLabCheck } from "../../../clinical/drug-lab-rules";
import type { KidneyAssessment } from "../../../clinical/kidney";
import type { News2Result } from "../../../clinical/news2";
import type { ReportFindings } from "../../../clinical/radiology-findings";
import type { CriteriaScore as ClinicalCriteriaScore } from "../../../clinical/sepsis-scores";
import type { SepsisScreen } from "../../../clinical/sepsis";
import type { ClinicalAssessment } from "../types/clinical-assessment";
import type { Evidence } from "../types/evidence";
import type { ImagingFinding } from "../types/imaging-finding";
import type { AcuteKidneyInjuryResult, EgfrResult } from "../types/kidney-results";
import type { MedicationSafetyAlert } from "../types/medication-safety";
import { RiskLevelValue } from "../types/risk-level";
import type { SepsisScreenResult } from "../types/sepsis-screen";
import type { CriteriaScore, News2Score } from "../types/vital-sign-scores";

const level = (l: string) => l as RiskLevelValue;

export function egfrResult(kidney: KidneyAssessment<Evidence>): EgfrResult | null {
  const e = kidney.egfr;
  return (
    e && {
      value: e.value,
      unit: "mL/min/{1.73_m2}",
      category: e.category,
      level: level(e.level),
      ageYears: e.ageYears,
      creatinine: e.creatinine.source,
    }
  );
}

export function akiResult(kidney: KidneyAssessment<Evidence>): AcuteKidneyInjuryResult {
  const a = kidney.aki;
  return {
    stage: a.stage,
    reason: a.reason,
    level: a.level && level(a.level),
    ratio: a.ratio === null ? null : Math.round(a.ratio * 100) / 100,
    rise48h: a.rise48h,
    latest: a.latest?.source ?? null,
    baseline: a.baseline?.source ?? null,
  };
}

export function news2Score(n: News2Result<Evidence>): News2Score {
  return {
    total: n.total,
    level: n.level && level(n.level),
    singleParameter3: n.singleParameter3,
    parameters: n.parameters.map((p) => ({
      parameter: p.parameter,
      score: p.score,
      evidence: p.observation.source,
    })),
    missing: [...n.missing],
  };
}

export function criteriaScore(c: ClinicalCriteriaScore<string, Evidence>): CriteriaScore {
  return {
    score: c.score,
    positive: c.positive,
    criteria: c.criteria.map((r) => ({
      criterion: r.criterion,
      met: r.met,
      evidence: [...r.evidence],
    })),
    missing: [...c.missing],
  };
}

export function sepsisResult(s: SepsisScreen<Evidence>): SepsisScreenResult {
  return {
    level: level(s.level),
    qsofa: criteriaScore(s.qsofa),
    sirs: criteriaScore(s.sirs),
    suspectedInfection: s.suspectedInfection,
    infectionSigns: s.infection.map((i) => ({ sign: i.sign, evidence: i.source })),
    lactate: s.lactate?.source ?? null,
    lactateRaised: s.lactateRaised,
  };
}

export function medicationAlerts(check: DrugLabCheck<Evidence>): MedicationSafetyAlert[] {
  return check.alerts.map((a) => ({
    rule: a.rule,
    level: level(a.level),
    advice: a.advice,
    order: a.order.source,
    resultKind: a.result.kind,
    resultValue: a.result.value,
    resultTime: a.result.time,
    evidence: [...a.evidence],
  }));
}

export function imagingFindings(reports: readonly ReportFindings<Evidence>[]): ImagingFinding[] {
  return reports.flatMap(({ report, findings }) =>
    findings.map((f) => ({
      finding: f.finding,
      level: level(f.level),
      sentence: f.sentence,
      accessionNumber: report.accessionNumber,
      report: report.source,
      imagingStudy: report.study
        ? ({ uid: report.study.recordId } as ImagingFinding["imagingStudy"])
        : null,
    })),
  );
}

export function clinicalAssessment(asOf: Date, a: Assessment<Evidence>): ClinicalAssessment {
  return {
    asOf,
    priority: level(a.priority),
    concerns: a.concerns.map((c) => ({
      concern: c.concern,
      level: level(c.level),
      items: c.items.map((i) => ({
        level: level(i.level),
        summary: i.summary,
        evidence: [...i.evidence],
      })),
      supportingSystems: [...c.supportingSystems],
      contradictingSystems: [...c.contradictingSystems],
      unavailableSystems: [...c.unavailableSystems],
    })),
  };
}
