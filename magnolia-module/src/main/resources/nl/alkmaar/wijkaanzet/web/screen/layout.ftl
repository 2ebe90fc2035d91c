[#ftl output_format="HTML"]
[#-- Frame of every staff screen (moderation, voting): skip link, header with who is logged in,
     breadcrumbs. `area` names the screens, e.g. Moderatie. --]
[#macro page crumbs=[]]
<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>${pageTitle} - ${area} ${campaign}</title>
  <link rel="stylesheet" href="${ctx}/.resources/wijkaanzet/webresources/css/wijkaanzet.css">
</head>
<body class="alkmaar-theme utrecht-page-body wz-page wz-moderation">
  <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">Naar de inhoud</a>
  <header class="wz-moderation__header">
    <p class="wz-moderation__brand"><a class="utrecht-link" href="${base}">${area} ${campaign}</a></p>
    [#-- With more than one campaign on the host (the village track beside the wijk campaign):
         which one these screens work on, kept for the session. --]
    [#if (campaigns![])?size > 1]
    <form method="get" action="${base}" class="wz-moderation__campaign">
      <label class="utrecht-form-label" for="wz-campagne-kiezen">Campagne</label>
      <select class="utrecht-select utrecht-select--html-select" id="wz-campagne-kiezen" name="campagne">
        [#list campaigns as choice]<option value="${choice.id}"[#if choice.current] selected[/#if]>${choice.title} (${choice.id})</option>[/#list]
      </select>
      <button class="utrecht-button utrecht-button--secondary-action" type="submit">Wissel</button>
    </form>
    [/#if]
    [#if user?has_content]
    <div class="wz-moderation__user">
      <span>Ingelogd als ${user}</span>
      [#if logout?has_content]
      <form method="post" action="${logout}" class="wz-moderation__logout">
        <button class="utrecht-button utrecht-button--secondary-action" type="submit">Uitloggen</button>
      </form>
      [/#if]
    </div>
    [/#if]
  </header>
  [#if crumbs?has_content]
  <nav class="wz-moderation__crumbs" aria-label="Kruimelpad">
    <ol>
      [#list crumbs as crumb]
      <li>[#if crumb.url?has_content]<a class="utrecht-link" href="${crumb.url}">${crumb.label}</a>[#else]<span aria-current="page">${crumb.label}</span>[/#if]</li>
      [/#list]
    </ol>
  </nav>
  [/#if]
  <main id="main" class="wz-main wz-moderation__main" tabindex="-1">
    [#nested]
  </main>
</body>
</html>
[/#macro]

[#-- The NL Design System error summary: a list of links to the fields, focused on load. --]
[#macro errorSummary errors title="Dit kon niet"]
[#if errors?has_content]
<div class="utrecht-alert utrecht-alert--error wz-error-summary" id="wz-foutmeldingen" role="alert" tabindex="-1" autofocus aria-labelledby="wz-foutmeldingen-titel">
  <h2 class="utrecht-heading-2" id="wz-foutmeldingen-titel">${title}</h2>
  <ul class="utrecht-unordered-list wz-error-summary__list">
    [#list errors as error]
    <li>[#if error.field == "actie"]${error.message}[#else]<a class="utrecht-link" href="#wz-veld-${error.field}">${error.message}</a>[/#if]</li>
    [/#list]
  </ul>
  <p class="utrecht-paragraph">Er is niets veranderd.</p>
</div>
[/#if]
[/#macro]
