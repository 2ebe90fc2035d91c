[#ftl output_format="HTML"]
[#-- Feasibility of one point: its text and votes, and the verdict form (NL Design System fields;
     every fault in the summary and next to its field; what was typed stays). --]
[#import "layout.ftl" as layout]
[#macro error name]
[#if fieldErrors[name]??]<div class="utrecht-form-field-error-message wz-form__error" id="wz-veld-${name}-fout">${fieldErrors[name]}</div>[/#if]
[/#macro]
[#macro text name label hint="" optional=false type="text" inputmode=""]
[#assign invalid = fieldErrors[name]??]
[#assign describedBy = [hint?has_content?then("wz-veld-" + name + "-uitleg", ""), invalid?then("wz-veld-" + name + "-fout", "")]?filter(id -> id?has_content)?join(" ")]
<div class="utrecht-form-field utrecht-form-field--${type}[#if invalid] utrecht-form-field--invalid[/#if] wz-form__field">
  <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-veld-${name}">${label}[#if optional] <span class="wz-form__optional">(optioneel)</span>[/#if]</label></div>
  [#if hint?has_content]<div class="utrecht-form-field__description" id="wz-veld-${name}-uitleg">${hint}</div>[/#if]
  [@error name /]
  <div class="utrecht-form-field__input">
    [#if type == "textarea"]
    <textarea class="utrecht-textarea utrecht-textarea--html-textarea[#if invalid] utrecht-textarea--invalid[/#if]" id="wz-veld-${name}" name="${name}" rows="6"[#if describedBy?has_content] aria-describedby="${describedBy}"[/#if][#if invalid] aria-invalid="true"[/#if]>${form[name]}</textarea>
    [#else]
    <input class="utrecht-textbox utrecht-textbox--html-input[#if invalid] utrecht-textbox--invalid[/#if]" id="wz-veld-${name}" name="${name}" type="text" autocomplete="off" value="${form[name]}"[#if inputmode?has_content] inputmode="${inputmode}"[/#if][#if describedBy?has_content] aria-describedby="${describedBy}"[/#if][#if invalid] aria-invalid="true"[/#if]>
    [/#if]
  </div>
</div>
[/#macro]
[#macro choice name legend options hint=""]
[#assign invalid = fieldErrors[name]??]
[#assign describedBy = [hint?has_content?then("wz-veld-" + name + "-uitleg", ""), invalid?then("wz-veld-" + name + "-fout", "")]?filter(id -> id?has_content)?join(" ")]
<fieldset class="utrecht-form-fieldset wz-form__group[#if invalid] utrecht-form-field--invalid[/#if]" id="wz-veld-${name}" tabindex="-1"[#if describedBy?has_content] aria-describedby="${describedBy}"[/#if]>
  <legend class="utrecht-form-fieldset__legend">${legend}</legend>
  [#if hint?has_content]<div class="utrecht-form-field__description" id="wz-veld-${name}-uitleg">${hint}</div>[/#if]
  [@error name /]
  [#list options as option]
  <div class="wz-form__checkbox">
    <input class="wz-form__radio" type="radio" id="wz-veld-${name}-${option.id}" name="${name}" value="${option.id}"[#if form[name] == option.id] checked[/#if][#if invalid] aria-invalid="true"[/#if]>
    <label class="utrecht-form-label utrecht-form-label--checkbox" for="wz-veld-${name}-${option.id}">${option.label}</label>
  </div>
  [/#list]
</fieldset>
[/#macro]
[@layout.page crumbs=[{"label": "Haalbaarheid", "url": base}, {"label": wijkName, "url": wijkUrl}, {"label": reference, "url": ""}]]
  <h1 class="utrecht-heading-1">${reference}: ${title}</h1>
  [@layout.errorSummary errors=errors title="Het oordeel is niet opgeslagen" /]
  <dl class="wz-facts">
    <div><dt>Wijk</dt><dd>${wijkName}</dd></div>
    <div><dt>Onderwerp</dt><dd>${category}</dd></div>
    [#if location?has_content]<div><dt>Plek</dt><dd>${location}</dd></div>[/#if]
    <div><dt>Stemmen</dt><dd>${votes}</dd></div>
    [#if verdict?has_content]<div><dt>Huidig oordeel</dt><dd>${verdict} (${reviewer})</dd></div>[/#if]
  </dl>
  <p class="utrecht-paragraph wz-moderation__text">${description}</p>

  [#if !open]
  <div class="utrecht-alert utrecht-alert--info" role="status"><p class="utrecht-paragraph">De uitslag is gepubliceerd. Het oordeel kan niet meer veranderen.</p></div>
  [#else]
  <h2 class="utrecht-heading-2" id="wz-oordeel-titel">[#if verdict?has_content]Oordeel wijzigen[#else]Oordeel geven[/#if]</h2>
  <form method="post" action="${url}" class="wz-form" accept-charset="UTF-8" novalidate aria-labelledby="wz-oordeel-titel">
    <input type="hidden" name="token" value="${token}">
    [@choice name="oordeel" legend="Is dit punt uitvoerbaar en betaalbaar?" options=form.verdicts /]
    [@text name="motivatie" label="Uitleg voor bewoners" type="textarea" hint="Bewoners lezen dit op de uitslagpagina. Schrijf in gewone woorden waarom het wel of niet kan, en welke voorwaarden er zijn." /]
    [@text name="kosten" label="Geschatte kosten in euro's" inputmode="numeric" hint="Een heel bedrag, bijvoorbeeld 12500. Verplicht bij haalbaar en haalbaar onder voorwaarden." /]
    [@choice name="budget" legend="Waar komt het geld vandaan?" options=form.budgets hint="Verplicht bij haalbaar en haalbaar onder voorwaarden." /]
    [@text name="budgetAfdeling" label="Van welk bestaand budget?" hint="Alleen bij bestaand budget: de afdeling of het budget, bijvoorbeeld Stadswerk072." /]
    [@text name="afdeling" label="Afdeling die het uitvoert" hint="Verplicht bij haalbaar en haalbaar onder voorwaarden, bijvoorbeeld Openbare Ruimte." /]
    <div class="wz-form__actions"><button class="utrecht-button utrecht-button--primary-action" type="submit">Oordeel opslaan</button></div>
  </form>
  [/#if]
[/@layout.page]
