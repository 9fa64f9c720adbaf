/**
 * The portal on AWS: the built site in a private bucket behind CloudFront, the routes of
 * functions/routes.ts as one Lambda function each behind an HTTP API (CloudFront sends /api/* and
 * the page routes there), the one DynamoDB table, SES for mail, and alarms to an SNS topic.
 */
import { Annotations, CfnOutput, DefaultStackSynthesizer, Duration, RemovalPolicy, Stack, Token, Validations, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
  type BehaviorOptions,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Alarm, ComparisonOperator, MathExpression, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { AttributeType, Billing, type CfnGlobalTable, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { FilterPattern, LogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import {
  CloudWatchDimensionSource,
  ConfigurationSet,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { routes } from '../functions/routes.ts';
import { table as tableDescription, tableDefinition } from '../functions/store/table.ts';
import { HandlerFunction, logRetention, purgeHandler, retryHandler } from './handler-function.ts';
import { placeholderSiteDir, type PortalSettings } from './settings.ts';
import { contentSecurityPolicy, pageRouteRequestFunctionCode, siteRequestFunctionCode } from './site-policy.ts';

/**
 * The table operations of the store (functions/store/), per kind of function. A new operation
 * in the store needs its action here; the infra test compares the two.
 */
export const tableAccess = {
  /** Every route reads, creates and conditionally updates single items. */
  routes: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  /** A route that reads an index (its `queries` in routes.ts) queries it. */
  routeIndexes: ['dynamodb:Query'],
  /** The purge finds expired items by the expiring-by-time index and deletes them one by one. */
  purge: { table: ['dynamodb:DeleteItem'], expiringIndex: ['dynamodb:Query'] },
  /** The retry job finds due deliveries by their index, reads each signal and records each delivery. */
  retry: { table: ['dynamodb:GetItem', 'dynamodb:UpdateItem'], dueIndex: ['dynamodb:Query'] },
} as const;

/** What the functions log when SES refuses a message (functions/domain/loi.ts); a metric counts it. */
export const mailFailedLogMessage = 'mail failed';

/** Per-stage limits of the API: far above the portal's expected traffic, low enough to cap a flood's cost. */
export const apiThrottle = { rateLimit: 100, burstLimit: 200 };

/** The HTTP API path of a route: API Gateway refuses a trailing slash, which the site's page addresses have. */
export const apiRoutePath = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path);

/** Routes outside /api/ are pages rendered by their function; CloudFront sends them to the API too. */
export const pageRoutes = () => routes.filter((route) => !route.path.startsWith('/api/'));

/** The CloudFront path pattern of a page route: its {placeholders} become wildcards. */
export const pathPattern = (path: string) => path.replace(/\{[^}]+\}/g, '*');

const pascal = (name: string) => name.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase());

export interface PortalStackProps extends StackProps {
  settings: PortalSettings;
}

export class PortalStack extends Stack {
  constructor(scope: Construct, id: string, props: PortalStackProps) {
    super(scope, id, props);
    const { settings } = props;
    if (settings.siteDir === placeholderSiteDir)
      Annotations.of(this).addWarningV2('portal:placeholder-site', 'No built site in dist/: a placeholder page is deployed. Run `npm run build` first.');

    // --- Alarms: one encrypted topic that CloudWatch alarms and SES delivery events publish to.
    const alarmKey = new Key(this, 'AlarmTopicKey', { description: `Encrypts the alarm topic of the portal (${settings.stage})`, enableKeyRotation: true });
    // The AWS managed SNS key cannot be used by CloudWatch alarms or SES, so the topic has its own key.
    alarmKey.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com'), new ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    );
    const alarmTopic = new Topic(this, 'Alarms', { displayName: `Arbetsmarknadsinsatser ${settings.stage}: larm`, masterKey: alarmKey, enforceSSL: true });
    if (settings.alarmEmail) alarmTopic.addSubscription(new EmailSubscription(settings.alarmEmail));
    const alarmOn = (id: string, metric: IMetric, description: string) => {
      const alarm = new Alarm(this, id, {
        metric,
        alarmDescription: description,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(new SnsAction(alarmTopic));
    };

    // --- Data: the table as functions/store/table.ts describes it.
    const table = new TableV2(this, 'Table', {
      partitionKey: { name: tableDescription.partitionKey, type: AttributeType.STRING },
      sortKey: { name: tableDescription.sortKey, type: AttributeType.STRING },
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryptionV2.awsManagedKey(),
      timeToLiveAttribute: tableDescription.ttlAttribute,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // The indexes and their keys' types in the very definition the embedded store creates its table from.
    const { AttributeDefinitions, GlobalSecondaryIndexes } = tableDefinition();
    (table.node.defaultChild as CfnGlobalTable).addPropertyOverride('AttributeDefinitions', AttributeDefinitions);
    (table.node.defaultChild as CfnGlobalTable).addPropertyOverride('GlobalSecondaryIndexes', GlobalSecondaryIndexes);
    const indexArn = (index: keyof typeof tableDescription.indexes) => `${table.tableArn}/index/${tableDescription.indexes[index].name}`;

    // --- Site: a private bucket; CloudFront reads it with origin access control.
    const logsBucket = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // No ACLs: S3 delivers its access logs under a bucket policy.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(30) }],
    });
    Validations.of(logsBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the bucket that receives the access logs; logging its own access would log into itself.',
    });
    const siteBucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      serverAccessLogsBucket: logsBucket,
      serverAccessLogsPrefix: 'site-bucket/',
    });

    // --- API: created before the distribution, which needs its address; its routes come later.
    const api = new HttpApi(this, 'Api', {
      description: `Arbetsmarknadsinsatser ${settings.stage}: the API and the pages rendered on request`,
      createDefaultStage: false,
      // The site calls the API on its own origin through CloudFront; other origins only when listed.
      corsPreflight: settings.allowedOrigins.length
        ? {
            allowOrigins: settings.allowedOrigins,
            allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
            allowHeaders: ['authorization', 'content-type', 'idempotency-key'],
            exposeHeaders: ['location', 'retry-after'],
            maxAge: Duration.hours(1),
          }
        : undefined,
    });
    Validations.of(api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Employers have no accounts: submitting an LOI or a needs signal is open to anyone (validated, throttled, idempotent), their own routes and pages check the token of the private link in the handler, gap reports check the supplier\'s key in the handler, and the statistics are public.',
    });
    const stage = new HttpStage(this, 'ApiStage', {
      httpApi: api,
      autoDeploy: true,
      throttle: apiThrottle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(new LogGroup(this, 'ApiAccessLogs', { retention: logRetention })),
        // The route key, not the path or query: an LOI's id and its private link's token stay out of the logs.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            route: '$context.routeKey',
            status: '$context.status',
            bytes: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });

    // --- CloudFront: the site from the bucket; /api/* and the page routes from the HTTP API.
    const securityHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: `Arbetsmarknadsinsatser ${settings.stage}: security headers`,
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(settings.siteDir), override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        // Not overriding: a page behind a private link answers with a stricter no-referrer of its own.
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: false },
      },
      customHeadersBehavior: {
        // The portal uses none of these browser features, so no page can be made to.
        customHeaders: [{ header: 'Permissions-Policy', value: 'camera=(), geolocation=(), microphone=(), payment=()', override: true }],
      },
    });
    const apiOrigin = new HttpOrigin(`${api.apiId}.execute-api.${this.region}.${this.urlSuffix}`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
    });
    const fromApi = {
      origin: apiOrigin,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      // Everything the handlers read (query, Authorization, Idempotency-Key), but the Host API Gateway routes by.
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: securityHeaders,
    } satisfies Partial<BehaviorOptions>;
    const pageRouteRequest = new EdgeFunction(this, 'PageRouteRequest', {
      code: FunctionCode.fromInline(pageRouteRequestFunctionCode),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Page route address to HTTP API route path',
    });
    const additionalBehaviors: Record<string, BehaviorOptions> = {
      // A POST must not be redirected (the body would be lost): plain HTTP is refused instead.
      '/api/*': { ...fromApi, allowedMethods: AllowedMethods.ALLOW_ALL, viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY },
    };
    for (const route of pageRoutes())
      additionalBehaviors[pathPattern(route.path)] = {
        ...fromApi,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        functionAssociations: [{ function: pageRouteRequest, eventType: FunctionEventType.VIEWER_REQUEST }],
      };
    const certificate = settings.certificateArn ? Certificate.fromCertificateArn(this, 'Certificate', settings.certificateArn) : undefined;
    const distribution = new Distribution(this, 'Distribution', {
      comment: `Arbetsmarknadsinsatser ${settings.stage}`,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(siteBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        compress: true,
        responseHeadersPolicy: securityHeaders,
        functionAssociations: [
          {
            function: new EdgeFunction(this, 'SiteRequest', {
              code: FunctionCode.fromInline(siteRequestFunctionCode),
              runtime: FunctionRuntime.JS_2_0,
              comment: 'Folder addresses to index.html, the kommun form to its page',
            }),
            eventType: FunctionEventType.VIEWER_REQUEST,
          },
        ],
      },
      additionalBehaviors,
      // The bucket answers 403 for a missing object (CloudFront may not list it). Error pages apply
      // to every behaviour, so only 403 is mapped: the API's own 404 problems must reach the client.
      errorResponses: [{ httpStatus: 403, responseHttpStatus: 404, responsePagePath: '/404.html', ttl: Duration.minutes(1) }],
      httpVersion: HttpVersion.HTTP2_AND_3,
      // North America and Europe: the portal's visitors are in Sweden.
      priceClass: PriceClass.PRICE_CLASS_100,
      ...(certificate && settings.domainName
        ? { certificate, domainNames: [settings.domainName], minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021 }
        : {}),
    });
    Validations.of(distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason: 'A public service for everyone in Sweden, including people abroad (e.g. moving back); no country is to be shut out.',
    });
    Validations.of(distribution).acknowledge({
      id: 'AwsSolutions-CFR3',
      reason:
        'CloudFront standard logs record every query string, and the private links to an LOI carry their token in the query; the portal keeps only hashes of tokens. The API access logs (route, status, no query) and the metrics and alarms cover operations.',
    });
    Validations.of(distribution).acknowledge({
      id: 'AwsSolutions-CFR2',
      reason:
        'A WAF web ACL for CloudFront must live in us-east-1 and is managed outside this regional stack; the API is throttled per stage and validates every request.',
    });
    if (!certificate)
      Validations.of(distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a domain of its own the distribution uses the default *.cloudfront.net certificate, whose TLS versions CloudFront sets; with domainName and certificateArn it requires TLS 1.2 (2021 policy).',
      });
    const siteUrl = settings.domainName ? `https://${settings.domainName}` : `https://${distribution.distributionDomainName}`;

    const deploymentLogs = new LogGroup(this, 'SiteDeploymentLogs', { retention: logRetention });
    // A role of its own rather than the AWS managed basic execution role, which may write to every log group.
    const deploymentRole = new Role(this, 'SiteDeploymentRole', { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), description: 'Copies the built site into the site bucket' });
    deploymentLogs.grantWrite(deploymentRole);
    new BucketDeployment(this, 'DeploySite', {
      sources: [Source.asset(settings.siteDir)],
      destinationBucket: siteBucket,
      distribution,
      distributionPaths: ['/*'],
      prune: true,
      memoryLimit: 512,
      logGroup: deploymentLogs,
      role: deploymentRole,
    });
    // The findings name resources as cdk-nag renders them: tokens as <Ref> and <LogicalId.Attribute>.
    const siteObjects = `Resource::<${this.getLogicalId(siteBucket.node.defaultChild as CfnBucket)}.Arn>/*`;
    const qualifier = this.synthesizer.bootstrapQualifier ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
    const account = Token.isUnresolved(this.account) ? '<AWS::AccountId>' : this.account;
    const region = Token.isUnresolved(this.region) ? '<AWS::Region>' : this.region;
    const assetObjects = `Resource::arn:<AWS::Partition>:s3:::cdk-${qualifier}-assets-${account}-${region}/*`;
    const deploymentGrants: Record<string, string> = {
      'Action::s3:GetObject*': 'Reads the uploaded site archive from the CDK asset bucket and compares with the site bucket (BucketDeployment grant).',
      'Action::s3:GetBucket*': 'Reads the asset and site buckets\' location and settings to copy between them (BucketDeployment grant).',
      'Action::s3:List*': 'Lists the site bucket to find the files a new build no longer has (prune).',
      'Action::s3:DeleteObject*': 'Deletes the files a new build no longer has (prune).',
      'Action::s3:Abort*': 'Aborts its own multipart uploads of large files when a copy fails.',
      [siteObjects]: 'Writes any file of the built site: the objects of the site bucket are its whole purpose.',
      [assetObjects]: 'The site archive is a CDK asset with a content-hashed name in the bootstrap asset bucket.',
      'Resource::*': 'cloudfront:CreateInvalidation and GetInvalidation after the copy; BucketDeployment grants them on every distribution.',
    };
    for (const [finding, reason] of Object.entries(deploymentGrants)) Validations.of(deploymentRole).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
    // BucketDeployment's copying function is a singleton at the stack's root, created by the construct.
    for (const child of this.node.children.filter((c) => c.node.id.startsWith('Custom::CDKBucketDeployment')))
      Validations.of(child).acknowledge({ id: 'AwsSolutions-L1', reason: 'The runtime of the copying function is chosen by aws-cdk-lib\'s BucketDeployment and moves with it.' });

    // --- Mail: SES sends from the mail domain; failures go to the alarm topic and a metric.
    const configurationSetName = `arbetsmarknadsinsatser-${settings.stage}`;
    const configurationSet = new ConfigurationSet(this, 'MailConfigurationSet', { configurationSetName, reputationMetrics: true });
    const failureEvents = [EmailSendingEvent.BOUNCE, EmailSendingEvent.REJECT, EmailSendingEvent.RENDERING_FAILURE];
    configurationSet.addEventDestination('FailuresToAlarmTopic', {
      destination: EventDestination.snsTopic(alarmTopic),
      events: failureEvents,
    });
    configurationSet.addEventDestination('FailuresToMetrics', {
      destination: EventDestination.cloudWatchDimensions([
        { name: 'ses:configuration-set', source: CloudWatchDimensionSource.MESSAGE_TAG, defaultValue: configurationSetName },
      ]),
      events: failureEvents,
    });
    const mailIdentity = new EmailIdentity(this, 'MailIdentity', { identity: Identity.domain(settings.mailDomain), configurationSet });
    const mailResources = [mailIdentity.emailIdentityArn, this.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: configurationSetName })];
    const sesMetric = (metricName: string) =>
      new Metric({ namespace: 'AWS/SES', metricName, dimensionsMap: { 'ses:configuration-set': configurationSetName }, statistic: 'Sum', period: Duration.minutes(5) });
    alarmOn(
      'MailDeliveryFailedAlarm',
      new MathExpression({
        expression: 'bounce + reject + rendering',
        usingMetrics: { bounce: sesMetric('Bounce'), reject: sesMetric('Reject'), rendering: sesMetric('RenderingFailure') },
        period: Duration.minutes(5),
        label: 'Messages SES did not deliver',
      }),
      'SES could not deliver a message of the portal (bounce, reject or rendering failure): an LOI may not have reached its recipient.',
    );
    const mailFailedMetric = new Metric({ namespace: `Arbetsmarknadsinsatser/${settings.stage}`, metricName: 'MailSendFailed', statistic: 'Sum', period: Duration.minutes(5) });
    alarmOn('MailSendFailedAlarm', mailFailedMetric, 'A function could not hand a message to SES (logged as "mail failed"); the LOI records the failed delivery.');

    // --- Functions: one per route, behind the HTTP API.
    const routeEnvironment = {
      TABLE_NAME: table.tableName,
      PUBLIC_URL: siteUrl,
      SITE_URL: siteUrl,
      MAIL_FROM: settings.mailFrom,
      SES_CONFIGURATION_SET: configurationSetName,
    };
    const countMailFailures = (fn: HandlerFunction) =>
      new MetricFilter(this, `${fn.node.id}MailFailed`, {
        logGroup: fn.logGroup,
        filterPattern: FilterPattern.literal(`"${mailFailedLogMessage}"`),
        metricNamespace: mailFailedMetric.namespace,
        metricName: mailFailedMetric.metricName,
        metricValue: '1',
      });
    const functions: HandlerFunction[] = [];
    for (const route of routes) {
      const fn = new HandlerFunction(this, pascal(route.handler), {
        handler: route.handler,
        description: `${route.method} ${route.path} (functions/handlers/${route.handler}.ts)`,
        environment: routeEnvironment,
      });
      fn.role.addToPolicy(new PolicyStatement({ actions: [...tableAccess.routes], resources: [table.tableArn] }));
      if (route.queries) fn.role.addToPolicy(new PolicyStatement({ actions: [...tableAccess.routeIndexes], resources: route.queries.map(indexArn) }));
      // Which handlers send mail is not in the route list; the grant is confined to the portal's sender instead.
      fn.role.addToPolicy(new PolicyStatement({ actions: ['ses:SendEmail', 'ses:SendRawEmail'], resources: mailResources }));
      countMailFailures(fn);
      api.addRoutes({
        path: apiRoutePath(route.path),
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${pascal(route.handler)}Integration`, fn.function),
      });
      functions.push(fn);
    }

    // --- The hourly purge of expired personal data (TTL deletes too, but only within about two days).
    const purge = new HandlerFunction(this, pascal(purgeHandler), {
      handler: purgeHandler,
      description: `Hourly: deletes expired personal data (functions/handlers/${purgeHandler}.ts)`,
      environment: { TABLE_NAME: table.tableName },
      timeout: Duration.minutes(5),
      memorySize: 256,
    });
    purge.role.addToPolicy(new PolicyStatement({ actions: [...tableAccess.purge.table], resources: [table.tableArn] }));
    purge.role.addToPolicy(new PolicyStatement({ actions: [...tableAccess.purge.expiringIndex], resources: [indexArn('expiringByTime')] }));
    new Rule(this, 'PurgeSchedule', {
      description: 'Deletes expired personal data every hour',
      schedule: Schedule.rate(Duration.hours(1)),
      targets: [new LambdaFunction(purge.function, { retryAttempts: 2 })],
    });
    functions.push(purge);

    // --- Deliveries of signals that failed, tried again every five minutes (with a growing wait per recipient).
    const retry = new HandlerFunction(this, pascal(retryHandler), {
      handler: retryHandler,
      description: `Every five minutes: tries failed deliveries again (functions/handlers/${retryHandler}.ts)`,
      environment: routeEnvironment,
      timeout: Duration.minutes(2),
      memorySize: 256,
    });
    retry.role.addToPolicy(new PolicyStatement({ actions: [...tableAccess.retry.table], resources: [table.tableArn] }));
    retry.role.addToPolicy(new PolicyStatement({ actions: [...tableAccess.retry.dueIndex], resources: [indexArn('deliveriesDueByTime')] }));
    retry.role.addToPolicy(new PolicyStatement({ actions: ['ses:SendEmail', 'ses:SendRawEmail'], resources: mailResources }));
    countMailFailures(retry);
    new Rule(this, 'RetrySchedule', {
      description: 'Tries failed deliveries of signals again every five minutes',
      schedule: Schedule.rate(Duration.minutes(5)),
      targets: [new LambdaFunction(retry.function, { retryAttempts: 2 })],
    });
    functions.push(retry);

    // --- Alarms on the API and the functions.
    alarmOn('Api5xxAlarm', stage.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }), 'The API answered with a 5xx status.');
    for (const fn of functions) {
      const name = fn.node.id;
      alarmOn(`${name}ErrorsAlarm`, fn.function.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }), `${name} failed (an error, a timeout or a crash).`);
      alarmOn(`${name}ThrottlesAlarm`, fn.function.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }), `${name} was throttled: the account's concurrency is used up.`);
    }

    new CfnOutput(this, 'SiteUrl', { value: siteUrl });
    new CfnOutput(this, 'DistributionDomainName', { value: distribution.distributionDomainName, description: 'Point the domain (CNAME or alias) here' });
    new CfnOutput(this, 'ApiEndpoint', { value: api.apiEndpoint });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'AlarmTopicArn', { value: alarmTopic.topicArn });
    mailIdentity.dkimRecords.forEach((record, i) =>
      new CfnOutput(this, `MailDkimRecord${i + 1}`, { value: `${record.name} CNAME ${record.value}`, description: `DNS record ${i + 1} of 3 that lets SES sign mail for ${settings.mailDomain}` }),
    );
  }
}
