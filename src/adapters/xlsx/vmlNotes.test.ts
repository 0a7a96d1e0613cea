import { hasShapes, idmapsOf, newVml, withNoteShapes, withoutNoteShapes } from './vmlNotes';

const CONTROL =
  '<v:shape id="_x0000_s1025" type="#_x0000_t201"><x:ClientData ObjectType="Button"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape>';

test('note shapes go after the highest id of the part’s block and come out by cell; a control’s shape stays', () => {
  const vml = withNoteShapes(newVml(3).replace('</xml>', `${CONTROL.replace('1025', '3073')}</xml>`), [
    { row: 5, col: 2, text: '【EvalSheet】警告：a' },
    { row: 9, col: 7, text: '【EvalSheet】情報：b' },
  ]);
  expect(idmapsOf(vml)).toEqual([3]);
  expect([...vml.matchAll(/id="_x0000_s(\d+)"/g)].map((m) => m[1])).toEqual(['3073', '3074', '3075']);
  expect(vml).toContain('<x:Row>4</x:Row><x:Column>1</x:Column>');
  const left = withoutNoteShapes(vml, [
    { row: 5, col: 2 },
    { row: 9, col: 7 },
    { row: 2, col: 2 }, // the control's cell: not a note, kept
  ]);
  expect(left).toContain('ObjectType="Button"');
  expect(left).not.toContain('ObjectType="Note"');
  expect(hasShapes(left)).toBe(true);
});

test('a part without an id map or the note shape type gets the type first', () => {
  const bare = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">${CONTROL}</xml>`;
  const out = withNoteShapes(bare, [{ row: 1, col: 1, text: 'x' }]);
  expect(out.indexOf('id="_x0000_t202"')).toBeLessThan(out.indexOf('type="#_x0000_t202"'));
  expect(out).toContain('id="_x0000_s1026"');
});
