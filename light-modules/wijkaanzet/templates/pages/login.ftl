[#ftl output_format="HTML"]
[#-- Login for staff and moderators in the standalone host: posts to the servlet container's form
     login (j_security_check), which sends a failed attempt back here with ?fout=1. The message never
     says whether the name exists or is locked. --]
[#assign lang = cmsfn.language()]
[#assign failed = (ctx.getParameter('fout')!'') == '1']
[#-- fout=site: a login form on another site posted here; nobody was logged in. --]
[#assign otherSite = (ctx.getParameter('fout')!'') == 'site']
[#assign title = content.title!i18n['wijkaanzet.login.title']]
[#assign pageTitle = content.windowTitle!title]
[#if failed][#assign pageTitle = i18n['wijkaanzet.login.error.title'] + ' - ' + pageTitle][/#if]
[#assign invalid][#if failed] aria-invalid="true" aria-describedby="wz-veld-gebruikersnaam-fout"[/#if][/#assign]
<!DOCTYPE html>
<html lang="${lang}">
<head>
  [@cms.page /]
  [#include "/wijkaanzet/templates/includes/head.ftl"]
</head>
<body class="alkmaar-theme utrecht-page-body wz-page">
  [#include "/wijkaanzet/templates/includes/header.ftl"]
  <main id="main" class="wz-main wz-login" tabindex="-1">
    <h1 class="utrecht-heading-1">${title}</h1>
    <p class="utrecht-paragraph">${i18n['wijkaanzet.login.intro']}</p>
    [#if otherSite]
    <div class="utrecht-alert utrecht-alert--info" role="status">
      <p class="utrecht-paragraph">${i18n['wijkaanzet.login.otherSite']}</p>
    </div>
    [/#if]
    [#if failed]
    <div class="utrecht-alert utrecht-alert--error wz-error-summary" id="wz-foutmeldingen" role="alert" tabindex="-1" autofocus aria-labelledby="wz-foutmeldingen-titel">
      <h2 class="utrecht-heading-2" id="wz-foutmeldingen-titel">${i18n['wijkaanzet.login.error.title']}</h2>
      <ul class="utrecht-unordered-list wz-error-summary__list">
        <li><a class="utrecht-link" href="#wz-veld-gebruikersnaam">${i18n['wijkaanzet.login.error.text']}</a></li>
      </ul>
      <p class="utrecht-paragraph">${i18n['wijkaanzet.login.error.hint']}</p>
    </div>
    [/#if]
    <form class="wz-form wz-login__form" method="post" action="${ctx.contextPath}/j_security_check" novalidate accept-charset="UTF-8">
      [#-- The page that sent the visitor here; after the login they go back to it. --]
      [#if (ctx.getParameter('terug')!'')?has_content]
      <input type="hidden" name="terug" value="${ctx.getParameter('terug')}">
      [/#if]
      <div class="utrecht-form-field utrecht-form-field--text[#if failed] utrecht-form-field--invalid[/#if] wz-form__field">
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for="wz-veld-gebruikersnaam">${i18n['wijkaanzet.login.username']}</label>
        </div>
        [#if failed]
        <div class="utrecht-form-field-error-message wz-form__error" id="wz-veld-gebruikersnaam-fout">${i18n['wijkaanzet.login.error.text']}</div>
        [/#if]
        <div class="utrecht-form-field__input">
          <input class="utrecht-textbox utrecht-textbox--html-input[#if failed] utrecht-textbox--invalid[/#if]" id="wz-veld-gebruikersnaam" name="j_username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" aria-required="true"${invalid}>
        </div>
      </div>
      <div class="utrecht-form-field utrecht-form-field--text[#if failed] utrecht-form-field--invalid[/#if] wz-form__field">
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for="wz-veld-wachtwoord">${i18n['wijkaanzet.login.password']}</label>
        </div>
        <div class="utrecht-form-field__input">
          <input class="utrecht-textbox utrecht-textbox--html-input[#if failed] utrecht-textbox--invalid[/#if]" id="wz-veld-wachtwoord" name="j_password" type="password" autocomplete="current-password" aria-required="true"${invalid}>
        </div>
      </div>
      <div class="wz-form__actions">
        <button class="utrecht-button utrecht-button--primary-action wz-form__submit" type="submit">${i18n['wijkaanzet.login.submit']}</button>
      </div>
    </form>
  </main>
  [#include "/wijkaanzet/templates/includes/footer.ftl"]
</body>
</html>
