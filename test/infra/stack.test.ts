/**
 * The CDK app, synthesised once in-process (no AWS account, no network): what the template
 * promises about the site, the API, the data and mail, and cdk-nag's AWS Solutions checks.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validations, type App, type Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import type { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { routes } from '../../functions/routes.ts';
import { table as tableDescription, tableDefinition, type IndexDescription } from '../../functions/store/table.ts';
import { bundling, HandlerFunction, projectRoot, purgeHandler, sweepHandler } from '../../infra/handler-function.ts';
import { createPortalApp } from '../../infra/portal-app.ts';
import { apiRoutePath, apiThrottle, routeThrottles } from '../../infra/api.ts';
import { rateLimitTable } from '../../functions/store/rate-limit-table.ts';
import { mailFailedLogMessage } from '../../infra/mail.ts';
import { pageRoutes, pathPattern } from '../../infra/site.ts';

type Resource = { Type: string; Properties: Record<string, any>; DependsOn?: string[] };

const inlineScript = 'document.documentElement.classList.add("js")';
// sha256 of the inline script above, base64
const inlineScriptHash = "'sha256-qOhFsq0QMV2REqNwk5hGH5bZE9SkX6gt6yeyKdYPv+U='";
const otherOrigin = 'https://partner.example';

let siteDir: string;
let app: App;
let stack: Stack;
let template: Template;
let resources: Record<string, Resource>;

beforeAll(() => {
  siteDir = mkdtempSync(join(tmpdir(), 'portal-site-'));
  writeFileSync(
    join(siteDir, 'index.html'),
    `<!doctype html><title>Test</title><script type="module">${inlineScript}</script><script type="module" src="/_astro/x.js"></script>`,
  );
  writeFileSync(join(siteDir, '404.html'), '<!doctype html><title>Finns inte</title>');
  ({ app, stack } = createPortalApp({ context: { siteDir, allowedOrigins: otherOrigin } }));
  template = Template.fromStack(stack);
  resources = template.toJSON().Resources;
});

afterAll(() => rmSync(siteDir, { recursive: true, force: true }));

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
/** The policy statements a function's role is granted, whether the role is its own or shared with functions granted the same. */
const grantedTo = (fn: any): any[] => {
  const roleId = fn.Properties.Role['Fn::GetAtt'][0];
  return ofType('AWS::IAM::Policy')
    .filter(([, policy]) => (policy.Properties.Roles as any[]).some((role) => role.Ref === roleId))
    .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement as any[]);
};
/** Each route's function, with its route. */
const routeFunctions = () =>
  routes.map((route) => {
    const found = ofType('AWS::Lambda::Function').find(
      ([, f]) => f.Properties.Description === `${route.method} ${route.path} (functions/handlers/${route.handler}.ts)`,
    );
    expect(found, route.handler).toBeDefined();
    return { route, id: found![0], fn: found![1] };
  });
