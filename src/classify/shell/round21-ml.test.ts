import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { httpDoors } from '../http-test-support.ts';
import { ciRunFolder } from '../test-data.ts';

const isCiRunPath = (segments: string[]): boolean => ciRunFolder(segments) !== undefined;
import { secretPrinted } from './secret-sources.ts';

/** Round 21 (branch `b21d`): a data / ML engineer's tools the shell model had not read. */

const { api, shell, codes } = httpDoors();

describe("a CI run's own folder, prefix or bucket", () => {
  test('run-N below a CI-named parent, or a segment naming the run', () => {
    assert.ok(isCiRunPath(['ci-artifacts', 'run-1234']));
    assert.ok(isCiRunPath(['acme-ml-ci', 'run-8812']));
    assert.ok(isCiRunPath(['ci-5521']));
    assert.ok(!isCiRunPath(['ci-artifacts']));
    assert.ok(!isCiRunPath(['checkpoints', 'run-0412']));
    assert.ok(!isCiRunPath(['ci-artifacts', 'prod', 'run-1234']));
    assert.ok(!isCiRunPath(['ci-artifacts', 'run-1234', '..', '..', 'data']));
  });
  test('deleted by rm, aws s3 and gcloud storage', () => {
    assert.equal(shell('rm -rf ci-artifacts/run-1234/').destructive, false);
    assert.equal(shell('rm -rf ci-artifacts/').destructive, true);
    assert.equal(shell('aws s3 rm s3://acme-ml-ci/run-8812/ --recursive').destructive, false);
    assert.equal(shell('aws s3 rm s3://acme-ml-ci/ --recursive').destructive, true);
    assert.equal(shell('aws s3 rb s3://acme-ml-ci-4821 --force').destructive, false);
    assert.equal(shell('aws s3 rb s3://acme-ml-ci --force').destructive, true);
  });
});

describe("pytest's --basetemp empties the folder it names", () => {
  test('a data folder, the repository or home is a loss; a temporary or build folder is not', () => {
    assert.equal(shell('pytest --basetemp=data tests/integration').destructive, true);
    assert.equal(shell('python -m pytest --basetemp models/checkpoints -q').destructive, true);
    assert.equal(shell('pytest --basetemp .').destructive, true);
    assert.equal(shell('pytest --basetemp=/tmp/pytest-churn -x').destructive, false);
    assert.equal(shell('pytest --basetemp=build/pytest tests/').destructive, false);
    assert.equal(shell('python -m pytest -q tests/').destructive, false);
  });
});

describe('Jupyter served beyond loopback with no token or password', () => {
  test('authentication off on an open address', () => {
    assert.ok(codes(shell("jupyter lab --ip=0.0.0.0 --IdentityProvider.token='' --ServerApp.password=''")).includes('safeguard_off'));
    assert.ok(codes(shell("jupyter notebook --ip 0.0.0.0 --NotebookApp.token ''")).includes('safeguard_off'));
    assert.equal(shell("jupyter lab --ip=$HOST_IP --ServerApp.token=''").destructive, true);
  });
  test('the default token, a password, loopback, a token from a variable', () => {
    assert.equal(shell('jupyter lab --ip=0.0.0.0 --no-browser').destructive, false);
    assert.equal(shell("jupyter lab --ip=127.0.0.1 --ServerApp.token=''").destructive, false);
    assert.equal(shell("jupyter notebook --ip 0.0.0.0 --NotebookApp.token='' --NotebookApp.password='sha1:ab:cd'").destructive, false);
    assert.equal(shell('jupyter lab --ip 0.0.0.0 --IdentityProvider.token "$JUPYTER_TOKEN"').destructive, false);
  });
});

describe('HDFS shell deletes', () => {
  test('-rm of kept paths, -expunge -immediate, namenode -format', () => {
    assert.equal(shell('hdfs dfs -rm -r -skipTrash /data/warehouse/events').destructive, true);
    assert.equal(shell('hadoop fs -rm -r /tmp/x /data/y').destructive, true);
    assert.equal(shell('hdfs dfs -expunge -immediate').destructive, true);
    assert.equal(shell('hdfs namenode -format').destructive, true);
  });
  test('temporary paths, reads, retention of the trash', () => {
    assert.equal(shell('hdfs dfs -D fs.trash.interval=0 -rm -r /tmp/dev/run-8812').destructive, false);
    assert.equal(shell('hdfs dfs -rm -r /user/dev/tmp/x').destructive, false);
    assert.equal(shell('hdfs dfs -ls /data').destructive, false);
    assert.equal(shell('hdfs dfs -expunge').destructive, false);
  });
});

describe('interpreter code that empties a file, and the Hugging Face Hub', () => {
  test('a data file emptied is judged as `: > f`', () => {
    assert.equal(shell("python -c \"open('data/labels/a.jsonl', 'w').close()\"").destructive, true);
    assert.equal(shell("node -e \"require('fs').writeFileSync('data/labels/a.jsonl', '')\"").destructive, true);
    assert.equal(shell("python -c \"open('docs/notes.md', 'w').close()\"").destructive, false);
    assert.equal(shell("python -c \"open('data/labels/a.jsonl', 'a').close()\"").destructive, false);
  });
  test('history squashed and a repository made public; private and uploads are not', () => {
    assert.ok(codes(shell("python -c \"from huggingface_hub import HfApi; HfApi().super_squash_history('acme/x')\"")).includes('history_rewritten'));
    assert.ok(codes(shell("python -c \"from huggingface_hub import HfApi; HfApi().update_repo_settings('acme/x', private=False)\"")).includes('public_access'));
    assert.equal(shell("python -c \"from huggingface_hub import HfApi; HfApi().update_repo_settings('acme/x', private=True)\"").destructive, false);
  });
});

describe('tools read as data: Dagster, MLflow REST, AWS credentials', () => {
  test("Dagster's partitions status cache is a cache; its wipes stay", () => {
    assert.equal(shell('dagster asset wipe-partitions-status-cache --all').destructive, false);
    assert.equal(shell('dagster asset wipe --all').destructive, true);
  });
  test("MLflow's REST soft deletes; a model version deleted for good", () => {
    assert.equal(api('POST', 'http://mlflow.internal:5000/api/2.0/mlflow/experiments/delete', { experiment_id: '12' }).destructive, false);
    assert.equal(api('POST', 'http://mlflow.internal:5000/api/2.0/mlflow/runs/delete', { run_id: 'a1' }).destructive, false);
    assert.equal(api('POST', 'http://mlflow.internal:5000/api/2.0/mlflow/model-versions/delete', { name: 'churn', version: '7' }).destructive, true);
  });
  test('aws configure export-credentials prints credentials', () => {
    assert.equal(secretPrinted('aws', ['configure', 'export-credentials', '--profile', 'ml']), 'AWS credentials');
    assert.equal(secretPrinted('aws', ['configure', 'get', 'aws_secret_access_key']), 'AWS credentials');
    assert.equal(secretPrinted('aws', ['configure', 'get', 'region']), undefined);
  });
});
