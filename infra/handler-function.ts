/**
 * One Lambda function per handler file in functions/handlers/, bundled by the local esbuild.
 * The bundle benchmark (scripts/bench-bundle.ts) builds its bundles with this same construct.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The scheduled job that deletes expired personal data; not an HTTP route. */
export const purgeHandler = 'purge-expired';
/** The scheduled job that tries failed deliveries of signals again; not an HTTP route. */
export const sweepHandler = 'outbox-sweep';

/** A handler file's name as a construct id: "loi-submit" → "LoiSubmit". */
export const pascal = (handler: string) => handler.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase());

const handlerEntry = (handler: string) => join(projectRoot, 'functions', 'handlers', `${handler}.ts`);

/**
 * The functions render their pages to static HTML only, never in a browser: Preact renders the same
 * markup as React's server renderer at a tenth of its size, which keeps each bundle within budget.
 * test/infra/page-rendering.test.ts renders the pages both ways and compares them.
 */
export const serverRendererAlias = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/server': 'preact-render-to-string',
  'react/jsx-runtime': 'preact/jsx-runtime',
};

export const bundling = {
  minify: true,
  sourceMap: true,
  // Stack traces still map to file and line; the sources themselves need not be uploaded.
  sourcesContent: false,
  format: OutputFormat.ESM,
  // Prefer packages' ES module builds, which esbuild can tree-shake.
  mainFields: ['module', 'main'],
  // Bundled CommonJS packages (React's server renderer) call require() for Node's built-ins,
  // which an ES module does not have.
  banner: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  // React's server renderer picks its production build by this; without it both builds are bundled.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // The Node 22 runtime carries AWS SDK v3: leaving it out keeps the bundles small and quick to load.
  // nodemailer composes the local outbox's files only (functions/mail/), never on AWS.
  externalModules: ['@aws-sdk/*', 'nodemailer'],
  esbuildArgs: Object.fromEntries(Object.entries(serverRendererAlias).map(([from, to]) => [`--alias:${from}`, to])),
  forceDockerBundling: false,
  logLevel: LogLevel.WARNING,
} satisfies BundlingOptions;

/** Personal data can reach a log line (an e-mail address in a mail error); a month covers an incident's follow-up. */
export const logRetention = RetentionDays.ONE_MONTH;

/**
 * A role and a log group for functions that are granted the same: each function gets only what it is
 * granted, and functions with the same grants share them, since a stack holds at most 500 resources
 * and every route is a function.
 */
export class FunctionGrants extends Construct {
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, description: string) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', { retention: logRetention });
    // Not the AWS managed basic execution role: that one may write to every log group in the account.
    this.role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), description });
    this.logGroup.grantWrite(this.role);
  }
}

export interface HandlerFunctionProps {
  /** The file name in functions/handlers/, without .ts. */
  handler: string;
  description: string;
  environment?: Record<string, string>;
  timeout?: Duration;
  memorySize?: number;
  /** The role and log group it shares with functions granted the same; else its own. */
  grants?: FunctionGrants;
}

/** A handler's function, with the role and log group of what it is granted. */
export class HandlerFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;
  readonly grants: FunctionGrants;

  constructor(scope: Construct, id: string, props: HandlerFunctionProps) {
    super(scope, id);
    this.grants = props.grants ?? new FunctionGrants(this, 'Grants', `${props.handler} function`);
    this.role = this.grants.role;
    this.logGroup = this.grants.logGroup;
    this.function = new NodejsFunction(this, 'Function', {
      entry: handlerEntry(props.handler),
      handler: 'handler',
      projectRoot,
      depsLockFilePath: join(projectRoot, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      description: props.description,
      role: this.role,
      logGroup: this.logGroup,
      bundling,
      environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 on purpose: the handlers are built and tested for it, and the local runtime runs the same code on Node 20 and 22; a move to Node 24 is its own change.',
    });
  }
}
