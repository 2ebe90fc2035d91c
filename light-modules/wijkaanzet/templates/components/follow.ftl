[#ftl output_format="HTML"]
[#-- "Houd mij op de hoogte": a resident leaves an e-mail address to get the news about a wijk's
     chosen points (double opt-in: a mail with a link confirms). On a wijk's page the wijk is
     fixed; elsewhere (allWijken) the resident picks one. Shown from the start of voting on, when
     there is something to follow. Works without JavaScript: it posts to the module's API, which
     sends the browser back here with ?formulier=… (post, redirect, get). --]
[#-- The campaign this component is for: the page's or its own (a campaign beside the main one). --]
[#assign wijkfn = wijkfn.of((content.campaign)!((cmsfn.page(content).campaign)!''))]
[#assign page = cmsfn.page(content)!{}]
[#assign allValue = content.allWijken!false]
[#assign all = allValue?is_boolean?then(allValue, allValue?string == 'true')]
[#assign wijkId = all?then('', content.wijk!page.wijk!'')]
[#assign follow = wijkfn.followForm(wijkId, ctx.getParameter('formulier')!'', (ctx.getRequest())!'', (ctx.getResponse())!'')]
[#assign wijkInfo = wijkfn.wijk(wijkId)]
[#assign returnTo = (page['@path'])!'/']
[#if cmsfn.language() != 'nl' && !returnTo?starts_with('/' + cmsfn.language() + '/')]
  [#assign returnTo = '/' + cmsfn.language() + returnTo]
[/#if]
[#if follow.shown && (all || wijkInfo?has_content)]
[#assign p = follow.idPrefix]
<section class="wz-follow" id="${follow.anchor}" aria-labelledby="wz-volgen-titel">
  <h2 class="utrecht-heading-2" id="wz-volgen-titel">${content.title?has_content?then(content.title, all?then(i18n['wijkaanzet.follow.title.all'], i18n.get('wijkaanzet.follow.title', [wijkInfo.name!''])))}</h2>
  [#if follow.mailSent]
  <div class="utrecht-alert utrecht-alert--ok" role="status" tabindex="-1" autofocus>
    <h3 class="utrecht-heading-3">${i18n['wijkaanzet.follow.sent.title']}</h3>
    <p class="utrecht-paragraph">${i18n['wijkaanzet.follow.sent.text']}</p>
  </div>
  [#else]
  <p class="utrecht-paragraph">${i18n['wijkaanzet.follow.intro']}</p>
  [#if follow.errors?has_content || follow.message?has_content]
  <div class="utrecht-alert utrecht-alert--error wz-error-summary" tabindex="-1" autofocus aria-labelledby="wz-volgen-fouten-titel">
    <h3 class="utrecht-heading-3" id="wz-volgen-fouten-titel">${i18n['wijkaanzet.follow.errors.title']}</h3>
    [#if follow.message?has_content]<p class="utrecht-paragraph">${follow.message}</p>[/#if]
    [#if follow.errors?has_content]
    <ul class="utrecht-unordered-list wz-error-summary__list">
      [#list follow.errors as error]
      <li class="utrecht-unordered-list__item"><a class="utrecht-link" href="#${error.target}">${error.message}</a></li>
      [/#list]
    </ul>
    [/#if]
  </div>
  [/#if]
  <form class="wz-form wz-follow__form" method="post" action="${ctx.contextPath}${follow.action}" novalidate accept-charset="UTF-8">
    <input type="hidden" name="token" value="${follow.token}">
    <input type="hidden" name="returnTo" value="${returnTo}">
    <input type="hidden" name="language" value="${cmsfn.language()}">
    [#if all]
    [#assign wijkInvalid = follow.errorFor['wijk']??]
    <div class="utrecht-form-field utrecht-form-field--select[#if wijkInvalid] utrecht-form-field--invalid[/#if] wz-form__field">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="${p}wijk">${i18n['wijkaanzet.follow.wijk.label']}</label>
      </div>
      [#if wijkInvalid]
      <div class="utrecht-form-field-error-message utrecht-form-field__error-message wz-form__error" id="${p}wijk-fout">${follow.errorFor['wijk']}</div>
      [/#if]
      <div class="utrecht-form-field__input">
        <select class="utrecht-select utrecht-select--html-select" id="${p}wijk" name="wijk"[#if wijkInvalid] aria-invalid="true" aria-describedby="${p}wijk-fout"[/#if]>
          <option value="">${i18n['wijkaanzet.follow.wijk.choose']}</option>
          [#list follow.wijken as option]<option value="${option.id}"[#if option.id == follow.wijk] selected[/#if]>${option.name}</option>[/#list]
        </select>
      </div>
    </div>
    [#else]
    <input type="hidden" name="wijk" value="${wijkId}">
    [/#if]
    [#assign emailInvalid = follow.errorFor['email']??]
    <div class="utrecht-form-field utrecht-form-field--text[#if emailInvalid] utrecht-form-field--invalid[/#if] wz-form__field">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="${p}email">${i18n['wijkaanzet.follow.email.label']}</label>
      </div>
      <div class="utrecht-form-field__description" id="${p}email-hint">${i18n['wijkaanzet.follow.email.hint']}</div>
      [#if emailInvalid]
      <div class="utrecht-form-field-error-message utrecht-form-field__error-message wz-form__error" id="${p}email-fout">${follow.errorFor['email']}</div>
      [/#if]
      <div class="utrecht-form-field__input">
        <input class="utrecht-textbox utrecht-textbox--html-input[#if emailInvalid] utrecht-textbox--invalid[/#if]" type="email" id="${p}email" name="email" value="${follow.email}" autocomplete="email" spellcheck="false" aria-describedby="${p}email-hint[#if emailInvalid] ${p}email-fout[/#if]"[#if emailInvalid] aria-invalid="true"[/#if]>
      </div>
    </div>
    <div class="wz-form__actions">
      <button class="utrecht-button utrecht-button--secondary-action" type="submit">${i18n['wijkaanzet.follow.submit']}</button>
    </div>
  </form>
  [/#if]
</section>
[/#if]
