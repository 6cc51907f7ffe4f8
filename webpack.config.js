// Builds the add-in (task pane, ribbon commands, result dialog) or, with --env harness, the browser
// harness that runs the real task pane on the in-memory Excel stand-in.
//   npx webpack --mode production                 -> dist/addin/    (the add-in; office.js from Microsoft's CDN)
//   npx webpack --mode production --env harness   -> dist/harness/  (no office.js: the stand-in is its Excel)
//   npx webpack --mode production --env base-url=https://pmo.example.org/rulebook/
//                                                 -> dist/addin/ with manifest.xml pointing at that base
//   npx webpack serve --mode development          -> https://localhost:3000 (office-addin-dev-certs)
//   npx webpack serve --mode development --env harness -> http://localhost:3001
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";
import webpack from "webpack";
import { EsbuildPlugin } from "esbuild-loader";
import { DEV_BASE, manifestForBase, normalizeBase } from "./scripts/manifest-base.mjs";

const require = createRequire(import.meta.url);
const root = import.meta.dirname;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** CSP: scripts only from this origin (and, in the add-in, office.js from Microsoft); no other network. */
function csp(harness) {
  const scripts = harness ? "'self'" : "'self' https://appsforoffice.microsoft.com";
  // Fluent UI (Griffel) inserts its atomic CSS at run time, so inline styles must be allowed.
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

function page(name, chunks, template, harness, title) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template,
    chunks,
    title,
    scriptLoading: "defer",
    // The harness loads no office.js: outside an Office host it frames Microsoft's telemetry service
    // (telemetryservice.firstpartyapps.oaspapps.com), and the pane only needs the stand-in's Excel.
    officeJs: harness ? null : OFFICE_JS_CDN,
    csp: csp(harness),
  });
}

/** HTTPS options from office-addin-dev-certs; when the CA cannot be installed (no sudo, CI), use the generated files. */
async function httpsOptions() {
  const certs = require("office-addin-dev-certs");
  try {
    return await certs.getHttpsServerOptions();
  } catch (error) {
    const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = require("office-addin-dev-certs/lib/defaults");
    if (!existsSync(localhostCertificatePath)) throw error;
    console.warn(`office-addin-dev-certs could not install its CA (${error.message.split("\n")[0]}).`);
    console.warn(`Serving with ${localhostCertificatePath}; trust ${caCertificatePath} in your browser or run "npx office-addin-dev-certs install".`);
    return { ca: readFileSync(caCertificatePath), cert: readFileSync(localhostCertificatePath), key: readFileSync(localhostKeyPath) };
  }
}

async function devServer(harness) {
  const base = {
    port: harness ? 3001 : 3000,
    headers: { "Access-Control-Allow-Origin": "*" },
    static: false,
    client: { overlay: false },
    hot: false,
  };
  if (harness) return base;
  // Office requires HTTPS for add-ins, even on localhost; these certificates are trusted by office-addin-dev-certs install.
  return { ...base, server: { type: "https", options: await httpsOptions() } };
}

export default async (env = {}, argv = {}) => {
  const harness = Boolean(env.harness);
  // Where the add-in will be served from: the manifest's URLs (the pages use relative ones).
  const base = env["base-url"] ? normalizeBase(env["base-url"]) : DEV_BASE;
  const production = argv.mode === "production";
  // Each build owns its folder under dist/ (the CLI build writes dist/cli.js beside them).
  const outDir = resolve(root, harness ? "dist/harness" : "dist/addin");

  const entry = harness
    ? { harness: "./src/harness/index.tsx", pane: "./src/harness/pane.tsx" }
    : { taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts", dialog: "./src/commands/dialog.ts" };

  const pages = harness
    ? [
        page("index", ["harness"], "./src/harness/harness.html", true, "PMO Rulebook harness"),
        // The task pane in its own frame, as in Excel: its own document, viewport width and scrolling.
        page("pane", ["pane"], "./src/harness/pane.html", true, "PMO Rulebook task pane"),
      ]
    : [
        page("taskpane", ["taskpane"], "./src/taskpane/taskpane.html", false, "PMO Rulebook"),
        page("commands", ["commands"], "./src/commands/commands.html", false, "PMO Rulebook commands"),
        page("dialog", ["dialog"], "./src/commands/dialog.html", false, "PMO Rulebook check result"),
      ];

  const copies = [
    { from: "assets/icon-*.png", to: "assets/[name][ext]" },
    { from: "src/taskpane/help.html", to: "help.html" },
  ];
  if (harness) {
    const officeDist = resolve(root, "node_modules/@microsoft/office-js/dist");
    copies.push({ from: resolve(officeDist, "office.js"), to: "office/office.js" });
    // Outside an Office host office.js fetches these two files beside itself; nothing else.
    copies.push({ from: resolve(officeDist, "o15apptofilemappingtable.js"), to: "office/o15apptofilemappingtable.js" });
    copies.push({ from: resolve(officeDist, "en-us/office_strings.js"), to: "office/en-us/office_strings.js" });
    if (existsSync(resolve(root, "assets/sample-portfolio.xlsx"))) copies.push({ from: "assets/sample-portfolio.xlsx", to: "assets/sample-portfolio.xlsx" });
  } else {
    copies.push({ from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestForBase(content.toString(), base) });
    // Plain ES5, not bundled: it must run where the bundle cannot, to say so (docs/add-in.md).
    // `minimized` keeps it as written: the minifier would turn its function into an arrow, which IE 11 cannot parse.
    copies.push({ from: "src/taskpane/host-check.js", to: "host-check.js", info: { minimized: true } });
  }

  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the CSP forbids eval.
    devtool: "source-map",
    entry,
    output: {
      path: outDir,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js", ".mjs", ".json"],
      // Node built-ins some dependencies mention but the browser paths never call.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, zlib: false },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, loader: "esbuild-loader", options: { target: "es2020", jsx: "automatic" } },
      ],
    },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({ patterns: copies }),
      new webpack.DefinePlugin({ "process.env.NODE_ENV": JSON.stringify(production ? "production" : "development") }),
    ],
    optimization: {
      // esbuild minifies in a fraction of terser's time with nearly the same output size.
      minimizer: [new EsbuildPlugin({ target: "es2020" })],
      runtimeChunk: "single",
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: "react", priority: 20 },
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc)[\\/]/, name: "fluent", priority: 10 },
        },
      },
    },
    performance: { hints: false },
    // Certificates are only needed (and only created) when serving.
    ...(env.WEBPACK_SERVE ? { devServer: await devServer(harness) } : {}),
  };
};
