/** Composes the supergraph from the subgraphs' own SDL, as a Federation 2 router would. */
import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import type { Subgraph } from "../subgraphs/subgraph";
import { subgraphUrl } from "./service-list";

export function composeSupergraph(subgraphs: readonly Subgraph[]): string {
  const result = composeServices(
    subgraphs.map((s) => ({
      name: s.name,
      typeDefs: parse(printSubgraphSchema(s.schema)),
      url: subgraphUrl(s.name, {}),
    })),
  );
  if (result.errors) {
    throw new Error(
      `the subgraphs do not compose:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`,
    );
  }
  return result.supergraphSdl;
}
