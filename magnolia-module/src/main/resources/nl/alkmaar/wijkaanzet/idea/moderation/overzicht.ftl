[#ftl output_format="HTML"]
[#-- Start of the moderation screens: how many points each wijk has in each status. --]
[#import "layout.ftl" as layout]
[@layout.page crumbs=[]]
  <h1 class="utrecht-heading-1">Moderatie</h1>
  <p class="utrecht-paragraph">Kies een wijk om de ingediende punten te beoordelen. Een getal brengt u meteen naar de punten met die status.</p>
  <div class="wz-table-scroll" role="region" aria-labelledby="wz-overzicht-titel" tabindex="0">
    <table class="wz-table">
      <caption id="wz-overzicht-titel">Aantal punten per wijk en status</caption>
      <thead>
        <tr>
          <th scope="col">Wijk</th>
          [#list statuses as status]<th scope="col" class="wz-table__number">${status}</th>[/#list]
        </tr>
      </thead>
      <tbody>
        [#list rows as row]
        <tr>
          <th scope="row"><a class="utrecht-link" href="${row.url}">${row.name}</a></th>
          [#list row.cells as cell]
          <td class="wz-table__number">[#if cell.count > 0]<a class="utrecht-link" href="${cell.url}" aria-label="${cell.count} ${statuses[cell?index]?lower_case} in ${row.name}">${cell.count}</a>[#else]0[/#if]</td>
          [/#list]
        </tr>
        [/#list]
      </tbody>
    </table>
  </div>
  [#if undelivered?has_content]
  <h2 class="utrecht-heading-2" id="wz-niet-afgeleverd">Niet afgeleverd</h2>
  <p class="utrecht-paragraph">Deze berichten konden we na alle pogingen niet afleveren. Neem contact op met de ontvanger of de beheerder, en noem de referentie uit het onderwerp.</p>
  <div class="wz-table-scroll" role="region" aria-labelledby="wz-niet-afgeleverd" tabindex="0">
    <table class="wz-table">
      <thead><tr><th scope="col">Aangemaakt</th><th scope="col">Soort</th><th scope="col">Onderwerp</th><th scope="col">Laatste fout</th></tr></thead>
      <tbody>
        [#list undelivered as message]
        <tr><td>${message.at}</td><td>${message.kind}</td><td>${message.subject}</td><td>${message.error}</td></tr>
        [/#list]
      </tbody>
    </table>
  </div>
  [/#if]
[/@layout.page]
