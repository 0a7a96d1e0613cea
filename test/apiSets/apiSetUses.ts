/**
 * Which requirement set each Excel JavaScript API member used in some source files needs, read with
 * the TypeScript compiler API from the `[Api set: ExcelApi 1.x]` notes of @types/office-js, and
 * whether each use above a minimum sits behind an isSetSupported guard.
 *
 * A use is: a property or method reached through `.` or `['…']` (a call through `.` takes the overload
 * it resolves to), one taken apart (`const { select } = areas`), or a property named in an object literal
 * typed by the API (`dataValidation.rule = { list: … }`, `Excel.run({ mergeUndoGroup: true }, …)`). A member's set is the highest version its note names
 * ("1.1 for get, 1.8 for set" counts as 1.8). Members without a note (sync, load, run) need nothing.
 *
 * A use is guarded for set S version v when, walking out from it, one of these holds:
 * - it is in the `then` of an `if`, the right of an `&&` or the `true` arm of `?:` whose condition is
 *   (a conjunction with) a guard call for S at v or higher; or in the `else` of `if (!guard)`;
 * - an earlier statement of an enclosing block is `if (!guard) return …;` / `throw …;` (or a block
 *   ending so);
 * - it is inside a function whose JSDoc says `@apiSet S v'` (v' ≥ v): "called only behind that
 *   check". Every reference to such a function is then itself a use needing S v', checked the same way.
 * A guard call is `isSetSupported('S', 'v')` (any receiver) or `supports('v')` for ExcelApi (the
 * adapter's `Supports`, documented as isSetSupported('ExcelApi', v)), the version a string literal or
 * a constant of one. Host capabilities do not change while the pane runs, so lexical nesting is enough.
 */
import path from 'node:path';
import ts from 'typescript';

export interface ApiSet {
  set: string;
  version: [number, number];
}

export interface ApiUse extends ApiSet {
  file: string;
  line: number;
  /** `Range.getMergedAreasOrNullObject`, `RunOptions.mergeUndoGroup`, or an @apiSet function's name. */
  member: string;
  guarded: boolean;
}

const ROOT = path.resolve(__dirname, '../..');

export const versionText = (v: [number, number]) => `${v[0]}.${v[1]}`;
const parseVersion = (s: string): [number, number] | null => {
  const m = /^(\d+)\.(\d+)$/.exec(s.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
};
const atLeast = (a: [number, number], b: [number, number]) => a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);

/** The program over `files` with the project's compiler options (so @types/office-js is there). */
export function programOver(files: string[]): ts.Program {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return ts.createProgram(files, { ...parsed.options, noEmit: true });
}

/** `[Api set: ExcelApi 1.1 for get, 1.8 for set]` → ExcelApi 1.8; null without a note. */
function noteOf(decl: ts.Declaration): ApiSet | null {
  const sf = decl.getSourceFile();
  if (!sf.fileName.includes('@types/office-js/')) return null;
  const m = /\[Api set: (Excel\w*) ([^\]]*)\]/.exec(sf.text.slice(decl.getFullStart(), decl.getStart(sf)));
  if (!m) return null;
  const versions = [...m[2].matchAll(/\b(\d+)\.(\d+)\b/g)].map((x) => [Number(x[1]), Number(x[2])] as [number, number]);
  if (!versions.length) return { set: m[1], version: [Infinity, 0] }; // a preview: never assumed present
  return { set: m[1], version: versions.reduce((a, b) => (atLeast(a, b) ? a : b)) };
}

/** The JSDoc `@apiSet ExcelApi 1.19` of a function (or of the variable its arrow function initialises). */
function apiSetTag(node: ts.Node): ApiSet | null {
  const holders = ts.isVariableDeclaration(node.parent) ? [node, node.parent] : [node];
  for (const h of holders)
    for (const tag of ts.getJSDocTags(h)) {
      if (tag.tagName.text !== 'apiSet') continue;
      const [set, v] = (ts.getTextOfJSDocComment(tag.comment) ?? '').trim().split(/\s+/);
      const version = parseVersion(v ?? '');
      if (set && version) return { set, version };
    }
  return null;
}

