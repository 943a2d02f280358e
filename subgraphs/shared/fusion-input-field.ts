/**
 * The whole-history fields an owning subgraph gives fusion, and no client (`@inaccessible`).
 *
 * A fused field `@requires` its inputs. Had it required a public field that takes arguments,
 * `labResults { … }`, a client selecting the same field narrowed and un-aliased,
 * `labResults(last: 1)`, would share its response name: query planners then fetch one of the
 * two and hand fusion the client's truncated list, and the fused answer is silently wrong. So
 * each such field has an argument-less twin named after the history it holds (`labHistory`,
 * `vitalSignHistory` …) that only `@requires` selects. It resolves through the public field's
 * own per-request loader with every argument at its default: one store query per batch, and
 * none extra when the client also asks for the whole list.
 */
import { Directive, FieldResolver } from "type-graphql";

type ReturnTypeFunc = NonNullable<Parameters<typeof FieldResolver>[0]>;

/**
 * A field resolver for the whole history behind `publicField`, which only fusion reads: hidden
 * from clients, and described in the supergraph as what it is for.
 */
export function FusionInputField(
  returnType: ReturnTypeFunc,
  publicField: string,
  options: { readonly nullable?: boolean } = {},
): MethodDecorator {
  const inaccessible = Directive("@inaccessible");
  const field = FieldResolver(returnType, {
    ...options,
    description:
      `\`${publicField}\` without arguments: the whole history, as the fusion subgraph's ` +
      "@requires selects it. @inaccessible: clients ask the public field.",
  });
  return (target, key, descriptor) => {
    inaccessible(target, key, descriptor);
    field(target, key, descriptor);
  };
}
