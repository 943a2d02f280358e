import type { DocumentStore, Filter, FindOptions } from "./document-store";
import { clinicalNoteQuery, EmrSource, flowsheetQuery } from "./source";

const site = { code: "H01", timeZone: "Europe/Berlin" };

describe("EMR query documents", () => {
  it("asks for numeric patNos, sets since a UTC instant, newest first", () => {
    const since = new Date("2024-06-01T00:00:00Z");
    expect(flowsheetQuery([42, 7], since)).toEqual({
      collection: "flowsheet",
      filter: { patNo: { $in: [42, 7] }, recordedAt: { $gte: since } },
      sort: { recordedAt: -1, _id: -1 },
      projection: { _id: 1, patNo: 1, recordedAt: 1, entries: 1 },
    });
    expect(clinicalNoteQuery([42], null).filter).toEqual({ patNo: { $in: [42] } });
  });
});

describe("EmrSource", () => {
  const calls: Array<{ collection: string; filter: Filter; options?: FindOptions }> = [];
  const store: DocumentStore = {
    async find<T>(collection: string, filter: Filter, options?: FindOptions) {
      calls.push({ collection, filter, options });
      return [{ patNo: 7 }, { patNo: 42 }, { patNo: 42 }] as T[];
    },
    close: async () => {},
  };
  const source = new EmrSource(store, site);

  beforeEach(() => (calls.length = 0));

  it("sends one query for many patients and groups the documents in key order", async () => {
    const groups = await source.flowsheets(
      ["H01-00000042", "H02-00000007", "H01-00000007", "H01-00000042"],
      null,
    );
    expect(calls).toHaveLength(1);
    expect(calls[0].filter).toEqual({ patNo: { $in: [42, 7] } });
    expect(groups.map((g) => g.length)).toEqual([2, 0, 1, 2]);
  });

  it("does not query for another hospital's patients", async () => {
    expect(await source.clinicalNotes(["H02-00000042"], null)).toEqual([[]]);
    expect(calls).toHaveLength(0);
  });
});
