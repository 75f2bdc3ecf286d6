import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { zshAsBash } from './zsh.ts';

const U = '${__zsh_unknown_value}';

describe('zsh words read as bash (zshexpn(1))', () => {
  test('filtering qualifiers are dropped; groups widen to *', () => {
    assert.equal(zshAsBash('print -l **/*(/)'), 'print -l **/*');
    assert.equal(zshAsBash('ls -t *.log(om[1,3])'), 'ls -t *.log');
    assert.equal(zshAsBash('du -sh **/*(.Lm+50)'), 'du -sh **/*');
    assert.equal(zshAsBash('print -l **/(ab|bc)*.txt'), 'print -l **/**.txt');
  });

  test('modifiers, flags and history substitutions make the value unknown, keeping what runs', () => {
    assert.equal(zshAsBash('rm -rf *.ts(:h)'), `rm -rf ${U}`);
    assert.equal(zshAsBash('echo ${(j.-.)array}'), `echo ${U}`);
    assert.equal(zshAsBash('echo ${x:gs/a/A/}'), `echo ${U}`);
    assert.equal(zshAsBash('rm -rf ${(f)"$(cat list)"}'), `rm -rf ${U}$(cat list)`);
  });

  test('code a qualifier runs becomes a command substitution; =(cmd) a process substitution', () => {
    assert.equal(zshAsBash("ls **/*(e:'rm -rf ~':)"), 'ls **/*$(rm -rf ~)');
    assert.equal(zshAsBash('print -l *(+wipe)'), 'print -l *$(wipe)');
    assert.equal(zshAsBash('diff =(sort a) =(sort b)'), 'diff <(sort a) <(sort b)');
  });

  test('SECURITY: what runs code or cannot be followed is not read', () => {
    assert.equal(zshAsBash('echo ${(e)cmd}'), null);
    assert.equal(zshAsBash('echo ${(P)name}'), null);
    assert.equal(zshAsBash('rm *(P:-rf:)'), null);
    assert.equal(zshAsBash('gateway.customer.delete(c1)'), null);
    assert.equal(zshAsBash("ls *(e:'a'\"b\":)"), null);
  });

  test('plain bash, quoted text and heredoc bodies are left alone', () => {
    assert.equal(zshAsBash('ls -l src'), null);
    assert.equal(zshAsBash("echo '*(.)' \"*(.)\""), null);
    assert.equal(zshAsBash('cat <<EOF\na(b)\nEOF\nls *(.)'), 'cat <<EOF\na(b)\nEOF\nls *');
    assert.equal(zshAsBash('f() { ls; }; arr=(a b)'), null);
  });

  test('an unknown-value name the input already uses is not reused', () => {
    assert.equal(zshAsBash('__zsh_unknown_value=/tmp; rm -rf *(:h)'), '__zsh_unknown_value=/tmp; rm -rf ${__zsh_unknown_value_}');
  });
});
