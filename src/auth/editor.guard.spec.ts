import { findEditor, parseEditorTokens } from './editor.guard';

describe(parseEditorTokens.name, () => {
  it('should name tokens given as name=token and number the others', () => {
    expect(parseEditorTokens('alice=aaaaaaaaaaaaaaaa,bbbbbbbbbbbbbbbb')).toEqual([
      { name: 'alice', token: 'aaaaaaaaaaaaaaaa' },
      { name: 'editor-2', token: 'bbbbbbbbbbbbbbbb' },
    ]);
  });

  it('should give no editors when unset', () => {
    expect(parseEditorTokens(undefined)).toEqual([]);
  });
});

describe(findEditor.name, () => {
  const tokens = parseEditorTokens('alice=aaaaaaaaaaaaaaaa,bob=bbbbbbbbbbbbbbbb');

  it('should find the editor whose token matches', () => {
    expect(findEditor(tokens, 'bbbbbbbbbbbbbbbb')).toEqual({ name: 'bob' });
  });

  it.each(['aaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaab', '', 'alice'])('should refuse %p', (presented) => {
    expect(findEditor(tokens, presented)).toBeNull();
  });
});
