[#ftl output_format="HTML"]
[#-- The page the e-mail link opens: the pending ballot and "Bevestig mijn stem". Opening it
     changes nothing (mail scanners open links too); the button posts, and the page comes back
     with the receipt or why not (post/redirect/get). --]
[#-- The campaign this component is for: the page's or its own (a campaign beside the main one). --]
[#assign wijkfn = wijkfn.of((content.campaign)!((cmsfn.page(content).campaign)!''))]
[#assign view = wijkfn.ballotConfirmation(ctx.getParameter('t')!'', ctx.getParameter('formulier')!'', (ctx.getRequest())!'', (ctx.getResponse())!'')]
[#assign page = cmsfn.page(content)!{}]
[#assign returnTo = (page['@path'])!'/']
<section class="wz-ballot wz-confirm" id="${view.anchor}" aria-labelledby="wz-confirm-title">
  <h2 class="utrecht-heading-2" id="wz-confirm-title">${content.title?has_content?then(content.title, i18n['wijkaanzet.confirm.title'])}</h2>
  [#if view.receipt?has_content]
  <div class="utrecht-alert utrecht-alert--ok wz-ballot__receipt" role="status" tabindex="-1" autofocus>
    <h3 class="utrecht-heading-3">${view.changed?then(i18n['wijkaanzet.ballot.changed'], i18n['wijkaanzet.ballot.thanks'])}</h3>
    <p class="utrecht-paragraph">${i18n['wijkaanzet.ballot.receipt.chosen']}</p>
    <ul class="utrecht-unordered-list">
      [#list view.receiptPoints as title]<li class="utrecht-unordered-list__item">${title}</li>[/#list]
    </ul>
    <p class="utrecht-paragraph">${i18n.get('wijkaanzet.ballot.receipt.number', [view.receipt])}</p>
  </div>
  [#elseif view.message?has_content]
  <div class="utrecht-alert utrecht-alert--error" role="alert" tabindex="-1" autofocus>
    <p class="utrecht-paragraph">${view.message}</p>
  </div>
  [#elseif !view.found]
  <div class="utrecht-alert utrecht-alert--info" role="status">
    <p class="utrecht-paragraph">${i18n['wijkaanzet.confirm.unknown']}</p>
  </div>
  [#elseif view.expired]
  <div class="utrecht-alert utrecht-alert--info" role="status">
    <p class="utrecht-paragraph">${i18n['wijkaanzet.confirm.expired']}</p>
  </div>
  [#else]
  <p class="utrecht-paragraph">${i18n.get('wijkaanzet.confirm.intro', [view.wijk])}</p>
  <ul class="utrecht-unordered-list">
    [#list view.chosen as title]<li class="utrecht-unordered-list__item">${title}</li>[/#list]
  </ul>
  <form class="wz-form" method="post" action="${ctx.contextPath}${view.action}" accept-charset="UTF-8">
    <input type="hidden" name="token" value="${view.token}">
    <input type="hidden" name="t" value="${view.t}">
    <input type="hidden" name="returnTo" value="${returnTo}">
    <div class="wz-form__actions">
      <button class="utrecht-button utrecht-button--primary-action" type="submit">${i18n['wijkaanzet.confirm.submit']}</button>
    </div>
  </form>
  [/#if]
</section>
