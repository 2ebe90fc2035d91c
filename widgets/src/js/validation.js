// The submission rules of SubmissionValidator.java, for the browser. The Dutch messages are
// copied word for word from the Java class (test/validation.test.mjs checks that); the English
// ones are for /en/ pages. The server stays the judge: this only saves a round trip.

export const LIMITS = Object.freeze({
  titleMin: 5,
  titleMax: 80,
  descriptionMin: 20,
  descriptionMax: 2000,
  locationMax: 200,
  nameMax: 100,
  emailMax: 254,
});

/** Same pattern as the Java EMAIL (deliberately loose). */
const EMAIL = /^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/u;

const MESSAGES = {
  nl: {
    wijkMissing: () => 'Kies de wijk waar uw idee over gaat.',
    wijkUnknown: () => 'Kies een wijk uit de lijst.',
    titleMissing: () => 'Vul een korte titel in.',
    descriptionMissing: () => 'Beschrijf uw idee.',
    tooShort: (min) => `Schrijf iets meer: minstens ${min} tekens.`,
    tooLong: (max, length) => `Maak de tekst korter: hoogstens ${max} tekens. Nu zijn het er ${length}.`,
    categoryMissing: () => 'Kies een onderwerp.',
    categoryUnknown: () => 'Kies een onderwerp uit de lijst.',
    nameMissing: () => 'Vul uw naam in.',
    emailMissing: () => 'Vul uw e-mailadres in. Dan kunnen wij u laten weten wat er met uw idee gebeurt.',
    emailInvalid: () => 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    ageGroupUnknown: () => 'Kies een leeftijdsgroep uit de lijst.',
    consentMissing: () =>
      'Geef toestemming voor het gebruik van uw gegevens. Zonder toestemming kunnen wij uw idee niet behandelen.',
  },
  en: {
    wijkMissing: () => 'Choose the neighbourhood your idea is about.',
    wijkUnknown: () => 'Choose a neighbourhood from the list.',
    titleMissing: () => 'Fill in a short title.',
    descriptionMissing: () => 'Describe your idea.',
    tooShort: (min) => `Write a little more: at least ${min} characters.`,
    tooLong: (max, length) => `Make the text shorter: at most ${max} characters. Now there are ${length}.`,
    categoryMissing: () => 'Choose a topic.',
    categoryUnknown: () => 'Choose a topic from the list.',
    nameMissing: () => 'Fill in your name.',
    emailMissing: () => 'Fill in your e-mail address. Then we can let you know what happens to your idea.',
    emailInvalid: () => 'Fill in a valid e-mail address, such as name@example.com.',
    ageGroupUnknown: () => 'Choose an age group from the list.',
    consentMissing: () => 'Give permission to use your details. Without permission we cannot handle your idea.',
  },
};

export function messagesFor(lang) {
  return MESSAGES[lang] ?? MESSAGES.nl;
}

// Characters TextNormalizer.java drops: controls (except white space), format, private use,
// unpaired surrogates, unassigned.
const INVISIBLE = /(?![\t\n\v\f\r\x1c-\x1f])[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}]/gu;

function strip(value) {
  return value.normalize('NFC').replace(INVISIBLE, '');
}

/** TextNormalizer.line: one line, runs of white space become one space; '' when empty. */
export function normalizeLine(value) {
  return strip(value ?? '').replace(/\s+/gu, ' ').trim();
}

/** TextNormalizer.text: line breaks kept, at most one empty line in a row. */
export function normalizeText(value) {
  return strip((value ?? '').replace(/\r\n?/g, '\n'))
    .replace(/[^\S\n]+/gu, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function length(value, min, max, missing, m) {
  if (!value) return m[missing]();
  if (value.length < min) return m.tooShort(min);
  if (value.length > max) return m.tooLong(max, value.length);
  return null;
}

/**
 * Rules per field, in form order. Each takes the normalised value (checkbox: boolean) and the
 * allowed option values (for selects), and answers a message or null.
 */
export const RULES = {
  wijk: (v, m, options) => (!v ? m.wijkMissing() : options && !options.includes(v) ? m.wijkUnknown() : null),
  title: (v, m) => length(v, LIMITS.titleMin, LIMITS.titleMax, 'titleMissing', m),
  description: (v, m) => length(v, LIMITS.descriptionMin, LIMITS.descriptionMax, 'descriptionMissing', m),
  category: (v, m, options) =>
    !v ? m.categoryMissing() : options && !options.includes(v) ? m.categoryUnknown() : null,
  location: (v, m) => (v && v.length > LIMITS.locationMax ? m.tooLong(LIMITS.locationMax, v.length) : null),
  name: (v, m) => length(v, 1, LIMITS.nameMax, 'nameMissing', m),
  email: (v, m) => (!v ? m.emailMissing() : v.length > LIMITS.emailMax || !EMAIL.test(v) ? m.emailInvalid() : null),
  ageGroup: (v, m, options) => (v && options && !options.includes(v) ? m.ageGroupUnknown() : null),
  consent: (v, m) => (v ? null : m.consentMissing()),
};

export const FIELD_ORDER = Object.keys(RULES);

/** Normalises a raw field value the way the server does before it checks it. */
export function normalize(field, raw) {
  if (field === 'consent') return Boolean(raw);
  return field === 'description' ? normalizeText(raw) : normalizeLine(raw);
}

/** The message for one field, or null when it is fine. */
export function check(field, raw, lang = 'nl', options) {
  const rule = RULES[field];
  return rule ? rule(normalize(field, raw), messagesFor(lang), options) : null;
}
