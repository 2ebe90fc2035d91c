[#ftl output_format="HTML"]
[#-- The published results of one wijk (or, with allWijken, the turnout and chosen points of every
     wijk). Everything is text first: the bars are SVG drawings beside numbers that are written
     out, and the whole ranking is also a table. Before the editor publishes, only when. --]
[#-- The campaign this component is for: the page's or its own (a campaign beside the main one). --]
[#assign wijkfn = wijkfn.of((content.campaign)!((cmsfn.page(content).campaign)!''))]
[#assign page = cmsfn.page(content)!{}]
[#assign allValue = content.allWijken!false]
[#assign all = allValue?is_boolean?then(allValue, allValue?string == 'true')]
[#assign wijkId = all?then('', content.wijk!page.wijk!'')]
[#-- Empty: the campaign of now; an earlier edition's id shows its results as published. --]
[#assign campaignId = content.campaign!'']
[#assign results = wijkfn.results(campaignId, wijkId, cmsfn.language())]
[#assign wijkInfo = wijkfn.wijk(campaignId, wijkId)]
[#-- The id of a known wijk only: the dialog's free text never goes into an id. --]
[#assign idPrefix = results.edition?has_content?then(results.edition + "-", "")]
[#assign headingId = "wz-results-title-" + idPrefix + all?then("all", wijkInfo.id!"")]

[#macro bar percent]
<svg class="wz-results__bar" width="100%" height="16" aria-hidden="true" focusable="false"><rect x="0" y="0" width="${percent?c}%" height="16" rx="2"></rect></svg>
[/#macro]

[#if all || wijkInfo?has_content]
<section class="wz-results" aria-labelledby="${headingId}">
[#if all]
  <h2 class="utrecht-heading-2" id="${headingId}">${content.title?has_content?then(content.title, i18n['wijkaanzet.results.all.title'])}</h2>
[#else]
  <h2 class="utrecht-heading-2" id="${headingId}">${content.title?has_content?then(content.title, i18n.get('wijkaanzet.results.title', [wijkInfo.name!'']))}</h2>
[/#if]
[#if !results.published]
  <p class="utrecht-paragraph">[#if results.announced?has_content]${i18n.get('wijkaanzet.results.upcoming', [results.announced])}[#else]${i18n['wijkaanzet.results.soon']}[/#if]</p>
[#elseif all]
  <figure class="wz-results__figure">
    <figcaption class="wz-results__caption">${i18n['wijkaanzet.results.turnout.caption']}</figcaption>
    <ul class="wz-results__chart" role="list">
      [#list results.wijken as wijk]
      <li class="wz-results__row">
        <span class="wz-results__label">${wijk.name}</span>
        <span class="wz-results__count">[#if wijk.turnout?has_content]${i18n.get('wijkaanzet.results.turnout', [wijk.turnout, wijk.ballots])}[#else]${i18n.get('wijkaanzet.results.voters', [wijk.ballots])}[/#if]</span>
        [@bar percent=wijk.turnoutBar /]
      </li>
      [/#list]
    </ul>
  </figure>
  [#list results.wijken as wijk]
  <h3 class="utrecht-heading-3" id="wz-results-${idPrefix}${wijk.id}">${wijk.name}</h3>
  [#if wijk.chosen?has_content]
  <ol class="wz-results__chosen">
    [#list wijk.chosen as point]<li>${point.title} <span class="wz-results__votes">(${i18n.get('wijkaanzet.results.votes', [point.votes])})</span></li>[/#list]
  </ol>
  [#else]
  <p class="utrecht-paragraph">${i18n['wijkaanzet.results.none']}</p>
  [/#if]
  [/#list]
[#elseif results.wijk?has_content]
  [#assign wijk = results.wijk]
  <p class="utrecht-paragraph wz-results__turnout">[#if wijk.turnout?has_content]${i18n.get('wijkaanzet.results.turnout.wijk', [wijk.ballots, wijk.residents, wijk.turnout])}[#else]${i18n.get('wijkaanzet.results.voters', [wijk.ballots])}[/#if]</p>
  [#if wijk.chosen?has_content]
  <h3 class="utrecht-heading-3">${i18n.get('wijkaanzet.results.chosen', [wijk.chosen?size])}</h3>
  <ol class="wz-results__chosen-list" role="list">
    [#list wijk.chosen as point]
    <li class="wz-results__chosen-item">
      <p class="wz-results__chosen-title"><strong>${point.title}</strong></p>
      <p class="utrecht-paragraph wz-results__meta">${point.category} · ${i18n.get('wijkaanzet.results.votes', [point.votes])} · ${point.verdict}</p>
      [#if point.motivation?has_content]<p class="utrecht-paragraph">${point.motivation}</p>[/#if]
    </li>
    [/#list]
  </ol>
  [#else]
  <p class="utrecht-paragraph">${i18n['wijkaanzet.results.none']}</p>
  [/#if]
  [#if wijk.points?has_content]
  <figure class="wz-results__figure">
    <figcaption class="wz-results__caption">${i18n.get('wijkaanzet.results.votes.caption', [wijk.name])}</figcaption>
    <ol class="wz-results__chart" role="list">
      [#list wijk.points as point]
      <li class="wz-results__row[#if point.chosen] wz-results__row--chosen[/#if]">
        <span class="wz-results__label">${point.title}[#if point.chosen] <span class="wz-results__badge">${i18n['wijkaanzet.results.badge']}</span>[/#if]</span>
        <span class="wz-results__count">${i18n.get('wijkaanzet.results.votes', [point.votes])}</span>
        [@bar percent=point.bar /]
      </li>
      [/#list]
    </ol>
  </figure>
  <details class="wz-details wz-results__details">
    <summary>${i18n['wijkaanzet.results.table.summary']}</summary>
    <div class="wz-table-scroll" role="region" aria-labelledby="wz-results-table-${idPrefix}${wijk.id}" tabindex="0">
      <table class="wz-table">
        <caption id="wz-results-table-${idPrefix}${wijk.id}">${i18n.get('wijkaanzet.results.table.caption', [wijk.name])}</caption>
        <thead>
          <tr>
            <th scope="col" class="wz-table__number">${i18n['wijkaanzet.results.table.rank']}</th>
            <th scope="col">${i18n['wijkaanzet.results.table.point']}</th>
            <th scope="col" class="wz-table__number">${i18n['wijkaanzet.results.table.votes']}</th>
            <th scope="col">${i18n['wijkaanzet.results.table.verdict']}</th>
          </tr>
        </thead>
        <tbody>
          [#list wijk.points as point]
          <tr>
            <td class="wz-table__number">${point.rank}</td>
            <th scope="row">${point.title}[#if point.chosen] (${i18n['wijkaanzet.results.badge']})[/#if]</th>
            <td class="wz-table__number">${point.votes}</td>
            <td>[#if point.verdict?has_content]<strong>${point.verdict}</strong>[#if point.motivation?has_content]. ${point.motivation}[/#if][#else]${i18n['wijkaanzet.results.table.noVerdict']}[/#if]</td>
          </tr>
          [/#list]
        </tbody>
      </table>
    </div>
  </details>
  [/#if]
[#else]
  <p class="utrecht-paragraph">${i18n['wijkaanzet.results.none']}</p>
[/#if]
</section>
[/#if]
