import { dirname, join } from 'node:path';

const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/**
 * GraphiQL and React browser bundles, served from node_modules so the page works offline. A
 * Map, not an object: a name from the URL such as `constructor` must not find a prototype's.
 */
export const GRAPHIQL_ASSETS = new Map<string, { path: string; type: string }>(
  Object.entries({
    'react.js': {
      path: join(packageDir('react'), 'umd', 'react.production.min.js'),
      type: 'text/javascript',
    },
    'react-dom.js': {
      path: join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
      type: 'text/javascript',
    },
    'graphiql.js': {
      path: join(packageDir('graphiql'), 'graphiql.min.js'),
      type: 'text/javascript',
    },
    'graphiql.css': { path: join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
  }),
);

/** Runs in the browser; served as a file so the page needs no inline script under the CSP. */
export const GRAPHIQL_INIT_SCRIPT = `(function () {
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var defaultQuery = [
    '# 1. Run "Login" below, copy the token into Headers as',
    '#    { "Authorization": "Bearer <token>" }',
    '# 2. Then run "Plans".',
    'mutation Login {',
    '  login(input: { email: "admin@demo.lt", password: "demo-password" }) { token }',
    '}',
    '',
    'query Plans {',
    '  nationalPlans(status: ACTIVE) {',
    '    edges { node { code title goals { code title objectives { code title',
    '      measures { code title deadline indicators { name unit targetValue targetYear } } } } } }',
    '  }',
    '}',
    '',
  ].join('\\n');
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: defaultQuery,
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: true,
    }),
  );
})();
`;

export const GRAPHIQL_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>THB task-force workspace · GraphiQL</title>
    <link rel="stylesheet" href="/graphiql/graphiql.css" />
    <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script src="/graphiql/react.js"></script>
    <script src="/graphiql/react-dom.js"></script>
    <script src="/graphiql/graphiql.js"></script>
    <script src="/graphiql/init.js"></script>
  </body>
</html>
`;
