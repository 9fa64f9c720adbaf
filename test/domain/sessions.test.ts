/**
 * Sessions on the embedded store, started as an identity provider's sign-in would start one: for
 * a person whose identity is verified, without a link. The session is resumed by its id alone,
 * ends when asked, and ends for a person removed meanwhile.
 */
import { expect, it } from 'vitest';
import { setUpInProcessStore } from '../support/in-process-store.ts';

setUpInProcessStore('sessions-test');

const functions = async () => ({
  ...(await import('../../functions/domain/sessions.ts')),
  ...(await import('../../functions/domain/people.ts')),
});

it('starts a session for a verified person, resumes it by its id, and ends it', async () => {
  const { addPerson, startSession, resumeSession, endSession, requireCsrfToken } = await functions();
  const { person } = await addPerson('operator', { email: 'federerad@kommun.exempel.se', organisation: 'kommun-0180', role: 'lasare' }, []);
  const started = await startSession(person);
  const resumed = await resumeSession(started.sessionId);
  expect(resumed).toEqual(started);
  expect(() => requireCsrfToken(resumed!, started.csrfToken)).not.toThrow();
  expect(() => requireCsrfToken(resumed!, undefined)).toThrow('Formuläret kunde inte tas emot');
  expect(await resumeSession(`${started.sessionId}x`)).toBeUndefined();
  await endSession(started.sessionId);
  expect(await resumeSession(started.sessionId)).toBeUndefined();
});

it('ends the session of a person removed since it started', async () => {
  const { addPerson, removePerson, startSession, resumeSession } = await functions();
  const { person } = await addPerson('operator', { email: 'slutat@kommun.exempel.se', organisation: 'kommun-0180', role: 'admin' }, []);
  const { sessionId } = await startSession(person);
  await removePerson('operator', person.email);
  expect(await resumeSession(sessionId)).toBeUndefined();
});