const needs = (a: ApiSet, min: ApiSet) => a.set !== min.set || !atLeast(min.version, a.version);
const covers = (guard: ApiSet, need: ApiSet) => guard.set === need.set && atLeast(guard.version, need.version);

function stringValue(checker: ts.TypeChecker, e: ts.Expression | undefined): string | null {
  if (!e) return null;
  if (ts.isStringLiteralLike(e)) return e.text;
  const t = checker.getTypeAtLocation(e);
  return t.isStringLiteral() ? t.value : null;
}

/** `isSetSupported('ExcelApi', '1.19')` or `supports('1.19')`. */
function guardCall(checker: ts.TypeChecker, e: ts.Expression): ApiSet | null {
  e = ts.skipPartiallyEmittedExpressions(e);
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (!ts.isCallExpression(e)) return null;
  const callee = ts.isPropertyAccessExpression(e.expression) ? e.expression.name.text : ts.isIdentifier(e.expression) ? e.expression.text : null;
  const [a, b] = e.arguments;
  if (callee === 'isSetSupported') {
    const set = stringValue(checker, a);
    const version = parseVersion(stringValue(checker, b) ?? '');
    return set && version ? { set, version } : null;
  }
  if (callee === 'supports' && e.arguments.length === 1) {
    const version = parseVersion(stringValue(checker, a) ?? '');
    return version ? { set: 'ExcelApi', version } : null;
  }
  return null;
}

/** The guard calls that hold when `e` is true: its &&-conjuncts. */
function whenTrue(checker: ts.TypeChecker, e: ts.Expression): ApiSet[] {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
    return [...whenTrue(checker, e.left), ...whenTrue(checker, e.right)];
  const g = guardCall(checker, e);
  return g ? [g] : [];
}

/** The guard calls that hold when `e` is false: `!guard`. */
function whenFalse(checker: ts.TypeChecker, e: ts.Expression): ApiSet[] {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken ? whenTrue(checker, e.operand) : [];
}

const leaves = (s: ts.Statement): boolean =>
  ts.isReturnStatement(s) || ts.isThrowStatement(s) || (ts.isBlock(s) && s.statements.length > 0 && leaves(s.statements[s.statements.length - 1]));

/** Whether the use at `node` lies behind a guard covering `need`. */
function isGuarded(checker: ts.TypeChecker, node: ts.Node, need: ApiSet): boolean {
  for (let child = node, at = node.parent; at; child = at, at = at.parent) {
    let held: ApiSet[] = [];
    if (ts.isIfStatement(at))
      held = child === at.thenStatement ? whenTrue(checker, at.expression) : child === at.elseStatement ? whenFalse(checker, at.expression) : [];
    else if (ts.isConditionalExpression(at))
      held = child === at.whenTrue ? whenTrue(checker, at.condition) : child === at.whenFalse ? whenFalse(checker, at.condition) : [];
    else if (ts.isBinaryExpression(at) && at.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === at.right)
      held = whenTrue(checker, at.left);
    else if (ts.isBlock(at) || ts.isSourceFile(at)) {
      const before = at.statements.slice(0, at.statements.indexOf(child as ts.Statement));
      held = before.flatMap((s) => (ts.isIfStatement(s) && !s.elseStatement && leaves(s.thenStatement) ? whenFalse(checker, s.expression) : []));
    } else if (ts.isFunctionLike(at)) {
      const tag = apiSetTag(at);
      if (tag) held = [tag];
    }
    if (held.some((g) => covers(g, need))) return true;
  }
  return false;
}

