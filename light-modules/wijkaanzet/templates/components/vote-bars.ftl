[#ftl output_format="HTML"]
[#-- The votes of each published point of one wijk, as text first (works without JavaScript);
     <wz-vote-bars> keeps the numbers live. Before voting opens it only says when. --]
[#assign page = cmsfn.page(content)!{}]
[#assign wijkId = content.wijk!page.wijk!'']
[#assign wijk = wijkfn.wijk(wijkId)]
[#assign bars = wijkfn.voteBars(wijkId, cmsfn.language())]
[#assign headingId = "wz-bars-title-" + wijkId]
<wz-vote-bars wijk="${wijkId}" api="${ctx.contextPath}${bars.api}" state="${bars.state}">
<section class="wz-bars" aria-labelledby="${headingId}">
  <h2 class="utrecht-heading-2" id="${headingId}">${content.title?has_content?then(content.title, i18n.get('wijkaanzet.bars.title', [wijk.name!'']))}</h2>
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
