// Validates a Teams app manifest against the official schema of its manifestVersion, offline.
// Usage: node validate-manifest.js <manifest.json>
// Exit 0: valid. Exit 1: schema errors, one per line on stdout. Exit 2: the manifest or its schema cannot be read.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { AppManifestUtils } = require("@microsoft/app-manifest");

const stripBom = (text) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

function loadSchema(version) {
  const file = path.join(
    path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
    "build", "json-schemas", "teams", `v${version}`, "MicrosoftTeams.schema.json");
  if (!fs.existsSync(file)) {
    throw new Error(`no schema for manifestVersion ${version} in @microsoft/app-manifest (${file})`);
  }
  // Same clean-up the library applies to schemas it downloads: \a and \v are not valid in JS regexes.
  const text = stripBom(fs.readFileSync(file, "utf8")).replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
  return JSON.parse(text);
}

async function main() {
  const manifestPath = process.argv[2];
  if (!manifestPath) {
    console.error("usage: node validate-manifest.js <manifest.json>");
    return 2;
  }
  let manifest;
  let schema;
  try {
    manifest = JSON.parse(stripBom(fs.readFileSync(manifestPath, "utf8")));
    schema = loadSchema(manifest.manifestVersion);
  } catch (e) {
    console.error(e.message);
    return 2;
  }
  const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);
  for (const error of errors) console.log(error);
  return errors.length === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (e) => { console.error(e.stack || String(e)); process.exit(2); });
