[#ftl output_format="HTML"]
[#-- One wijk's points: status tabs with counts, search and sort (GET), and a table whose rows can
     be selected for a bulk action (POST /bulk). --]
[#import "layout.ftl" as layout]
[@layout.page crumbs=[{"label": "Overzicht", "url": base}, {"label": wijk.name, "url": ""}]]
  <h1 class="utrecht-heading-1">Punten in ${wijk.name}</h1>
  [#if results?has_content]
  [#assign failed = results?filter(r -> !r.ok)]
  <div class="utrecht-alert [#if failed?has_content]utrecht-alert--error[#else]utrecht-alert--ok[/#if] wz-moderation__results" role="[#if failed?has_content]alert[#else]status[/#if]" tabindex="-1" autofocus id="wz-resultaat">
    <h2 class="utrecht-heading-2">[#if failed?has_content]Niet alles is gelukt[#else]Gelukt[/#if]</h2>
    <ul class="utrecht-unordered-list">
      [#list results as result]
      <li>[#if result.reference?has_content]${result.reference}: [/#if]${result.message}</li>
      [/#list]
    </ul>
  </div>
  [/#if]

  <nav class="wz-tabs" aria-label="Status">
    <ul>
      [#list tabs as tab]
      <li><a class="wz-tabs__link" href="${tab.url}"[#if tab.current] aria-current="page"[/#if]>${tab.label} <span class="wz-tabs__count">(${tab.count})</span></a></li>
      [/#list]
    </ul>
  </nav>

  <form class="wz-form wz-moderation__filter" method="get" action="${wijk.url}" role="search" aria-label="Punten zoeken">
    <input type="hidden" name="status" value="${filter.status}">
    <div class="utrecht-form-field utrecht-form-field--text wz-form__field">
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-zoek">Zoek in titel, tekst, plek of referentie</label></div>
      <div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input" id="wz-zoek" name="q" type="search" value="${filter.query}" maxlength="100"></div>
    </div>
    <div class="utrecht-form-field utrecht-form-field--select wz-form__field">
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-sorteer">Volgorde</label></div>
      <div class="utrecht-form-field__input">
        <select class="utrecht-select utrecht-select--html-select" id="wz-sorteer" name="sort">
          <option value="oud"[#if filter.sort == "oud"] selected[/#if]>Oudste eerst</option>
          <option value="nieuw"[#if filter.sort == "nieuw"] selected[/#if]>Nieuwste eerst</option>
        </select>
      </div>
    </div>
    <div class="wz-form__actions"><button class="utrecht-button utrecht-button--secondary-action" type="submit">Zoeken</button></div>
  </form>

  <p class="utrecht-paragraph" id="wz-aantal">${rows?size} [#if rows?size == 1]punt[#else]punten[/#if][#if filter.query?has_content] met "${filter.query}"[/#if].</p>

  [#if rows?has_content]
  <form class="wz-form" method="post" action="${base}/bulk" accept-charset="UTF-8">
    <input type="hidden" name="token" value="${token}">
    <input type="hidden" name="wijk" value="${wijk.id}">
    <input type="hidden" name="status" value="${filter.status}">
    <input type="hidden" name="q" value="${filter.query}">
    <input type="hidden" name="sort" value="${filter.sort}">
    <div class="wz-table-scroll" role="region" aria-labelledby="wz-wachtrij-titel" tabindex="0">
      <table class="wz-table">
        <caption id="wz-wachtrij-titel">Punten in ${wijk.name}, ${filter.sort?switch("nieuw", "nieuwste", "oudste")} eerst</caption>
        <thead>
          <tr>
            <th scope="col"><span class="wz-visually-hidden">Kiezen</span></th>
            <th scope="col">Referentie</th>
            <th scope="col">Titel</th>
            <th scope="col">Onderwerp</th>
            <th scope="col">Kanaal</th>
            <th scope="col">Ingediend</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          [#list rows as row]
          <tr>
            <td class="wz-table__select">
              [#-- The whole cell is the label: a 44 px target for the small checkbox. --]
              <label class="wz-table__select-label" for="wz-kies-${row.id}">
                <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" name="punt" value="${row.id}" id="wz-kies-${row.id}">
                <span class="wz-visually-hidden">Kies ${row.reference}: ${row.title}</span>
              </label>
              <input type="hidden" name="versie-${row.id}" value="${row.version?c}">
            </td>
            <th scope="row"><a class="utrecht-link" href="${row.url}">${row.reference}</a></th>
            <td>${row.title}[#if row.hasPhoto] <span class="wz-badge">foto</span>[/#if]</td>
            <td>${row.category}</td>
            <td>${row.channel}</td>
            <td>${row.submittedAt}</td>
            <td>${row.status}</td>
          </tr>
          [/#list]
        </tbody>
      </table>
    </div>

    <fieldset class="utrecht-form-fieldset wz-moderation__bulk" aria-describedby="wz-bulk-uitleg">
      <legend class="utrecht-form-fieldset__legend">Wat doet u met de gekozen punten?</legend>
      <p class="utrecht-paragraph" id="wz-bulk-uitleg">Elk punt wordt apart behandeld: als iemand anders een punt net veranderde, slaan we dat punt over en ziet u waarom.</p>
      <div class="utrecht-form-field utrecht-form-field--select wz-form__field">
        <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-bulkactie">Actie</label></div>
        <div class="utrecht-form-field__input">
          <select class="utrecht-select utrecht-select--html-select" id="wz-bulkactie" name="bulkactie" aria-required="true">
            <option value="">Kies een actie</option>
            <option value="publiceren">Publiceren (niet voor punten met een foto: die bekijkt u apart)</option>
            <option value="afwijzen">Afwijzen (met de reden hieronder)</option>
            <option value="samenvoegen">Samenvoegen met het punt hieronder</option>
          </select>
        </div>
      </div>
      <div class="utrecht-form-field utrecht-form-field--select wz-form__field">
        <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-bulk-reden">Reden bij afwijzen</label></div>
        <div class="utrecht-form-field__input">
          <select class="utrecht-select utrecht-select--html-select" id="wz-bulk-reden" name="reason">
            <option value="">Kies een reden</option>
            [#list reasons as reason]<option value="${reason.id}">${reason.text}</option>[/#list]
          </select>
        </div>
      </div>
      <div class="utrecht-form-field utrecht-form-field--textarea wz-form__field">
        <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-bulk-toelichting">Toelichting bij afwijzen <span class="wz-form__optional">(optioneel)</span></label></div>
        <div class="utrecht-form-field__description" id="wz-bulk-toelichting-uitleg">Verplicht als u 'anders' kiest.</div>
        <div class="utrecht-form-field__input"><textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="wz-bulk-toelichting" name="explanation" rows="3" maxlength="1000" aria-describedby="wz-bulk-toelichting-uitleg"></textarea></div>
      </div>
      <div class="utrecht-form-field utrecht-form-field--text wz-form__field">
        <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-bulk-doel">Referentie van het punt waarmee u samenvoegt</label></div>
        <div class="utrecht-form-field__description" id="wz-bulk-doel-uitleg">Bijvoorbeeld WAZ-ABCD-EFGH. Dat punt houdt zijn tekst.</div>
        <div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input" id="wz-bulk-doel" name="into" type="text" autocomplete="off" spellcheck="false" aria-describedby="wz-bulk-doel-uitleg"></div>
      </div>
      <div class="wz-form__actions"><button class="utrecht-button utrecht-button--primary-action" type="submit">Uitvoeren</button></div>
    </fieldset>
  </form>
  [/#if]
[/@layout.page]
