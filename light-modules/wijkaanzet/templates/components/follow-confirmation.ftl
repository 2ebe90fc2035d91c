[#ftl output_format="HTML"]
[#-- The page both links of the follow mails open: ?bevestig=… confirms the request, ?stop=… ends
     the mails. Opening it changes nothing (mail scanners open links too); the button posts, and
     the page comes back with what came of it (post, redirect, get). --]
[#-- The campaign this component is for: the page's or its own (a campaign beside the main one). --]
[#assign wijkfn = wijkfn.of((content.campaign)!((cmsfn.page(content).campaign)!''))]
[#assign view = wijkfn.followLink(ctx.getParameter('bevestig')!'', ctx.getParameter('stop')!'', ctx.getParameter('formulier')!'', (ctx.getRequest())!'', (ctx.getResponse())!'')]
[#assign page = cmsfn.page(content)!{}]
[#assign returnTo = (page['@path'])!'/']
<section class="wz-follow" id="${view.anchor}" aria-labelledby="wz-volgen-link-titel">
  <h2 class="utrecht-heading-2" id="wz-volgen-link-titel">${content.title?has_content?then(content.title, i18n['wijkaanzet.follow.link.title.' + view.kind])}</h2>
  [#if view.state == 'confirmed']
  <div class="utrecht-alert utrecht-alert--ok" role="status" tabindex="-1" autofocus>
    <p class="utrecht-paragraph">${i18n.get('wijkaanzet.follow.link.confirmed', [view.wijk])}</p>
  </div>
  [#elseif view.state == 'stopped']
  <div class="utrecht-alert utrecht-alert--ok" role="status" tabindex="-1" autofocus>
    <p class="utrecht-paragraph">${i18n.get('wijkaanzet.follow.link.stopped', [view.wijk])}</p>
  </div>
  [#elseif view.state == 'expired']
  <div class="utrecht-alert utrecht-alert--info" role="status">
    <p class="utrecht-paragraph">${i18n['wijkaanzet.follow.link.expired']}</p>
  </div>
  [#elseif view.state == 'unknown']
  <div class="utrecht-alert utrecht-alert--info" role="status">
    <p class="utrecht-paragraph">${i18n['wijkaanzet.follow.link.unknown']}</p>
  </div>
  [#else]
  <p class="utrecht-paragraph">${i18n.get('wijkaanzet.follow.link.intro.' + view.kind, [view.wijk])}</p>
  <form class="wz-form" method="post" action="${ctx.contextPath}${view.action}" accept-charset="UTF-8">
    <input type="hidden" name="token" value="${view.token}">
    <input type="hidden" name="t" value="${view.t}">
    <input type="hidden" name="returnTo" value="${returnTo}">
    <div class="wz-form__actions">
      <button class="utrecht-button utrecht-button--primary-action" type="submit">${i18n['wijkaanzet.follow.link.submit.' + view.kind]}</button>
    </div>
  </form>
  [/#if]
</section>
