[#ftl output_format="HTML"]
[#assign lang = cmsfn.language()]
<a class="utrecht-skip-link wz-skip-link" href="#main">${i18n['wijkaanzet.skipLink']}</a>
<header class="wz-header">
  <div class="wz-header__inner">
    <a class="wz-header__logo utrecht-link" href="${ctx.contextPath}/[#if lang != 'nl']${lang}/[/#if]">${i18n['wijkaanzet.site.municipality']}</a>
    <p class="wz-header__campaign">${i18n['wijkaanzet.site.name']}</p>
    <nav class="wz-header__lang" aria-label="${i18n['wijkaanzet.language.navigation']}">
      [#if lang == 'nl']
      <a class="utrecht-link" href="${ctx.contextPath}/en/" lang="en" hreflang="en">English</a>
      [#else]
      <a class="utrecht-link" href="${ctx.contextPath}/" lang="nl" hreflang="nl">Nederlands</a>
      [/#if]
    </nav>
  </div>
</header>
