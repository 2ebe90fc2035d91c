[#ftl output_format="HTML"]
[#-- The votes of each published point of one wijk (or of every wijk, with allWijken), as text
     first (works without JavaScript); <wz-vote-bars> keeps the numbers live. Before voting opens
     it only says when. --]
[#-- The campaign this component is for: the page's or its own (a campaign beside the main one). --]
[#assign wijkfn = wijkfn.of((content.campaign)!((cmsfn.page(content).campaign)!''))]
[#assign page = cmsfn.page(content)!{}]
[#assign allValue = content.allWijken!false]
[#assign all = allValue?is_boolean?then(allValue, allValue?string == 'true')]

[#macro wijkBars wijkId heading level]
[#local bars = wijkfn.voteBars(wijkId, cmsfn.language())]
[#local headingId = "wz-bars-title-" + wijkId]
<wz-vote-bars wijk="${wijkId}" api="${ctx.contextPath}${bars.api}" state="${bars.state}"[#if bars.campaign?has_content] campagne="${bars.campaign}"[/#if]>
<section class="wz-bars" aria-labelledby="${headingId}">
  [#if level == 2]
  <h2 class="utrecht-heading-2" id="${headingId}">${heading}</h2>
  [#else]
  <h3 class="utrecht-heading-3" id="${headingId}">${heading}</h3>
  [/#if]
  [#if bars.state == 'upcoming']
  <p class="utrecht-paragraph wz-bars__when">${i18n.get('wijkaanzet.bars.upcoming', [bars.start, bars.end])}</p>
  [#else]
  <p class="utrecht-paragraph wz-bars__when">${(bars.state == 'open')?then(i18n.get('wijkaanzet.bars.open', [bars.end]), i18n.get('wijkaanzet.bars.closed', [bars.start, bars.end]))}</p>
  <p class="utrecht-paragraph wz-bars__total" data-ballots="${bars.ballots?c}">${i18n.get('wijkaanzet.bars.ballots', [bars.ballots])}</p>
  [#if bars.points?has_content]
  <ol class="wz-bars__list">
    [#list bars.points as point]
    <li class="wz-bar" data-id="${point.id}">
      <span class="wz-bar__title">${point.title}</span>
      <span class="wz-bar__count">${i18n.get('wijkaanzet.bars.votes', [point.votes, point.share])}</span>
      <meter class="wz-bar__meter" min="0" max="100" value="${point.share?c}" aria-hidden="true"></meter>
    </li>
    [/#list]
  </ol>
  [#else]
  <p class="utrecht-paragraph">${i18n['wijkaanzet.bars.empty']}</p>
  [/#if]
  [/#if]
  [#-- Said to screen readers when the numbers change, at most once every few seconds. --]
  <p class="wz-bars__live wz-visually-hidden" role="status" aria-live="polite"></p>
</section>
</wz-vote-bars>
[/#macro]

[#if all]
<section class="wz-bars-all" aria-labelledby="wz-bars-all-title">
  <h2 class="utrecht-heading-2" id="wz-bars-all-title">${content.title?has_content?then(content.title, i18n['wijkaanzet.bars.all.title'])}</h2>
  [#list wijkfn.wijken(cmsfn.language()) as wijk]
  [@wijkBars wijkId=wijk.id heading=wijk.name level=3 /]
  [/#list]
</section>
[#else]
[#assign wijkId = content.wijk!page.wijk!'']
[#assign wijk = wijkfn.wijk(wijkId)]
[@wijkBars wijkId=wijkId heading=content.title?has_content?then(content.title, i18n.get('wijkaanzet.bars.title', [wijk.name!''])) level=2 /]
[/#if]
