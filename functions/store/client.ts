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
});

export const dynamo = DynamoDBDocumentClient.from(dynamoClient, { marshallOptions: { removeUndefinedValues: true } });

export const tableName = config.tableName;
