[#ftl output_format="HTML"]
[#-- The phases from the campaign's dates. The current phase is marked with aria-current and a
     visible status text, so it does not depend on colour. --]
[#-- The campaign this component is for: the page's or its own (a campaign beside the main one). --]
[#assign wijkfn = wijkfn.of((content.campaign)!((cmsfn.page(content).campaign)!''))]
[#assign lang = cmsfn.language()]
[#assign headingId = "wz-timeline-title"]
<section class="wz-timeline" aria-labelledby="${headingId}">
  <h2 class="utrecht-heading-2" id="${headingId}">${content.title?has_content?then(content.title, i18n['wijkaanzet.timeline.title'])}</h2>
  [#if content.text?has_content]
  <p class="utrecht-paragraph">${content.text}</p>
  [/#if]
  <ol class="wz-timeline__list">
    [#list wijkfn.timeline(lang) as phase]
    <li class="wz-timeline__phase wz-timeline__phase--${phase.status}" data-phase="${phase.id}"[#if phase.current] aria-current="step"[/#if]>
      <h3 class="utrecht-heading-3 wz-timeline__title">${phase.title}</h3>
      <p class="wz-timeline__dates">
        [#if phase.end?has_content]
        <time datetime="${phase.start}">${phase.startText}</time> ${i18n['wijkaanzet.timeline.until']} <time datetime="${phase.end}">${phase.endText}</time>
        [#else]
        ${i18n['wijkaanzet.timeline.from']} <time datetime="${phase.start}">${phase.startText}</time>
        [/#if]
      </p>
      <p class="wz-timeline__status">${i18n['wijkaanzet.timeline.status.' + phase.status]}</p>
      [#if phase.description?has_content && (content.showDescriptions!true)]
      <p class="utrecht-paragraph wz-timeline__text">${phase.description}</p>
      [/#if]
    </li>
    [/#list]
  </ol>
</section>
