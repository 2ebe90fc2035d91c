[#ftl output_format="HTML"]
[#-- The editors' results screen: the ranking per wijk as it would be published now, ties to
     choose from, points without a verdict, and publishing. One form for the whole page, so the
     choices of every wijk go together. --]
[#import "layout.ftl" as layout]
[@layout.page crumbs=[]]
  <h1 class="utrecht-heading-1">Uitslag</h1>
  [@layout.errorSummary errors=errors title="De uitslag is niet gepubliceerd" /]
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
    [#-- The ranking shown here: publishing refuses a ranking that changed meanwhile. --]
    <input type="hidden" name="stand" value="${stand}">
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
    [#assign tieField = "gelijk-" + wijk.id]
    [#assign tieError = fieldErrors[tieField]!""]
    <fieldset class="utrecht-form-fieldset wz-form__group[#if tieError?has_content] utrecht-form-field--invalid[/#if]" id="wz-veld-${tieField}" tabindex="-1" aria-describedby="wz-gelijk-${wijk.id}-uitleg[#if tieError?has_content] wz-veld-${tieField}-fout[/#if]">
      <legend class="utrecht-form-fieldset__legend">Gelijk aantal stemmen in ${wijk.name}: kies [#if wijk.seats == 1]1 punt[#else]${wijk.seats} punten[/#if]</legend>
      <div class="utrecht-form-field__description" id="wz-gelijk-${wijk.id}-uitleg">Deze punten hebben evenveel stemmen voor de laatste [#if wijk.seats == 1]plaats[#else]${wijk.seats} plaatsen[/#if]. De website kiest niet zelf: u beslist, bijvoorbeeld na loting.[#if !nextMovesUp] Kiest u een punt dat niet haalbaar is, dan blijft die plaats leeg.[/#if]</div>
      [#if tieError?has_content]<div class="utrecht-form-field-error-message wz-form__error" id="wz-veld-${tieField}-fout">${tieError}</div>[/#if]
      [#list wijk.rows?filter(row -> row.tied) as row]
      <div class="wz-form__checkbox">
        <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="wz-gelijk-${wijk.id}-${row.id}" name="gelijk-${wijk.id}" value="${row.id}"[#if row.picked] checked[/#if][#if tieError?has_content] aria-invalid="true"[/#if]>
        <label class="utrecht-form-label utrecht-form-label--checkbox" for="wz-gelijk-${wijk.id}-${row.id}">${row.reference}: ${row.title} (${row.votes} stemmen)</label>
      </div>
      [/#list]
    </fieldset>
    [/#if]
    [#else]
    <p class="utrecht-paragraph">Geen gepubliceerde punten.</p>
    [/#if]
    [/#list]

    [#if missing?has_content]
    [#assign tochError = fieldErrors.toch!""]
    <div class="utrecht-form-field wz-form__field[#if tochError?has_content] utrecht-form-field--invalid[/#if]" id="wz-zonder-oordeel">
      <h2 class="utrecht-heading-2" id="wz-zonder-oordeel-titel">Punten zonder oordeel</h2>
      <p class="utrecht-paragraph" id="wz-zonder-oordeel-uitleg">Deze punten kunnen niet gekozen worden zolang ze geen oordeel over de haalbaarheid hebben:</p>
      <ul class="utrecht-unordered-list">[#list missing as point]<li>${point}</li>[/#list]</ul>
      [#if tochError?has_content]<div class="utrecht-form-field-error-message wz-form__error" id="wz-veld-toch-fout">${tochError}</div>[/#if]
      <div class="wz-form__checkbox">
        <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="wz-veld-toch" name="toch" value="ja" aria-describedby="wz-zonder-oordeel-uitleg[#if tochError?has_content] wz-veld-toch-fout[/#if]"[#if tochError?has_content] aria-invalid="true"[/#if]>
        <label class="utrecht-form-label utrecht-form-label--checkbox" for="wz-veld-toch">Ik publiceer toch, ook al [#if missing?size == 1]heeft 1 punt[#else]hebben ${missing?size} punten[/#if] nog geen oordeel.</label>
      </div>
    </div>
    [/#if]
    <div class="wz-form__actions"><button class="utrecht-button utrecht-button--primary-action" type="submit">[#if publishedAt?has_content]Uitslag opnieuw publiceren[#else]Uitslag publiceren[/#if]</button></div>
  </form>
[/@layout.page]
