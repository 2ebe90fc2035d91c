[#ftl output_format="HTML"]
[#--
  Form fields in the NL Design System pattern (Utrecht form-field): label, optional hint, error
  message above the input, aria-describedby to both, aria-invalid when wrong, "(optioneel)" in
  the label of optional fields. `form` is the map from wijkfn.submissionForm.
--]
[#function fieldId name]
  [#return "wz-veld-" + name]
[/#function]

[#function describedBy name hint form]
  [#local ids = []]
  [#if hint?has_content][#local ids = ids + [fieldId(name) + "-hint"]][/#if]
  [#if form.errorFor[name]??][#local ids = ids + [fieldId(name) + "-fout"]][/#if]
  [#return ids?join(" ")]
[/#function]

[#macro fieldStart name kind label hint form optional=false]
  [#local invalid = form.errorFor[name]??]
  <div class="utrecht-form-field utrecht-form-field--${kind}[#if invalid] utrecht-form-field--invalid[/#if] wz-form__field">
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label" for="${fieldId(name)}">${label}[#if optional] <span class="wz-form__optional">${i18n['wijkaanzet.form.optional']}</span>[/#if]</label>
    </div>
    [#if hint?has_content]
    <div class="utrecht-form-field__description" id="${fieldId(name)}-hint">${hint}</div>
    [/#if]
    [#if invalid]
    <div class="utrecht-form-field-error-message utrecht-form-field__error-message wz-form__error" id="${fieldId(name)}-fout">${form.errorFor[name]}</div>
    [/#if]
    <div class="utrecht-form-field__input">
[/#macro]

[#macro fieldEnd]
    </div>
  </div>
[/#macro]

[#macro ariaFor name hint form optional=false]
  [#local ids = describedBy(name, hint, form)]
  [#if !optional] aria-required="true"[/#if][#if ids?has_content] aria-describedby="${ids}"[/#if][#if form.errorFor[name]??] aria-invalid="true"[/#if]
[/#macro]

[#macro textField name label hint form optional=false type="text" autocomplete=""]
  [@fieldStart name "text" label hint form optional /]
      <input class="utrecht-textbox utrecht-textbox--html-input[#if form.errorFor[name]??] utrecht-textbox--invalid[/#if]"
        id="${fieldId(name)}" name="${name}" type="${type}" value="${form.values[name]!''}"
        [#if autocomplete?has_content]autocomplete="${autocomplete}"[/#if][@ariaFor name hint form optional /]>
  [@fieldEnd /]
[/#macro]

[#macro textArea name label hint form optional=false rows=6]
  [@fieldStart name "textarea" label hint form optional /]
      <textarea class="utrecht-textarea utrecht-textarea--html-textarea[#if form.errorFor[name]??] utrecht-textarea--invalid[/#if]"
        id="${fieldId(name)}" name="${name}" rows="${rows}"[@ariaFor name hint form optional /]>${form.values[name]!''}</textarea>
  [@fieldEnd /]
[/#macro]

[#macro select name label hint form options emptyLabel optional=false]
  [@fieldStart name "select" label hint form optional /]
      <select class="utrecht-select utrecht-select--html-select[#if form.errorFor[name]??] utrecht-select--invalid[/#if]"
        id="${fieldId(name)}" name="${name}"[@ariaFor name hint form optional /]>
        <option value="">${emptyLabel}</option>
        [#list options as option]
        <option value="${option.id}"[#if option.selected] selected[/#if]>${option.label}</option>
        [/#list]
      </select>
  [@fieldEnd /]
[/#macro]
