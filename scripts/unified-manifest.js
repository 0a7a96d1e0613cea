// The unified (JSON) manifest for tenants that deploy through Microsoft 365, generated from the
// deployed XML manifest by Microsoft's office-addin-manifest-converter (a devDependency: it does
// not ship). The XML manifest stays the primary one: perpetual Office, the SharePoint app catalog
// and the shared-folder catalog only take XML.
//
// What is done here beyond the converter, and why:
// - The converter's convert() reads the manifest as an en-US Office would, so a ja-JP manifest gets
//   English names under "defaultLanguageTag": "ja-jp". Its Converter class is called with the
//   manifest's own DefaultLocale instead (an internal module: the converter is pinned to 0.4.1).
// - It declares manifestVersion 1.17 but writes "getStartedMessages", which the schema has only from
//   1.23: its own schema override option sets 1.23.
// - Its icons are paths derived from the icon URLs; an app package needs the files inside it
//   (colour 192×192, outline 32×32 white on transparent), drawn here as the add-in's icons are.
// The result is checked against the schemas bundled in Microsoft's @microsoft/app-manifest (offline),
// with ajv as that package uses it (its own entry point loads an ES module jest cannot require).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const JSZip = require('jszip');
const { png, pixel, outlinePixel } = require('./make-icons');

const SCHEMA_VERSION = '1.23';
const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`;
const LOCALE_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.Localization.schema.json`;
const TRUNCATED = '<TRUNCATED>';

/** Why no unified manifest could be made (the XML one is unaffected). */
class UnifiedManifestError extends Error {}

function converterModules() {
  try {
    const lib = path.dirname(require.resolve('office-addin-manifest-converter/lib/converter'));
    return { Converter: require(path.join(lib, 'converter')).Converter, Utilities: require(path.join(lib, 'utilities')).Utilities };
  } catch {
    throw new UnifiedManifestError(
      'office-addin-manifest-converter が入っていないため、統合マニフェスト（JSON）は作れません（npm install で開発用の依存パッケージも入れてください）。XML のマニフェストには影響しません。',
    );
  }
}

/** The converter's manifest.json and its locale files, as objects, for the XML text given. */
async function convert(xml) {
  const { Converter, Utilities } = converterModules();
  const locale = /<DefaultLocale>\s*([^<\s]+)\s*<\/DefaultLocale>/.exec(xml)?.[1] ?? 'en-US';
  Utilities.setUpOSFAppTelemetry();
  Utilities.setDownloadImages(false);
  Utilities.setWriteImageUrls(true);
  Utilities.setVerbosity(false);
  Utilities.setSchemaOverride(SCHEMA_URL);
  Utilities.setSchemaVersionOverride(SCHEMA_VERSION);
  const converter = new Converter(xml, locale);
  try {
    await converter.convert();
  } catch (e) {
    throw new UnifiedManifestError(`office-addin-manifest-converter が manifest.xml を変換できませんでした：${e instanceof Error ? e.message : String(e)}`);
  }
  // As the converter writes them (JSON.stringify): entries it left undefined (icons of a language with none of its own) are dropped.
  const asWritten = (value) => JSON.parse(JSON.stringify(value));
  const manifest = asWritten(converter.getJSON());
  const builder = converter.getLocaleBuilder();
  const locales = Object.fromEntries(
    builder.getLocales().map((l) => [`${l}.json`, asWritten({ ...builder.getLocaleFileResources(l), $schema: LOCALE_SCHEMA_URL })]),
  );
  return { manifest, locales };
}

function readSchema(file) {
  const dir = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build/json-schemas/teams', `v${SCHEMA_VERSION}`);
  // As @microsoft/app-manifest does: "\a" is no JSON Schema escape; the localization schema's "\b]" is a lone bracket under ajv's "u" flag.
  return JSON.parse(
    fs
      .readFileSync(path.join(dir, file), 'utf8')
      .replace(/\\a/g, '\\x07')
      .replace(/\\\\b\]/g, '\\\\b\\\\]'),
  );
}

/** A draft-04 validator for one schema, set up as @microsoft/app-manifest's validateManifestAgainstSchema sets it up. */
function validator(file) {
  const Ajv = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const check = ajv.compile(readSchema(file));
  return (data, name) => (check(data) ? [] : (check.errors ?? []).map((e) => `${name}${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`));
}

/** Schema errors of the manifest and its locale files ([] when valid), and any string the converter cut short. */
async function validate(manifest, locales) {
  const problems = validator('MicrosoftTeams.schema.json')(manifest, 'manifest.json');
  const checkLocale = validator('MicrosoftTeams.Localization.schema.json');
  for (const [file, strings] of Object.entries(locales)) problems.push(...checkLocale(strings, file));
  const cut = (obj, file) =>
    Object.entries(obj)
      .filter(([, v]) => typeof v === 'string' && v.includes(TRUNCATED))
      .map(([k]) => `${file} ${k}: 文字数の上限を超えたため変換で切り詰められました`);
  problems.push(...cut(manifest.name, 'manifest.json name'), ...cut(manifest.description, 'manifest.json description'));
  for (const [file, strings] of Object.entries(locales)) problems.push(...cut(strings, file));
  return problems;
}

/**
 * The Microsoft 365 app package (zip: manifest.json, one JSON per additional language, color.png,
 * outline.png) for the deployed XML manifest. Throws UnifiedManifestError, in Japanese, when the
 * converter is missing or its result does not pass the schema.
 */
async function unifiedAppPackage(xml) {
  const { manifest, locales } = await convert(xml);
  manifest.icons = { color: 'color.png', outline: 'outline.png' };
  const problems = await validate(manifest, locales);
  if (problems.length)
    throw new UnifiedManifestError(`統合マニフェスト（JSON）がスキーマ v${SCHEMA_VERSION} に合いません：\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [file, strings] of Object.entries(locales)) zip.file(file, `${JSON.stringify(strings, null, 2)}\n`);
  zip.file('color.png', png(192, pixel));
  zip.file('outline.png', png(32, outlinePixel));
  return { manifest, locales, zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) };
}

module.exports = { unifiedAppPackage, validate, UnifiedManifestError, SCHEMA_VERSION };
