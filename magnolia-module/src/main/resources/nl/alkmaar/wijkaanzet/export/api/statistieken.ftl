[#ftl output_format="HTML"]
[#-- The editors' statistics at a glance: bars drawn in SVG (a drawing only, aria-hidden) beside
     the numbers written out, so the page reads as text; and the downloads for the council. --]
[#import "layout.ftl" as layout]
[#macro chart id caption bars one many]
<figure class="wz-results__figure" aria-labelledby="${id}">
  <figcaption class="wz-results__caption" id="${id}">${caption}</figcaption>
  <ul class="wz-results__chart" role="list">
    [#list bars as bar]
    <li class="wz-results__row">
      <span class="wz-results__label">${bar.label}</span>
      <span class="wz-results__count">${bar.count} [#if bar.count == 1]${one}[#else]${many}[/#if][#if bar.note?has_content] (${bar.note})[/#if]</span>
      <svg class="wz-results__bar" width="100%" height="16" aria-hidden="true" focusable="false"><rect x="0" y="0" width="${bar.percent?c}%" height="16" rx="2"></rect></svg>
    </li>
    [/#list]
  </ul>
</figure>
[/#macro]
[@layout.page crumbs=[]]
  <h1 class="utrecht-heading-1">Statistieken</h1>
  <p class="utrecht-paragraph">Alle cijfers zijn aantallen per wijk, kanaal of manier van stemmen. Ze gaan nooit over één persoon.</p>

  <h2 class="utrecht-heading-2">Verbeterpunten: ${points} ingestuurd</h2>
  [@chart id="wz-punten-wijk" caption="Ingestuurde punten per wijk" bars=pointsPerWijk one="punt" many="punten" /]
  [@chart id="wz-punten-kanaal" caption="Ingestuurde punten per kanaal" bars=pointsPerChannel one="punt" many="punten" /]

  <h2 class="utrecht-heading-2">Stemmen: ${ballots} [#if ballots == 1]inwoner heeft[#else]inwoners hebben[/#if] gestemd</h2>
  [@chart id="wz-stemmen-wijk" caption="Stemmers per wijk" bars=ballotsPerWijk one="stemmer" many="stemmers" /]
  [#if ballotsPerWay?has_content]
  [@chart id="wz-stemmen-manier" caption="Stemmers per manier van stemmen" bars=ballotsPerWay one="stemmer" many="stemmers" /]
  [/#if]

  <h2 class="utrecht-heading-2">Downloads voor de gemeenteraad</h2>
  <ul class="utrecht-unordered-list">
    <li><a class="utrecht-link" href="${api}/export/punten.csv">Alle punten (CSV voor Excel)</a></li>
    <li><a class="utrecht-link" href="${api}/export/wijken.csv">Overzicht per wijk (CSV voor Excel)</a></li>
  </ul>
[/@layout.page]
