import { REPORTS, type ReportKey } from "../generator/catalogue";
import {
  impressionFindings,
  radiologyAssessmentItems,
  radiologyFindings,
  type RadiologyFinding,
} from "./radiology-findings";

const found = (impression: string) => impressionFindings(impression).map((f) => f.finding);

describe("findings in the generator's report impressions", () => {
  const expected: Record<ReportKey, RadiologyFinding[]> = {
    normalChest: [],
    pneumonia: ["pneumonia"],
    pulmonaryEmbolism: ["pulmonaryEmbolism"],
    negativeForPe: ["pleuralEffusion"],
    pneumothorax: ["pneumothorax"],
    nodule: ["massOrNodule"],
    normalHead: [],
    normalKidney: [],
    smallKidneys: [],
    spine: [],
  };
  it.each(Object.entries(expected))("%s", (key, findings) => {
    expect(found(REPORTS[key as ReportKey].impression)).toEqual(findings);
  });
});

describe("the Medfuse findings rule (CLINICAL.md §8)", () => {
  it.each([
    ["Negative for pulmonary embolism. Small left pleural effusion.", ["pleuralEffusion"]],
    ["No acute intracranial abnormality. Intracranial haemorrhage ruled out.", []],
    ["No pneumothorax. Right lower lobe consolidation.", ["pneumonia"]],
    ["Large pleural effusion without pneumothorax.", ["pleuralEffusion"]],
    ["No evidence of pulmonary emboli.", []],
    ["NEGATIVE FOR PNEUMOTHORAX.", []],
    ["Ruled out: pneumothorax.", []],
    ["Pneumothorax has been ruled out.", []],
    ["Pneumothorax ruled out. Rib fracture.", ["fracture"]],
    ["Acute subdural hemorrhage.", ["haemorrhage"]],
    ["Haemorrhagic transformation of the infarct.", ["haemorrhage"]],
    ["Bilateral pulmonary nodules.", ["massOrNodule"]],
    ["A 4 cm mass in the right hilum.", ["massOrNodule"]],
    ["Mild mass effect on the left ventricle.", []],
    ["Known pneumonia, improving. Notable fractured rib.", ["pneumonia", "fracture"]],
    ["A 7.5 mm nodule. No effusion.", ["massOrNodule"]],
    ["Consolidation in the left lower lobe\nNo pleural effusion", ["pneumonia"]],
    ["No pneumonia. Pneumonia cannot be excluded on the right.", ["pneumonia"]],
  ])("%j → %j", (impression, findings) => {
    expect(found(impression)).toEqual(findings);
  });

  it("reads a prefix cue anywhere earlier in the sentence, as written", () => {
    expect(found("No pneumothorax, right lower lobe consolidation.")).toEqual([]);
  });

  it("sets levels: PE, pneumothorax, haemorrhage high; pneumonia medium; others low", () => {
    const levels = impressionFindings(
      "Pulmonary embolism. Pneumothorax. Subarachnoid haemorrhage. Pneumonia. Pleural effusion. Nodule. Fracture.",
    ).map((f) => [f.finding, f.level]);
    expect(levels).toEqual([
      ["pneumonia", "medium"],
      ["pulmonaryEmbolism", "high"],
      ["pneumothorax", "high"],
      ["haemorrhage", "high"],
      ["pleuralEffusion", "low"],
      ["massOrNodule", "low"],
      ["fracture", "low"],
    ]);
  });
});

describe("report findings and items", () => {
  const report = (id: string, impression: string, accessionNumber: string | null = id) => ({
    accessionNumber,
    impression,
    source: { system: "RIS", id },
    study: accessionNumber ? { system: "PACS", id: `study-${id}` } : null,
  });

  it("link each finding to the report and its study by accession number", () => {
    const reports = radiologyFindings([
      report("A1", REPORTS.pneumonia.impression),
      report("A2", REPORTS.normalChest.impression, null),
    ]);
    expect(reports.map((r) => r.level)).toEqual(["medium", "none"]);
    expect(reports[0].findings).toEqual([
      { finding: "pneumonia", level: "medium", sentence: "Right lower lobe pneumonia." },
    ]);
    expect(radiologyAssessmentItems(reports)).toEqual([
      {
        concern: "imagingFinding",
        level: "medium",
        summary: "Pneumonia (accession A1)",
        evidence: [
          { system: "RIS", id: "A1" },
          { system: "PACS", id: "study-A1" },
        ],
      },
      {
        concern: "imagingFinding",
        level: "none",
        summary: "No finding",
        evidence: [{ system: "RIS", id: "A2" }],
      },
    ]);
  });
});
