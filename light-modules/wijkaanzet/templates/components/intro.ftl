[#ftl output_format="HTML"]
[#-- Heading and lead text; falls back to the campaign's own title and intro. --]
[#-- The campaign this component is for: the page's or its own (a campaign beside the main one). --]
[#assign wijkfn = wijkfn.of((content.campaign)!((cmsfn.page(content).campaign)!''))]
[#assign campaign = wijkfn.campaign()]
[#assign heading = content.title?has_content?then(content.title, campaign.title)]
[#assign lead = content.lead?has_content?then(content.lead, campaign.intro)]
[#-- The page's primary action in today's phase: send in an idea, vote, see the results, follow
     the progress. On a wijk's page it leads to that part of the page; on the campaign page to the
     wijk chooser (or the submission page the editor chose), where the wijk is picked first. --]
[#assign kind = wijkfn.currentPhaseKind()]
[#assign pageWijk = (cmsfn.page(content).wijk)!'']
[#assign actions = {"meedenken": "submit", "moderatie": "read", "meebeslissen": "vote", "haalbaarheid": "read", "uitslag": "results", "uitvoering": "progress"}]
[#assign action = actions[kind]!'']
[#-- Progress is there to follow only once the results are published; until then, the results
     component says when they come. --]
[#if action == "progress" && !wijkfn.results(pageWijk, cmsfn.language()).published]
  [#assign action = "results"]
[/#if]
[#if pageWijk?has_content]
  [#assign targets = {"submit": "#wz-formulier", "read": "#wz-ideas-title-" + pageWijk, "vote": "#wz-stemmen", "results": "#wz-results-title-" + pageWijk, "progress": "#wz-progress-title-" + pageWijk}]
[#else]
  [#assign targets = {"submit": content.submitLink?has_content?then(ctx.contextPath + content.submitLink, "#wz-wijken-title"), "read": "#wz-wijken-title", "vote": "#wz-wijken-title", "results": "#wz-results-title-all", "progress": "#wz-progress-title-all"}]
[/#if]
<section class="wz-intro">
  <h1 class="utrecht-heading-1">${heading}</h1>
  [#if lead?has_content]
  <p class="utrecht-paragraph wz-intro__lead">${lead}</p>
  [/#if]
  [#if action?has_content && (content.showAction!true)]
  <p class="wz-intro__action"><a class="utrecht-button utrecht-button--primary-action wz-intro__action-link" href="${targets[action]}">${i18n['wijkaanzet.intro.action.' + action]}</a></p>
  [/#if]
  [#if content.text?has_content]
    [#list content.text?split("\n\n") as paragraph]
      [#if paragraph?trim?has_content]
  <p class="utrecht-paragraph">${paragraph?trim}</p>
      [/#if]
    [/#list]
  [/#if]
</section>
