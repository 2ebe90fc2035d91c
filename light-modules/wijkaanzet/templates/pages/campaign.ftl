[#ftl output_format="HTML"]
[#assign lang = cmsfn.language()]
[#assign pageTitle = content.windowTitle!content.title!i18n['wijkaanzet.site.name']]
<!DOCTYPE html>
<html lang="${lang}">
<head>
  [@cms.page /]
  [#include "/wijkaanzet/templates/includes/head.ftl"]
  <script type="module" src="${ctx.contextPath}/.resources/wijkaanzet/webresources/js/wijkaanzet.js?v=${wzAssetVersion}"></script>
</head>
<body class="alkmaar-theme utrecht-page-body wz-page">
  [#include "/wijkaanzet/templates/includes/header.ftl"]
  <main id="main" class="wz-main" tabindex="-1">
    [@cms.area name="main" /]
  </main>
  [#include "/wijkaanzet/templates/includes/footer.ftl"]
</body>
</html>
