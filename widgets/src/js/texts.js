// Interface texts of the widgets, Dutch (B1) first. Chosen by <html lang>; an element can
// override one with a data attribute, e.g. data-text-similar-title="…".

const TEXTS = {
  nl: {
    errorsTitle: 'Niet alles is goed ingevuld. Verbeter deze punten:',
    similarTitle: 'Lijkt uw idee op een van deze?',
    similarNote:
      'Deze ideeën zijn al ingestuurd. Staat uw idee ertussen? Dan kunt u er later op stemmen in plaats van het opnieuw in te sturen. U mag uw idee ook gewoon insturen.',
    similarCount: (n) => (n === 1 ? '1 idee dat erop lijkt' : `${n} ideeën die erop lijken`),
    barsBallots: (n) =>
      n === 0 ? 'Nog niemand heeft gestemd.' : n === 1 ? '1 inwoner heeft gestemd.' : `${n} inwoners hebben gestemd.`,
    barsVotes: (n, share) => `${n === 1 ? '1 stem' : `${n} stemmen`} (${share}% van de stemmers)`,
    barsNews: (n, leader) =>
      `Nieuwe stand: ${n === 1 ? '1 inwoner heeft' : `${n} inwoners hebben`} gestemd. Meeste stemmen: ${leader}.`,
    ballotCount: (n, most) =>
      n > most
        ? `U koos ${n} punten. Dat zijn er ${n - most} te veel: haal er ${n - most === 1 ? '1' : n - most} weg.`
        : `U koos ${n} van de ${most} punten.`,
    ballotErrorsTitle: 'Uw stem is nog niet uitgebracht',
    ballotThanks: 'Bedankt! Uw stem is uitgebracht.',
    ballotChanged: 'Uw stem is gewijzigd. Alleen deze stem telt.',
    ballotChosen: 'U stemde op:',
    ballotReceipt: (number) =>
      `Uw stembewijs: ${number}. Bewaar dit nummer als u later wilt nagaan dat uw stem is meegeteld.`,
    ballotFailed: 'Het stemmen lukte niet. Controleer uw internetverbinding en probeer het opnieuw.',
    ballotMailTitle: 'Kijk in uw e-mail',
    ballotMailText:
      'We hebben u een e-mail gestuurd met een link. Klik op die link om uw stem te bevestigen. Pas dan telt uw stem. De link werkt 24 uur.',
    resultsTitle: (wijk) => `Uitslag in ${wijk}`,
    resultsSoon: 'De gemeente maakt de uitslag binnenkort bekend.',
    resultsFailed: 'De uitslag kon niet worden geladen. Probeer het later opnieuw.',
    resultsNone: 'In deze wijk is geen punt gekozen.',
    resultsVoters: (n) => (n === 0 ? 'Niemand heeft gestemd.' : n === 1 ? '1 inwoner heeft gestemd.' : `${n} inwoners hebben gestemd.`),
    resultsTurnout: (n, residents, share) =>
      `${n === 1 ? `1 van de ${residents} inwoners heeft` : `${n} van de ${residents} inwoners hebben`} gestemd (${share}).`,
    resultsLessThan: (share) => `minder dan ${share}`,
    resultsChosen: (n) => (n === 1 ? 'Dit punt wordt uitgevoerd' : `Deze ${n} punten worden uitgevoerd`),
    resultsVotes: (n) => (n === 1 ? '1 stem' : `${n} stemmen`),
    resultsChart: (wijk) => `Stemmen per punt in ${wijk}`,
    resultsBadge: 'gekozen',
    progressTitle: (wijk) => `Zo gaat het in ${wijk}`,
    progressFailed: 'Het nieuws over de uitvoering kon niet worden geladen. Probeer het later opnieuw.',
    progressPlanned: (date) => `verwacht klaar: ${date}`,
    progressStatus: (status) =>
      ({ gepland: 'Gepland', 'in-uitvoering': 'In uitvoering', vertraagd: 'Vertraagd', gerealiseerd: 'Gerealiseerd' })[status] ??
      'Nog geen nieuws',
  },
  en: {
    errorsTitle: 'Not everything is filled in correctly. Please correct:',
    similarTitle: 'Is your idea like one of these?',
    similarNote:
      'These ideas have already been sent in. Is yours among them? Then you can vote for it later instead of sending it in again. You may also just send in your idea.',
    similarCount: (n) => (n === 1 ? '1 idea like yours' : `${n} ideas like yours`),
    barsBallots: (n) =>
      n === 0 ? 'Nobody has voted yet.' : n === 1 ? '1 resident has voted.' : `${n} residents have voted.`,
    barsVotes: (n, share) => `${n === 1 ? '1 vote' : `${n} votes`} (${share}% of voters)`,
    barsNews: (n, leader) =>
      `New count: ${n === 1 ? '1 resident has' : `${n} residents have`} voted. Most votes: ${leader}.`,
    ballotCount: (n, most) =>
      n > most ? `You chose ${n} points. That is ${n - most} too many: remove ${n - most}.` : `You chose ${n} of ${most} points.`,
    ballotErrorsTitle: 'Your vote has not been cast yet',
    ballotThanks: 'Thank you! Your vote has been cast.',
    ballotChanged: 'Your vote has been changed. Only this vote counts.',
    ballotChosen: 'You voted for:',
    ballotReceipt: (number) => `Your receipt: ${number}. Keep this number if you want to check later that your vote was counted.`,
    ballotFailed: 'Voting did not work. Check your internet connection and try again.',
    ballotMailTitle: 'Check your e-mail',
    ballotMailText:
      'We sent you an e-mail with a link. Click that link to confirm your vote. Only then does your vote count. The link works for 24 hours.',
    resultsTitle: (wijk) => `Results in ${wijk}`,
    resultsSoon: 'The municipality will announce the results soon.',
    resultsFailed: 'The results could not be loaded. Please try again later.',
    resultsNone: 'No point was chosen in this neighbourhood.',
    resultsVoters: (n) => (n === 0 ? 'Nobody voted.' : n === 1 ? '1 resident voted.' : `${n} residents voted.`),
    resultsTurnout: (n, residents, share) => `${n} of the ${residents} residents voted (${share}).`,
    resultsLessThan: (share) => `less than ${share}`,
    resultsChosen: (n) => (n === 1 ? 'This point will be carried out' : `These ${n} points will be carried out`),
    resultsVotes: (n) => (n === 1 ? '1 vote' : `${n} votes`),
    resultsChart: (wijk) => `Votes per point in ${wijk}`,
    resultsBadge: 'chosen',
    progressTitle: (wijk) => `How things are going in ${wijk}`,
    progressFailed: 'The news about the work could not be loaded. Please try again later.',
    progressPlanned: (date) => `expected to be ready: ${date}`,
    progressStatus: (status) =>
      ({ gepland: 'Planned', 'in-uitvoering': 'In progress', vertraagd: 'Delayed', gerealiseerd: 'Done' })[status] ?? 'No news yet',
  },
};

/** The document language as our two-letter key ('nl' unless the page says English). */
export function pageLanguage(doc = document) {
  const lang = (doc.documentElement.lang || 'nl').toLowerCase().slice(0, 2);
  return lang === 'en' ? 'en' : 'nl';
}

/** Text `key` for `element`: its data-text-<key> attribute, else the dictionary of the page language. */
export function text(element, key, ...args) {
  const attribute = `data-text-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const override = element?.closest?.(`[${attribute}]`)?.getAttribute(attribute);
  if (override && args.length === 0) return override;
  const entry = TEXTS[pageLanguage(element?.ownerDocument ?? document)][key];
  return typeof entry === 'function' ? entry(...args) : entry;
}
