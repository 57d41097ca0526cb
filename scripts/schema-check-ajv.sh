#!/usr/bin/env bash
# Checks the JSON Schemas with a second, independent validator: ajv (JSON Schema 2020-12, with
# ajv-formats), from the npm registry. Every bundled YAML file, read as a YAML 1.1 tool reads it,
# must pass its schema; every broken example in tests/JobDescGen.Tests/Schema/Invalid must fail;
# the references between schemas (text.schema.json) must resolve through their $id.
#   scripts/schema-check-ajv.sh        (needs node and npm; exits 3 when npm cannot install ajv)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent ajv@8 ajv-formats@3 yaml@2 >/dev/null 2>&1 || { echo "ajv: could not install ajv from npm; not checked"; exit 3; }
cat > check.cjs <<'JS'
const fs = require("fs"), path = require("path");
const Ajv2020 = require("ajv/dist/2020"), addFormats = require("ajv-formats"), YAML = require("yaml");
const root = process.argv[2];
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const ids = {};
for (const file of fs.readdirSync(path.join(root, "schemas"))) {
  const schema = JSON.parse(fs.readFileSync(path.join(root, "schemas", file), "utf8"));
  ajv.addSchema(schema);
  ids[file.replace(/\.schema\.json$/, "")] = schema.$id;
}
const schemaOf = (rel) => {
  const p = rel.split("/");
  if (p[0] === "profiles" && p[p.length - 1] === "levels.yaml" && p.length <= 3) return "levels";
  if (p[0] === "profiles" && p[2] === "profile.yaml") return "profile";
  if (p[0] === "profiles" && p[2] === "levels") return "level";
  if (p[0] === "templates" && p[1] === "theme.yaml") return "theme";
  if (p[0] === "jobs" && p.length === 2) return "job";
  if (p[0] === "templates" && p[1] === "lang") return "labels";
  throw new Error("no schema for " + rel);
};
const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith(".yaml") ? [path.join(dir, e.name)] : []);
let failures = 0, checked = 0;
const validate = (name, text) => {
  const validator = ajv.getSchema(ids[name]);
  const ok = validator(YAML.parse(text, { version: "1.1" }));
  return { ok, errors: ajv.errorsText(validator.errors) };
};
for (const file of [...walk(path.join(root, "profiles")), ...walk(path.join(root, "jobs")), ...walk(path.join(root, "templates"))].sort()) {
  const rel = path.relative(root, file).split(path.sep).join("/");
  const { ok, errors } = validate(schemaOf(rel), fs.readFileSync(file, "utf8"));
  checked++;
  if (!ok) { failures++; console.log(`FAIL ${rel}: ${errors}`); } else console.log(`ok   ${rel} (${schemaOf(rel)})`);
}
const invalid = path.join(root, "tests/JobDescGen.Tests/Schema/Invalid");
for (const file of fs.readdirSync(invalid).sort()) {
  const text = fs.readFileSync(path.join(invalid, file), "utf8");
  const name = text.split("\n")[0].replace("# schema:", "").trim();
  const { ok } = validate(name, text);
  checked++;
  if (ok) { failures++; console.log(`FAIL ${file} should be rejected by ${name}`); } else console.log(`ok   ${file} rejected`);
}
// Why the bundled dates are quoted: a YAML 1.1 reader turns an unquoted date into a timestamp.
const profile = fs.readFileSync(path.join(root, "profiles/leidinggevende/profile.yaml"), "utf8").replace(/^date: "(.*)"$/m, "date: $1");
if (validate("profile", profile).ok) { failures++; console.log("FAIL an unquoted date passed under YAML 1.1"); }
else console.log("ok   an unquoted date is rejected under YAML 1.1 (a timestamp, not a string)");
console.log(`ajv: ${checked} files checked, ${failures} failed`);
process.exit(failures ? 1 : 0);
JS
node check.cjs "$root"
