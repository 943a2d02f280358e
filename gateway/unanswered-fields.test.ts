import { unansweredFields } from "./unanswered-fields";

test("a root fetch: each root field, by its response key", () => {
  expect(
    unansweredFields(`{ __typename p: patient(id: "1") { id } patients { nodes { id } } }`),
  ).toEqual([["p"], ["patients"]]);
});

test("an entity fetch: each field of each representation, on its own type", () => {
  const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Patient { __typename labs: labResults { id } vitalSigns { id } }
      ... on ImagingStudy { radiologyReport { id } } } }`;
  const representations = [
    { __typename: "Patient", id: "H01-1" },
    { __typename: "ImagingStudy", uid: "1.2" },
  ];
  expect(unansweredFields(query, { representations })).toEqual([
    ["_entities", 0, "labs"],
    ["_entities", 0, "vitalSigns"],
    ["_entities", 1, "radiologyReport"],
  ]);
});