const single = (type: string) => {
  const found = ofType(type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
};

describe('the site', () => {
  it('is in private, encrypted, versioned buckets that refuse plain HTTP', () => {
    const buckets = ofType('AWS::S3::Bucket');
    expect(buckets.length).toBeGreaterThan(0);
    for (const [id, bucket] of buckets) {
      expect(bucket.Properties.PublicAccessBlockConfiguration, id).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm, id).toBe(
        'AES256',
      );
      expect(bucket.Properties.AccessControl, id).toBeUndefined();
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: id },
        PolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
        },
      });
    }
    const [siteId, site] = buckets.find(([, b]) => b.Properties.LoggingConfiguration)!;
    expect(site.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    // Only CloudFront, and only this distribution, may read the site bucket.
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: siteId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Action: 's3:GetObject',
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });

  it('is served by CloudFront with origin access control, over HTTPS only', () => {
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
    const [, distribution] = single('AWS::CloudFront::Distribution');
    const config = distribution.Properties.DistributionConfig;
    const s3Origin = config.Origins.find((o: any) => o.S3OriginConfig);
    expect(s3Origin.OriginAccessControlId).toBeDefined();
    expect(s3Origin.S3OriginConfig.OriginAccessIdentity).toBe('');
    for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors])
      expect(['redirect-to-https', 'https-only']).toContain(behavior.ViewerProtocolPolicy);
    expect(config.CustomErrorResponses).toEqual([
      expect.objectContaining({ ErrorCode: 403, ResponseCode: 404, ResponsePagePath: '/404.html' }),
    ]);
  });

  it("sends the security headers on every response, with a CSP that allows the site's inline scripts by hash", () => {
    const [policyId, policy] = single('AWS::CloudFront::ResponseHeadersPolicy');
    const headers = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp: string = headers.ContentSecurityPolicy.ContentSecurityPolicy;
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'", inlineScriptHash]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/'unsafe-eval'|\*|https?:/);
    expect(headers.ContentSecurityPolicy.Override).toBe(true);
    expect(headers.StrictTransportSecurity).toMatchObject({ AccessControlMaxAgeSec: 31_536_000, IncludeSubdomains: true, Override: true });
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.ReferrerPolicy.ReferrerPolicy).toBe('strict-origin-when-cross-origin');
    expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });

    const config = single('AWS::CloudFront::Distribution')[1].Properties.DistributionConfig;
    for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors])
      expect(behavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
  });

  it('sends /api/* and the page routes to the HTTP API, the rest to the bucket', () => {
    const config = single('AWS::CloudFront::Distribution')[1].Properties.DistributionConfig;
    const apiOrigin = config.Origins.find((o: any) => o.CustomOriginConfig);
    expect(JSON.stringify(apiOrigin.DomainName)).toContain('.execute-api.');
    expect(apiOrigin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
    const patterns = ['/api/*', ...pageRoutes().map((route) => pathPattern(route.path))];
    expect(pageRoutes().map((r) => r.path)).toEqual(
      expect.arrayContaining(['/arbetsgivare/avsiktsforklaring/skickad/', '/arbetsgivare/avsiktsforklaring/status/']),
    );
    expect(config.CacheBehaviors.map((b: any) => b.PathPattern).sort()).toEqual(patterns.sort());
    for (const behavior of config.CacheBehaviors) expect(behavior.TargetOriginId, behavior.PathPattern).toBe(apiOrigin.Id);
    expect(config.DefaultCacheBehavior.TargetOriginId).toBe(config.Origins.find((o: any) => o.S3OriginConfig).Id);
  });

  it('deploys the site folder given in context', () => {
    template.resourceCountIs('Custom::CDKBucketDeployment', 1);
    template.hasResourceProperties('Custom::CDKBucketDeployment', { Prune: true, DistributionPaths: ['/*'] });
  });
});

