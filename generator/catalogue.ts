/** What the synthetic hospital prescribes, diagnoses and images: small fixed lists, real codes. */

export const DEPARTMENTS = {
  internal: { code: "INT01", name: "Internal Medicine" },
  nephrology: { code: "NEP01", name: "Nephrology" },
  cardiology: { code: "CAR01", name: "Cardiology" },
  emergency: { code: "EMR01", name: "Emergency Department" },
  endocrinology: { code: "END01", name: "Endocrinology Outpatients" },
  generalPractice: { code: "OPD01", name: "General Outpatients" },
  icu: { code: "ICU01", name: "Intensive Care" },
} as const;

/** ICD-10 codes, some with the hospital's local extensions (`E11.900`). */
export const DIAGNOSES = {
  type2Diabetes: { icd10: "E11.900", display: "Type 2 diabetes mellitus without complications" },
  hypertension: { icd10: "I10", display: "Essential (primary) hypertension" },
  ckdStage4: { icd10: "N18.4", display: "Chronic kidney disease, stage 4" },
  ckdStage3: { icd10: "N18.30", display: "Chronic kidney disease, stage 3" },
  aki: { icd10: "N17.9", display: "Acute kidney failure, unspecified" },
  atrialFibrillation: { icd10: "I48.91", display: "Atrial fibrillation, unspecified" },
  heartFailure: { icd10: "I50.9", display: "Heart failure, unspecified" },
  pneumonia: { icd10: "J18.9", display: "Pneumonia, unspecified organism" },
  uti: { icd10: "N39.0", display: "Urinary tract infection, site not specified" },
  sepsis: { icd10: "A41.9", display: "Sepsis, unspecified organism" },
  copd: { icd10: "J44.1", display: "COPD with acute exacerbation" },
  backPain: { icd10: "M54.5", display: "Low back pain" },
  checkup: { icd10: "Z00.0", display: "General medical examination" },
  chestPain: { icd10: "R07.4", display: "Chest pain, unspecified" },
  hyperkalaemia: { icd10: "E87.5", display: "Hyperkalaemia" },
} as const;

/** Orders by WHO ATC code. */
export const DRUGS = {
  metformin: { atc: "A10BA02", name: "Metformin 500 mg tablet", dose: "500 mg BID", route: "PO" },
  enalapril: { atc: "C09AA02", name: "Enalapril 10 mg tablet", dose: "10 mg QD", route: "PO" },
  losartan: { atc: "C09CA01", name: "Losartan 50 mg tablet", dose: "50 mg QD", route: "PO" },
  spironolactone: {
    atc: "C03DA01",
    name: "Spironolactone 25 mg tablet",
    dose: "25 mg QD",
    route: "PO",
  },
  warfarin: { atc: "B01AA03", name: "Warfarin 5 mg tablet", dose: "5 mg QD", route: "PO" },
  ibuprofen: { atc: "M01AE01", name: "Ibuprofen 400 mg tablet", dose: "400 mg TID", route: "PO" },
  gentamicin: {
    atc: "J01GB03",
    name: "Gentamicin 80 mg injection",
    dose: "5 mg/kg QD",
    route: "IV",
  },
  amoxiclav: {
    atc: "J01CR02",
    name: "Amoxicillin/clavulanate 1.2 g injection",
    dose: "1.2 g TID",
    route: "IV",
  },
  ceftriaxone: { atc: "J01DD04", name: "Ceftriaxone 2 g injection", dose: "2 g QD", route: "IV" },
  amlodipine: { atc: "C08CA01", name: "Amlodipine 5 mg tablet", dose: "5 mg QD", route: "PO" },
  atorvastatin: {
    atc: "C10AA05",
    name: "Atorvastatin 20 mg tablet",
    dose: "20 mg QN",
    route: "PO",
  },
  paracetamol: {
    atc: "N02BE01",
    name: "Paracetamol 500 mg tablet",
    dose: "1 g QID PRN",
    route: "PO",
  },
  insulin: { atc: "A10AE04", name: "Insulin glargine 100 U/mL", dose: "20 U QN", route: "SC" },
} as const;

export type DrugKey = keyof typeof DRUGS;

export const ALLERGENS = [
  { substance: "Penicillin", reaction: "Urticaria" },
  { substance: "Sulfonamides", reaction: "Rash" },
  { substance: "Iodinated contrast", reaction: "Nausea" },
  { substance: "Latex", reaction: "Contact dermatitis" },
  { substance: "Peanut", reaction: "Anaphylaxis" },
] as const;

/** Radiology procedures: modality, body part, local description. */
export const EXAMS = {
  ctChest: { modality: "CT", bodyPart: "CHEST", description: "CT Chest with contrast" },
  ctpa: { modality: "CT", bodyPart: "CHEST", description: "CT Pulmonary Angiogram" },
  crChest: { modality: "CR", bodyPart: "CHEST", description: "Chest X-ray PA" },
  ctHead: { modality: "CT", bodyPart: "HEAD", description: "CT Head without contrast" },
  usKidney: { modality: "US", bodyPart: "KIDNEY", description: "Ultrasound kidneys" },
  mrSpine: { modality: "MR", bodyPart: "LSPINE", description: "MRI Lumbar spine" },
} as const;

export type ExamKey = keyof typeof EXAMS;

/**
 * Report texts. `finding` names what the impression asserts; negated sentences are there on
 * purpose, so the findings rule has true negatives that mention the word.
 */
export const REPORTS = {
  normalChest: {
    findings: "Lungs are clear. Heart size normal. No pleural effusion.",
    impression: "No acute cardiopulmonary abnormality. No evidence of pneumonia.",
  },
  pneumonia: {
    findings: "Airspace consolidation in the right lower lobe with air bronchograms.",
    impression: "Right lower lobe pneumonia. No pneumothorax.",
  },
  pulmonaryEmbolism: {
    findings: "Filling defects in the segmental arteries of the left lower lobe.",
    impression: "Acute pulmonary embolism in the left lower lobe segmental arteries.",
  },
  negativeForPe: {
    findings: "Pulmonary arteries opacify well without filling defect.",
    impression: "Negative for pulmonary embolism. Small left pleural effusion.",
  },
  pneumothorax: {
    findings: "Visible pleural line at the right apex with absent lung markings.",
    impression: "Small right apical pneumothorax.",
  },
  nodule: {
    findings: "A 7 mm solid nodule in the right upper lobe.",
    impression: "Indeterminate 7 mm pulmonary nodule; follow-up CT in 6 months.",
  },
  normalHead: {
    findings: "No intracranial haemorrhage, mass effect or midline shift.",
    impression: "No acute intracranial abnormality. Intracranial haemorrhage ruled out.",
  },
  normalKidney: {
    findings: "Both kidneys normal in size with preserved corticomedullary differentiation.",
    impression: "Normal renal ultrasound.",
  },
  smallKidneys: {
    findings: "Both kidneys small and echogenic, right 8.9 cm, left 9.1 cm.",
    impression: "Changes of chronic medical renal disease. No hydronephrosis.",
  },
  spine: {
    findings: "Disc desiccation at L4-L5 with a small posterior bulge.",
    impression: "Degenerative disc disease at L4-L5 without fracture.",
  },
} as const;

export type ReportKey = keyof typeof REPORTS;

export const RADIOLOGISTS = ["Dr. A. Weber", "Dr. K. Osei", "Dr. M. Rossi", "Dr. L. Chen"] as const;
export const CLINICIANS = [
  "Dr. S. Novak",
  "Dr. P. Haddad",
  "Dr. J. Lindqvist",
  "Nurse R. Okafor",
  "Nurse T. Brandt",
] as const;
