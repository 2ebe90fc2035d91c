[#ftl output_format="HTML"]
[#-- One chosen point: its updates so far and the form for the next (NL Design System fields;
     every fault in the summary and next to its field; what was typed stays). --]
[#import "layout.ftl" as layout]
[#import "fields.ftl" as f]
[@layout.page crumbs=[{"label": "Uitvoering", "url": base}, {"label": reference, "url": ""}]]
  <h1 class="utrecht-heading-1">${reference}: ${title}</h1>
  [@layout.errorSummary errors=errors title="Het bericht is niet opgeslagen" /]
  <dl class="wz-facts">
    <div><dt>Wijk</dt><dd>${wijk}</dd></div>
    <div><dt>Stemmen</dt><dd>${votes}</dd></div>
    <div><dt>Status</dt><dd>${status}</dd></div>
    <div><dt>Volgers van de wijk</dt><dd>${followers} [#if followers == 1]inwoner krijgt[#else]inwoners krijgen[/#if] elk bericht per e-mail, naast de indieners</dd></div>
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
      [@f.error "status" /]
      [#list statuses as option]
      <div class="wz-form__checkbox">
        <input class="wz-form__radio" type="radio" id="wz-veld-status-${option.id}" name="status" value="${option.id}"[#if form.status == option.id] checked[/#if][#if statusInvalid] aria-invalid="true"[/#if]>
        <label class="utrecht-form-label utrecht-form-label--checkbox" for="wz-veld-status-${option.id}">${option.label}</label>
      </div>
      [/#list]
    </fieldset>
    [@f.text name="gepland" label="Verwacht klaar" optional=true hint="Een datum zoals 15-9-2024. Laat leeg als die nog niet bekend is." /]
    [@f.text name="tekst" label="Bericht voor bewoners" type="textarea" rows=6 hint="Wat gebeurt er en wanneer? Bewoners lezen dit op de website. Wie het punt instuurde en een e-mailadres achterliet, krijgt het per e-mail." /]
    [#assign photoInvalid = fieldErrors.photo??]
    <div class="utrecht-form-field utrecht-form-field--file[#if photoInvalid] utrecht-form-field--invalid[/#if] wz-form__field">
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-veld-photo">Foto <span class="wz-form__optional">(optioneel)</span></label></div>
      <div class="utrecht-form-field__description" id="wz-veld-photo-uitleg">Een JPG-, PNG- of WebP-foto van hoogstens 5 MB. Bewoners zien hem bij het bericht; de foto wordt opnieuw opgeslagen zonder plaats en camera. Ging er iets mis, kies de foto dan opnieuw.</div>
      [@f.error "photo" /]
      <div class="utrecht-form-field__input"><input class="wz-form__file" id="wz-veld-photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby="${f.describedBy("photo", "uitleg")}"[#if photoInvalid] aria-invalid="true"[/#if]></div>
    </div>
    [@f.text name="fotoBeschrijving" label="Wat staat er op de foto?" note="nodig bij een foto" hint="Voor bewoners die de foto niet kunnen zien, bijvoorbeeld: Drie nieuwe bankjes langs de singel." /]
    <div class="wz-form__actions"><button class="utrecht-button utrecht-button--primary-action" type="submit">Bericht opslaan en versturen</button></div>
  </form>
[/@layout.page]
