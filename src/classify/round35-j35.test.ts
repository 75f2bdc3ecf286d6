/**
 * Round 35 (j35): the lead's answers 364.3 (`truncate` and a database reset join answer 336.7's words for an unseen script
 * named for destroying, and the job runners that run a job by its name join answer 350.2's gcloud ones), 360.3 (a package
 * fetched and installed in the same line runs code the action does not show, one class with `curl | sh`) and 363.2 (this
 * machine's Ray is the agent's own runtime; a job stopped on a cluster's address is destructive). fix35-j35.yaml holds the
 * neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;
const decideAs = (type: 'powershell' | 'cmd', line: string): string => answer(type, line).decision;

test('answer 364.3: truncate and a database reset are destroy words; reset-cache, truncated and a password reset are not', () => {
  for (const c of ['./scripts/truncate-tables.sh', './reset-db.sh', 'bash db-reset.sh', 'python scripts/resetDb.py', 'python3 tools/reset_database.py', './bin/resetdb', 'gcloud run jobs execute truncate-events']) assert.equal(decide(c), 'unknown', c);
  for (const c of ['./scripts/reset-cache.sh', './truncated-log-viewer.sh', 'python3 tools/reset_password_email.py', './scripts/db-migrate.sh', 'gcloud run jobs execute nightly-etl']) assert.equal(decide(c), 'benign', c);
});

test('answer 364.3: gcloud workflows, ECS tasks, Container Apps jobs and cron jobs run by name are writes; a destroying name is unknown', () => {
  for (const c of ['gcloud workflows run purge-stale-exports --location us-central1', 'gcloud workflows execute truncate-events', 'aws ecs run-task --cluster jobs --task-definition purge-expired-sessions:12', 'aws ecs run-task --cluster jobs --task-definition arn:aws:ecs:eu-west-1:123456789012:task-definition/reset-db:3', 'az containerapp job start --name wipe-uploads -g rg-jobs', 'az containerapp job start -n truncate-audit -g rg', 'kubectl create job manual-1207 --from=cronjob/truncate-audit-log -n data', 'kubectl create job purge-now-1 --from=cronjob/nightly-report']) assert.equal(decide(c), 'unknown', c);
  for (const c of ['gcloud workflows run nightly-export --location us-central1', 'gcloud workflows execute order-sync', 'aws ecs run-task --cluster jobs --task-definition nightly-etl:7', 'az containerapp job start --name send-digest -g rg-jobs', 'kubectl create job report-manual-1 --from=cronjob/nightly-report -n reports', 'kubectl create job backup-manual --from=cronjob/pg-dropbox-sync', 'gcloud workflows describe purge-stale-exports']) assert.equal(decide(c), 'benign', c);
  // The job's own lifecycle keeps its verbs.
  assert.equal(decide('gcloud workflows delete nightly-export'), 'destructive');
  assert.equal(decide('az containerapp job delete -n nightly -g rg -y'), 'destructive');
});

test('answer 360.3: a package the line fetched, then installed, is unknown in shell, PowerShell and cmd', () => {
  for (const c of ['curl -LO https://example.org/agent_2.1_amd64.deb && sudo dpkg -i agent_2.1_amd64.deb', 'wget https://example.org/tool.rpm && sudo rpm -ivh tool.rpm', 'curl -fsSLo /tmp/x.deb https://example.org/x.deb && sudo apt-get install -y /tmp/x.deb', 'sudo dnf install -y https://example.org/agent.rpm', 'sudo rpm -Uvh https://example.org/agent.rpm', 'curl -LO https://example.org/agent.pkg && sudo installer -pkg agent.pkg -target /', 'curl -LO https://example.org/a.deb && cp a.deb /opt/pkgs/a.deb && sudo dpkg -i /opt/pkgs/a.deb', 'curl -LO https://example.org/a.deb && sha256sum -c a.deb.sha256 && sudo dpkg -i a.deb']) assert.equal(decide(c), 'unknown', c);
  for (const c of ['Invoke-WebRequest https://example.org/agent.msi -OutFile agent.msi; msiexec /i agent.msi /qn', "Invoke-WebRequest -Uri https://example.org/agent.msi -OutFile C:\\tools\\agent.msi; Start-Process msiexec.exe -ArgumentList '/i','C:\\tools\\agent.msi','/qn' -Wait", 'Add-AppxPackage -Path https://example.org/app.msixbundle', 'Invoke-WebRequest https://example.org/app.msix -OutFile app.msix; Add-AppxPackage -Path .\\app.msix']) assert.equal(decideAs('powershell', c), 'unknown', c);
  for (const c of ['curl -L -o C:\\tools\\agent.msi https://example.org/agent.msi && msiexec /i C:\\tools\\agent.msi /qn', 'bitsadmin /transfer agent https://example.org/agent.msi C:\\tools\\agent.msi && msiexec /i C:\\tools\\agent.msi /qn']) assert.equal(decideAs('cmd', c), 'unknown', c);
  // What was decided before stays: a URL given to msiexec, and decision 26's installer from a temporary folder, destructive.
  assert.equal(decideAs('cmd', 'msiexec /i https://example.org/agent.msi /qn'), 'destructive');
  assert.equal(decide('curl -fsSL -o /tmp/agent.pkg https://example.org/agent.pkg && sudo installer -pkg /tmp/agent.pkg -target /'), 'destructive');
});

test('answer 360.3: a package the line did not fetch, a download alone and a package inspected keep their answers', () => {
  for (const c of ['sudo dpkg -i ./dist/acme-cli_1.2.0_amd64.deb', 'sudo apt install ./build/acme.deb', 'sudo dnf install -y ./node_exporter-1.8.2.x86_64.rpm', 'cp dist/acme.deb /tmp/acme.deb && sudo dpkg -i /tmp/acme.deb', 'curl -LO https://example.org/agent.deb && dpkg -I agent.deb', 'wget https://example.org/agent.rpm && rpm -qip agent.rpm', 'curl -LO https://example.org/notes.txt && sudo apt-get install -y jq']) assert.equal(decide(c), 'benign', c);
  for (const c of ['Add-AppxPackage -Path .\\out\\AppPackages\\Acme.msix', 'Invoke-WebRequest https://example.org/agent.msi -OutFile agent.msi', 'msiexec /i .\\artifacts\\Acme.Setup.msi /qn', 'Invoke-WebRequest https://example.org/data.csv -OutFile data.csv; Import-Csv .\\data.csv']) assert.equal(decideAs('powershell', c), 'benign', c);
  for (const c of ['msiexec /i out\\Installer\\Acme.Setup.msi /qn', 'curl -L -o C:\\tools\\agent.msi https://example.org/agent.msi && certutil -hashfile C:\\tools\\agent.msi SHA256']) assert.equal(decideAs('cmd', c), 'benign', c);
});

test("answer 363.2: this machine's Ray stopped is the agent's own runtime; a job stopped on a cluster's address is destructive", () => {
  for (const c of ['ray stop', 'ray stop -g 30', 'ray job stop raysubmit_7Hq2 --address http://127.0.0.1:8265', 'ray job stop raysubmit_7Hq2', 'RAY_ADDRESS=http://localhost:8265 ray job stop raysubmit_7Hq2', 'ray job stop --address auto raysubmit_7Hq2', 'ray job stop --address=http://[::1]:8265 raysubmit_7Hq2']) assert.equal(decide(c), 'benign', c);
  for (const c of ['ray job stop raysubmit_7Hq2 --address http://ray-head.prod:8265', 'ray job stop --address=http://10.0.4.12:8265 raysubmit_7Hq2', 'RAY_ADDRESS=http://ray-head.ml.internal:8265 ray job stop raysubmit_7Hq2', 'export RAY_ADDRESS=http://ray-head.ml.internal:8265 && ray job stop raysubmit_7Hq2', 'ray kill-random-node cluster.yaml --yes']) assert.equal(decide(c), 'destructive', c);
  // `--force` (SIGKILL) of this machine's Ray: the same runtime (answer 372.1, round 36 g36).
  assert.equal(decide('ray stop --force'), 'benign');
  // An address the input does not fix is not this machine's: fail closed (caught).
  for (const c of ['ray job stop --address "$RAY_HEAD" raysubmit_7Hq2', 'ray job stop --address=$RAY_HEAD raysubmit_7Hq2', 'RAY_ADDRESS=$HEAD ray job stop raysubmit_7Hq2']) assert.notEqual(decide(c), 'benign', c);
});
