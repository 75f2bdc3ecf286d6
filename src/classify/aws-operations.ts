/**
 * What AWS operations do, by name: the one catalogue the AWS CLI reader (`aws SERVICE OPERATION`) and the HTTP judge (an
 * AWS JSON-protocol request naming its operation in `X-Amz-Target`, sent by awscurl, curl `--aws-sigv4` or an agent's
 * HTTP tool) both read, so that no door judges an operation more leniently than another. The verb patterns are shared
 * with the other cloud CLIs. Data only: no imports, so every reader may use it.
 */

/**
 * Operation verbs that delete or lose data. Checked against the AWS CLI's operation catalogue (the
 * first word of every operation name in botocore's service models: Delete, Terminate, Remove,
 * Deregister, Purge, Deprovision, Dispose, Redact, Forget, Withdraw, Unsubscribe, ...) and gcloud's `undeploy`.
 * Account-level operations whose verb is not delete (AWS CLI reference): `organizations leave-organization`
 * (a member account leaves: its SCPs, consolidated billing and delegated administration go),
 * `organizations close-account` (the account is suspended and its resources deleted after 90 days), and
 * `securityhub`/`macie2`/`guardduty disassociate-from-administrator-account` (and the older `-master-`
 * name): the member drops out of central security monitoring.
 */
export const DESTROY_OP = /^(leave|bulk-delete|close-account|disassociate-from-(?:administrator|master)-account|delete|del|undefine|terminate|remove|deregister|destroy|purge|drop|deprovision|dispose|redact|forget|withdraw|undeploy|decrease-stream-retention|disable-?\w*-?protection|schedule-key-deletion|stop-logging|reset|wipe|rb|rm|release|revoke|detach|abandon|force-delete|erase|unpublish|nuke|uninstall|flush|truncate|decommission|retire|unsubscribe)(?=$|-|:)/;
export const READ_OP = /^(describe|list|get|head|show|ls|search|query|scan|lookup|check|validate|estimate|preview|plan|export|download|test|simulate|wait|whoami|version|help|info|status|logs|tail|inspect|view|filter-log-events|batch-get|select|print|diff|config|report)(?=$|-|:)/;
export const PERMISSION_OP = /(iam|policy|policies|role|roles|permission|acl|grant|access-key|login-profile|assume-role|add-user-to-group|security-group-ingress|security-group-egress|sharing|share|rbac|role-assignment|add-iam-policy-binding|remove-iam-policy-binding|set-iam-policy|keyvault-set-policy)/;

/**
 * Operations that take a running resource out of service (stop-instances, stop-db-cluster, `vm deallocate`, `instances
 * suspend`, power-off): an outage, and what is in flight is lost (EC2 erases instance-store volumes on stop; Azure loses the
 * temporary disk on deallocate). Destructive; starting it again is a new action. docs/classifier-evaluation.md, "Availability".
 */
export const OUTAGE_OP = /^(stop|suspend|deallocate|power-?off|shutdown|hibernate|pause)(?=$|-)/;

/**
 * Operations that put a fresh image on a machine's disk (hcloud `server rebuild`, doctl `droplet-action rebuild`,
 * linode-cli `linodes rebuild`, az `vm reimage`, `vmss reimage`): what was on the disk is gone.
 */
export const REIMAGE_OP = /^(rebuild|reimage|reinstall)(?=$|-)/;

/**
 * Operations whose effect is chosen inside a JSON document parameter (a change batch, request items): `param` is the CLI
 * option, `member` the request member a JSON-protocol call sends it in (Route 53 and S3 are REST APIs: no member).
 */
