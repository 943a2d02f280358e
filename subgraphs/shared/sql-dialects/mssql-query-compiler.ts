/**
 * T-SQL has no LIMIT: a limited select becomes `ORDER BY … OFFSET n ROWS FETCH NEXT m ROWS ONLY`
 * (the ordering T-SQL requires for it is `(SELECT NULL)` when the query gives none), so source
 * layers write `.limit()` once for every engine.
 */
import {
  FetchNode,
  MssqlQueryCompiler,
  OffsetNode,
  OrderByItemNode,
  OrderByNode,
  RawNode,
  ValueNode,
  type SelectQueryNode,
} from "kysely";

export class PortableMssqlQueryCompiler extends MssqlQueryCompiler {
  protected override visitSelectQuery(node: SelectQueryNode): void {
    if (!node.limit) return super.visitSelectQuery(node);
    const rowCount = node.limit.limit;
    if (!ValueNode.is(rowCount)) throw new Error("T-SQL needs the row limit as a value");
    const fetch: FetchNode = { kind: "FetchNode", rowCount, modifier: "only" };
    super.visitSelectQuery({
      ...node,
      orderBy:
        node.orderBy ??
        OrderByNode.create([OrderByItemNode.create(RawNode.createWithSql("(select null)"))]),
      offset: node.offset ?? OffsetNode.create(ValueNode.createImmediate(0)),
      fetch,
      limit: undefined,
    });
  }
}
