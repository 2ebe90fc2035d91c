[#ftl output_format="HTML"]
[#-- The editors' voting screen: ballots and letter codes per wijk, making codes, a recount. --]
[#import "layout.ftl" as layout]
[#macro fieldError name]
[#if fieldErrors[name]??]<div class="utrecht-form-field-error-message wz-form__error" id="wz-veld-${name}-fout">${fieldErrors[name]}</div>[/#if]
[/#macro]
[@layout.page crumbs=[]]
  <h1 class="utrecht-heading-1">Stemmen beheren</h1>
  [@layout.errorSummary errors=errors title="Er zijn geen stemcodes gemaakt" /]
  <p class="utrecht-paragraph">[#if open]<strong>Stemmen is open.</strong> [/#if]${window}</p>

  <div class="wz-table-scroll" role="region" aria-labelledby="wz-stemmen-titel" tabindex="0">
    <table class="wz-table">
      <caption id="wz-stemmen-titel">Stemcodes en stemmen per wijk</caption>
      <thead>
        <tr>
          <th scope="col">Wijk</th>
          <th scope="col" class="wz-table__number">Stemcodes gemaakt</th>
          <th scope="col" class="wz-table__number">Stemmen geteld</th>
        </tr>
      </thead>
      <tbody>
        [#list rows as row]
        <tr>
          <th scope="row">${row.name}</th>
          <td class="wz-table__number">${row.codes}</td>
          <td class="wz-table__number">${row.ballots}</td>
        </tr>
        [/#list]
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Totaal</th>
          <td class="wz-table__number">${totalCodes}</td>
          <td class="wz-table__number">${totalBallots}</td>
        </tr>
      </tfoot>
    </table>
  </div>

  <h2 class="utrecht-heading-2" id="wz-codes-maken">Stemcodes maken</h2>
  <p class="utrecht-paragraph">U krijgt een CSV-bestand met de kolommen <code>wijk</code> en <code>code</code> voor de brieven (in Word: Verzendlijst, Bestaande lijst gebruiken; in Excel: Gegevens, Uit tekst/CSV, scheidingsteken komma). Bewaar het alleen zolang de brieven gemaakt worden: de codes staan nergens anders. Elke code werkt één keer, alleen voor zijn wijk.</p>
  <p class="utrecht-paragraph">Ging het downloaden mis? Maak dan nieuwe codes. Codes die u niet kreeg, kent niemand: ze tellen mee bij "Stemcodes gemaakt", maar niemand kan ermee stemmen.</p>
  <form method="post" action="${base}/codes" class="wz-form" accept-charset="UTF-8" aria-labelledby="wz-codes-maken">
    <input type="hidden" name="token" value="${token}">
    <div class="utrecht-form-field utrecht-form-field--select[#if fieldErrors.wijk??] utrecht-form-field--invalid[/#if] wz-form__field">
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-veld-wijk">Wijk</label></div>
      [@fieldError "wijk" /]
      <div class="utrecht-form-field__input">
        <select class="utrecht-select utrecht-select--html-select" id="wz-veld-wijk" name="wijk" aria-required="true"[#if fieldErrors.wijk??] aria-invalid="true" aria-describedby="wz-veld-wijk-fout"[/#if]>
          <option value="">Kies een wijk</option>
          [#list rows as row]<option value="${row.id}"[#if (posted.wijk!"") == row.id] selected[/#if]>${row.name}</option>[/#list]
        </select>
      </div>
    </div>
    <div class="utrecht-form-field utrecht-form-field--text[#if fieldErrors.aantal??] utrecht-form-field--invalid[/#if] wz-form__field">
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-veld-aantal">Aantal codes</label></div>
      <div class="utrecht-form-field__description" id="wz-veld-aantal-uitleg">Een heel getal van 1 tot en met 200.000, bijvoorbeeld het aantal adressen in de wijk.</div>
      [@fieldError "aantal" /]
      <div class="utrecht-form-field__input">
        <input class="utrecht-textbox utrecht-textbox--html-input[#if fieldErrors.aantal??] utrecht-textbox--invalid[/#if]" id="wz-veld-aantal" name="aantal" type="text" inputmode="numeric" autocomplete="off" value="${posted.aantal!""}" aria-required="true" aria-describedby="wz-veld-aantal-uitleg[#if fieldErrors.aantal??] wz-veld-aantal-fout[/#if]"[#if fieldErrors.aantal??] aria-invalid="true"[/#if]>
      </div>
    </div>
    <div class="wz-form__actions"><button class="utrecht-button utrecht-button--primary-action" type="submit">Maak stemcodes en download ze</button></div>
  </form>

  <h2 class="utrecht-heading-2" id="wz-hertellen">Hertellen</h2>
  <p class="utrecht-paragraph">Telt alle opgeslagen stemmen opnieuw en vergelijkt ze met de tellingen op de website. Er verandert niets.</p>
  [#if recount?has_content]
  [#if recount.agrees]
  <div class="utrecht-alert utrecht-alert--ok" role="status" id="wz-hertelling" tabindex="-1" autofocus><p class="utrecht-paragraph">Opnieuw geteld: ${recount.ballots} [#if recount.ballots == 1]stem[#else]stemmen[/#if]. De tellingen kloppen.</p></div>
  [#else]
  <div class="utrecht-alert utrecht-alert--error" role="alert" id="wz-hertelling" tabindex="-1" autofocus>
    <p class="utrecht-paragraph">Opnieuw geteld: ${recount.ballots} [#if recount.ballots == 1]stem[#else]stemmen[/#if]. De tellingen op de website wijken daarvan af. Meld dit aan de beheerder.</p>
    <ul class="utrecht-unordered-list">[#list recount.differences as difference]<li>${difference}</li>[/#list]</ul>
  </div>
  [/#if]
  [/#if]
  <form method="get" action="${base}" class="wz-form">
    <input type="hidden" name="hertellen" value="ja">
    <div class="wz-form__actions"><button class="utrecht-button utrecht-button--secondary-action" type="submit">Tel alle stemmen opnieuw</button></div>
  </form>
[/@layout.page]
