/** Plain fields are read as properties by the executor; fields with resolver methods keep them. */
import "reflect-metadata";
import { isObjectType, type GraphQLSchema } from "graphql";
import { SUBGRAPHS } from "../../gateway/subgraph-catalogue";

const resolved = (schema: GraphQLSchema, type: string, field: string) => {
  const named = schema.getType(type);
  if (!isObjectType(named)) throw new Error(`${type} is not an object type`);
  return named.getFields()[field].resolve !== undefined;
};

test("fusion's value types carry no per-field resolver; its fused fields do", async () => {
  const fusion = await SUBGRAPHS.fusion({
    site: { code: "H01", timeZone: "Europe/Berlin" },
    store: "",
  });
  try {
    expect(resolved(fusion.schema, "Feature", "value")).toBe(false);
    expect(resolved(fusion.schema, "FeatureVector", "features")).toBe(false);
    expect(resolved(fusion.schema, "Patient", "features")).toBe(true);
  } finally {
    await fusion.close();
  }
});
