import { sameJson } from "./same-json";

test("sameJson compares JSON values, objects in any key order", () => {
  expect(sameJson({ a: 1, b: [1, { c: "x" }] }, { b: [1, { c: "x" }], a: 1 })).toBe(true);
  expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  expect(sameJson([1, 2], [2, 1])).toBe(false);
  expect(sameJson({ a: null }, { a: undefined })).toBe(false);
  expect(sameJson([], {})).toBe(false);
});
