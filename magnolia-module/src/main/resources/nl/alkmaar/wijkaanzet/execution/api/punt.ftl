[#ftl output_format="HTML"]
[#-- One chosen point: its updates so far and the form for the next (NL Design System fields;
     every fault in the summary and next to its field; what was typed stays). --]
[#import "layout.ftl" as layout]
[#macro error name]
[#if fieldErrors[name]??]<div class="utrecht-form-field-error-message wz-form__error" id="wz-veld-${name}-fout">${fieldErrors[name]}</div>[/#if]
[/#macro]
[#macro describedBy name hint]${[hint?then("wz-veld-" + name + "-uitleg", ""), fieldErrors[name]???then("wz-veld-" + name + "-fout", "")]?filter(id -> id?has_content)?join(" ")}[/#macro]
[@layout.page crumbs=[{"label": "Uitvoering", "url": base}, {"label": reference, "url": ""}]]
  <h1 class="utrecht-heading-1">${reference}: ${title}</h1>
  [@layout.errorSummary errors=errors title="Het bericht is niet opgeslagen" /]
  <dl class="wz-facts">
    <div><dt>Wijk</dt><dd>${wijk}</dd></div>
    <div><dt>Stemmen</dt><dd>${votes}</dd></div>
    <div><dt>Status</dt><dd>${status}</dd></div>
    [#if planned?has_content]<div><dt>Verwacht klaar</dt><dd>${planned}</dd></div>[/#if]
  </dl>

  [#if history?has_content]
  <h2 class="utrecht-heading-2">Berichten tot nu toe</h2>
  <ol class="wz-moderation__candidates">
    [#list history?reverse as update]
    <li class="wz-moderation__candidate"><p class="utrecht-paragraph"><strong>${update.date}: ${update.status}</strong>[#if update.planned?has_content], verwacht klaar ${update.planned}[/#if] (${update.author})</p><p class="utrecht-paragraph wz-moderation__text">${update.text}</p>[#if update.thumbnail?has_content]<img class="wz-progress__photo" src="${update.thumbnail}" alt="${update.photoAlt}" width="240" loading="lazy">[/#if]</li>
    [/#list]
  </ol>
  [/#if]

  <h2 class="utrecht-heading-2" id="wz-bericht-titel">Nieuw bericht</h2>
  <form method="post" action="${url}" class="wz-form" accept-charset="UTF-8" enctype="multipart/form-data" novalidate aria-labelledby="wz-bericht-titel">
    <input type="hidden" name="token" value="${token}">
    [#-- How many updates this form showed: one saved meanwhile is shown before this one is taken. --]
    <input type="hidden" name="gezien" value="${seen?c}">
    [#assign statusInvalid = fieldErrors.status??]
    <fieldset class="utrecht-form-fieldset wz-form__group[#if statusInvalid] utrecht-form-field--invalid[/#if]" id="wz-veld-status" tabindex="-1"[#if statusInvalid] aria-describedby="wz-veld-status-fout"[/#if]>
      <legend class="utrecht-form-fieldset__legend">Status</legend>
      [@error "status" /]
      [#list statuses as option]
      <div class="wz-form__checkbox">
        <input class="wz-form__radio" type="radio" id="wz-veld-status-${option.id}" name="status" value="${option.id}"[#if form.status == option.id] checked[/#if][#if statusInvalid] aria-invalid="true"[/#if]>
        <label class="utrecht-form-label utrecht-form-label--checkbox" for="wz-veld-status-${option.id}">${option.label}</label>
      </div>
      [/#list]
    </fieldset>
    [#assign plannedInvalid = fieldErrors.gepland??]
    <div class="utrecht-form-field utrecht-form-field--text[#if plannedInvalid] utrecht-form-field--invalid[/#if] wz-form__field">
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-veld-gepland">Verwacht klaar <span class="wz-form__optional">(optioneel)</span></label></div>
      <div class="utrecht-form-field__description" id="wz-veld-gepland-uitleg">Een datum zoals 15-9-2024. Laat leeg als die nog niet bekend is.</div>
      [@error "gepland" /]
      <div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input[#if plannedInvalid] utrecht-textbox--invalid[/#if]" id="wz-veld-gepland" name="gepland" type="text" autocomplete="off" value="${form.gepland}" aria-describedby="[@describedBy "gepland" true /]"[#if plannedInvalid] aria-invalid="true"[/#if]></div>
    </div>
    [#assign textInvalid = fieldErrors.tekst??]
    <div class="utrecht-form-field utrecht-form-field--textarea[#if textInvalid] utrecht-form-field--invalid[/#if] wz-form__field">
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-veld-tekst">Bericht voor bewoners</label></div>
      <div class="utrecht-form-field__description" id="wz-veld-tekst-uitleg">Wat gebeurt er en wanneer? Bewoners lezen dit op de website. Wie het punt instuurde en een e-mailadres achterliet, krijgt het per e-mail.</div>
      [@error "tekst" /]
      <div class="utrecht-form-field__input"><textarea class="utrecht-textarea utrecht-textarea--html-textarea[#if textInvalid] utrecht-textarea--invalid[/#if]" id="wz-veld-tekst" name="tekst" rows="6" aria-describedby="[@describedBy "tekst" true /]"[#if textInvalid] aria-invalid="true"[/#if]>${form.tekst}</textarea></div>
    </div>
    [#assign photoInvalid = fieldErrors.photo??]
    <div class="utrecht-form-field utrecht-form-field--file[#if photoInvalid] utrecht-form-field--invalid[/#if] wz-form__field">
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-veld-photo">Foto <span class="wz-form__optional">(optioneel)</span></label></div>
      <div class="utrecht-form-field__description" id="wz-veld-photo-uitleg">Een JPG-, PNG- of WebP-foto van hoogstens 5 MB. Bewoners zien hem bij het bericht; de foto wordt opnieuw opgeslagen zonder plaats en camera. Ging er iets mis, kies de foto dan opnieuw.</div>
      [@error "photo" /]
      <div class="utrecht-form-field__input"><input class="wz-form__file" id="wz-veld-photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby="[@describedBy "photo" true /]"[#if photoInvalid] aria-invalid="true"[/#if]></div>
    </div>
    [#assign altInvalid = fieldErrors.fotoBeschrijving??]
    <div class="utrecht-form-field utrecht-form-field--text[#if altInvalid] utrecht-form-field--invalid[/#if] wz-form__field">
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-veld-fotoBeschrijving">Wat staat er op de foto? <span class="wz-form__optional">(nodig bij een foto)</span></label></div>
      <div class="utrecht-form-field__description" id="wz-veld-fotoBeschrijving-uitleg">Voor bewoners die de foto niet kunnen zien, bijvoorbeeld: Drie nieuwe bankjes langs de singel.</div>
      [@error "fotoBeschrijving" /]
      <div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input[#if altInvalid] utrecht-textbox--invalid[/#if]" id="wz-veld-fotoBeschrijving" name="fotoBeschrijving" type="text" autocomplete="off" value="${form.fotoBeschrijving}" aria-describedby="[@describedBy "fotoBeschrijving" true /]"[#if altInvalid] aria-invalid="true"[/#if]></div>
    </div>
    <div class="wz-form__actions"><button class="utrecht-button utrecht-button--primary-action" type="submit">Bericht opslaan en versturen</button></div>
  </form>
[/@layout.page]
