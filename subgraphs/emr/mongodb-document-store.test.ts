import { isMongoUrl, mongoAddress, mongoDatabaseName } from "./mongodb-document-store";
import { openEmrSubgraph } from "./subgraph";

const site = { code: "H01", timeZone: "Europe/Berlin" };

describe("MongoDB store URLs", () => {
  it("tells driver URLs from embedded paths", () => {
    expect(isMongoUrl("mongodb://127.0.0.1:27017/emr")).toBe(true);
    expect(isMongoUrl("mongodb+srv://cluster.example.org/emr")).toBe(true);
    expect(isMongoUrl("/data/emr.ejson")).toBe(false);
    expect(isMongoUrl("file:/data/emr.ejson")).toBe(false);
  });

  it("reads the database from the path, else the EMR's default", () => {
    expect(mongoDatabaseName("mongodb://u:p@a:1,b:2/cis_prod?replicaSet=rs0")).toBe("cis_prod");
    expect(mongoDatabaseName("mongodb://127.0.0.1:27018/")).toBe("emr");
    expect(mongoDatabaseName("mongodb://127.0.0.1:27018?tls=true")).toBe("emr");
  });

  it("names the address without credentials or options", () => {
    expect(mongoAddress("mongodb://medfuse:s3cret@a:1,b:2/emr?authSource=admin")).toBe(
      "mongodb://a:1,b:2/emr",
    );
  });
});

describe("openEmrSubgraph on a MongoDB that is down", () => {
  it("fails fast, naming EMR and the address but not the credentials", async () => {
    const started = Date.now();
    const opening = openEmrSubgraph({
      site,
      // Port 1 on loopback: nothing listens there, so every connection is refused.
      store: "mongodb://medfuse:s3cret@127.0.0.1:1/emr?serverSelectionTimeoutMS=500",
    });
    await expect(opening).rejects.toThrow(
      /^EMR store mongodb:\/\/127\.0\.0\.1:1\/emr cannot be opened: /,
    );
    await expect(opening).rejects.not.toThrow(/s3cret|medfuse:/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("gives up within the default server selection timeout of a few seconds", async () => {
    const started = Date.now();
    await expect(openEmrSubgraph({ site, store: "mongodb://127.0.0.1:1/" })).rejects.toThrow(
      /^EMR store mongodb:\/\/127\.0\.0\.1:1\/ cannot be opened/,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
