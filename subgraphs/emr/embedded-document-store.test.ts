import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Query } from "mingo";
import { EmbeddedDocumentStore, writeEmbeddedDocumentStore } from "./embedded-document-store";

const at = (iso: string) => new Date(iso);
const documents = [
  {
    _id: "A1",
    patNo: 1,
    recordedAt: at("2024-06-01T10:00:00Z"),
    entries: [{ param: "HR", value: 70 }],
  },
  { _id: "B1", patNo: 2, recordedAt: at("2024-06-01T11:00:00Z"), entries: [] },
  { _id: "A2", patNo: 1, recordedAt: at("2024-06-02T10:00:00Z"), entries: [] },
  { _id: "C1", patNo: "3", recordedAt: at("2024-06-03T10:00:00Z"), entries: [] },
  { _id: "X1", recordedAt: at("2024-06-04T10:00:00Z"), entries: [] },
];

describe("EmbeddedDocumentStore", () => {
  let dir: string;
  let store: EmbeddedDocumentStore;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "emr-store-"));
    const path = join(dir, "emr.ejson");
    const written = await writeEmbeddedDocumentStore(path, { flowsheet: documents, empty: [] });
    expect(written).toBe(documents.length);
    store = await EmbeddedDocumentStore.open(path, "patNo");
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => jest.restoreAllMocks());

  it("round-trips dates and evaluates $in, $gte, sort and projection", async () => {
    const found = await store.find<Record<string, unknown>>(
      "flowsheet",
      { patNo: { $in: [1, 2] }, recordedAt: { $gte: at("2024-06-01T11:00:00Z") } },
      { sort: { recordedAt: -1 }, projection: { _id: 1, recordedAt: 1 } },
    );
    expect(found).toEqual([
      { _id: "A2", recordedAt: at("2024-06-02T10:00:00Z") },
      { _id: "B1", recordedAt: at("2024-06-01T11:00:00Z") },
    ]);
  });

  it("narrows candidates by the index before mingo evaluates the filter", async () => {
    const find = jest.spyOn(Query.prototype, "find");
    await store.find("flowsheet", { patNo: { $in: [1] } });
    expect(
      (find.mock.calls[0][0] as unknown[]).map((d) => (d as { _id: string })._id).sort(),
    ).toEqual(["A1", "A2", "X1"]);
  });

  it("compares types as MongoDB does: the number 3 is not the string '3'", async () => {
    expect(await store.find("flowsheet", { patNo: 3 })).toEqual([]);
    expect(await store.find("flowsheet", { patNo: { $eq: "3" } })).toHaveLength(1);
  });

  it("scans the collection when the filter does not pin the indexed field", async () => {
    const found = await store.find<{ _id: string }>("flowsheet", { "entries.param": "HR" });
    expect(found.map((d) => d._id)).toEqual(["A1"]);
    expect(await store.find("flowsheet", { patNo: { $exists: false } })).toHaveLength(1);
  });

  it("treats a collection never written as empty", async () => {
    expect(await store.find("clinical_notes", { patNo: { $in: [1] } })).toEqual([]);
    expect(await store.find("empty", {})).toEqual([]);
  });
});
