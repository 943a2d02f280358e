/**
 * GraphiQL served from the gateway's own npm assets: hospital networks are offline, so the page
 * loads nothing from a CDN. Example queries open as tabs, ready to run.
 */
import { Router, type Request, type Response } from "express";
import { dirname, join } from "node:path";
import { exampleQueries } from "./example-queries";

/** Packages do not export their UMD builds, so locate each package and read the file beside it. */
const inPackage = (pkg: string, file: string) =>
  join(dirname(require.resolve(`${pkg}/package.json`)), file);

const ASSETS: Record<string, string> = {
  "react.js": inPackage("react", "umd/react.production.min.js"),
  "react-dom.js": inPackage("react-dom", "umd/react-dom.production.min.js"),
  "graphiql.js": inPackage("graphiql", "graphiql.min.js"),
  "graphiql.css": inPackage("graphiql", "graphiql.min.css"),
};

export function graphiqlRouter(examplePatientId: string | undefined): Router {
  const router = Router();
  router.get("/graphiql/assets/:name", (req: Request, res: Response) => {
    const file = ASSETS[String(req.params.name)];
    if (!file) return void res.status(404).end();
    res.sendFile(file, { maxAge: "1h" });
  });
  // Browsers ask for an icon; answer rather than log a 404 on every page load.
  router.get("/favicon.ico", (_req: Request, res: Response) => void res.status(204).end());
  router.get(["/", "/graphiql"], (_req: Request, res: Response) => {
    res.type("html").send(page(examplePatientId));
  });
  return router;
}

function page(examplePatientId: string | undefined): string {
  const tabs = exampleQueries(examplePatientId).map((q) => ({
    query: q.query,
    variables: q.variables,
  }));
  // JSON inside a script tag: escape "<" so no text can close the tag.
  const json = JSON.stringify(tabs).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Medfuse GraphiQL</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>body{margin:0;height:100vh}#graphiql{height:100vh}</style></head>
<body><div id="graphiql">Loading…</div>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script>
  const tabs = ${json};
  const fetcher = GraphiQL.createFetcher({ url: "/graphql" });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: tabs,
      // GraphiQL seeds the active tab's variables from this prop, not from defaultTabs.
      variables: tabs[0].variables,
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: false,
      storage: { getItem: () => null, setItem: () => {}, removeItem: () => {}, clear: () => {}, length: 0 },
    }),
  );
</script></body></html>`;
}
