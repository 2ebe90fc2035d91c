[#ftl output_format="HTML"]
[#-- How the chosen points are getting on: per point its status, planned date and the
     municipality's updates (newest first); with allWijken a count per status and every chosen
     point with its status. Shown only once results are published (before that there is nothing to
     follow, and the results component says when they come). Text only: works without JavaScript. --]
[#-- The campaign this component is for: the page's or its own (a campaign beside the main one). --]
[#assign wijkfn = wijkfn.of((content.campaign)!((cmsfn.page(content).campaign)!''))]
[#-- An update's photo: the thumbnail, described for who cannot see it, linked to the full size. --]
[#macro photo update]
[#if update.thumbnail?has_content]
<a class="wz-progress__photo-link" href="${ctx.contextPath}${update.photo}"><img class="wz-progress__photo" src="${ctx.contextPath}${update.thumbnail}" alt="${update.photoAlt}" width="240" loading="lazy"></a>
[/#if]
[/#macro]
[#assign page = cmsfn.page(content)!{}]
[#assign allValue = content.allWijken!false]
[#assign all = allValue?is_boolean?then(allValue, allValue?string == 'true')]
[#assign wijkId = all?then('', content.wijk!page.wijk!'')]
[#-- Empty: the campaign of now; an earlier edition's id shows how its points got on. --]
[#assign campaignId = content.campaign!'']
[#assign wijkInfo = wijkfn.wijk(campaignId, wijkId)]
[#assign progress = wijkfn.progress(campaignId, wijkId, cmsfn.language())]
[#if progress.published && (all || wijkInfo?has_content)]
[#assign headingId = "wz-progress-title-" + progress.edition?has_content?then(progress.edition + "-", "") + all?then("all", wijkInfo.id!"")]
<section class="wz-progress" aria-labelledby="${headingId}">
  [#if all]
  <h2 class="utrecht-heading-2" id="${headingId}">${content.title?has_content?then(content.title, i18n['wijkaanzet.progress.all.title'])}</h2>
  [#else]
  <h2 class="utrecht-heading-2" id="${headingId}">${content.title?has_content?then(content.title, i18n.get('wijkaanzet.progress.title', [wijkInfo.name!'']))}</h2>
  [/#if]
  [#if progress.total == 0]
  <p class="utrecht-paragraph">${i18n[all?then('wijkaanzet.progress.none.all', 'wijkaanzet.progress.none')]}</p>
  [#else]
  [#if all]
  <ul class="wz-progress__counts" role="list">
    [#list progress.counts as status, count]
    [#if count > 0]<li><span class="wz-progress__status wz-progress__status--${status}">${i18n['wijkaanzet.progress.status.' + status]}</span> ${i18n.get('wijkaanzet.progress.count', [count])}</li>[/#if]
    [/#list]
  </ul>
  [/#if]
  <ul class="wz-progress__list" role="list">
    [#list progress.points as point]
    <li class="wz-progress__item" id="wz-progress-${point.id}">
      <h3 class="utrecht-heading-3 wz-progress__title">${point.title}</h3>
      <p class="utrecht-paragraph wz-progress__meta">[#if all]${point.wijk} · [/#if]<span class="wz-progress__status wz-progress__status--${point.status?has_content?then(point.status, 'geen-nieuws')}">${i18n['wijkaanzet.progress.status.' + point.status?has_content?then(point.status, 'geen-nieuws')]}</span>[#if point.planned?has_content] · ${i18n.get('wijkaanzet.progress.planned', [point.planned])}[/#if]</p>
      [#if point.updates?has_content]
      [#assign latest = point.updates?first]
      <p class="utrecht-paragraph wz-progress__latest wz-progress__text"><strong>${latest.date}:</strong> ${latest.text}</p>
      [@photo latest /]
      [#if point.updates?size > 1]
      <details class="wz-details wz-progress__history">
        <summary>${i18n.get('wijkaanzet.progress.history', [point.updates?size - 1])}</summary>
        <ol class="wz-progress__updates" role="list">
          [#list point.updates[1..] as update]
          <li class="wz-progress__text"><strong>${update.date}, ${i18n['wijkaanzet.progress.status.' + update.status]}:</strong> ${update.text}[@photo update /]</li>
          [/#list]
        </ol>
      </details>
      [/#if]
      [/#if]
    </li>
    [/#list]
  </ul>
  [/#if]
</section>
[/#if]
