[#ftl output_format="HTML"]
[#-- Feasibility review, overview: per wijk how many published points have a verdict. --]
[#import "layout.ftl" as layout]
[@layout.page crumbs=[]]
  <h1 class="utrecht-heading-1">Haalbaarheid</h1>
  <p class="utrecht-paragraph">Bekijk per gepubliceerd punt of de gemeente het kan uitvoeren en betalen. U kunt beginnen voordat het stemmen sluit: de punten met de meeste stemmen staan bovenaan. Bewoners lezen uw uitleg op de uitslagpagina.</p>
  <p class="utrecht-paragraph" id="wz-voortgang">[#if points == 0]Er zijn nog geen gepubliceerde punten.[#elseif open == 0]Alle ${points} punten hebben een oordeel.[#else]${reviewed} van de ${points} punten [#if reviewed == 1]heeft[#else]hebben[/#if] een oordeel, nog ${open} te doen.[/#if]</p>

  <div class="wz-table-scroll" role="region" aria-labelledby="wz-haalbaarheid-titel" tabindex="0">
    <table class="wz-table">
      <caption id="wz-haalbaarheid-titel">Oordelen per wijk</caption>
      <thead>
        <tr>
          <th scope="col">Wijk</th>
          <th scope="col" class="wz-table__number">Punten</th>
          <th scope="col" class="wz-table__number">Haalbaar</th>
          <th scope="col" class="wz-table__number">Onder voorwaarden</th>
          <th scope="col" class="wz-table__number">Niet haalbaar</th>
          <th scope="col" class="wz-table__number">Nog te doen</th>
        </tr>
      </thead>
      <tbody>
        [#list rows as row]
        <tr>
          <th scope="row"><a class="utrecht-link" href="${row.url}">${row.name}</a></th>
          <td class="wz-table__number">${row.points}</td>
          <td class="wz-table__number">${row.feasible}</td>
          <td class="wz-table__number">${row.conditional}</td>
          <td class="wz-table__number">${row.notFeasible}</td>
          <td class="wz-table__number">[#if row.open > 0]<strong>${row.open}</strong>[#else]0[/#if]</td>
        </tr>
        [/#list]
      </tbody>
    </table>
  </div>
[/@layout.page]
