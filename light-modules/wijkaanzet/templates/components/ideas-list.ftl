[#ftl output_format="HTML"]
[#-- Published points of one wijk (status GEPUBLICEERD only); public fields only. --]
[#-- The campaign this component is for: the page's or its own (a campaign beside the main one). --]
[#assign wijkfn = wijkfn.of((content.campaign)!((cmsfn.page(content).campaign)!''))]
[#assign page = cmsfn.page(content)!{}]
[#assign wijkId = content.wijk!page.wijk!'']
[#assign wijk = wijkfn.wijk(wijkId)]
[#assign ideas = wijkfn.publishedIdeas(wijkId)]
[#assign headingId = "wz-ideas-title-" + wijkId]
<section class="wz-ideas" aria-labelledby="${headingId}">
  <h2 class="utrecht-heading-2" id="${headingId}">${content.title?has_content?then(content.title, i18n.get('wijkaanzet.ideas.title', [wijk.name!'']))}</h2>
  [#if ideas?has_content]
  <p class="utrecht-paragraph wz-ideas__count">${i18n.get('wijkaanzet.ideas.count', [ideas?size])}</p>
  <ul class="wz-ideas__list">
    [#list ideas as idea]
    <li class="wz-ideas__item" data-idea="${idea.id}">
      <article class="wz-idea" aria-labelledby="wz-idea-${idea.id}">
        [#if idea.thumbnail?has_content]
        <img class="wz-idea__photo" src="${ctx.contextPath}${idea.thumbnail}" alt="${i18n.get('wijkaanzet.ideas.photo', [idea.title])}" loading="lazy" width="240">
        [/#if]
        [#list idea.mergedIds as mergedId]<span id="wz-idea-${mergedId}"></span>[/#list]
        <h3 class="utrecht-heading-3 wz-idea__title" id="wz-idea-${idea.id}">${idea.title}</h3>
        <p class="wz-idea__meta"><span class="wz-idea__category">${idea.category}</span>[#if idea.location?has_content] <span class="wz-idea__location">${i18n.get('wijkaanzet.ideas.location', [idea.location])}</span>[/#if]</p>
        <p class="utrecht-paragraph wz-idea__summary">${idea.summary}</p>
        [#if idea.otherSubmitters > 0]
        <p class="utrecht-paragraph wz-idea__merged">${(idea.otherSubmitters == 1)?then(i18n['wijkaanzet.ideas.merged.one'], i18n.get('wijkaanzet.ideas.merged.many', [idea.otherSubmitters]))}</p>
        [/#if]
      </article>
    </li>
    [/#list]
  </ul>
  [#else]
  <p class="utrecht-paragraph wz-ideas__empty">${content.emptyText?has_content?then(content.emptyText, i18n['wijkaanzet.ideas.empty'])}</p>
  [/#if]
</section>
