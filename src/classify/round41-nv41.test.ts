/**
 * Round 41 (nv41): edges of the outside suites' tuned classes (fix41-nv41.yaml holds the neighbours): Concourse's fly
 * beside Fly.io's, history expansion beside `!` negation, the user's editor with options, tar --delete's archive, brew
 * link's dry run, completion scripts beside other text, the `[ ! -f F ] &&` guard, cpulimit's kill, manifests written by
 * the same line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const shell = (input: string): string => answer('command', input).decision;

test("fly is Concourse's with --target or a subcommand only Concourse has; Fly.io's otherwise", () => {
  for (const c of ['fly -t ci pause-pipeline -p docs', 'fly --target=ci pause-job --job=web/unit', 'fly -t ci delete-target', 'fly -t ci pipelines', 'fly -t ci hide-pipeline -p web']) assert.equal(shell(c), 'benign', c);
  for (const c of ['fly -t ci expose-pipeline -p web', 'fly -t ci destroy-pipeline -p web -n', 'fly -t ci pause-pipeline -p db-backup', 'fly -t ci pause-job -j release/ship', 'fly -t ci pause-pipeline -p "$P"', 'fly -t "$TOKEN" apps destroy web', 'fly apps destroy web-prod --yes']) assert.notEqual(shell(c), 'benign', c);
});

test('a history expansion as the command word is unseen; `!` alone and quoted `!!` are not', () => {
  for (const c of ['sudo !!', '!!', '!42', '!-1', 'sudo !?docker?', '!git']) assert.equal(shell(c), 'unknown', c);
  for (const c of ['! grep -q x f', "echo 'done!!'", 'if ! test -f a; then touch a; fi']) assert.equal(shell(c), 'benign', c);
});

test("the user's editor on files is an editor; with options or no file, unknown", () => {
  for (const c of ['$EDITOR a.md', '"$VISUAL" a.md', 'sudo $EDITOR /etc/hosts', '${EDITOR:-nano} notes.txt']) assert.equal(shell(c), 'benign', c);
  for (const c of ["$EDITOR +'!rm -rf ~' a.md", '$EDITOR -c x a.md', '$EDITOR', '$EDITOR "$F"', '$PAGER a.md']) assert.equal(shell(c), 'unknown', c);
});

test('tar --delete loses members unless the archive is temporary; brew link --overwrite unless a dry run', () => {
  for (const c of ['tar --delete -f a.tar x', 'tar --delete --file=a.tar x', 'tar -vf a.tar --delete x', 'tar --delete x', 'brew link --overwrite node', 'brew ln --overwrite node']) assert.equal(shell(c), 'destructive', c);
  for (const c of ['tar --delete -f /tmp/a.tar x', 'tar -tf a.tar', 'brew link --overwrite -n node', 'brew link --overwrite --dry-run node', 'brew link node']) assert.equal(shell(c), 'benign', c);
});

test("a tool's completion script into a completion folder is a write; other text or another file is not", () => {
  for (const c of ['helm completion bash | sudo tee /etc/bash_completion.d/helm', 'kubectl completion zsh > ~/.zfunc/_kubectl', 'jbang completion | sudo tee /usr/share/bash-completion/completions/jbang']) assert.equal(shell(c), 'benign', c);
  for (const c of ['echo "rm -rf ~" | sudo tee /etc/bash_completion.d/x', 'helm completion bash | sudo tee /etc/profile', 'helm completion bash | sudo tee /etc/bash_completion.d/*', 'helm completion "$S" | sudo tee /etc/bash_completion.d/helm']) assert.equal(shell(c), 'destructive', c);
});

test('`[ ! -f F ] && CMD` guards as `test -f F || CMD`; without `!` it does not', () => {
  for (const c of ['[ ! -f .env ] && cp .env.example .env', '[[ ! -e .env ]] && cp .env.example .env']) assert.equal(shell(c), 'benign', c);
  for (const c of ['[ -f .env ] && cp .env.example .env', '[ ! -d .env ] && cp .env.example .env', '[ ! -f .env ] && cp .env.example .env.production']) assert.equal(shell(c), 'destructive', c);
});

test("cpulimit runs its program; its kill of a running process is read as kill or pkill", () => {
  for (const c of ['cpulimit -l 50 -- ./train.py', 'cpulimit -p 4321 -l 25 -k', 'cpulimit -e ffmpeg -k -l 40']) assert.equal(shell(c), 'benign', c);
  for (const c of ['cpulimit -l 50 -- rm -rf /srv/data', 'cpulimit -e nginx -k -l 5', 'cpulimit --exe=postgres --kill -l 5']) assert.equal(shell(c), 'destructive', c);
  assert.equal(shell('cpulimit -e "$P" -k -l 5'), 'unknown');
});

test('a manifest the same line writes from output it does not show is unseen', () => {
  assert.equal(shell("kubectl get ns x -o json | jq '.spec.finalizers=[]' > n.json | kubectl apply -f n.json"), 'unknown');
  assert.equal(shell('kubectl apply -f k8s/app.yaml'), 'benign');
});
