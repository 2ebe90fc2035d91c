[#ftl output_format="HTML"]
[#-- Heading and lead text; falls back to the campaign's own title and intro. --]
[#-- The campaign this component is for: the page's or its own (a campaign beside the main one). --]
[#assign wijkfn = wijkfn.of((content.campaign)!((cmsfn.page(content).campaign)!''))]
[#assign campaign = wijkfn.campaign()]
[#assign heading = content.title?has_content?then(content.title, campaign.title)]
[#assign lead = content.lead?has_content?then(content.lead, campaign.intro)]
<section class="wz-intro">
  <h1 class="utrecht-heading-1">${heading}</h1>
  [#if lead?has_content]
  <p class="utrecht-paragraph wz-intro__lead">${lead}</p>
  [/#if]
  [#if content.text?has_content]
    [#list content.text?split("\n\n") as paragraph]
      [#if paragraph?trim?has_content]
  <p class="utrecht-paragraph">${paragraph?trim}</p>
      [/#if]
    [/#list]
  [/#if]
</section>
