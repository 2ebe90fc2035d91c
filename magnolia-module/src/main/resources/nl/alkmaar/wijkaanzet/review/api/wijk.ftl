[#ftl output_format="HTML"]
[#-- Feasibility review of one wijk: its published points, most votes first, with the verdict. --]
[#import "layout.ftl" as layout]
[@layout.page crumbs=[{"label": "Haalbaarheid", "url": base}, {"label": wijk.name, "url": ""}]]
  <h1 class="utrecht-heading-1">Haalbaarheid in ${wijk.name}</h1>
  [#if saved?has_content]
  <div class="utrecht-alert utrecht-alert--ok" role="status" id="wz-opgeslagen" tabindex="-1" autofocus><p class="utrecht-paragraph">Het oordeel over ${saved} is opgeslagen.</p></div>
  [/#if]
  [#if rows?has_content]
  <p class="utrecht-paragraph">[#if open == 0]Alle punten van deze wijk zijn beoordeeld.[#else]Nog ${open} van de ${rows?size} punten zonder oordeel.[/#if] De punten met de meeste stemmen staan bovenaan.</p>
  <div class="wz-table-scroll" role="region" aria-labelledby="wz-punten-titel" tabindex="0">
    <table class="wz-table">
      <caption id="wz-punten-titel">Gepubliceerde punten in ${wijk.name}</caption>
      <thead>
        <tr>
          <th scope="col">Punt</th>
          <th scope="col" class="wz-table__number">Stemmen</th>
          <th scope="col">Oordeel</th>
          <th scope="col" class="wz-table__number">Kosten</th>
        </tr>
      </thead>
      <tbody>
        [#list rows as row]
        <tr id="punt-${row.id}">
          <th scope="row"><a class="utrecht-link" href="${row.url}">${row.reference}: ${row.title}</a></th>
          <td class="wz-table__number">${row.votes}</td>
          <td>[#if row.verdict?has_content]${row.verdict}[#else]<strong>Nog niet beoordeeld</strong>[/#if]</td>
          <td class="wz-table__number">${row.cost}</td>
        </tr>
        [/#list]
      </tbody>
    </table>
  </div>
  [#else]
  <p class="utrecht-paragraph">Deze wijk heeft nog geen gepubliceerde punten.</p>
  [/#if]
[/@layout.page]
