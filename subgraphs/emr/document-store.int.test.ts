/**
 * The DocumentStore contract on every store: the embedded store (mingo) must answer the EMR's
 * query documents exactly as a MongoDB wire-protocol server (FerretDB 1.x in CI) does.
 */
import { Query } from "mingo";
import { openDocumentStore, type DocumentStore } from "./document-store";
import { TEST_DOCUMENT_STORES, type TestDocumentStore } from "./test-document-stores";

const at = (iso: string) => new Date(iso);
const documents = [
  {
    _id: "A1",
    patNo: 1,
    recordedAt: at("2024-06-01T10:00:00Z"),
    entries: [{ param: "HR", value: 70 }],
  },
  { _id: "B1", patNo: 2, recordedAt: at("2024-06-01T11:00:00Z"), entries: [] },
  { _id: "A2", patNo: 1, recordedAt: at("2024-06-02T10:00:00.123Z"), entries: [] },
  { _id: "C1", patNo: "3", recordedAt: at("2024-06-03T10:00:00Z"), entries: [] },
  { _id: "X1", recordedAt: at("1969-12-31T23:59:59Z"), entries: [] },
];

describe.each(TEST_DOCUMENT_STORES)("DocumentStore on the $name store", (kind) => {
  let written: TestDocumentStore | undefined;
  let store: DocumentStore;

  beforeAll(async () => {
    written = await kind.create("document_store", { flowsheet: documents, empty: [] }, {});
    expect(written.documents).toBe(documents.length);
    store = await openDocumentStore("emr", written.url, { indexedField: "patNo" });
  });

  afterAll(async () => {
    await store?.close();
    await written?.dispose();
  });

  afterEach(() => jest.restoreAllMocks());

  it("round-trips dates to the millisecond and evaluates $in, $gte, sort and projection", async () => {
    const found = await store.find<Record<string, unknown>>(
      "flowsheet",
      { patNo: { $in: [1, 2] }, recordedAt: { $gte: at("2024-06-01T11:00:00Z") } },
      { sort: { recordedAt: -1, _id: -1 }, projection: { _id: 1, recordedAt: 1 } },
    );
    expect(found).toEqual([
      { _id: "A2", recordedAt: at("2024-06-02T10:00:00.123Z") },
      { _id: "B1", recordedAt: at("2024-06-01T11:00:00Z") },
    ]);
    expect(
      await store.find("flowsheet", { recordedAt: { $lt: at("1970-01-01T00:00:00Z") } }),
    ).toHaveLength(1);
  });

  it("compares types as MongoDB does: the number 3 is not the string '3'", async () => {
    expect(await store.find("flowsheet", { patNo: 3 })).toEqual([]);
    expect(await store.find("flowsheet", { patNo: { $in: ["1", "2"] } })).toEqual([]);
    expect(await store.find("flowsheet", { patNo: { $eq: "3" } })).toHaveLength(1);
  });

  it("matches inside arrays and finds documents missing the indexed field", async () => {
    const found = await store.find<{ _id: string }>("flowsheet", { "entries.param": "HR" });
    expect(found.map((d) => d._id)).toEqual(["A1"]);
    expect(await store.find("flowsheet", { patNo: { $exists: false } })).toHaveLength(1);
  });

  it("projects fields of array elements", async () => {
    expect(
      await store.find(
        "flowsheet",
        { patNo: 1 },
        {
          sort: { _id: 1 },
          projection: { "entries.param": 1 },
        },
      ),
    ).toEqual([
      { _id: "A1", entries: [{ param: "HR" }] },
      { _id: "A2", entries: [] },
    ]);
  });

  it("treats a collection never written as empty", async () => {
    expect(await store.find("clinical_notes", { patNo: { $in: [1] } })).toEqual([]);
    expect(await store.find("empty", {})).toEqual([]);
  });

  if (kind.name === "embedded") {
    it("narrows candidates by the index before mingo evaluates the filter", async () => {
      const find = jest.spyOn(Query.prototype, "find");
      await store.find("flowsheet", { patNo: { $in: [1] } });
      expect(
        (find.mock.calls[0][0] as unknown[]).map((d) => (d as { _id: string })._id).sort(),
      ).toEqual(["A1", "A2", "X1"]);
    });
  }
});
