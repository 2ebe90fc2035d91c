// The browser rules must say exactly what the server says: every Dutch message in
// src/js/validation.js is looked up in SubmissionValidator.java, and the limits in
// SubmissionLimits.java. No browser or host needed.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LIMITS, check, messagesFor, normalizeLine, normalizeText } from '../src/js/validation.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const javaDir = path.join(root, 'magnolia-module/src/main/java/nl/alkmaar/wijkaanzet/idea');

/** The Java source with string concatenations joined: "a" + "b" becomes "ab". */
async function javaStrings(file) {
  const source = await readFile(path.join(javaDir, file), 'utf8');
  return source.replace(/"\s*\+\s*"/g, '');
}

test('the Dutch messages are the ones of SubmissionValidator.java, word for word', async () => {
  const java = await javaStrings('SubmissionValidator.java');
  const m = messagesFor('nl');
  const samples = Object.entries(m).map(([key, fn]) => [key, fn(5, 81)]);
  for (const [key, message] of samples) {
    if (key === 'tooShort') {
      assert.ok(java.includes('"Schrijf iets meer: minstens "') && message === 'Schrijf iets meer: minstens 5 tekens.', key);
    } else if (key === 'tooLong') {
      assert.ok(java.includes('"Maak de tekst korter: hoogstens "'), key);
      assert.equal(message, 'Maak de tekst korter: hoogstens 5 tekens. Nu zijn het er 81.');
    } else {
      assert.ok(java.includes(`"${message}"`), `${key}: "${message}" not found in SubmissionValidator.java`);
    }
  }
});

test('the limits are the ones of SubmissionLimits.java', async () => {
  const java = await javaStrings('SubmissionLimits.java');
  const value = (name) => Number(new RegExp(`${name}\\s*=\\s*(\\d+)`).exec(java)?.[1]);
  assert.deepEqual(LIMITS, {
    titleMin: value('TITLE_MIN'),
    titleMax: value('TITLE_MAX'),
    descriptionMin: value('DESCRIPTION_MIN'),
    descriptionMax: value('DESCRIPTION_MAX'),
    locationMax: value('LOCATION_MAX'),
    nameMax: value('NAME_MAX'),
    emailMax: value('EMAIL_MAX'),
  });
});

test('text is normalised as TextNormalizer.java does before it is measured', () => {
  assert.equal(normalizeLine('  Meer \t bankjes\n in het  park '), 'Meer bankjes in het park');
  assert.equal(normalizeLine('a\u200bb\u0007c'), 'abc');
  assert.equal(normalizeLine('e\u0301'), '\u00e9');
  assert.equal(normalizeText(' regel 1  \r\n\r\n\r\n\r\n  regel 2 '), 'regel 1\n\nregel 2');
  assert.equal(check('title', '   abcd   '), 'Schrijf iets meer: minstens 5 tekens.');
  assert.equal(check('title', ' a   b '), 'Schrijf iets meer: minstens 5 tekens.');
  assert.equal(check('title', 'abcde'), null);
});

test('each field rule', () => {
  assert.equal(check('wijk', ''), 'Kies de wijk waar uw idee over gaat.');
  assert.equal(check('wijk', 'atlantis', 'nl', ['centrum']), 'Kies een wijk uit de lijst.');
  assert.equal(check('wijk', 'centrum', 'nl', ['centrum']), null);
  assert.equal(check('title', ''), 'Vul een korte titel in.');
  assert.equal(check('title', 'x'.repeat(81)), 'Maak de tekst korter: hoogstens 80 tekens. Nu zijn het er 81.');
  assert.equal(check('description', ''), 'Beschrijf uw idee.');
  assert.equal(check('description', 'te kort'), 'Schrijf iets meer: minstens 20 tekens.');
  assert.equal(check('description', 'Twintig tekens of meer.'), null);
  assert.equal(check('category', ''), 'Kies een onderwerp.');
  assert.equal(check('location', ''), null);
  assert.equal(check('location', 'x'.repeat(201)), 'Maak de tekst korter: hoogstens 200 tekens. Nu zijn het er 201.');
  assert.equal(check('name', ' '), 'Vul uw naam in.');
  assert.equal(check('email', ''), 'Vul uw e-mailadres in. Dan kunnen wij u laten weten wat er met uw idee gebeurt.');
  for (const bad of ['naam', 'naam@', 'naam@voorbeeld', 'na am@voorbeeld.nl', 'a@b@c.nl', 'naam@voorbeeld..nl']) {
    assert.equal(check('email', bad), 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.', bad);
  }
  assert.equal(check('email', ' naam@voorbeeld.nl '), null);
  assert.equal(check('ageGroup', ''), null);
  assert.equal(check('consent', false), messagesFor('nl').consentMissing());
  assert.equal(check('consent', true), null);
  assert.equal(check('title', '', 'en'), 'Fill in a short title.');
});
