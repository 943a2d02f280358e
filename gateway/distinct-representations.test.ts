import {
  ApolloGateway,
  type GraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { GraphQLError } from "graphql";
import { readFileSync } from "node:fs";
import { DistinctRepresentationsDataSource } from "./distinct-representations";
import { SUPERGRAPH_PATH } from "./project-paths";

type Answer = Awaited<ReturnType<GraphQLDataSource["process"]>>;

const patient = (id: string, extra: object = {}) => ({ __typename: "Patient", id, ...extra });

/** A subgraph that answers each representation with its id, and records what it was sent. */
function subgraph(answer?: (representations: { id: string }[]) => Answer) {
  const sent: GraphQLDataSourceProcessOptions["request"][] = [];
  const source: GraphQLDataSource = {
    process: async ({ request }) => {
      sent.push(request);
      const representations = request.variables!.representations as { id: string }[];
      return (answer ?? ((r) => ({ data: { _entities: r.map(({ id }) => ({ labs: [id] })) } })))(
        representations,
      );
    },
  };
  return { sent, source };
}

const fetchOf = (representations: unknown[]) =>
  ({
    request: { query: "query($representations:[_Any!]!){…}", variables: { representations } },
  }) as unknown as GraphQLDataSourceProcessOptions;

test("a representation repeated in one fetch is sent once and answered at every place", async () => {
  const { sent, source } = subgraph();
  const distinct = new DistinctRepresentationsDataSource(source);
  const answer = await distinct.process(
    fetchOf([patient("H01-1"), patient("H01-2"), patient("H01-1"), patient("H01-1")]),
  );
  expect(sent[0].variables!.representations).toEqual([patient("H01-1"), patient("H01-2")]);
  expect(answer.data!._entities).toEqual([
    { labs: ["H01-1"] },
    { labs: ["H01-2"] },
    { labs: ["H01-1"] },
    { labs: ["H01-1"] },
  ]);
  // Apollo merges later answers into each place: no two places may share one object.
  const entities = answer.data!._entities as object[];
  expect(entities[2]).not.toBe(entities[0]);
  expect(entities[3]).not.toBe(entities[2]);
});

test("the same key with different required data is two representations", async () => {
  const { sent, source } = subgraph();
  const distinct = new DistinctRepresentationsDataSource(source);
  const fetch = fetchOf([
    patient("H01-1", { history: "[1,2]" }),
    patient("H01-1", { history: "[1,3]" }),
  ]);
  await distinct.process(fetch);
  expect(sent[0]).toBe(fetch.request);
});

test("a fetch without repeats reaches the subgraph untouched", async () => {
  const { sent, source } = subgraph();
  const fetch = fetchOf([patient("H01-1"), patient("H01-2")]);
  await new DistinctRepresentationsDataSource(source).process(fetch);
  expect(sent[0]).toBe(fetch.request);
});

test("an error at a distinct representation is reported at every place it stood", async () => {
  const { source } = subgraph((representations) => ({
    data: { _entities: representations.map(() => null) },
    errors: [
      new GraphQLError("LIS unavailable", {
        path: ["_entities", 0, "labs"],
        extensions: { code: "SOURCE_UNAVAILABLE" },
      }),
      { message: "whole fetch" },
    ],
  }));
  const answer = await new DistinctRepresentationsDataSource(source).process(
    fetchOf([patient("H01-1"), patient("H01-2"), patient("H01-1")]),
  );
  expect(answer.errors!.map((e) => [e.message, e.path, e.extensions?.code])).toEqual([
    ["LIS unavailable", ["_entities", 0, "labs"], "SOURCE_UNAVAILABLE"],
    ["LIS unavailable", ["_entities", 2, "labs"], "SOURCE_UNAVAILABLE"],
    ["whole fetch", undefined, undefined],
  ]);
  expect(answer.data!._entities).toEqual([null, null, null]);
});

test("Apollo's planner and executor: a patient's three studies' patient reaches LIS once", async () => {
  const sentToLis: unknown[][] = [];
  const scripted = (name: string): GraphQLDataSource => ({
    async process({ request }) {
      if (name === "his") return { data: { patient: patient("H01-00000042") } };
      const representations = request.variables!.representations as { id: string }[];
      if (name === "lis") sentToLis.push(representations);
      const answer = (id: string) =>
        name === "pacs"
          ? { imagingStudies: [1, 2, 3].map(() => ({ patient: patient(id) })) }
          : { labResults: [{ id: `lab of ${id}` }] };
      return { data: { _entities: representations.map(({ id }) => answer(id)) } };
    },
  });
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, "utf8"),
    buildService: ({ name }) => new DistinctRepresentationsDataSource(scripted(name)),
  });
  const server = new ApolloServer({ gateway });
  await server.start();
  try {
    const response = await server.executeOperation({
      query: `{ patient(id: "H01-00000042") { imagingStudies { patient { labResults { id } } } } }`,
    });
    const study = { patient: { labResults: [{ id: "lab of H01-00000042" }] } };
    expect(response.body.kind === "single" && response.body.singleResult.data).toEqual({
      patient: { imagingStudies: [study, study, study] },
    });
    expect(sentToLis).toEqual([[patient("H01-00000042")]]);
  } finally {
    await server.stop();
  }
});