describe('the API', () => {
  it('has a function and an API route for every route in functions/routes.ts', () => {
    const functions = ofType('AWS::Lambda::Function').filter(([, f]) => f.Properties.Runtime?.startsWith('nodejs'));
    for (const route of routes) {
      const matching = functions.filter(
        ([, f]) => f.Properties.Description === `${route.method} ${route.path} (functions/handlers/${route.handler}.ts)`,
      );
      expect(matching, `${route.method} ${route.path}`).toHaveLength(1);
      const [functionId] = matching[0]!;
      const integrations = ofType('AWS::ApiGatewayV2::Integration').filter(
        ([, i]) => JSON.stringify(i.Properties.IntegrationUri) === JSON.stringify({ 'Fn::GetAtt': [functionId, 'Arn'] }),
      );
      expect(integrations, `integration of ${route.handler}`).toHaveLength(1);
      expect(integrations[0]![1].Properties.PayloadFormatVersion).toBe('2.0');
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: `${route.method} ${apiRoutePath(route.path)}`,
        Target: { 'Fn::Join': ['', ['integrations/', { Ref: integrations[0]![0] }]] },
      });
    }
    template.resourceCountIs('AWS::ApiGatewayV2::Route', routes.length);
  });

  it('runs every handler on Node 22, arm64, with its own log group with retention and the AWS settings only', () => {
    const handlers = ofType('AWS::Lambda::Function').filter(([, f]) => f.Properties.Description?.includes('functions/handlers/'));
    // The routes, the purge and the outbox sweeper.
    expect(handlers).toHaveLength(routes.length + 2);
    for (const [id, fn] of handlers) {
      expect(fn.Properties.Runtime, id).toBe('nodejs22.x');
      expect(fn.Properties.Architectures, id).toEqual(['arm64']);
      expect(fn.Properties.Handler, id).toBe('index.handler');
      const variables = fn.Properties.Environment.Variables;
      expect(Object.keys(variables), id).not.toContain('OUTBOX_DIR');
      expect(Object.keys(variables), id).not.toContain('DYNAMODB_ENDPOINT');
      expect(Object.keys(variables), id).not.toContain('SITE_DIR');
      expect(variables.TABLE_NAME, id).toBeDefined();
      const logGroup = resources[fn.Properties.LoggingConfig.LogGroup.Ref]!;
      expect(logGroup.Properties.RetentionInDays, id).toBeGreaterThan(0);
    }
    for (const [id, fn] of handlers.filter(([, f]) => !f.Properties.Description.includes(purgeHandler))) {
      // The routes count their rate limits in a table of their own; the outbox sweeper has none.
      const route = !fn.Properties.Description.includes(sweepHandler);
      expect(Object.keys(fn.Properties.Environment.Variables).sort(), id).toEqual([
        'MAIL_FROM',
        'NODE_OPTIONS',
        'PUBLIC_URL',
        ...(route ? ['RATE_LIMIT_TABLE_NAME'] : []),
        'SES_CONFIGURATION_SET',
        'SITE_URL',
        'TABLE_NAME',
      ]);
    }
  });

  it('bundles each handler as a minified ES module with a source map', () => {
    const fn = stack.node.findAll().find((c): c is HandlerFunction => c instanceof HandlerFunction)!;
    const asset = fn.function.node.findChild('Code') as Asset;
    const files = readdirSync(join(app.outdir, asset.assetPath));
    expect(files.sort()).toEqual(['index.mjs', 'index.mjs.map']);
    const code = readFileSync(join(app.outdir, asset.assetPath, 'index.mjs'), 'utf8');
    expect(code.startsWith(bundling.banner)).toBe(true);
    expect(code.trimEnd().endsWith('//# sourceMappingURL=index.mjs.map')).toBe(true);
    expect(code.length / code.split('\n').length, 'characters per line').toBeGreaterThan(1000);
  });

  it('throttles the stage, logs access without paths and allows CORS only from the listed origins', () => {
    const [, stage] = single('AWS::ApiGatewayV2::Stage');
    expect(stage.Properties.StageName).toBe('$default');
    expect(stage.Properties.DefaultRouteSettings).toEqual({
      ThrottlingRateLimit: apiThrottle.rateLimit,
      ThrottlingBurstLimit: apiThrottle.burstLimit,
    });
    expect(stage.Properties.AccessLogSettings.Format).toContain('$context.routeKey');
    expect(stage.Properties.AccessLogSettings.Format).not.toMatch(/\$context\.(path|resourcePath)/);
    const [, api] = single('AWS::ApiGatewayV2::Api');
    expect(api.Properties.CorsConfiguration.AllowOrigins).toEqual([otherOrigin]);
    expect(api.Properties.CorsConfiguration.AllowCredentials).toBeUndefined();
  });

  it('throttles each route the functions rate-limit (submissions, token and key checks) far below the stage, after the route exists', () => {
    const handlersDir = join(projectRoot, 'functions', 'handlers');
    const limited = readdirSync(handlersDir)
      .filter((file) => /\b(submissionsLimited|signInsLimited|checksLimited)\(/.test(readFileSync(join(handlersDir, file), 'utf8')))
      .map((file) => file.replace(/\.ts$/, ''));
    expect(limited).toEqual(expect.arrayContaining(['loi-submit', 'needs-submit', 'gaps-submit', 'loi-get', 'loi-confirm']));
    expect(Object.keys(routeThrottles).sort()).toEqual(limited.sort());

    const [stageId, stage] = single('AWS::ApiGatewayV2::Stage');
    const settings = stage.Properties.RouteSettings;
    const routeIds = Object.fromEntries(ofType('AWS::ApiGatewayV2::Route').map(([id, r]) => [r.Properties.RouteKey, id]));
    for (const route of routes) {
      const key = `${route.method} ${apiRoutePath(route.path)}`;
      if (!limited.includes(route.handler)) {
        expect(settings[key], key).toBeUndefined();
        continue;
      }
      expect(settings[key].ThrottlingRateLimit, key).toBeLessThanOrEqual(apiThrottle.rateLimit / 10);
      expect(settings[key].ThrottlingBurstLimit, key).toBeLessThanOrEqual(apiThrottle.burstLimit / 10);
      expect(resources[stageId]!.DependsOn ?? [], key).toContain(routeIds[key]);
    }
  });
});

