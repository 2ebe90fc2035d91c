[#ftl output_format="HTML"]
[#-- The editors' execution screen: every chosen point with its status and planned date. --]
[#import "layout.ftl" as layout]
[@layout.page crumbs=[]]
  <h1 class="utrecht-heading-1">Uitvoering</h1>
  [#if saved?has_content]
  <div class="utrecht-alert utrecht-alert--ok" role="status" id="wz-opgeslagen" tabindex="-1" autofocus><p class="utrecht-paragraph">Het bericht over ${saved} is opgeslagen. [#if mailed == 0]Niemand krijgt het per e-mail (geen indiener liet een e-mailadres achter en niemand volgt de wijk): het staat alleen op de website.[#elseif mailed == 1]1 inwoner krijgt het per e-mail.[#else]${mailed} inwoners krijgen het per e-mail.[/#if]</p></div>
  [/#if]
  [#if !published]
  <p class="utrecht-paragraph">De uitslag is nog niet gepubliceerd. Na de uitslag houdt u hier bij hoe het gaat met de gekozen punten.</p>
  [#elseif !rows?has_content]
  <p class="utrecht-paragraph">In de uitslag is geen punt gekozen.</p>
  [#else]
  <p class="utrecht-paragraph">Schrijf bij elk gekozen punt wat er gebeurt. Bewoners lezen het op de website; wie het punt instuurde en een e-mailadres achterliet, krijgt elk bericht per e-mail.</p>
  <div class="wz-table-scroll" role="region" aria-labelledby="wz-uitvoering-titel" tabindex="0">
    <table class="wz-table">
      <caption id="wz-uitvoering-titel">Gekozen punten</caption>
      <thead>
        <tr>
          <th scope="col">Punt</th>
          <th scope="col">Wijk</th>
          <th scope="col">Status</th>
          <th scope="col">Verwacht klaar</th>
        </tr>
      </thead>
      <tbody>
        [#list rows as row]
        <tr id="punt-${row.id}">
          <th scope="row"><a class="utrecht-link" href="${row.url}">${row.reference}: ${row.title}</a></th>
          <td>${row.wijk}</td>
          <td>${row.status}</td>
          <td>${row.planned}</td>
        </tr>
        [/#list]
      </tbody>
    </table>
  </div>
  [/#if]
[/@layout.page]
