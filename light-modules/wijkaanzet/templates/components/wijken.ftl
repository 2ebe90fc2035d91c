[#ftl output_format="HTML"]
[#-- The campaign this component is for: the page's or its own (a campaign beside the main one). --]
[#assign wijkfn = wijkfn.of((content.campaign)!((cmsfn.page(content).campaign)!''))]
[#assign lang = cmsfn.language()]
[#assign headingId = "wz-wijken-title"]
<section class="wz-wijken" aria-labelledby="${headingId}">
  <h2 class="utrecht-heading-2" id="${headingId}">${content.title?has_content?then(content.title, i18n['wijkaanzet.wijken.title'])}</h2>
  [#-- What choosing a wijk leads to today, unless the editor wrote a text of their own. --]
  [#assign kind = wijkfn.currentPhaseKind()]
  [#if content.text?has_content]
  <p class="utrecht-paragraph">${content.text}</p>
  [#elseif kind?has_content]
  <p class="utrecht-paragraph wz-wijken__leads-to">${i18n['wijkaanzet.wijken.leadsTo.' + kind]}</p>
  [/#if]
  <ul class="wz-wijken__list">
    [#list wijkfn.wijken(lang) as wijk]
    <li class="wz-wijken__item" data-wijk="${wijk.id}">
      [#if content.linkPattern?has_content]
      <a class="utrecht-link wz-wijken__name" href="${ctx.contextPath}[#if cmsfn.language() != 'nl']/${cmsfn.language()}[/#if]${content.linkPattern?replace('{wijk}', wijk.id)}">${wijk.name}</a>
      [#else]
      <span class="wz-wijken__name">${wijk.name}</span>
      [/#if]
      [#if wijk.residentsText?has_content]
      <span class="wz-wijken__residents">${i18n.get('wijkaanzet.wijken.residents', [wijk.residentsText])}</span>
      [#else]
      <span class="wz-wijken__residents">${i18n['wijkaanzet.wijken.residentsUnknown']}</span>
      [/#if]
    </li>
    [/#list]
  </ul>
</section>