describe('the data', () => {
  it('is one on-demand table as functions/store/table.ts describes it, with PITR, deletion protection, encryption and TTL', () => {
    const [, table] = single('AWS::DynamoDB::GlobalTable');
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties.KeySchema).toEqual([
      { AttributeName: tableDescription.partitionKey, KeyType: 'HASH' },
      { AttributeName: tableDescription.sortKey, KeyType: 'RANGE' },
    ]);
    expect(table.Properties.SSESpecification).toEqual({ SSEEnabled: true, SSEType: 'KMS' });
    expect(table.Properties.TimeToLiveSpecification).toEqual({ AttributeName: tableDescription.ttlAttribute, Enabled: true });
    const indexes: IndexDescription[] = Object.values(tableDescription.indexes);
    const definition = tableDefinition();
    expect(table.Properties.GlobalSecondaryIndexes).toEqual(definition.GlobalSecondaryIndexes);
    expect(table.Properties.GlobalSecondaryIndexes.map((index: { IndexName: string }) => index.IndexName)).toEqual(
      indexes.map((index) => index.name),
    );
    expect(table.Properties.AttributeDefinitions).toEqual(definition.AttributeDefinitions);
    for (const index of indexes)
      expect(table.Properties.AttributeDefinitions).toContainEqual({ AttributeName: index.sortKey, AttributeType: index.sortKeyType });
    const [replica] = table.Properties.Replicas;
    expect(replica.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(replica.DeletionProtectionEnabled).toBe(true);
    template.hasResource('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it("keeps the rate limits' counters in an on-demand, encrypted table of their own with TTL, which the routes may only update", () => {
    const [tableId, table] = single('AWS::DynamoDB::Table');
    expect(table.Properties.KeySchema).toEqual([{ AttributeName: rateLimitTable.partitionKey, KeyType: 'HASH' }]);
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties.SSESpecification).toEqual({ SSEEnabled: true });
    expect(table.Properties.TimeToLiveSpecification).toEqual({ AttributeName: rateLimitTable.ttlAttribute, Enabled: true });
    const onCounters = (statements: any[]) => statements.filter((s) => JSON.stringify(s.Resource).includes(tableId));
    for (const { id, fn } of routeFunctions()) {
      expect(fn.Properties.Environment.Variables.RATE_LIMIT_TABLE_NAME, id).toEqual({ Ref: tableId });
      const granted = onCounters(grantedTo(fn));
      expect(granted, id).toHaveLength(1);
      expect(granted[0].Action, id).toBe('dynamodb:UpdateItem');
    }
    const everywhere = onCounters(ofType('AWS::IAM::Policy').flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement as any[]));
    for (const statement of everywhere) expect(statement.Action).toBe('dynamodb:UpdateItem');
  });

  it.each([
    { job: 'has due deliveries sent every minute', handler: sweepHandler, schedule: 'rate(1 minute)' },
    { job: 'is purged of expired personal data every hour', handler: purgeHandler, schedule: 'rate(1 hour)' },
  ])('$job', ({ handler, schedule }) => {
    const [functionId] = ofType('AWS::Lambda::Function').find(([, f]) =>
      f.Properties.Description?.includes(`functions/handlers/${handler}.ts`),
    )!;
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: schedule,
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [functionId, 'Arn'] } })],
    });
  });
});

