/**
 * The site: the built site in a private, encrypted bucket behind CloudFront (origin access
 * control, HTTPS only, the security headers of site-policy.ts); CloudFront sends /api/* and the
 * page routes to the HTTP API.
 */
import { DefaultStackSynthesizer, Duration, Stack, Token, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
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
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { routes } from '../functions/routes.ts';
import { logRetention } from './handler-function.ts';
import type { PortalSettings } from './settings.ts';
import { contentSecurityPolicy, pageRouteRequestFunctionCode, siteRequestFunctionCode } from './site-policy.ts';

/** Routes outside /api/ are pages rendered by their function; CloudFront sends them to the API too. */
export const pageRoutes = () => routes.filter((route) => !route.path.startsWith('/api/'));

/** The CloudFront path pattern of a page route: its {placeholders} become wildcards. */
export const pathPattern = (path: string) => path.replace(/\{[^}]+\}/g, '*');

export class Site extends Construct {
  readonly distribution: Distribution;
  /** The site's address: its own domain, or the distribution's. */
  readonly url: string;

  constructor(scope: Construct, id: string, settings: PortalSettings, api: HttpApi) {
    super(scope, id);
    const stack = Stack.of(this);

    // A private bucket; CloudFront reads it with origin access control.
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

    // CloudFront: the site from the bucket; /api/* and the page routes from the HTTP API.
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
    const apiOrigin = new HttpOrigin(`${api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`, {
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
    this.distribution = distribution;
    this.url = settings.domainName ? `https://${settings.domainName}` : `https://${distribution.distributionDomainName}`;

    const deploymentLogs = new LogGroup(this, 'SiteDeploymentLogs', { retention: logRetention });
    // A role of its own rather than the AWS managed basic execution role, which may write to every log group.
    const deploymentRole = new Role(this, 'SiteDeploymentRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Copies the built site into the site bucket',
    });
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
    const siteObjects = `Resource::<${stack.getLogicalId(siteBucket.node.defaultChild as CfnBucket)}.Arn>/*`;
    const qualifier = stack.synthesizer.bootstrapQualifier ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
    const account = Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
    const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
    const assetObjects = `Resource::arn:<AWS::Partition>:s3:::cdk-${qualifier}-assets-${account}-${region}/*`;
    const deploymentGrants: Record<string, string> = {
      'Action::s3:GetObject*':
        'Reads the uploaded site archive from the CDK asset bucket and compares with the site bucket (BucketDeployment grant).',
      'Action::s3:GetBucket*': "Reads the asset and site buckets' location and settings to copy between them (BucketDeployment grant).",
      'Action::s3:List*': 'Lists the site bucket to find the files a new build no longer has (prune).',
      'Action::s3:DeleteObject*': 'Deletes the files a new build no longer has (prune).',
      'Action::s3:Abort*': 'Aborts its own multipart uploads of large files when a copy fails.',
      [siteObjects]: 'Writes any file of the built site: the objects of the site bucket are its whole purpose.',
      [assetObjects]: 'The site archive is a CDK asset with a content-hashed name in the bootstrap asset bucket.',
      'Resource::*':
        'cloudfront:CreateInvalidation and GetInvalidation after the copy; BucketDeployment grants them on every distribution.',
    };
    for (const [finding, reason] of Object.entries(deploymentGrants))
      Validations.of(deploymentRole).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
    // BucketDeployment's copying function is a singleton at the stack's root, created by the construct.
    for (const child of stack.node.children.filter((c) => c.node.id.startsWith('Custom::CDKBucketDeployment')))
      Validations.of(child).acknowledge({
        id: 'AwsSolutions-L1',
        reason: "The runtime of the copying function is chosen by aws-cdk-lib's BucketDeployment and moves with it.",
      });
  }
}