export const AWS_BATCH_DELETES: ReadonlyArray<{ service: string; op: string; param: string; member?: string; deletes: RegExp }> = [
  { service: 'route53', op: 'change-resource-record-sets', param: '--change-batch', deletes: /"?Action"?\s*[:=]\s*"?DELETE\b|\bAction=DELETE\b/i },
  { service: 'route53', op: 'change-cidr-collection', param: '--changes', deletes: /"?Action"?\s*[:=]\s*"?DELETE_IF_EXISTS\b/i },
  { service: 'dynamodb', op: 'batch-write-item', param: '--request-items', member: 'RequestItems', deletes: /DeleteRequest/ },
  { service: 'dynamodb', op: 'transact-write-items', param: '--transact-items', member: 'TransactItems', deletes: /"?Delete"?\s*[:=]/ },
  { service: 's3api', op: 'put-bucket-lifecycle-configuration', param: '--lifecycle-configuration', deletes: /"?Expiration"?\s*[:=]\s*\{\s*"?Days"?\s*[:=]\s*[01]\b/ },
];

/**
 * Operations whose name says delete or cancel but which lose nothing (AWS CLI reference): a change set is a proposed
 * change that `execute-change-set` would apply, so deleting it changes no resource; cancelling a key deletion takes the
 * key out of PendingDeletion (it comes back Disabled, as it was unusable while pending).
 */
export const AWS_NOT_A_LOSS: ReadonlyArray<{ service: string; op: string; why: string }> = [
  { service: 'cloudformation', op: 'delete-change-set', why: 'discards a proposed change set; no stack resource changes' },
  { service: 'kms', op: 'cancel-key-deletion', why: 'cancels a scheduled key deletion' },
  // Removing an expiry keeps data longer: without a retention policy log events never expire (CloudWatch Logs reference);
  // without a lifecycle configuration no object expires (S3 API reference).
  { service: 'logs', op: 'delete-retention-policy', why: 'log events then never expire' },
  { service: 's3api', op: 'delete-bucket-lifecycle', why: 'objects then never expire' },
  // Amazon ECS reference, DeregisterTaskDefinition: the revision is marked INACTIVE; "existing tasks and services that
  // reference an INACTIVE task definition continue to run without disruption" and can still scale (round 24).
  { service: 'ecs', op: 'deregister-task-definition', why: 'marks one task definition revision inactive; services and tasks that use it keep running' },
  // Lambda reference, DeleteFunctionConcurrency: "Removes a concurrent execution limit from a function"; the function then
  // draws on the account's unreserved pool, so nothing is throttled that was not before (round 28).
  { service: 'lambda', op: 'delete-function-concurrency', why: 'removes the reserved-concurrency cap; the function draws on the unreserved pool' },
  // DeleteProvisionedConcurrencyConfig: the pre-initialised environments go; the function and alias keep serving on demand.
  { service: 'lambda', op: 'delete-provisioned-concurrency-config', why: 'removes pre-initialised environments; the function keeps serving on demand' },
];

/**
 * Deletes narrowed to one thing the input names by a handle only a read returns (AWS CLI reference): SQS `delete-message
 * --receipt-handle H` deletes the one message a `receive-message` handed out, as `DELETE … WHERE id = 42` (round 28).
 * `param` must be given one fixed value.
 */
export const AWS_ONE_BY_HANDLE: ReadonlyArray<{ service: string; op: string; param: string; also?: string[]; why: string }> = [
  { service: 'sqs', op: 'delete-message', param: '--receipt-handle', why: 'deletes the one received message its receipt handle names' },
  // Round 42 (ans42b, the lead's answer 445.2 after 53): one named shadow of one thing by its whole key (`--thing-name X
  // --shadow-name Y`, each fixed once, no wildcard): the device reports its state again. No shadow name (the classic
  // shadow) or no thing stays a delete.
  { service: 'iot-data', op: 'delete-thing-shadow', param: '--shadow-name', also: ['--thing-name'], why: 'deletes one named shadow of one thing by its whole key: the device reports its state again' },
];

/**
 * Versions deleted by number where the service refuses to delete the one in force and what runs keeps working (AWS CLI
 * reference, round 37): "You can't delete the default version of a launch template" and "deleting a launch template version
 * doesn't affect any instances that you've launched" (EC2 DeleteLaunchTemplateVersions); "You cannot delete the default
 * version from a policy" (IAM and IoT DeletePolicyVersion); "To avoid breaking functions, a copy of the version remains in
 * Lambda until no functions refer to it" (Lambda DeleteLayerVersion). As one Lambda version by number (round 29), an old
 * version: the reader asks for every value of `param` fixed, of the form `version`, and at most ten of them (372.6).
 */
export const AWS_INACTIVE_VERSION_DELETES: ReadonlyArray<{ service: string; op: string; param: string; version: RegExp; why: string }> = [
  { service: 'ec2', op: 'delete-launch-template-versions', param: '--versions', version: /^\d+$/, why: 'deletes launch template versions by number; EC2 refuses the default one, and instances launched from them are untouched' },
  { service: 'iam', op: 'delete-policy-version', param: '--version-id', version: /^v\d+$/, why: 'deletes one policy version; IAM refuses the default version, the one in force' },
  { service: 'iot', op: 'delete-policy-version', param: '--policy-version-id', version: /^\d+$/, why: 'deletes one policy version; IoT refuses the default version, the one in force' },
  { service: 'lambda', op: 'delete-layer-version', param: '--version-number', version: /^\d+$/, why: 'deletes one layer version; functions that use it keep a copy until none refers to it' },
];

/**
 * One member taken out of a load balancer's pool (the lead's answer 385.2, round 38, after 337 and 379.5): ELBv2
 * `deregister-targets` with one `--targets` entry ("Deregisters the specified targets from the specified target group.
 * After the targets are deregistered, they no longer receive traffic"; the instance itself runs on) and the Classic Load
 * Balancer's `deregister-instances-from-load-balancer` with one instance (AWS CLI reference). The pool keeps serving from
 * its other members and the member is registered again by `register-targets`: a write. The reader asks for exactly one
 * fixed value of `param` of the form `member` (shorthand, not a JSON list); several members at once (379.5's bound: one)
 * or a value the input does not fix stay deletes.
 */
export const AWS_ONE_POOL_MEMBER: ReadonlyArray<{ service: string; op: string; param: string; member: RegExp; why: string }> = [
  { service: 'elbv2', op: 'deregister-targets', param: '--targets', member: /^Id=[\w.:/-]+(,(Port|AvailabilityZone)=[\w.-]+)*$/, why: 'takes one target out of the target group; the group keeps serving from its other targets' },
  { service: 'elb', op: 'deregister-instances-from-load-balancer', param: '--instances', member: /^(InstanceId=)?i-[0-9a-f]{8,17}$/, why: 'takes one instance out of the load balancer; it keeps serving from its other instances' },
];

/**
 * Operations whose option values say the size left serving (AWS CLI reference): ECS `update-service --desired-count`, EC2
 * Auto Scaling `--desired-capacity` and `--max-size`, Application Auto Scaling `register-scalable-target --max-capacity`
 * (a maximum of 0 holds every scalable target, an ECS service, a DynamoDB table's capacity or a Lambda alias's provisioned
 * concurrency, at zero). Given 0, nothing is left serving: scaled to zero (docs/classifier-evaluation.md, "Availability").
 * `member`: the request member a JSON-protocol call sends it in (EC2 Auto Scaling is a Query API: no member).
 */
export const AWS_ZERO_SIZE: ReadonlyArray<{ service: string; op?: string; option: string; member?: string }> = [
  { service: 'ecs', op: 'update-service', option: '--desired-count', member: 'desiredCount' },
  { service: 'autoscaling', option: '--desired-capacity' },
  { service: 'autoscaling', op: 'update-auto-scaling-group', option: '--max-size' },
  { service: 'application-autoscaling', op: 'register-scalable-target', option: '--max-capacity', member: 'MaxCapacity' },
];

/**
 * Operations that set an expiry on data that exists now (AWS CLI reference): a log group's retention deletes every event
 * older than it ("CloudWatch Logs will automatically delete log events older than the retention period"); an ECR lifecycle
 * policy expires the images its rules match.
 */
export const AWS_EXPIRES: ReadonlyArray<{ service: string; op: string; why: string }> = [
  { service: 'logs', op: 'put-retention-policy', why: 'deletes log events older than the retention period' },
  { service: 'ecr', op: 'put-lifecycle-policy', why: 'expires the images its rules match' },
];

/**
 * Operations whose name says disable but which stop something that serves (AWS CLI reference): a disabled EventBridge rule
 * stops matching events and firing its schedule; a disabled KMS key cannot encrypt or decrypt, so everything it protects is
 * unreadable until it is enabled. An outage, like stop (docs/classifier-evaluation.md, "Availability").
 */
export const AWS_SERVING_DISABLE: ReadonlyArray<{ service: string; op: string; why: string }> = [
  { service: 'events', op: 'disable-rule', why: 'the rule stops matching events and firing its schedule' },
  { service: 'kms', op: 'disable-key', why: 'nothing encrypted under the key can be decrypted' },
  // Round 35 (edge35): an IoT topic rule disabled stops routing the devices' messages to its actions (AWS IoT reference).
  { service: 'iot', op: 'disable-topic-rule', why: 'the rule stops routing device messages to its actions' },
  // Round 42 (ans42b, the lead's answer 446.5): a registered domain's name servers replaced (Route 53 Domains
  // UpdateDomainNameservers): the zone the organisation serves is no longer answered, as records pointed away.
  { service: 'route53domains', op: 'update-domain-nameservers', why: "the domain's delegation moves to other name servers: the zone served here is no longer answered" },
  // Round 36 (o36), from Fig's completion specs: what serves or signs in switched off (AWS CLI reference). An AppStream or
  // Directory Service Data user disabled can no longer sign in; a Storage Gateway disabled "cannot be enabled" again; an IAM
  // Roles Anywhere trust anchor or profile disabled hands out no more credentials; a Classic Load Balancer's zone disabled
  // takes its instances out of rotation; a region opted out makes its resources unreachable; a Cloud Directory disabled
  // "cannot be read or written to".
  { service: 'appstream', op: 'disable-user', why: 'the user can no longer sign in' },
  { service: 'ds-data', op: 'disable-user', why: 'the directory user can no longer sign in' },
  { service: 'storagegateway', op: 'disable-gateway', why: 'the gateway stops serving and cannot be enabled again' },
  { service: 'rolesanywhere', op: 'disable-trust-anchor', why: 'workloads can no longer exchange their certificates for credentials' },
  { service: 'rolesanywhere', op: 'disable-profile', why: 'workloads using the profile can no longer get credentials' },
  { service: 'elb', op: 'disable-availability-zones-for-load-balancer', why: "the zone's instances are taken out of rotation" },
  { service: 'account', op: 'disable-region', why: 'the resources in the region become unreachable' },
  { service: 'clouddirectory', op: 'disable-directory', why: 'the directory can no longer be read or written' },
];

/**
 * Round 36 (o36), from Fig's completion specs: operations that switch a safeguard off (AWS CLI reference): Directory
 * Service secure LDAP (TLS) and RADIUS (its MFA); an IAM Roles Anywhere revocation list (revoked certificates are accepted
 * again); an Organizations policy type (its policies stop applying and are detached: service control policies no longer
 * limit anyone); a Control Tower control or baseline (guardrails and their logging go); Shield Advanced's automatic
 * application-layer DDoS response.
 */
export const AWS_SAFEGUARD_DISABLE: ReadonlyArray<{ service: string; op: string; why: string }> = [
  { service: 'ds', op: 'disable-ldaps', why: 'directory traffic is no longer protected by TLS' },
  { service: 'ds', op: 'disable-radius', why: 'users sign in with a password alone (RADIUS multi-factor authentication off)' },
  { service: 'rolesanywhere', op: 'disable-crl', why: 'revoked certificates are accepted again' },
  { service: 'organizations', op: 'disable-policy-type', why: "the type's policies stop applying and are detached" },
  { service: 'controltower', op: 'disable-control', why: 'a guardrail is turned off' },
  { service: 'controltower', op: 'disable-baseline', why: "the baseline's controls and logging are removed from the target" },
  { service: 'shield', op: 'disable-application-layer-automatic-response', why: 'DDoS attacks are no longer mitigated automatically' },
  // Round 42 (bl42pki), Route 53 API reference: a key-signing key deactivated stops signing the zone's DNSKEY set; with the
  // zone's only active KSK (or its DS still published at the parent) resolvers that validate fail the zone, and "disable
  // DNSSEC signing" is the documented way out, not this. As `disable-hosted-zone-dnssec`, DNSSEC off.
  { service: 'route53', op: 'deactivate-key-signing-key', why: "a key-signing key stops signing the zone's keys: DNSSEC validation of the zone may fail" },
];

/**
 * Flags that switch off what serves (AWS CLI reference): a Lambda event source mapping updated with `--no-enabled` stops
 * reading its queue or stream ("the mapping is paused"), so messages wait or expire unprocessed; an outage, as
 * `events disable-rule` (round 28).
 */
export const AWS_SERVING_OFF_FLAGS: ReadonlyArray<{ service: string; op: string; flag: string; absent?: true; /** The option's value that switches it off (a value not fixed counts, fail closed). */ value?: RegExp; why: string }> = [
  { service: 'lambda', op: 'update-event-source-mapping', flag: '--no-enabled', why: 'the function stops consuming its queue or stream' },
  // Round 40 (bl40comms), SES API reference: sending paused for the account or one configuration set ("Amazon SES stops
  // sending email"); mail the applications hand over is refused until it is switched on again.
  { service: 'ses', op: 'update-configuration-set-sending-enabled', flag: '--no-enabled', why: 'the configuration set stops sending email' },
  { service: 'ses', op: 'update-account-sending-enabled', flag: '--no-enabled', why: 'the account stops sending email' },
  { service: 'sesv2', op: 'put-account-sending-attributes', flag: '--no-sending-enabled', why: 'the account stops sending email' },
  { service: 'sesv2', op: 'put-configuration-set-sending-options', flag: '--no-sending-enabled', why: 'the configuration set stops sending email' },
  // Round 41 (cm41), SES API reference SetActiveReceiptRuleSet: called without a rule set name it "disables email receiving
  // through Amazon SES completely" (`absent`: the option missing, or given empty, switches it off).
  { service: 'ses', op: 'set-active-receipt-rule-set', flag: '--rule-set-name', absent: true, why: 'email receiving through SES is switched off (no active rule set)' },
  // Round 44 (bl44media), MediaConvert API reference UpdateQueue: "If you pause a queue, the service won't begin processing
  // jobs in that queue"; the pipelines that submit to it stall until it is ACTIVE again.
  { service: 'mediaconvert', op: 'update-queue', flag: '--status', value: /^paused$/i, why: 'pauses the queue: no job in it starts until it is active again' },
];

/**
 * Round 40 (bl40comms): options that switch a safeguard off by their value or their negated form (AWS CLI reference):
 * SES's TLS policy made `OPTIONAL` (mail may go out in clear), DKIM signing of an identity off (receivers can no longer
 * tell its mail from a forgery).
 */
/** An AWS Backup lifecycle's `DeleteAfterDays` under 30, in the shorthand (`DeleteAfterDays=7`) or JSON (`"DeleteAfterDays": 2`). */
const BACKUP_DELETE_UNDER_30_DAYS = /\bDeleteAfterDays"?\s*[=:]\s*"?([0-9]|[12][0-9])(?![\d.])/;

export const AWS_SAFEGUARD_OFF_OPTIONS: ReadonlyArray<{ service: string; op: string; option: string; value?: RegExp; why: string }> = [
  // Round 44 (bl44media), IVS API reference UpdateChannel `authorized`: "Whether the channel is private (enabled for playback
  // authorization)"; `--no-authorized` plays the channel for anyone without a signed token.
  { service: 'ivs', op: 'update-channel', option: '--no-authorized', why: 'playback authorization off: the private channel plays for anyone' },
  { service: 'sesv2', op: 'put-configuration-set-delivery-options', option: '--tls-policy', value: /^optional$/i, why: 'mail may be delivered without TLS' },
  { service: 'sesv2', op: 'put-email-identity-dkim-attributes', option: '--no-signing-enabled', why: "the identity's mail is no longer DKIM-signed" },
  { service: 'ses', op: 'set-identity-dkim-enabled', option: '--no-dkim-enabled', why: "the identity's mail is no longer DKIM-signed" },
  // Round 41 (bl41dr): AWS Backup lifecycles under 30 days (`DeleteAfterDays=7`, `{"DeleteAfterDays":2}` in a plan's
  // rules): recovery points are deleted that soon, shorter than the backup-retention standing decision's 30 days.
  { service: 'backup', op: 'update-recovery-point-lifecycle', option: '--lifecycle', value: BACKUP_DELETE_UNDER_30_DAYS, why: 'the recovery point is deleted in under 30 days' },
  { service: 'backup', op: 'update-backup-plan', option: '--backup-plan', value: BACKUP_DELETE_UNDER_30_DAYS, why: "the plan's recovery points are deleted in under 30 days" },
  // Round 42 (bl42pki), ACM Private CA API reference (RevocationConfiguration): the CRL or OCSP switched off in the
  // shorthand (`CrlConfiguration={Enabled=false}`) or JSON (`"Enabled": false`): revoked certificates are accepted again.
  { service: 'acm-pca', op: 'update-certificate-authority', option: '--revocation-configuration', value: /\bEnabled"?\s*[=:]\s*"?false\b/i, why: 'revocation is no longer published: revoked certificates are accepted again' },
];

/**
 * AWS services that watch the account for threats, changes and findings (GuardDuty, Security Hub, Macie, Inspector,
 * Detective, Config, Access Analyzer, CloudTrail): switching one off (`disable-*`, `stop-*`, or an update with
 * `--no-enable`/`--enable false`) blinds the account's monitoring, a safeguard off.
 */
export const AWS_SECURITY_MONITORS = /^(guardduty|securityhub|macie2?|inspector2?|detective|configservice|accessanalyzer|cloudtrail)$/;

/**
 * Operations whose parameter is SQL the service runs (AWS CLI reference): the Redshift Data API, the RDS Data API and
 * Athena's `start-query-execution`. The statements are the action: each is judged by the SQL classifier in the service's
 * dialect, against the cluster, database or workgroup named. `member`: the request member a JSON-protocol call sends it in (the RDS
 * Data API is a REST API: no member).
 */
export const AWS_SQL: ReadonlyArray<{ service: string; op: string; param: string; member?: string; dialect: string; where: string[] }> = [
  { service: 'redshift-data', op: 'execute-statement', param: '--sql', member: 'Sql', dialect: 'redshift', where: ['--cluster-identifier', '--workgroup-name'] },
  { service: 'redshift-data', op: 'batch-execute-statement', param: '--sqls', member: 'Sqls', dialect: 'redshift', where: ['--cluster-identifier', '--workgroup-name'] },
  { service: 'rds-data', op: 'execute-statement', param: '--sql', dialect: 'postgresql', where: ['--resource-arn'] },
  { service: 'rds-data', op: 'batch-execute-statement', param: '--sql', dialect: 'postgresql', where: ['--resource-arn'] },
  { service: 'athena', op: 'start-query-execution', param: '--query-string', member: 'QueryString', dialect: 'athena', where: ['--work-group'] },
];

/**
 * The JSON-protocol services' `X-Amz-Target` prefixes and the AWS CLI service each belongs to: every `targetPrefix` in
 * botocore's service models (boto/botocore `botocore/data/SERVICE/VERSION/service-2.json`, metadata, at 0e6e2404b85d, 2026-08-07),
 * with the CLI's own renames (`config` is `aws configservice`). A request's operation is `PREFIX.OperationName`
 * ("the version of the API and the operation that you are requesting").
 */
export const AWS_JSON_TARGET_PREFIXES: Readonly<Record<string, string>> = {
  ACMPrivateCA: 'acm-pca', AmazonAthena: 'athena',
  AmazonBedrockKeystoneRuntimeService: 'bedrock-data-automation-runtime', AmazonDAXV3: 'dax',
  AmazonDMSv20160101: 'dms', AmazonEC2ContainerRegistry_V20150921: 'ecr', AmazonEC2ContainerServiceV20141113: 'ecs',
  AmazonElasticVMwareService: 'evs', AmazonForecast: 'forecast', AmazonForecastRuntime: 'forecastquery',
  AmazonMemoryDB: 'memorydb', AmazonML_20141212: 'machinelearning', AmazonMWAAServerless: 'mwaa-serverless',
  AmazonPersonalize: 'personalize', AmazonSQS: 'sqs', AmazonSSM: 'ssm',
  AmazonTimestreamInfluxDB: 'timestream-influxdb', AnyScaleFrontendService: 'application-autoscaling',
  AnyScaleScalingPlannerFrontendService: 'autoscaling-plans', AppRunner: 'apprunner',
  ArcRegionSwitch: 'arc-region-switch', AWS242ServiceCatalogService: 'servicecatalog',
  AWSBCMDashboardsService: 'bcm-dashboards', AWSBCMPricingCalculator: 'bcm-pricing-calculator', AWSBilling: 'billing',
  AWSBillingAndCostManagementDataExports: 'bcm-data-exports',
  AWSBillingAndCostManagementRecommendedActions: 'bcm-recommended-actions', AWSBudgetServiceGateway: 'budgets',
  AWSCloud9WorkspaceManagementService: 'cloud9', AWSCognitoIdentityProviderService: 'cognito-idp',
  AWSCognitoIdentityService: 'cognito-identity', AWSEC2InstanceConnectService: 'ec2-instance-connect',
  AWSEvents: 'events', AWSFMS_20180101: 'fms', AWSFreeTierService: 'freetier', AWSGlue: 'glue',
  AWSHawksNestServiceFacade: 'frauddetector', AWSHealth_20160804: 'health', AWSIdentityStore: 'identitystore',
  AWSIESnowballJobManagementService: 'snowball', AWSInsightsIndexService: 'ce', AWSKendraFrontendService: 'kendra',
  AWSKendraRerankingFrontendService: 'kendra-ranking', AWSLicenseManager: 'license-manager',
  AWSLookoutEquipmentFrontendService: 'lookoutequipment', AWSMigrationHub: 'mgh',
  AWSMigrationHubMultiAccountService: 'migrationhub-config', AWSMPCommerceService_v20200301: 'marketplace-agreement',
  AWSMPEntitlementService: 'marketplace-entitlement', AWSMPMeteringService: 'meteringmarketplace',
  AWSOrganizationsV20161128: 'organizations', AWSOrigamiServiceGatewayService: 'cur',
  AWSParallelComputingService: 'pcs', AWSPartnerCentralSelling: 'partnercentral-selling',
  AWSPoseidonService_V2015_11_01: 'discovery', AWSPriceListService: 'pricing', AwsProton20200720: 'proton',
  AWSShield_20160616: 'shield', AWSShineFrontendService_20170701: 'translate', AWSSimbaAPIService_v20180301: 'fsx',
  AWSStepFunctions: 'stepfunctions', AWSSupport_20130415: 'support', AWSWAF_20150824: 'waf', AWSWAF_20190729: 'wafv2',
  AWSWAF_Regional_20161128: 'waf-regional', B2BI: 'b2bi', BackupOnPremises_v20210101: 'backup-gateway',
  BaldrApiService: 'cloudhsmv2', CertificateManager: 'acm', CloudApiService: 'cloudcontrol',
  CloudHsmFrontendService: 'cloudhsm', CodeBuild_20161006: 'codebuild', CodeCommit_20150413: 'codecommit',
  CodeDeploy_20141006: 'deploy', CodePipeline_20150709: 'codepipeline',
  'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101': 'cloudtrail',
  'com.amazonaws.codeconnections.CodeConnections_20231201': 'codeconnections',
  'com.amazonaws.codestar.connections.CodeStar_connections_20191201': 'codestar-connections',
  Comprehend_20171127: 'comprehend', ComprehendMedical_20181030: 'comprehendmedical',
  ComputeOptimizerAutomationService: 'compute-optimizer-automation', ComputeOptimizerService: 'compute-optimizer',
  CostOptimizationHubService: 'cost-optimization-hub', DataPipeline: 'datapipeline', DeviceFarm_20150623: 'devicefarm',
  DirectoryService_20150416: 'ds', DynamoDB_20120810: 'dynamodb', DynamoDBStreams_20120810: 'dynamodbstreams',
  EC2WindowsBarleyService: 'application-insights', ElasticMapReduce: 'emr',
  EUCMIFrontendAPIService: 'workspaces-instances', Firehose_20150804: 'firehose', FmrsService: 'datasync',
  GameLift: 'gamelift', GlobalAccelerator_V20180706: 'globalaccelerator', GraniteServiceVersion20100801: 'cloudwatch',
  HealthLake: 'healthlake', InspectorService: 'inspector', Interconnect: 'interconnect', Invoicing: 'invoicing',
  IoTAutobahnControlPlane: 'iotfleetwise', IoTSecuredTunneling: 'iotsecuretunneling',
  IotThingsGraphFrontEndService: 'iotthingsgraph', KeyspacesService: 'keyspaces', KeyspacesStreams: 'keyspacesstreams',
  Kinesis_20131202: 'kinesis', KinesisAnalytics_20150814: 'kinesisanalytics',
  KinesisAnalytics_20180523: 'kinesisanalyticsv2', Lightsail_20161128: 'lightsail', Logs_20140328: 'logs',
  MailManagerSvc: 'mailmanager', MarketplaceCommerceAnalytics20150701: 'marketplacecommerceanalytics',
  MediaStore_20170901: 'mediastore', MTurkRequesterServiceV20170117: 'mturk',
  NetworkFirewall_20201112: 'network-firewall', Odb: 'odb', OpenSearchServerless: 'opensearchserverless',
  OvertureService: 'directconnect', PartnerCentralAccount: 'partnercentral-account',
  PartnerCentralBenefitsService: 'partnercentral-benefits', PartnerCentralChannel: 'partnercentral-channel',
  PartnerCentralRevenueMeasurement: 'partnercentral-revenue-measurement',
  PaymentCryptographyControlPlane: 'payment-cryptography', PerformanceInsightsv20180227: 'pi',
  PhotonAdminProxyService: 'appstream', PinpointSMSVoiceV2: 'pinpoint-sms-voice-v2', RedshiftData: 'redshift-data',
  RedshiftServerless: 'redshift-serverless', RekognitionService: 'rekognition',
  ResourceGroupsTaggingAPI_20170126: 'resourcegroupstaggingapi', Route53AutoNaming_v20170314: 'servicediscovery',
  Route53Domains_v20140515: 'route53domains', Route53Resolver: 'route53resolver', SageMaker: 'sagemaker',
  secretsmanager: 'secretsmanager', ServiceQuotasV20190624: 'service-quotas', SimpleWorkflowService: 'swf',
  SpencerFrontendService: 'ecr-public', SSMContacts: 'ssm-contacts', StarlingDoveService: 'configservice',
  StorageGateway_20130630: 'storagegateway', SWBExternalService: 'sso-admin', Textract: 'textract',
  Timestream_20181101: 'timestream-query', ToggleCustomerAPI: 'route53-recovery-cluster', Transcribe: 'transcribe',
  TransferService: 'transfer', TrentService: 'kms', VerifiedPermissions: 'verifiedpermissions', VoiceID: 'voice-id',
  WorkMailService: 'workmail', WorkspacesService: 'workspaces'
};

/**
 * The AWS CLI's name of an API operation (`DeleteTable` is `delete-table`, `DescribeDBInstances` is
 * `describe-db-instances`): a hyphen before each capital that starts a word, as botocore's `xform_name` does.
 */
export function awsCliOperationName(apiName: string): string {
  return apiName
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/**
 * An `X-Amz-Target` value read: the service's CLI name (null for a prefix botocore does not list) and the operation in the
 * CLI's spelling; null when the value is not `PREFIX.Operation`.
 */
export function awsJsonTarget(value: string): { service: string | null; prefix: string; api: string; op: string } | null {
  const m = /^([A-Za-z][\w.]*)\.([A-Z][A-Za-z0-9]{1,100})$/.exec(value.trim());
  if (!m) return null;
  return { service: AWS_JSON_TARGET_PREFIXES[m[1]!] ?? null, prefix: m[1]!, api: m[2]!, op: awsCliOperationName(m[2]!) };
}
