[#ftl output_format="HTML"]
[#-- The campaign's settings for editors: texts, phase dates, the numbers of voting and results,
     wijken, categories and rejection reasons. Checked by the configuration file's rules; every
     fault in the summary and next to its field; what was typed stays. --]
[#import "layout.ftl" as layout]
[#import "fields.ftl" as f]
[#macro list kind legend rows newLegend fields]
<section class="wz-settings__list" aria-labelledby="wz-${kind}-titel">
  <h2 class="utrecht-heading-2" id="wz-${kind}-titel">${legend}</h2>
  [#nested]
  [#list rows as row]
  <fieldset class="utrecht-form-fieldset wz-form__group">
    <legend class="utrecht-form-fieldset__legend">${row.legend}</legend>
    [#list fields as field]
    [#if field.name != "id"][@f.text name=kind + "-" + row.row + "-" + field.name label=field.label hint=field.hint optional=field.optional inputmode=field.inputmode width=field.width /][/#if]
    [/#list]
    [#-- In use: no box to tick, only why (the rule is checked again when saving). --]
    [#if row.removeHint?has_content]
    <p class="utrecht-paragraph">${row.removeHint}</p>
    [#else]
    [@f.checkbox name=kind + "-" + row.row + "-weg" label=row.removeLabel /]
    [/#if]
  </fieldset>
  [/#list]
  <fieldset class="utrecht-form-fieldset wz-form__group">
    <legend class="utrecht-form-fieldset__legend">${newLegend}</legend>
    [#list fields as field]
    [@f.text name=kind + "-" + newRow[kind] + "-" + field.name label=field.label hint=field.newHint optional=true inputmode=field.inputmode width=field.width /]
    [/#list]
  </fieldset>
</section>
[/#macro]
[@layout.page crumbs=[]]
  <h1 class="utrecht-heading-1">Instellingen van de campagne</h1>
  [#if saved]
  <div class="utrecht-alert utrecht-alert--ok" role="status" id="wz-opgeslagen" tabindex="-1" autofocus><p class="utrecht-paragraph">De instellingen zijn opgeslagen. Ze gelden meteen op de hele website.</p></div>
  [/#if]
  [@layout.errorSummary errors=errors title="De instellingen zijn niet opgeslagen" /]
  <p class="utrecht-paragraph">Wat u hier verandert, geldt meteen voor bewoners: op de website, in de formulieren en bij het stemmen. Datums schrijft u als dag-maand-jaar, zoals 14-5-2024; een fase loopt van de begindatum tot en met de einddatum.</p>
  [#if fromFile]
  <p class="utrecht-paragraph">Deze campagne komt uit een instellingenbestand van de beheerder. Verandert dat bestand, dan vervangt het bij de volgende start wat u hier opslaat.</p>
  [/#if]
  <form method="post" action="${base}" class="wz-form wz-settings" accept-charset="UTF-8" novalidate aria-labelledby="wz-campagne-titel">
    <input type="hidden" name="token" value="${token}">
    [#-- Which settings this form showed: a save by someone else meanwhile is pointed out. --]
    <input type="hidden" name="stand" value="${stand}">
    <h2 class="utrecht-heading-2" id="wz-campagne-titel">Campagne</h2>
    [@f.text name="title" label="Titel" hint="Staat boven elke pagina, bijvoorbeeld Wij(k) aan zet!" /]
    [@f.text name="intro" label="Inleiding" type="textarea" optional=true hint="Een paar zinnen bovenaan de campagnepagina." /]
    [@f.text name="website" label="Website" optional=true hint="Het adres van de campagnepagina, met https://. E-mails aan bewoners linken hiernaar." /]

    <section aria-labelledby="wz-fases-titel">
      <h2 class="utrecht-heading-2" id="wz-fases-titel">Fases</h2>
      <p class="utrecht-paragraph">De volgorde van de fases ligt vast. Een fase begint na het einde van de vorige. Alleen de laatste fase mag zonder einddatum.</p>
      [#list phases as phase]
      <fieldset class="utrecht-form-fieldset wz-form__group">
        <legend class="utrecht-form-fieldset__legend">Fase ${phase.number}: ${phase.name}</legend>
        [@f.text name="phases-" + phase.index + "-title" label="Naam van de fase" /]
        [@f.text name="phases-" + phase.index + "-start" label="Begindatum" hint="Zoals 1-4-2024." inputmode="numeric" width="date" /]
        [@f.text name="phases-" + phase.index + "-end" label="Einddatum" optional=phase.last hint=phase.last?then("Leeg: loopt door tot de campagne stopt.", "Tot en met deze dag.") inputmode="numeric" width="date" /]
        [@f.text name="phases-" + phase.index + "-description" label="Uitleg voor bewoners" type="textarea" optional=true /]
      </fieldset>
      [/#list]
    </section>

    <section aria-labelledby="wz-regels-titel">
      <h2 class="utrecht-heading-2" id="wz-regels-titel">Stemmen en uitslag</h2>
      [@f.text name="rules-choicesPerBallot" label="Keuzes per stem" hint=votingLocked?then("Er is al gestemd: dit ligt nu vast.", "Op hoeveel punten een bewoner mag stemmen, van 1 tot en met 20.") inputmode="numeric" width="number" locked=votingLocked /]
      [@f.checkbox name="rules-ballotsChangeable" locked=votingLocked label="Bewoners mogen hun stem veranderen tot het stemmen sluit" hint=votingLocked?then("Er is al gestemd: dit ligt nu vast.", "Dan telt alleen hun laatste stem. Daarvoor bewaren we een koppeling tussen kiezer en stem: overleg eerst met de privacyfunctionaris.") /]
      [@f.text name="rules-winnersPerWijk" label="Gekozen punten per wijk" hint=resultsLocked?then("De uitslag is bekend: dit ligt nu vast.", "Hoeveel punten per wijk worden uitgevoerd, van 1 tot en met 20.") inputmode="numeric" width="number" locked=resultsLocked /]
      [@f.checkbox name="rules-nextMovesUp" locked=resultsLocked label="Is een gekozen punt niet haalbaar, dan schuift het volgende punt door" hint=resultsLocked?then("De uitslag is bekend: dit ligt nu vast.", "") /]
    </section>

    [@list kind="wijken" legend="Wijken" rows=wijken newLegend="Nieuwe wijk" fields=wijkFields]
      <p class="utrecht-paragraph">Het aantal inwoners is nodig voor de opkomst in de uitslag. Een wijk met verbeterpunten kunt u niet weghalen.</p>
    [/@list]
    [@list kind="categories" legend="Onderwerpen" rows=categories newLegend="Nieuw onderwerp" fields=categoryFields]
      <p class="utrecht-paragraph">Bewoners kiezen een onderwerp bij hun verbeterpunt. Een onderwerp dat al gekozen is, kunt u niet weghalen; de naam kunt u wel veranderen.</p>
    [/@list]
    [@list kind="rejectionReasons" legend="Redenen om af te wijzen" rows=reasons newLegend="Nieuwe reden" fields=reasonFields]
      <p class="utrecht-paragraph">De indiener leest de reden in de e-mail over de afwijzing, met de uitleg van de moderator eronder.</p>
    [/@list]

    <div class="wz-form__actions"><button class="utrecht-button utrecht-button--primary-action" type="submit">Instellingen opslaan</button></div>
  </form>
[/@layout.page]
