/**
 * The DynamoDB client, created once per process (a Lambda container keeps it between calls).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../config.ts';

const local = config.dynamodbEndpoint !== undefined;

/** The client in DynamoDB's own attribute values, for a library that speaks them (the rate limiter). */
export const dynamoClient = new DynamoDBClient({
  region: config.region,
  endpoint: config.dynamodbEndpoint,
  // The embedded store accepts any credentials; AWS uses the function's role.
  ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  // No timeouts: a store that is away refuses the connection at once, and the SDK's three tries
  // (AWS_MAX_ATTEMPTS) end within a second in an error that is answered 503. A timer would also cut
  // short a request waiting behind others under load, and its retry could find its write done.
});

export const dynamo = DynamoDBDocumentClient.from(dynamoClient, { marshallOptions: { removeUndefinedValues: true } });

export const tableName = config.tableName;
