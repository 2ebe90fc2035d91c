[#ftl output_format="HTML"]
[#-- Published points of one wijk (status GEPUBLICEERD only); public fields only. A long list can
     be narrowed to one category and put in another order (?categorie=, ?volgorde=: a plain GET
     form, so it works without JavaScript and each choice has its own address). --]
[#-- The campaign this component is for: the page's or its own (a campaign beside the main one). --]
[#assign wijkfn = wijkfn.of((content.campaign)!((cmsfn.page(content).campaign)!''))]
[#assign page = cmsfn.page(content)!{}]
[#assign wijkId = content.wijk!page.wijk!'']
[#assign wijk = wijkfn.wijk(wijkId)]
[#assign ideaList = wijkfn.ideaList(wijkId, ctx.getParameter('categorie')!'', ctx.getParameter('volgorde')!'')]
[#assign ideas = ideaList.ideas]
[#assign headingId = "wz-ideas-title-" + wijkId]
[#-- A short list needs no filter. --]
[#assign filterFrom = 6]
<section class="wz-ideas" aria-labelledby="${headingId}">
  <h2 class="utrecht-heading-2" id="${headingId}">${content.title?has_content?then(content.title, i18n.get('wijkaanzet.ideas.title', [wijk.name!'']))}</h2>
  [#if ideaList.total gt 0]
  [#if ideaList.total gte filterFrom]
  <form class="wz-form wz-ideas__filter" method="get" action="#${headingId}" role="search" aria-label="${i18n['wijkaanzet.ideas.filter.label']}">
    <div class="utrecht-form-field utrecht-form-field--select wz-ideas__filter-field">
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-ideas-categorie-${wijkId}">${i18n['wijkaanzet.ideas.filter.category']}</label></div>
      <div class="utrecht-form-field__input">
        <select class="utrecht-select utrecht-select--html-select" id="wz-ideas-categorie-${wijkId}" name="categorie">
          <option value="">${i18n.get('wijkaanzet.ideas.filter.all', [ideaList.total])}</option>
          [#list ideaList.categories as category]
          <option value="${category.id}"[#if category.selected] selected[/#if]>${category.name} (${category.count})</option>
          [/#list]
        </select>
      </div>
    </div>
    <div class="utrecht-form-field utrecht-form-field--select wz-ideas__filter-field">
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-ideas-volgorde-${wijkId}">${i18n['wijkaanzet.ideas.filter.order']}</label></div>
      <div class="utrecht-form-field__input">
        <select class="utrecht-select utrecht-select--html-select" id="wz-ideas-volgorde-${wijkId}" name="volgorde">
          [#list ideaList.orders as order]
          <option value="${order}"[#if order == ideaList.order] selected[/#if]>${i18n['wijkaanzet.ideas.order.' + order]}</option>
          [/#list]
        </select>
      </div>
    </div>
    <button class="utrecht-button utrecht-button--secondary-action wz-ideas__filter-button" type="submit">${i18n['wijkaanzet.ideas.filter.submit']}</button>
  </form>
  [/#if]
  <p class="utrecht-paragraph wz-ideas__count">[#if ideaList.category?has_content]${i18n.get('wijkaanzet.ideas.countOf', [ideaList.shown, ideaList.total])}[#else]${i18n.get('wijkaanzet.ideas.count', [ideaList.total])}[/#if]</p>
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
