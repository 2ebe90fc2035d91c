[#ftl output_format="HTML"]
[#-- After the campaign: what personal data is still stored (numbers only) and the two steps that
     delete it. Each step has a tick box; a step that cannot be taken yet says why. --]
[#import "layout.ftl" as layout]
[#import "fields.ftl" as f]
[@layout.page crumbs=[]]
  <h1 class="utrecht-heading-1">Persoonsgegevens na de campagne</h1>
  [@layout.errorSummary errors=errors title="Er is niets verwijderd" /]
  [#if deleted == 'stemregister']
  <div class="utrecht-alert utrecht-alert--ok" role="status" id="wz-verwijderd" tabindex="-1" autofocus><p class="utrecht-paragraph">Het stemregister is verwijderd. De stemmen zelf en de uitslag blijven bewaard.</p></div>
  [#elseif deleted == 'contactgegevens']
  <div class="utrecht-alert utrecht-alert--ok" role="status" id="wz-verwijderd" tabindex="-1" autofocus><p class="utrecht-paragraph">De contactgegevens zijn verwijderd. Niemand krijgt nog e-mail over deze campagne.</p></div>
  [/#if]
  <p class="utrecht-paragraph">Persoonsgegevens bewaren we niet langer dan nodig. Na de campagne verwijdert u ze hier in twee stappen. Wat blijft, zegt niets over personen: de verbeterpunten, de stemmen, de uitslag en de berichten over de uitvoering.</p>
  [#if editions?size > 1]
  <form method="get" action="${base}/" class="wz-form" aria-label="Campagne kiezen">
    <div class="utrecht-form-field utrecht-form-field--select wz-form__field">
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-veld-campagne">Campagne</label></div>
      <div class="utrecht-form-field__description" id="wz-veld-campagne-uitleg">De campagne van nu staat bovenaan; daaronder eerdere edities die op deze website bewaard zijn.</div>
      <div class="utrecht-form-field__input">
        <select class="utrecht-select utrecht-select--html-select" id="wz-veld-campagne" name="campagne" aria-describedby="wz-veld-campagne-uitleg">
          [#list editions as edition]<option value="${edition}"[#if edition == chosenEdition] selected[/#if]>${edition}</option>[/#list]
        </select>
      </div>
    </div>
    <div class="wz-form__actions"><button class="utrecht-button utrecht-button--secondary-action" type="submit">Toon deze campagne</button></div>
  </form>
  [/#if]

  <div class="wz-table-scroll" role="region" aria-labelledby="wz-gegevens-titel" tabindex="0">
    <table class="wz-table">
      <caption id="wz-gegevens-titel">Wat nu bewaard wordt van ${chosenEdition}</caption>
      <thead><tr><th scope="col">Gegevens</th><th scope="col" class="wz-table__number">Aantal</th></tr></thead>
      <tbody>
        <tr><th scope="row">Stemmers in het register</th><td class="wz-table__number">${voters}</td></tr>
        <tr><th scope="row">Stemcodes</th><td class="wz-table__number">${codes}</td></tr>
        <tr><th scope="row">Stemmen die wachten op de link in de e-mail</th><td class="wz-table__number">${pendingBallots}</td></tr>
        <tr><th scope="row">Indieners met naam en e-mailadres</th><td class="wz-table__number">${submitters}</td></tr>
        <tr><th scope="row">Volgers van een wijk</th><td class="wz-table__number">${followers}</td></tr>
        <tr><th scope="row">Verstuurde e-mails met adres en tekst</th><td class="wz-table__number">${mailsWithAddress}</td></tr>
        <tr><th scope="row">E-mails die nog verstuurd worden</th><td class="wz-table__number">${mailsWaiting}</td></tr>
      </tbody>
    </table>
  </div>

  <h2 class="utrecht-heading-2" id="wz-stap-register">Stap 1: het stemregister</h2>
  <p class="utrecht-paragraph">Het register zorgt dat iedereen maar één keer stemt: wie gestemd heeft (als versleutelde sleutel), de stemcodes en de stemmen die nog wachten op de link in de e-mail. Na de uitslag is het niet meer nodig. De stemmen zelf blijven: daarmee kunt u altijd opnieuw tellen.</p>
  [#if registerRefusal?has_content]
  <div class="utrecht-alert utrecht-alert--info" role="status"><p class="utrecht-paragraph">${registerRefusal}</p></div>
  [#else]
  <form method="post" action="${base}/stemregister" class="wz-form" accept-charset="UTF-8" aria-labelledby="wz-stap-register">
    <input type="hidden" name="token" value="${token}">
    <input type="hidden" name="campagne" value="${chosenEdition}">
    [@f.checkbox name="register-zeker" label="Ik weet dat het stemregister en de stemcodes hierna weg zijn. Dit kan niet ongedaan worden gemaakt." /]
    <div class="wz-form__actions"><button class="utrecht-button utrecht-button--primary-action" type="submit">Verwijder het stemregister</button></div>
  </form>
  [/#if]

  <h2 class="utrecht-heading-2" id="wz-stap-contact">Stap 2: contactgegevens</h2>
  <p class="utrecht-paragraph">Namen en e-mailadressen van indieners, de volgers van de wijken, en adres en tekst van verstuurde e-mails. Doe dit als de gemeente niemand meer hoeft te mailen over deze campagne: daarna krijgen indieners en volgers geen berichten meer over de uitvoering.</p>
  [#if contactsRefusal?has_content]
  <div class="utrecht-alert utrecht-alert--info" role="status"><p class="utrecht-paragraph">${contactsRefusal}</p></div>
  [#else]
  <form method="post" action="${base}/contactgegevens" class="wz-form" accept-charset="UTF-8" aria-labelledby="wz-stap-contact">
    <input type="hidden" name="token" value="${token}">
    <input type="hidden" name="campagne" value="${chosenEdition}">
    [@f.checkbox name="contact-zeker" label="Ik weet dat indieners en volgers hierna geen e-mail meer krijgen. Dit kan niet ongedaan worden gemaakt." /]
    <div class="wz-form__actions"><button class="utrecht-button utrecht-button--primary-action" type="submit">Verwijder de contactgegevens</button></div>
  </form>
  [/#if]
[/@layout.page]
