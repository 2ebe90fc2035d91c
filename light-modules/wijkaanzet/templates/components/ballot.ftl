[#ftl output_format="HTML"]
[#-- The ballot of one wijk: choose up to N published points, type the code from the letter,
     "Stem". Works without JavaScript: it posts to the module's API, which sends the browser back
     here with ?formulier=… so the receipt or what to correct shows. <wz-ballot> adds the count
     as the resident picks and sends the ballot without leaving the page. --]
[#-- The campaign this component is for: the page's or its own (a campaign beside the main one). --]
[#assign wijkfn = wijkfn.of((content.campaign)!((cmsfn.page(content).campaign)!''))]
[#assign page = cmsfn.page(content)!{}]
[#-- With `assisted` (on the component or the page) it is the staff form at a desk: the wijk is
     chosen first (?wijk=…), and the resident's address and date of birth replace the code. --]
[#assign assistedValue = content.assisted!page.assisted!false]
[#assign assisted = assistedValue?is_boolean?then(assistedValue, assistedValue?string == 'true')]
[#assign wijkId = content.wijk!page.wijk!(assisted?then(ctx.getParameter('wijk')!'', ''))]
[#assign wijk = wijkfn.wijk(wijkId)]
[#assign ballot = wijkfn.ballot(ctx.getParameter('formulier')!'', wijkId, cmsfn.language(), (ctx.getRequest())!'', (ctx.getResponse())!'')]
[#-- On the staff page the wijk may come back from the last post's state. --]
[#assign wijkId = ballot.wijk]
[#assign returnTo = (page['@path'])!'/']
[#if cmsfn.language() != 'nl' && !returnTo?starts_with('/' + cmsfn.language() + '/')]
  [#assign returnTo = '/' + cmsfn.language() + returnTo]
[/#if]
[#if assisted && ballot.state == 'open' && !ballot.choicesList?has_content]
<section class="wz-ballot" aria-labelledby="wz-ballot-wijk-title">
  <h2 class="utrecht-heading-2" id="wz-ballot-wijk-title">${i18n['wijkaanzet.ballot.staff.title']}</h2>
  <form class="wz-form" method="get" action="${ctx.contextPath}${returnTo}">
    <div class="utrecht-form-field utrecht-form-field--select wz-form__field">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="wz-stem-kies-wijk">${i18n['wijkaanzet.ballot.staff.wijk']}</label>
      </div>
      <div class="utrecht-form-field__input">
        <select class="utrecht-select utrecht-select--html-select" id="wz-stem-kies-wijk" name="wijk">
          [#list ballot.wijken as option]<option value="${option.id}">${option.name}</option>[/#list]
        </select>
      </div>
    </div>
    <div class="wz-form__actions">
      <button class="utrecht-button utrecht-button--secondary-action" type="submit">${i18n['wijkaanzet.ballot.staff.show']}</button>
    </div>
  </form>
</section>
[/#if]
[#if ballot.state == 'open' && ballot.choicesList?has_content]
<wz-ballot choices="${ballot.choices?c}" api="${ctx.contextPath}${ballot.api}" wijk="${wijkId}"[#if ballot.campaign?has_content] campagne="${ballot.campaign}"[/#if]>
<section class="wz-ballot" id="${ballot.anchor}" aria-labelledby="wz-ballot-title">
  <h2 class="utrecht-heading-2" id="wz-ballot-title">${content.title?has_content?then(content.title, i18n.get('wijkaanzet.ballot.title', [wijk.name!'']))}</h2>
  [#if ballot.mailSent]
  <div class="utrecht-alert utrecht-alert--ok wz-ballot__mail" role="status" tabindex="-1" autofocus>
    <h3 class="utrecht-heading-3">${i18n['wijkaanzet.ballot.mail.title']}</h3>
    <p class="utrecht-paragraph">${i18n['wijkaanzet.ballot.mail.text']}</p>
  </div>
  [#elseif ballot.receipt?has_content]
  <div class="utrecht-alert utrecht-alert--ok wz-ballot__receipt" role="status" tabindex="-1" autofocus>
    <h3 class="utrecht-heading-3">${ballot.changed?then(i18n['wijkaanzet.ballot.changed'], i18n['wijkaanzet.ballot.thanks'])}</h3>
    <p class="utrecht-paragraph">${i18n['wijkaanzet.ballot.receipt.chosen']}</p>
    <ul class="utrecht-unordered-list">
      [#list ballot.receiptPoints as title]<li class="utrecht-unordered-list__item">${title}</li>[/#list]
    </ul>
    <p class="utrecht-paragraph">${i18n.get('wijkaanzet.ballot.receipt.number', [ballot.receipt])}</p>
  </div>
  [#else]
  <p class="utrecht-paragraph">[#if assisted]${i18n.get('wijkaanzet.ballot.staff.intro', [ballot.choices])}[#elseif ballot.changeable]${i18n.get('wijkaanzet.ballot.intro.changeable', [ballot.choices, ballot.end])}[#else]${i18n.get('wijkaanzet.ballot.intro', [ballot.choices, ballot.end])}[/#if]</p>
  [#if ballot.errors?has_content || ballot.message?has_content]
  <div class="utrecht-alert utrecht-alert--error wz-error-summary" id="wz-stem-fouten" tabindex="-1" autofocus aria-labelledby="wz-stem-fouten-titel">
    <h3 class="utrecht-heading-3" id="wz-stem-fouten-titel">${i18n['wijkaanzet.ballot.errors.title']}</h3>
    [#if ballot.message?has_content]<p class="utrecht-paragraph">${ballot.message}</p>[/#if]
    [#if ballot.errors?has_content]
    <ul class="utrecht-unordered-list wz-error-summary__list">
      [#list ballot.errors as error]
      <li class="utrecht-unordered-list__item"><a class="utrecht-link" href="#${error.target}">${error.message}</a></li>
      [/#list]
    </ul>
    [/#if]
  </div>
  [/#if]
  <form class="wz-form wz-ballot__form" method="post" action="${ctx.contextPath}${ballot.action}" novalidate accept-charset="UTF-8">
    <input type="hidden" name="token" value="${ballot.token}">
    <input type="hidden" name="returnTo" value="${returnTo}">
    <input type="hidden" name="wijk" value="${wijkId}">
    <input type="hidden" name="language" value="${cmsfn.language()}">
    [#assign pointsInvalid = ballot.errorFor['points']??]
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wz-form__group[#if pointsInvalid] utrecht-form-fieldset--invalid[/#if]" id="wz-stem-points" aria-describedby="wz-stem-points-hint[#if pointsInvalid] wz-stem-points-fout[/#if]">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-heading-3">${i18n.get('wijkaanzet.ballot.points.legend', [ballot.choices])}</legend>
      <p class="utrecht-form-field__description" id="wz-stem-points-hint">${i18n.get('wijkaanzet.ballot.points.hint', [ballot.choices])}</p>
      [#if pointsInvalid]
      <p class="utrecht-form-field-error-message wz-form__error" id="wz-stem-points-fout">${ballot.errorFor['points']}</p>
      [/#if]
      [#list ballot.choicesList as choice]
      <div class="utrecht-form-field utrecht-form-field--checkbox wz-ballot__choice">
        <div class="utrecht-form-field__input">
          <input class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom" type="checkbox" name="points" value="${choice.id}" id="wz-stem-${choice.id}" aria-describedby="wz-stem-${choice.id}-summary"[#if choice.checked] checked[/#if]>
        </div>
        <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
          <label class="utrecht-form-label utrecht-form-label--checkbox" for="wz-stem-${choice.id}">${choice.title}</label>
        </div>
        <div class="utrecht-form-field__description" id="wz-stem-${choice.id}-summary">${choice.summary}</div>
      </div>
      [/#list]
      <p class="wz-ballot__count" aria-live="polite" hidden></p>
    </fieldset>
    [#if assisted]
    [#assign channelInvalid = ballot.errorFor['kanaal']??]
    <div class="utrecht-form-field utrecht-form-field--select[#if channelInvalid] utrecht-form-field--invalid[/#if] wz-form__field">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="wz-stem-kanaal">${i18n['wijkaanzet.ballot.staff.channel']}</label>
      </div>
      [#if channelInvalid]
      <div class="utrecht-form-field-error-message wz-form__error" id="wz-stem-kanaal-fout">${ballot.errorFor['kanaal']}</div>
      [/#if]
      <div class="utrecht-form-field__input">
        <select class="utrecht-select utrecht-select--html-select" id="wz-stem-kanaal" name="kanaal"[#if channelInvalid] aria-invalid="true" aria-describedby="wz-stem-kanaal-fout"[/#if]>
          <option value="">${i18n['wijkaanzet.form.channel.choose']}</option>
          [#list ballot.channels as option]<option value="${option.id}"[#if option.selected] selected[/#if]>${i18n['wijkaanzet.form.channel.' + option.id]}</option>[/#list]
        </select>
      </div>
    </div>
    [#list [['postcode', 'text', i18n['wijkaanzet.ballot.postcode.label']], ['huisnummer', 'text', i18n['wijkaanzet.ballot.huisnummer.label']], ['geboortedatum', 'text', i18n['wijkaanzet.ballot.staff.born']]] as field]
    [#assign name = field[0]]
    [#assign invalid = ballot.errorFor[name]??]
    <div class="utrecht-form-field utrecht-form-field--text[#if invalid] utrecht-form-field--invalid[/#if] wz-form__field">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="wz-stem-${name}">${field[2]}</label>
      </div>
      [#if invalid]
      <div class="utrecht-form-field-error-message utrecht-form-field__error-message wz-form__error" id="wz-stem-${name}-fout">${ballot.errorFor[name]}</div>
      [/#if]
      <div class="utrecht-form-field__input">
        <input class="utrecht-textbox utrecht-textbox--html-input wz-ballot__short[#if invalid] utrecht-textbox--invalid[/#if]" type="text" id="wz-stem-${name}" name="${name}" value="${ballot[name]}" autocomplete="off"[#if invalid] aria-invalid="true" aria-describedby="wz-stem-${name}-fout"[/#if]>
      </div>
    </div>
    [/#list]
    [#else]
    [#assign codeInvalid = ballot.errorFor['code']??]
    <div class="utrecht-form-field utrecht-form-field--text[#if codeInvalid] utrecht-form-field--invalid[/#if] wz-form__field">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="wz-stem-code">${i18n['wijkaanzet.ballot.code.label']}</label>
      </div>
      <div class="utrecht-form-field__description" id="wz-stem-code-hint">${i18n['wijkaanzet.ballot.code.hint']}</div>
      [#if codeInvalid]
      <div class="utrecht-form-field-error-message utrecht-form-field__error-message wz-form__error" id="wz-stem-code-fout">${ballot.errorFor['code']}</div>
      [/#if]
      <div class="utrecht-form-field__input">
        <input class="utrecht-textbox utrecht-textbox--html-input wz-ballot__code[#if codeInvalid] utrecht-textbox--invalid[/#if]" type="text" id="wz-stem-code" name="code" value="${ballot.code}" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="20" aria-describedby="wz-stem-code-hint[#if codeInvalid] wz-stem-code-fout[/#if]"[#if codeInvalid] aria-invalid="true"[/#if]>
      </div>
    </div>
    [#if ballot.hasAddresses]
    [#-- Without a letter: the e-mail method. <details> opens without JavaScript too. --]
    <details class="wz-ballot__email"[#if ballot.emailOpen] open[/#if]>
      <summary class="wz-ballot__email-summary">${i18n['wijkaanzet.ballot.email.summary']}</summary>
      <p class="utrecht-paragraph">${i18n['wijkaanzet.ballot.email.intro']}</p>
      [#list [['email', 'email', 'email', i18n['wijkaanzet.ballot.email.label']], ['postcode', 'text', 'postal-code', i18n['wijkaanzet.ballot.postcode.label']], ['huisnummer', 'text', 'off', i18n['wijkaanzet.ballot.huisnummer.label']]] as field]
      [#assign name = field[0]]
      [#assign invalid = ballot.errorFor[name]??]
      <div class="utrecht-form-field utrecht-form-field--text[#if invalid] utrecht-form-field--invalid[/#if] wz-form__field">
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for="wz-stem-${name}">${field[3]}</label>
        </div>
        [#if invalid]
        <div class="utrecht-form-field-error-message utrecht-form-field__error-message wz-form__error" id="wz-stem-${name}-fout">${ballot.errorFor[name]}</div>
        [/#if]
        <div class="utrecht-form-field__input">
          <input class="utrecht-textbox utrecht-textbox--html-input[#if invalid] utrecht-textbox--invalid[/#if][#if name != 'email'] wz-ballot__short[/#if]" type="${field[1]}" id="wz-stem-${name}" name="${name}" value="${ballot[name]}" autocomplete="${field[2]}"[#if name == 'huisnummer'] inputmode="numeric"[/#if][#if invalid] aria-invalid="true" aria-describedby="wz-stem-${name}-fout"[/#if]>
        </div>
      </div>
      [/#list]
    </details>
    [/#if]
    [/#if]
    <div class="wz-form__actions">
      <button class="utrecht-button utrecht-button--primary-action" type="submit">${i18n['wijkaanzet.ballot.submit']}</button>
    </div>
  </form>
  [/#if]
</section>
</wz-ballot>
[/#if]
