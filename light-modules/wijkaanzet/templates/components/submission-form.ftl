[#ftl output_format="HTML"]
[#-- The submission form. Works without JavaScript: it posts to the module's API, which sends the
     browser back here with ?formulier=… so the errors or the confirmation show.
     With `assisted` (on the component or the page) it is the staff form: staff enter a point on a
     resident's behalf, say where they took it in, and the e-mail address is optional. The API only
     accepts the channel from a logged-in user with the role wijkaanzet-staff. --]
[#-- The campaign this component is for: the page's or its own (a campaign beside the main one). --]
[#assign wijkfn = wijkfn.of((content.campaign)!((cmsfn.page(content).campaign)!''))]
[#import "/wijkaanzet/templates/includes/form-macros.ftl" as f]
[#assign page = cmsfn.page(content)!{}]
[#assign presetWijk = content.wijk!page.wijk!'']
[#-- The request and response go along so the module shows a form's state only to the browser
     that posted it and marks such a page no-store (Magnolia's ctx is its WebContext). --]
[#assign form = wijkfn.submissionForm(ctx.getParameter('formulier')!'', presetWijk, (ctx.getRequest())!'', (ctx.getResponse())!'')]
[#assign returnTo = (page['@path'])!'/']
[#assign assistedValue = content.assisted!page.assisted!false]
[#assign assisted = assistedValue?is_boolean?then(assistedValue, assistedValue?string == 'true')]
[#assign userName = (ctx.user.name)!'anonymous']
[#if cmsfn.language() != 'nl' && !returnTo?starts_with('/' + cmsfn.language() + '/')]
  [#assign returnTo = '/' + cmsfn.language() + returnTo]
[/#if]
<wz-submission-form data-similar-url="${ctx.contextPath}${form.similarUrl}">
<section class="wz-submit" id="wz-formulier" aria-labelledby="wz-submit-title">
  <h2 class="utrecht-heading-2" id="wz-submit-title">${content.title?has_content?then(content.title, i18n['wijkaanzet.form.title'])}</h2>
  [#if assisted && userName != 'anonymous']
  <div class="wz-submit__staff">
    <p class="utrecht-paragraph">${i18n.get('wijkaanzet.form.staff.loggedIn', [userName])}</p>
    <form class="wz-submit__logout" method="post" action="${ctx.contextPath}/uitloggen">
      <button class="utrecht-button utrecht-button--secondary-action" type="submit">${i18n['wijkaanzet.form.staff.logout']}</button>
    </form>
  </div>
  [/#if]
  [#if form.accepted]
  <div class="utrecht-alert utrecht-alert--ok wz-submit__confirmation" id="wz-bevestiging" role="status" tabindex="-1" autofocus>
    <h3 class="utrecht-heading-3">${i18n['wijkaanzet.form.thanks.title']}</h3>
    <p class="utrecht-paragraph">${i18n.get('wijkaanzet.form.thanks.reference', [form.acceptedTitle])}</p>
    <p class="utrecht-paragraph wz-submit__reference"><strong class="wz-reference">${form.reference}</strong></p>
    <p class="utrecht-paragraph">${i18n['wijkaanzet.form.thanks.next']}</p>
    [#if form.similar?has_content]
    <h4 class="utrecht-heading-4 wz-similar__title">${i18n['wijkaanzet.form.similar.title']}</h4>
    <p class="utrecht-paragraph">${i18n['wijkaanzet.form.similar.confirmation']}</p>
    <ul class="utrecht-unordered-list wz-similar__list">
      [#list form.similar as match]
      <li class="wz-similar__item"><strong>${match.title}</strong> <span class="wz-similar__summary">${match.summary}</span></li>
      [/#list]
    </ul>
    [/#if]
    <p class="utrecht-paragraph"><a class="utrecht-link" href="${ctx.contextPath}${returnTo}#wz-formulier">${i18n['wijkaanzet.form.thanks.another']}</a></p>
  </div>
  [#elseif !form.open]
  <div class="utrecht-alert utrecht-alert--info wz-submit__closed" role="status">
    <p class="utrecht-paragraph">${form.windowText}</p>
  </div>
  [#else]
  [#if content.text?has_content]
  <p class="utrecht-paragraph">${content.text}</p>
  [/#if]
  <p class="utrecht-paragraph wz-submit__window">${form.windowText}</p>
  [#if form.previewOnly]
  <div class="utrecht-alert utrecht-alert--warning" role="note" id="wz-formulier-voorbeeld">
    <p class="utrecht-paragraph">${i18n['wijkaanzet.form.previewOnly']}</p>
  </div>
  [/#if]
  [#if form.stateGone]
  [#-- The address names a form state this browser cannot see (expired, cookies off, opened
       elsewhere): say so, so nobody sends the same point twice. --]
  <div class="utrecht-alert utrecht-alert--info" role="status" id="wz-formulier-weg">
    <p class="utrecht-paragraph">${i18n['wijkaanzet.form.stateGone']}</p>
  </div>
  [/#if]
  [#if form.errors?has_content || form.generalError?has_content]
  <div class="utrecht-alert utrecht-alert--error wz-error-summary" id="wz-foutmeldingen" tabindex="-1" autofocus aria-labelledby="wz-foutmeldingen-titel">
    <h3 class="utrecht-heading-3" id="wz-foutmeldingen-titel">${i18n['wijkaanzet.form.errors.title']}</h3>
    [#if form.generalError?has_content]
    <p class="utrecht-paragraph">${form.generalError}</p>
    [/#if]
    [#if form.errors?has_content]
    <ul class="utrecht-unordered-list wz-error-summary__list">
      [#list form.errors as error]
      <li class="utrecht-unordered-list__item"><a class="utrecht-link" href="#${error.target}">${error.message}</a></li>
      [/#list]
    </ul>
    [/#if]
  </div>
  [/#if]
  <form class="wz-form" method="post" action="${ctx.contextPath}${form.action}" enctype="multipart/form-data" novalidate accept-charset="UTF-8">
    <input type="hidden" name="token" value="${form.token}">
    <input type="hidden" name="returnTo" value="${returnTo}">
    <input type="hidden" name="language" value="${cmsfn.language()}">
    <div class="wz-form__trap" aria-hidden="true">
      <label for="wz-veld-website">${i18n['wijkaanzet.form.trap']}</label>
      <input id="wz-veld-website" name="website" type="text" tabindex="-1" autocomplete="off">
    </div>

    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wz-form__group">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-heading-3">${i18n['wijkaanzet.form.group.idea']}</legend>
      [#if assisted]
      [#assign channelOptions = []]
      [#list form.channels as option]
        [#assign channelOptions = channelOptions + [{"id": option.id, "label": i18n['wijkaanzet.form.channel.' + option.id], "selected": option.selected}]]
      [/#list]
      [@f.select name="channel" label=i18n['wijkaanzet.form.channel.label'] hint="" form=form options=channelOptions emptyLabel=i18n['wijkaanzet.form.channel.choose'] /]
      [/#if]
      [@f.select name="wijk" label=i18n['wijkaanzet.form.wijk.label'] hint="" form=form options=form.wijken emptyLabel=i18n['wijkaanzet.form.wijk.choose'] /]
      [@f.textField name="title" label=i18n['wijkaanzet.form.title.label'] hint=i18n.get('wijkaanzet.form.title.hint', [form.limits.titleMax]) form=form /]
      [@f.textArea name="description" label=i18n['wijkaanzet.form.description.label'] hint=i18n.get('wijkaanzet.form.description.hint', [form.limits.descriptionMax]) form=form /]
      [@f.select name="category" label=i18n['wijkaanzet.form.category.label'] hint="" form=form options=form.categories emptyLabel=i18n['wijkaanzet.form.category.choose'] /]
      [@f.textField name="location" label=i18n['wijkaanzet.form.location.label'] hint=i18n['wijkaanzet.form.location.hint'] form=form optional=true /]
      [#assign photoInvalid = form.errorFor['photo']??]
      <div class="utrecht-form-field utrecht-form-field--file[#if photoInvalid] utrecht-form-field--invalid[/#if] wz-form__field">
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for="wz-veld-photo">${i18n['wijkaanzet.form.photo.label']} <span class="wz-form__optional">${i18n['wijkaanzet.form.optional']}</span></label>
        </div>
        <div class="utrecht-form-field__description" id="wz-veld-photo-hint">${i18n['wijkaanzet.form.photo.hint']}</div>
        [#if form.keptPhoto?has_content]
        <div class="utrecht-form-field__description wz-form__kept" id="wz-veld-photo-kept">${i18n['wijkaanzet.form.photo.kept']}</div>
        [/#if]
        [#if photoInvalid]
        <div class="utrecht-form-field-error-message utrecht-form-field__error-message wz-form__error" id="wz-veld-photo-fout">${form.errorFor['photo']}</div>
        [/#if]
        <div class="utrecht-form-field__input">
          [#if form.keptPhoto?has_content]<input type="hidden" name="keptPhoto" value="${form.keptPhoto}">[/#if]
          <input class="wz-form__file" type="file" id="wz-veld-photo" name="photo" accept="image/jpeg,image/png,image/webp" aria-describedby="wz-veld-photo-hint[#if form.keptPhoto?has_content] wz-veld-photo-kept[/#if][#if photoInvalid] wz-veld-photo-fout[/#if]"[#if photoInvalid] aria-invalid="true"[/#if]>
        </div>
      </div>
    </fieldset>

    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wz-form__group">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-heading-3">${i18n['wijkaanzet.form.group.you']}</legend>
      <p class="utrecht-paragraph wz-form__why">${i18n['wijkaanzet.form.why']}</p>
      [#-- Staff type in someone else's details: their own browser must not fill in its own. --]
      [@f.textField name="name" label=i18n['wijkaanzet.form.name.label'] hint="" form=form autocomplete=assisted?then('off', 'name') /]
      [#if assisted]
      [@f.textField name="email" label=i18n['wijkaanzet.form.email.label'] hint=i18n['wijkaanzet.form.email.assistedHint'] form=form type="email" autocomplete="off" optional=true /]
      [#else]
      [@f.textField name="email" label=i18n['wijkaanzet.form.email.label'] hint=i18n['wijkaanzet.form.email.hint'] form=form type="email" autocomplete="email" /]
      [/#if]
      [#assign ageOptions = []]
      [#list form.ageGroups as option]
        [#assign ageOptions = ageOptions + [{"id": option.id, "label": i18n['wijkaanzet.form.ageGroup.' + option.id], "selected": option.selected}]]
      [/#list]
      [@f.select name="ageGroup" label=i18n['wijkaanzet.form.ageGroup.label'] hint=i18n['wijkaanzet.form.ageGroup.hint'] form=form options=ageOptions emptyLabel=i18n['wijkaanzet.form.ageGroup.none'] optional=true /]
      [#assign consentInvalid = form.errorFor['consent']??]
      <div class="utrecht-form-field utrecht-form-field--checkbox[#if consentInvalid] utrecht-form-field--invalid[/#if] wz-form__field">
        [#if consentInvalid]
        <div class="utrecht-form-field-error-message utrecht-form-field__error-message wz-form__error" id="wz-veld-consent-fout">${form.errorFor['consent']}</div>
        [/#if]
        <div class="utrecht-form-field__input wz-form__checkbox">
          <input class="utrecht-checkbox utrecht-checkbox--html-input[#if consentInvalid] utrecht-checkbox--invalid[/#if]" type="checkbox" id="wz-veld-consent" name="consent" value="ja"[#if form.values.consent] checked[/#if] aria-required="true" aria-describedby="wz-veld-consent-hint[#if consentInvalid] wz-veld-consent-fout[/#if]"[#if consentInvalid] aria-invalid="true"[/#if]>
          <label class="utrecht-form-label utrecht-form-label--checkbox" for="wz-veld-consent">${i18n['wijkaanzet.form.consent.label']}</label>
        </div>
        <div class="utrecht-form-field__description" id="wz-veld-consent-hint">
          ${i18n['wijkaanzet.form.consent.hint']}
          [#if content.privacyLink?has_content]<a class="utrecht-link" href="${content.privacyLink}">${i18n['wijkaanzet.form.consent.privacy']}</a>[/#if]
        </div>
      </div>
    </fieldset>

    <div class="wz-form__actions">
      <button class="utrecht-button utrecht-button--primary-action wz-form__submit" type="submit">${i18n['wijkaanzet.form.submit']}</button>
    </div>
  </form>
  [/#if]
</section>
</wz-submission-form>
