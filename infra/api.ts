/**
 * The API: an HTTP API with one Lambda function per entry of functions/routes.ts, throttled per
 * stage and per route, logged without paths.
 */
import { Duration, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination, type CfnStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { routes, type Route } from '../functions/routes.ts';
import type { Alarms } from './alarms.ts';
import { tableAccess, type Data } from './data.ts';
import { FunctionGrants, HandlerFunction, logRetention, pascal } from './handler-function.ts';
import type { Mail } from './mail.ts';
import type { PortalSettings } from './settings.ts';

/** Per-stage limits of the API: far above the portal's expected traffic, low enough to cap a flood's cost. */
export const apiThrottle = { rateLimit: 100, burstLimit: 200 };

const submissionThrottle = { rateLimit: 5, burstLimit: 10 };
const checkThrottle = { rateLimit: 10, burstLimit: 20 };

/**
 * Per route, by handler: the routes that store a submission or check a token or key, which the
 * functions' rate limits guard too (functions/http/rate-limit.ts), get a small share of the
 * stage's limits, so that a flood of them leaves the reads and pages their share. All of Sweden's
 * submissions are a few a minute. The limits are for all clients together: the table's limits
 * are the ones per client address and per target.
 */
export const routeThrottles: Record<string, typeof apiThrottle> = {
  'loi-submit': submissionThrottle,
  'needs-submit': submissionThrottle,
  'gaps-submit': submissionThrottle,
  'complaints-submit': submissionThrottle,
  'loi-get': checkThrottle,
  'loi-confirm': checkThrottle,
  'loi-withdraw': checkThrottle,
  'loi-status-page': checkThrottle,
  'loi-withdraw-page': checkThrottle,
  'needs-confirm': checkThrottle,
  'needs-confirm-page': checkThrottle,
  'staff-sign-in-link': submissionThrottle,
  'staff-link-page': checkThrottle,
  'staff-session-start': checkThrottle,
};

/** The HTTP API path of a route: API Gateway refuses a trailing slash, which the site's page addresses have. */
export const apiRoutePath = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path);

/** What the portal's functions are given: the table, mail, alarms and their settings. */
export interface FunctionNeeds {
  data: Data;
  mail: Mail;
  alarms: Alarms;
  environment: Record<string, string>;
}

export class Api extends Construct {
  readonly httpApi: HttpApi;
  private readonly stage: HttpStage;

  /** The API without its routes: the distribution needs its address, and the routes need the distribution's. */
  constructor(scope: Construct, id: string, settings: PortalSettings, alarms: Alarms) {
    super(scope, id);
    this.httpApi = new HttpApi(this, 'Api', {
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
    Validations.of(this.httpApi).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        "Employers have no accounts: submitting an LOI or a needs signal is open to anyone (validated, throttled, idempotent), their own routes and pages check the token of the private link in the handler, gap reports check the supplier's key in the handler, staff routes check the session cookie in the handler (signing in is open, by a mailed one-time link), and the statistics are public.",
    });
    this.stage = new HttpStage(this, 'ApiStage', {
      httpApi: this.httpApi,
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
    alarms.alarmOn(
      'Api5xxAlarm',
      this.stage.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }),
      'The API answered with a 5xx status.',
    );
  }

  /**
   * One function per route, behind the API, with what its handler needs and no more. Routes that
   * query the same indexes are granted the same, and share a role and a log group.
   */
  addRoutes({ data, mail, alarms, environment }: FunctionNeeds) {
    const routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};
    const grantsOf = new Map<string, FunctionGrants>();
    const grantsFor = (route: Route): FunctionGrants => {
      const queries = [...(route.queries ?? [])].sort();
      const name = `Routes${route.queriesInbox ? 'Inbox' : ''}${queries.map((q) => q[0]!.toUpperCase() + q.slice(1)).join('')}`;
      const found = grantsOf.get(name);
      if (found) return found;
      const grants = new FunctionGrants(
        this,
        name,
        `Routes that read and write the table${queries.length > 0 ? `, query ${queries.join(', ')}` : ''}${route.queriesInbox ? ' and list inboxes' : ''}`,
      );
      data.grantItems(grants.role, tableAccess.routes);
      data.grantRateLimits(grants.role);
      if (queries.length > 0) data.grantIndexes(grants.role, tableAccess.routeIndexes, queries);
      if (route.queriesInbox) data.grantInboxQuery(grants.role);
      // Which handlers send mail is not in the route list; the grant is confined to the portal's sender instead.
      mail.sendFrom(grants);
      grantsOf.set(name, grants);
      return grants;
    };
    for (const route of routes) {
      const fn = new HandlerFunction(this, pascal(route.handler), {
        handler: route.handler,
        description: `${route.method} ${route.path} (functions/handlers/${route.handler}.ts)`,
        environment: { ...environment, RATE_LIMIT_TABLE_NAME: data.rateLimits.tableName },
        grants: grantsFor(route),
      });
      const httpRoutes = this.httpApi.addRoutes({
        path: apiRoutePath(route.path),
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${pascal(route.handler)}Integration`, fn.function),
      });
      const throttle = routeThrottles[route.handler];
      if (throttle) {
        routeSettings[`${route.method} ${apiRoutePath(route.path)}`] = {
          ThrottlingRateLimit: throttle.rateLimit,
          ThrottlingBurstLimit: throttle.burstLimit,
        };
        // A stage's setting for a route that does not exist yet is refused.
        this.stage.node.addDependency(...httpRoutes);
      }
      alarms.watch(fn);
    }
    (this.stage.node.defaultChild as CfnStage).routeSettings = routeSettings;
  }
}