describe('permissions', () => {
  const statements = () =>
    ofType('AWS::IAM::Policy').flatMap(([id, policy]) =>
      (policy.Properties.PolicyDocument.Statement as any[]).map((statement) => ({ id, ...statement })),
    );
  const list = (value: unknown) => (Array.isArray(value) ? value : [value]);

  it('grant no action wildcards and nothing on the table with a wildcard resource', () => {
    expect(ofType('AWS::IAM::Role').every(([, role]) => !role.Properties.Policies)).toBe(true);
    for (const statement of statements()) {
      for (const action of list(statement.Action)) expect(action, statement.id).not.toMatch(/^\*$|:\*$/);
      if (list(statement.Action).some((action: string) => action.startsWith('dynamodb:'))) {
        expect(statement.Effect).toBe('Allow');
        for (const resource of list(statement.Resource)) expect(JSON.stringify(resource), statement.id).not.toContain('*');
      }
    }
  });

  it('let a route query only the indexes routes.ts names for it', () => {
    const indexQueries = statements().filter((s) => list(s.Action).includes('dynamodb:Query'));
    const resources = JSON.stringify(indexQueries.map((s) => s.Resource));
    for (const route of routes.filter((r) => r.queries))
      for (const index of route.queries!) expect(resources).toContain(`/index/${tableDescription.indexes[index].name}`);
    expect(resources).not.toContain(`/index/${tableDescription.indexes.unroutedByTime.name}`);
    // A query of the table itself is one of the inbox partitions only.
    for (const statement of indexQueries)
      for (const resource of list(statement.Resource))
        if (!JSON.stringify(resource).includes('/index/'))
          expect(statement.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['INBOX#*'] } });
    // Each route's function may query exactly the indexes its route names, and the inbox partitions only if it lists inboxes.
    for (const { route, id, fn } of routeFunctions()) {
      const queries = grantedTo(fn).filter((s) => list(s.Action).includes('dynamodb:Query'));
      const indexes = queries.flatMap((s) => list(s.Resource)).flatMap((r) => /\/index\/([\w-]+)/.exec(JSON.stringify(r))?.[1] ?? []);
      expect(indexes.sort(), id).toEqual((route.queries ?? []).map((index) => tableDescription.indexes[index].name).sort());
      expect(
        queries.some((s) => s.Condition),
        id,
      ).toBe(route.queriesInbox === true);
    }
  });

  it('grant exactly the table operations the store uses', () => {
    const commands: Record<string, string> = {
      Get: 'GetItem',
      Put: 'PutItem',
      Update: 'UpdateItem',
      Delete: 'DeleteItem',
      Query: 'Query',
      Scan: 'Scan',
      BatchGet: 'BatchGetItem',
      BatchWrite: 'BatchWriteItem',
      TransactGet: 'TransactGetItems',
      TransactWrite: 'TransactWriteItems',
    };
    const storeDir = join(projectRoot, 'functions', 'store');
    const used = new Set<string>();
    // embedded.ts creates the table of the local runtime; it never runs on AWS.
    for (const file of readdirSync(storeDir).filter((f) => f.endsWith('.ts') && f !== 'embedded.ts'))
      for (const [, name] of readFileSync(join(storeDir, file), 'utf8').matchAll(/new (\w+)Command\(/g))
        used.add(`dynamodb:${commands[name!] ?? name}`);
    const granted = new Set(
      statements()
        .flatMap((s) => list(s.Action))
        .filter((action: string) => action.startsWith('dynamodb:')),
    );
    expect([...granted].sort()).toEqual([...used].sort());
  });

  it('let the functions send mail only as the portal, through its configuration set', () => {
    const isSes = (s: any) => list(s.Action).some((action: string) => action.startsWith('ses:'));
    const sweeper = ofType('AWS::Lambda::Function').find(([, f]) =>
      f.Properties.Description?.includes(`functions/handlers/${sweepHandler}.ts`),
    )!;
    // The routes and the outbox sweeper send mail, the purge does not.
    for (const [id, fn] of [...routeFunctions().map(({ id, fn }) => [id, fn] as const), sweeper])
      expect(grantedTo(fn).filter(isSes), id).toHaveLength(1);
    for (const statement of statements().filter(isSes)) {
      expect(list(statement.Action).sort()).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
      const resources = JSON.stringify(statement.Resource);
      expect(resources).toContain(':identity/');
      expect(resources).toContain(':configuration-set/');
      expect(resources).not.toContain('*');
    }
  });
});