/** The declarations a use reaches: the resolved overload of a call, else every declaration of the symbol. */
function declarationsOf(checker: ts.TypeChecker, name: ts.Node): readonly ts.Declaration[] {
  const call = name.parent?.parent;
  if (ts.isPropertyAccessExpression(name.parent) && call && ts.isCallExpression(call) && call.expression === name.parent) {
    const decl = checker.getResolvedSignature(call)?.declaration;
    if (decl && !ts.isJSDocSignature(decl)) return [decl];
  }
  if (ts.isBindingElement(name.parent) && ts.isObjectBindingPattern(name.parent.parent) && ts.isIdentifier(name)) {
    const prop = checker.getTypeAtLocation(name.parent.parent).getProperty(name.text);
    return prop?.declarations ?? [];
  }
  if (ts.isPropertyAssignment(name.parent) || ts.isShorthandPropertyAssignment(name.parent)) {
    const literal = name.parent.parent;
    const type = ts.isObjectLiteralExpression(literal) ? checker.getContextualType(literal) : undefined;
    const prop = type && ts.isIdentifier(name) ? checker.getPropertyOfType(type, name.text) : undefined;
    return prop?.declarations ?? [];
  }
  return checker.getSymbolAtLocation(name)?.declarations ?? [];
}

function memberName(decl: ts.Declaration): string {
  const owner = decl.parent && (ts.isClassLike(decl.parent) || ts.isInterfaceDeclaration(decl.parent)) ? decl.parent.name?.getText() : undefined;
  const own = ts.getNameOfDeclaration(decl)?.getText() ?? '?';
  return owner ? `${owner}.${own}` : own;
}

/** The highest set a use needs, over its declarations' notes (or an @apiSet function it refers to). */
function requirementOf(checker: ts.TypeChecker, name: ts.Node): { need: ApiSet; member: string } | null {
  let best: { need: ApiSet; member: string } | null = null;
  for (const decl of declarationsOf(checker, name)) {
    const fn = ts.isVariableDeclaration(decl) && decl.initializer && ts.isFunctionLike(decl.initializer) ? decl.initializer : decl;
    const need = noteOf(decl) ?? (!decl.getSourceFile().isDeclarationFile && ts.isFunctionLike(fn) ? apiSetTag(fn) : null);
    if (need && (!best || best.need.set !== need.set || atLeast(need.version, best.need.version)))
      best = { need, member: noteOf(decl) ? memberName(decl) : (ts.getNameOfDeclaration(decl)?.getText() ?? '?') };
  }
  return best;
}

/** A member after `.`, a property named in an object literal, or a plain reference (to an @apiSet function); not a declaration's own name. */
function isUseSite(id: ts.Identifier | ts.StringLiteral): boolean {
  const p = id.parent;
  if (ts.isStringLiteral(id)) return ts.isElementAccessExpression(p) && p.argumentExpression === id; // range['select']()
  if (ts.isBindingElement(p) && ts.isObjectBindingPattern(p.parent)) return (p.propertyName ?? p.name) === id; // const { select } = areas
  if (ts.isPropertyAccessExpression(p)) return p.name === id;
  if (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) return p.name === id;
  return ts.getNameOfDeclaration(p as ts.Declaration) !== id;
}

/** Every use of an Excel API member (or @apiSet function) in `files` that needs more than `min`, guarded or not. */
export function apiUsesAbove(files: string[], min: ApiSet): { uses: ApiUse[]; all: ApiUse[] } {
  const program = programOver(files);
  const checker = program.getTypeChecker();
  const all: ApiUse[] = [];
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`${file} is not in the program`);
    const visit = (node: ts.Node): void => {
      const found = (ts.isIdentifier(node) || ts.isStringLiteral(node)) && isUseSite(node) ? requirementOf(checker, node) : null;
      if (found) {
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        all.push({ file: path.relative(ROOT, file), line: line + 1, member: found.member, ...found.need, guarded: isGuarded(checker, node, found.need) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { uses: all.filter((u) => needs(u, min)), all };
}
