[#ftl output_format="HTML"]
[#-- Shared <head> content of our page templates; expects `pageTitle` to be assigned. --]
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pageTitle}</title>
[#if content.description?has_content]
<meta name="description" content="${content.description}">
[/#if]
[#include "/wijkaanzet/templates/includes/assets.ftl"]
<link rel="stylesheet" href="${ctx.contextPath}/.resources/wijkaanzet/webresources/css/wijkaanzet.css?v=${wzAssetVersion}">
<link rel="icon" href="${ctx.contextPath}/.resources/wijkaanzet/webresources/img/favicon.svg?v=${wzAssetVersion}" type="image/svg+xml">
