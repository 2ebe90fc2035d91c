[#ftl output_format="HTML"]
[#-- NL Design System form fields for the staff screens: label, hint, the error next to the field,
     aria-describedby and aria-invalid wired the same way everywhere. A screen's model has `form`
     (what each field shows) and `fieldErrors` (ScreenPage.faults). --]
[#macro error name]
[#if fieldErrors[name]??]<div class="utrecht-form-field-error-message wz-form__error" id="wz-veld-${name}-fout">${fieldErrors[name]}</div>[/#if]
[/#macro]

[#function describedBy name hint]
  [#return [hint?has_content?then("wz-veld-" + name + "-uitleg", ""), fieldErrors[name]???then("wz-veld-" + name + "-fout", "")]?filter(id -> id?has_content)?join(" ")]
[/#function]

[#-- A text field (or with type="textarea" a text area); `autocomplete` off, these are not the
     editor's own details. `note` is shown after the label in brackets ("optioneel" when optional). --]
[#macro text name label hint="" optional=false note="" type="text" inputmode="" width="" locked=false rows=4]
[#local note = optional?then("optioneel", note)]
[#local invalid = fieldErrors[name]??]
[#local described = describedBy(name, hint)]
<div class="utrecht-form-field utrecht-form-field--${type}[#if invalid] utrecht-form-field--invalid[/#if] wz-form__field">
  <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-veld-${name}">${label}[#if note?has_content] <span class="wz-form__optional">(${note})</span>[/#if]</label></div>
  [#if hint?has_content]<div class="utrecht-form-field__description" id="wz-veld-${name}-uitleg">${hint}</div>[/#if]
  [@error name /]
  <div class="utrecht-form-field__input">
    [#if type == "textarea"]
    <textarea class="utrecht-textarea utrecht-textarea--html-textarea[#if invalid] utrecht-textarea--invalid[/#if]" id="wz-veld-${name}" name="${name}" rows="${rows}"[#if described?has_content] aria-describedby="${described}"[/#if][#if invalid] aria-invalid="true"[/#if]>${form[name]}</textarea>
    [#else]
    <input class="utrecht-textbox utrecht-textbox--html-input[#if invalid] utrecht-textbox--invalid[/#if][#if width?has_content] wz-form__input--${width}[/#if]" id="wz-veld-${name}" name="${name}" type="text" autocomplete="off" value="${form[name]}"[#if inputmode?has_content] inputmode="${inputmode}"[/#if][#if locked] readonly[/#if][#if described?has_content] aria-describedby="${described}"[/#if][#if invalid] aria-invalid="true"[/#if]>
    [/#if]
  </div>
</div>
[/#macro]

[#-- One check box that posts "ja" when ticked. Locked, it cannot be changed and its value is sent
     along as it is. --]
[#macro checkbox name label hint="" locked=false]
[#local invalid = fieldErrors[name]??]
[#local described = describedBy(name, hint)]
<div class="wz-form__field[#if invalid] utrecht-form-field--invalid[/#if]">
  [@error name /]
  <div class="wz-form__checkbox">
    [#if locked && form[name]?has_content]<input type="hidden" name="${name}" value="ja">[/#if]
    <input class="utrecht-checkbox utrecht-checkbox--html-input[#if invalid] utrecht-checkbox--invalid[/#if]" type="checkbox" id="wz-veld-${name}"[#if !locked] name="${name}"[/#if] value="ja"[#if form[name]?has_content] checked[/#if][#if locked] disabled[/#if][#if described?has_content] aria-describedby="${described}"[/#if][#if invalid] aria-invalid="true"[/#if]>
    <label class="utrecht-form-label utrecht-form-label--checkbox" for="wz-veld-${name}">${label}</label>
  </div>
  [#if hint?has_content]<div class="utrecht-form-field__description" id="wz-veld-${name}-uitleg">${hint}</div>[/#if]
</div>
[/#macro]
