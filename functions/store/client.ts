/**
 * The DynamoDB client, created once per process (a Lambda container keeps it between calls).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../config.ts';

const local = config.dynamodbEndpoint !== undefined;

export const dynamo = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: config.region,
    endpoint: config.dynamodbEndpoint,
    // The embedded store accepts any credentials; AWS uses the function's role.
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    // A store that is away refuses the connection at once, and the SDK's three tries (AWS_MAX_ATTEMPTS)
    // end in a 503 within a second. These bound the rarer store that takes a connection and never
    // answers; a write slowed by load must not be cut short, since its retry may find it done.
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000 },
  }),
  { marshallOptions: { removeUndefinedValues: true } },
);

export const tableName = config.tableName;