describe('mail and alarms', () => {
  it('has an SES identity and a configuration set whose failures reach the encrypted alarm topic', () => {
    const [topicId, topic] = single('AWS::SNS::Topic');
    expect(topic.Properties.KmsMasterKeyId).toBeDefined();
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'arbetsmarknadsinsatser.example' });
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: { MatchingEventTypes: Match.arrayWith(['bounce', 'reject']), SnsDestination: { TopicARN: { Ref: topicId } } },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'ses.amazonaws.com' }, Action: 'sns:Publish' })]),
      },
    });
  });

  it('raises alarms on API 5xx, function errors and throttles and failed mail, to the topic', () => {
    const [topicId] = single('AWS::SNS::Topic');
    const alarms = ofType('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
    expect(alarms.filter((a) => a.Namespace === 'AWS/ApiGateway' && a.MetricName === '5xx')).toHaveLength(1);
    expect(alarms.filter((a) => a.Namespace === 'AWS/Lambda' && a.MetricName === 'Errors')).toHaveLength(routes.length + 2);
    expect(alarms.filter((a) => a.Namespace === 'AWS/Lambda' && a.MetricName === 'Throttles')).toHaveLength(routes.length + 2);
    expect(alarms.filter((a) => JSON.stringify(a.Metrics ?? '').includes('"AWS/SES"'))).toHaveLength(1);
    expect(alarms.filter((a) => a.MetricName === 'MailSendFailed')).toHaveLength(1);
  });

  it('counts the log line the functions write when SES refuses a message', () => {
    template.hasResourceProperties('AWS::Logs::MetricFilter', { FilterPattern: `"${mailFailedLogMessage}"` });
    const sources = readdirSync(join(projectRoot, 'functions'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    const logging = sources.filter((f) =>
      readFileSync(join(projectRoot, 'functions', f), 'utf8').includes(`message: '${mailFailedLogMessage}'`),
    );
    expect(logging.length).toBeGreaterThan(0);
  });
});

describe('an update of a deployed stack', () => {
  it('keeps the logical ids of the table, the buckets, the distribution, the API, mail and the alarm topic, so none is replaced', () => {
    const kept: Record<string, string[]> = {
      'AWS::DynamoDB::GlobalTable': ['TableCD117FA1'],
      'AWS::S3::Bucket': ['AccessLogs8B620ECA', 'SiteE53D7754'],
      'AWS::CloudFront::Distribution': ['Distribution830FAC52'],
      'AWS::ApiGatewayV2::Api': ['ApiF70053CD'],
      'AWS::SES::EmailIdentity': ['MailIdentity4365A1C5'],
      'AWS::SES::ConfigurationSet': ['MailConfigurationSet8758ADB0'],
      'AWS::SNS::Topic': ['Alarms04B5A0BF'],
      'AWS::KMS::Key': ['AlarmTopicKey57B0D3A7'],
    };
    for (const [type, ids] of Object.entries(kept))
      expect(
        ofType(type)
          .map(([id]) => id)
          .sort(),
        type,
      ).toEqual(ids);
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('finds no unacknowledged errors', () => {
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
    // cdk-nag 3 reports through the validation plugin rather than annotations: ask it directly too.
    const errors = new AwsSolutionsChecks().validateScope(app).violations.filter((v) => v.severity === 'error');
    expect(errors.map((v) => `${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
  });

  it('has a reason for every acknowledgement', () => {
    const acknowledged: [string, string][] = [];
    const visit = (construct: IConstruct) => {
      for (const entry of construct.node.metadata)
        if (entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
          acknowledged.push(...Object.entries(entry.data as Record<string, string>));
      construct.node.children.forEach(visit);
    };
    visit(app);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const [id, reason] of acknowledged) expect(reason.trim().length, id).toBeGreaterThan(30);
  });
});
