[#ftl output_format="HTML"]
[#-- Rendered for unknown addresses (404) and failures (500); never shows technical detail. --]
[#assign lang = cmsfn.language()]
[#assign status = (content.status!'404')]
[#if status != '404' && status != '500']
  [#assign status = '500']
[/#if]
[#assign pageTitle = i18n['wijkaanzet.error.' + status + '.title']]
<!DOCTYPE html>
<html lang="${lang}">
<head>
  [@cms.page /]
  [#include "/wijkaanzet/templates/includes/head.ftl"]
</head>
<body class="alkmaar-theme utrecht-page-body wz-page">
  [#include "/wijkaanzet/templates/includes/header.ftl"]
  <main id="main" class="wz-main wz-error" tabindex="-1">
    <h1 class="utrecht-heading-1">${pageTitle}</h1>
    <p class="utrecht-paragraph">${i18n['wijkaanzet.error.' + status + '.text']}</p>
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href="${ctx.contextPath}/[#if lang != 'nl']${lang}/[/#if]">${i18n['wijkaanzet.error.home']}</a>
    </p>
  </main>
  [#include "/wijkaanzet/templates/includes/footer.ftl"]
</body>
</html>
