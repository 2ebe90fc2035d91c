[#ftl output_format="HTML"]
[#-- The editors' results screen: the ranking per wijk as it would be published now, ties to
     choose from, points without a verdict, and publishing. One form for the whole page, so the
     choices of every wijk go together. --]
[#import "layout.ftl" as layout]
[@layout.page crumbs=[]]
  <h1 class="utrecht-heading-1">Uitslag</h1>
  [@layout.errorSummary errors=reasons?map(reason -> {"field": "actie", "message": reason}) title="De uitslag is niet gepubliceerd" /]
  [#if missing?has_content]
  <div class="utrecht-alert utrecht-alert--warning" id="wz-zonder-oordeel">
    <h2 class="utrecht-heading-2">Punten zonder oordeel</h2>
    <ul class="utrecht-unordered-list">[#list missing as point]<li>${point}</li>[/#list]</ul>
  </div>
  [/#if]
  [#if justPublished]
  <div class="utrecht-alert utrecht-alert--ok" role="status" id="wz-gepubliceerd" tabindex="-1" autofocus><p class="utrecht-paragraph">De uitslag is gepubliceerd. Bewoners zien hem nu op de website.</p></div>
  [/#if]
  <p class="utrecht-paragraph">[#if publishedAt?has_content]<strong>Gepubliceerd op ${publishedAt}.</strong> Opnieuw publiceren vervangt die uitslag.[#else]<strong>Nog niet gepubliceerd.</strong> Bewoners zien nog niets van de uitslag.[/#if]</p>
  <p class="utrecht-paragraph">Per wijk worden de ${winners} haalbare punten met de meeste stemmen gekozen. [#if nextMovesUp]Is een punt niet haalbaar, dan schuift het volgende punt door.[#else]Is een punt in de top niet haalbaar, dan blijft zijn plaats leeg.[/#if] Een punt zonder stemmen of zonder oordeel wordt niet gekozen.</p>
  [#if !votingClosed]
  <p class="utrecht-paragraph">Het stemmen is nog niet voorbij. Dit is een voorlopige stand; publiceren kan als het stemmen gesloten is.</p>
  [/#if]

  <form method="post" action="${base}/publiceren" class="wz-form" accept-charset="UTF-8">
    <input type="hidden" name="token" value="${token}">
    [#list wijken as wijk]
    <h2 class="utrecht-heading-2" id="wz-wijk-${wijk.id}">${wijk.name}</h2>
    [#if wijk.rows?has_content]
    <div class="wz-table-scroll" role="region" aria-labelledby="wz-wijk-${wijk.id}" tabindex="0">
      <table class="wz-table">
        <caption>Stand in ${wijk.name}: ${wijk.chosen} gekozen[#if wijk.unreviewed > 0], ${wijk.unreviewed} zonder oordeel[/#if]</caption>
        <thead>
          <tr>
            <th scope="col" class="wz-table__number">Plaats</th>
            <th scope="col">Punt</th>
            <th scope="col" class="wz-table__number">Stemmen</th>
            <th scope="col">Oordeel</th>
            <th scope="col">Uitslag</th>
          </tr>
        </thead>
        <tbody>
          [#list wijk.rows as row]
          <tr>
            <td class="wz-table__number">${row.rank}</td>
            <th scope="row">${row.reference}: ${row.title}</th>
            <td class="wz-table__number">${row.votes}</td>
            <td>${row.verdict}</td>
            <td>[#if row.standingId == "gekozen" || row.standingId == "gelijk"]<strong>${row.standing}</strong>[#else]${row.standing}[/#if]</td>
          </tr>
          [/#list]
        </tbody>
      </table>
    </div>
    [#if wijk.tie]
    <fieldset class="utrecht-form-fieldset wz-form__group" id="wz-veld-gelijk-${wijk.id}" aria-describedby="wz-gelijk-${wijk.id}-uitleg">
      <legend class="utrecht-form-fieldset__legend">Gelijk aantal stemmen in ${wijk.name}: kies er ${wijk.seats}</legend>
      <div class="utrecht-form-field__description" id="wz-gelijk-${wijk.id}-uitleg">Deze punten hebben evenveel stemmen op de grens van de top. Het systeem kiest niet zelf: u beslist, bijvoorbeeld na loting of overleg.</div>
      [#list wijk.rows?filter(row -> row.tied) as row]
      <div class="wz-form__checkbox">
        <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="wz-gelijk-${wijk.id}-${row.id}" name="gelijk-${wijk.id}" value="${row.id}"[#if row.picked] checked[/#if]>
        <label class="utrecht-form-label utrecht-form-label--checkbox" for="wz-gelijk-${wijk.id}-${row.id}">${row.reference}: ${row.title} (${row.votes} stemmen)</label>
      </div>
      [/#list]
    </fieldset>
    [/#if]
    [#else]
    <p class="utrecht-paragraph">Geen gepubliceerde punten.</p>
    [/#if]
    [/#list]

    [#if unreviewed > 0]
    <div class="wz-form__checkbox">
      <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="wz-veld-toch" name="toch" value="ja">
      <label class="utrecht-form-label utrecht-form-label--checkbox" for="wz-veld-toch">Ik publiceer toch, ook al [#if unreviewed == 1]heeft 1 punt[#else]hebben ${unreviewed} punten[/#if] nog geen oordeel over de haalbaarheid.</label>
    </div>
    [/#if]
    <div class="wz-form__actions"><button class="utrecht-button utrecht-button--primary-action" type="submit">[#if publishedAt?has_content]Uitslag opnieuw publiceren[#else]Uitslag publiceren[/#if]</button></div>
  </form>
[/@layout.page]
