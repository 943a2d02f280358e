import { qidoQueryString, qidoValue, qidoValueLists } from "./qido-query";

test("distinct values become comma lists, each within the character budget", () => {
  const ids = Array.from({ length: 1000 }, (_, i) => `H01_${String(i).padStart(8, "0")}`);
  const lists = qidoValueLists([...ids, ...ids.slice(0, 10)], 4000);
  // 12 characters and a comma per value: 307 values fill 4,000 characters.
  expect(lists.map((l) => l.values.length)).toEqual([307, 307, 307, 79]);
  expect(lists.flatMap((l) => l.values)).toEqual(ids);
  for (const list of lists) {
    expect(list.query).toBe(list.values.join(","));
    expect(list.query.length).toBeLessThan(4000);
  }
});

test("a value needing a wildcard goes alone, every character but the unreserved ones as `?`", () => {
  expect(qidoValueLists(["A1", "ACC,1", "B\\2", "C*", "D?", "", "E5", "Ø 1&=", "x😀"])).toEqual([
    { values: ["ACC,1"], query: "ACC?1" },
    { values: ["B\\2"], query: "B?2" },
    { values: ["C*"], query: "C?" },
    { values: ["D?"], query: "D?" },
    { values: ["Ø 1&="], query: "??1??" },
    // One wildcard per character, not per UTF-16 unit.
    { values: ["x😀"], query: "x?" },
    { values: ["A1", "E5"], query: "A1,E5" },
  ]);
  expect(qidoValue("1.2.840_x-y~z")).toBe("1.2.840_x-y~z");
});

test("no values, or only empty ones, make no request at all", () => {
  expect(qidoValueLists([])).toEqual([]);
  expect(qidoValueLists([""])).toEqual([]);
});

test("query strings keep QIDO's characters as they are and encode anything else", () => {
  expect(
    qidoQueryString([
      ["PatientID", "H01_1,H01_2"],
      ["AccessionNumber", "ACC?1*"],
      ["StudyDate", "20260101-"],
      ["includefield", "00081030"],
      ["odd key", "a&b=c"],
    ]),
  ).toBe(
    "PatientID=H01_1,H01_2&AccessionNumber=ACC?1*&StudyDate=20260101-&includefield=00081030&odd%20key=a%26b%3Dc",
  );
});
