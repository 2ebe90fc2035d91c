[#ftl output_format="HTML"]
[#-- One point for moderators: its text, photo and submitter, what can be done with it, the
     "Vergelijkbare punten" panel of merge candidates, a correction form and the history. Every
     form sends the version shown, so a change by someone else meanwhile is refused, not
     overwritten. --]
[#import "layout.ftl" as layout]
[#macro actionForm action label style="secondary-action"]
<form method="post" action="${point.url}/${action}" class="wz-moderation__action" accept-charset="UTF-8">
  <input type="hidden" name="token" value="${token}">
  <input type="hidden" name="version" value="${point.version?c}">
  [#nested]
  <button class="utrecht-button utrecht-button--${style}" type="submit">${label}</button>
</form>
[/#macro]
[#assign fieldErrors = {}]
[#list errors as error][#assign fieldErrors = fieldErrors + {error.field: error.message}][/#list]
[#macro field name label type="text" value="" required=false hint=""]
[#assign error = fieldErrors[name]!""]
[#assign describedBy = [hint?has_content?then("wz-veld-" + name + "-uitleg", ""), error?has_content?then("wz-veld-" + name + "-fout", "")]?filter(id -> id?has_content)?join(" ")]
<div class="utrecht-form-field utrecht-form-field--${(type == "textarea")?then("textarea", "text")}[#if error?has_content] utrecht-form-field--invalid[/#if] wz-form__field">
  <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-veld-${name}">${label}[#if !required] <span class="wz-form__optional">(optioneel)</span>[/#if]</label></div>
  [#if hint?has_content]<div class="utrecht-form-field__description" id="wz-veld-${name}-uitleg">${hint}</div>[/#if]
  [#if error?has_content]<div class="utrecht-form-field-error-message wz-form__error" id="wz-veld-${name}-fout">${error}</div>[/#if]
  <div class="utrecht-form-field__input">
    [#if type == "textarea"]
    <textarea class="utrecht-textarea utrecht-textarea--html-textarea[#if error?has_content] utrecht-textarea--invalid[/#if]" id="wz-veld-${name}" name="${name}" rows="6"[#if required] aria-required="true"[/#if][#if describedBy?has_content] aria-describedby="${describedBy}"[/#if][#if error?has_content] aria-invalid="true"[/#if]>${value}</textarea>
    [#else]
    <input class="utrecht-textbox utrecht-textbox--html-input[#if error?has_content] utrecht-textbox--invalid[/#if]" id="wz-veld-${name}" name="${name}" type="text" value="${value}"[#if required] aria-required="true"[/#if][#if describedBy?has_content] aria-describedby="${describedBy}"[/#if][#if error?has_content] aria-invalid="true"[/#if]>
    [/#if]
  </div>
</div>
[/#macro]
[@layout.page crumbs=[{"label": "Overzicht", "url": base}, {"label": wijk.name, "url": wijk.url}, {"label": point.reference, "url": ""}]]
  <h1 class="utrecht-heading-1">${point.reference}: ${point.title}</h1>
  [#if done?has_content]
  <div class="utrecht-alert utrecht-alert--ok" role="status" id="wz-gedaan" tabindex="-1" autofocus><p class="utrecht-paragraph">${done}</p></div>
  [/#if]
  [@layout.errorSummary errors=errors /]

  <dl class="wz-facts">
    <div><dt>Status</dt><dd><strong>${point.status}</strong></dd></div>
    <div><dt>Wijk</dt><dd>${wijk.name}</dd></div>
    <div><dt>Onderwerp</dt><dd>${point.category}</dd></div>
    <div><dt>Plek</dt><dd>${point.location?has_content?then(point.location, "niet opgegeven")}</dd></div>
    <div><dt>Kanaal</dt><dd>${point.channel}</dd></div>
    <div><dt>Ingediend</dt><dd>${point.submittedAt}</dd></div>
  </dl>

  [#if point.mergedInto?has_content]
  <div class="utrecht-alert wz-moderation__merged">
    <p class="utrecht-paragraph">Dit punt is samengevoegd met <a class="utrecht-link" href="${point.mergedInto}">${point.mergedIntoId?upper_case}</a>. Het adres van dit punt leidt inwoners daarheen.</p>
  </div>
  [/#if]
  [#if point.mergedFrom?has_content]
  <h2 class="utrecht-heading-2">Samengevoegde punten</h2>
  <p class="utrecht-paragraph">Deze punten zijn in dit punt opgegaan. Dit punt spreekt ook voor hun indieners.</p>
  <ul class="utrecht-unordered-list">
    [#list point.mergedFrom as merged]<li><a class="utrecht-link" href="${merged.url}">${merged.reference}</a>[#if merged.name?has_content], ingediend door ${merged.name}[/#if][#if merged.email?has_content] (<a class="utrecht-link" href="mailto:${merged.email}">${merged.email}</a>)[/#if]</li>[/#list]
  </ul>
  [/#if]

  <h2 class="utrecht-heading-2">Tekst van de inwoner</h2>
  <p class="utrecht-paragraph wz-moderation__text">${point.description}</p>
  [#if point.photo?has_content]
  <p class="utrecht-paragraph"><a class="utrecht-link" href="${point.photo}"><img class="wz-moderation__photo" src="${point.photo}" alt="Foto bij ${point.title}" width="480"></a></p>
  <p class="utrecht-paragraph wz-form__hint">Controleer de foto op gezichten, nummerborden en andere persoonlijke gegevens voordat u publiceert.</p>
  [/#if]

  <h2 class="utrecht-heading-2">Indiener</h2>
  [#if submitter??]
  <p class="utrecht-paragraph wz-form__hint">Alleen voor moderatoren. Deze gegevens komen nooit op de website.</p>
  <dl class="wz-facts">
    <div><dt>Naam</dt><dd>${submitter.name}</dd></div>
    <div><dt>E-mail</dt><dd>[#if submitter.email?has_content]<a class="utrecht-link" href="mailto:${submitter.email}">${submitter.email}</a>[#else]geen (ingevoerd door een medewerker)[/#if]</dd></div>
    <div><dt>Toestemming gegeven</dt><dd>${submitter.consentAt}</dd></div>
    [#if ageGroup?has_content]<div><dt>Leeftijd</dt><dd>${ageGroup}</dd></div>[/#if]
  </dl>
  [#else]
  <p class="utrecht-paragraph">Van dit punt zijn geen gegevens van de indiener bewaard.</p>
  [/#if]

  <h2 class="utrecht-heading-2" id="wz-acties">Wat wilt u doen?</h2>
  [#if blocked?has_content]<p class="utrecht-paragraph">${blocked}</p>[/#if]
  [#if !(can.publish || can.forward || can.withdraw || can.undo_merge || can.reject || can.merge || can.edit)]
  <p class="utrecht-paragraph">Dit punt is afgehandeld (${point.status?lower_case}). U kunt er niets meer mee doen; de geschiedenis hieronder laat zien wat er gebeurde.</p>
  [/#if]
  <div class="wz-moderation__actions">
    [#if can.publish]
    [@actionForm action="publiceren" label="Publiceren" style="primary-action"]<p class="utrecht-paragraph">Zet het punt op de website. Inwoners kunnen er later op stemmen.</p>[/@actionForm]
    [/#if]
    [#if can.forward]
    [@actionForm action="doorsturen" label="Doorsturen"]
      <p class="utrecht-paragraph">Is dit een melding over iets dat kapot, vies of gevaarlijk is? [#if forwardTo?has_content]Stuur het naar ${forwardTo}.[#else]Doorsturen is op deze server nog niet ingesteld.[/#if] De indiener krijgt een e-mail.</p>
    [/@actionForm]
    [/#if]
    [#if can.withdraw]
    [@actionForm action="terugtrekken" label="Terugtrekken"]<p class="utrecht-paragraph">Haal het punt van de website.</p>[/@actionForm]
    [/#if]
    [#if can.undo_merge]
    [@actionForm action="samenvoegen-ongedaan-maken" label="Samenvoegen ongedaan maken"]<p class="utrecht-paragraph">Maak er weer een los punt van, met de status van vóór het samenvoegen.</p>[/@actionForm]
    [/#if]
    [#if can.reject]
    <form method="post" action="${point.url}/afwijzen" class="wz-moderation__action wz-form" accept-charset="UTF-8">
      <input type="hidden" name="token" value="${token}">
      <input type="hidden" name="version" value="${point.version?c}">
      [#assign reasonError = fieldErrors["reason"]!""]
      <div class="utrecht-form-field utrecht-form-field--select[#if reasonError?has_content] utrecht-form-field--invalid[/#if] wz-form__field">
        <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-veld-reason">Reden van afwijzen</label></div>
        [#if reasonError?has_content]<div class="utrecht-form-field-error-message wz-form__error" id="wz-veld-reason-fout">${reasonError}</div>[/#if]
        <div class="utrecht-form-field__input">
          <select class="utrecht-select utrecht-select--html-select" id="wz-veld-reason" name="reason" aria-required="true"[#if reasonError?has_content] aria-invalid="true" aria-describedby="wz-veld-reason-fout"[/#if]>
            <option value="">Kies een reden</option>
            [#list reasons as reason]<option value="${reason.id}"[#if (posted.reason!"") == reason.id] selected[/#if]>${reason.text}</option>[/#list]
          </select>
        </div>
      </div>
      [@field name="explanation" label="Toelichting voor de indiener" type="textarea" value=posted.explanation!"" hint="Verplicht als u 'anders' kiest. De indiener leest dit in de e-mail." /]
      <button class="utrecht-button utrecht-button--secondary-action" type="submit">Afwijzen</button>
    </form>
    [/#if]
  </div>

  [#if can.merge]
  <section aria-labelledby="wz-veld-target" class="wz-moderation__similar">
    <h2 class="utrecht-heading-2" id="wz-veld-target" tabindex="-1">Vergelijkbare punten</h2>
    [#if similar?has_content]
    <p class="utrecht-paragraph">Ingediende en gepubliceerde punten uit ${wijk.name} die op dit punt lijken, de beste eerst. Voegt u samen, dan gaat dit punt op in het gekozen punt en krijgt de indiener een e-mail.</p>
    <ul class="wz-moderation__candidates">
      [#list similar as candidate]
      <li class="wz-moderation__candidate">
        <h3 class="utrecht-heading-3"><a class="utrecht-link" href="${candidate.url}">${candidate.reference}: ${candidate.title}</a></h3>
        <p class="utrecht-paragraph"><strong>Lijkt voor ${candidate.score}% op dit punt.</strong> Status: ${candidate.status}.</p>
        <p class="utrecht-paragraph wz-moderation__summary">${candidate.summary}</p>
        [@actionForm action="samenvoegen" label="Samenvoegen met " + candidate.reference]
          <input type="hidden" name="into" value="${candidate.id}">
          <input type="hidden" name="intoVersion" value="${candidate.version?c}">
        [/@actionForm]
      </li>
      [/#list]
    </ul>
    [#else]
    <p class="utrecht-paragraph">Er zijn geen ingediende of gepubliceerde punten in ${wijk.name} die op dit punt lijken.</p>
    [/#if]
  </section>
  [/#if]

  [#if can.edit]
  <h2 class="utrecht-heading-2">Tekst verbeteren</h2>
  <p class="utrecht-paragraph">Verbeter taalfouten of haal persoonlijke gegevens uit de tekst. De oude tekst blijft bewaard in de geschiedenis.</p>
  <form method="post" action="${point.url}/verbeteren" class="wz-form" accept-charset="UTF-8" novalidate>
    <input type="hidden" name="token" value="${token}">
    <input type="hidden" name="version" value="${point.version?c}">
    [@field name="title" label="Titel" value=posted.title!point.title required=true /]
    [@field name="description" label="Beschrijving" type="textarea" value=posted.description!point.description required=true /]
    [@field name="location" label="Plek" value=posted.location!point.location /]
    [#assign chosen = posted.category!point.categoryId]
    [#assign categoryError = fieldErrors["category"]!""]
    <div class="utrecht-form-field utrecht-form-field--select[#if categoryError?has_content] utrecht-form-field--invalid[/#if] wz-form__field">
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="wz-veld-category">Onderwerp</label></div>
      [#if categoryError?has_content]<div class="utrecht-form-field-error-message wz-form__error" id="wz-veld-category-fout">${categoryError}</div>[/#if]
      <div class="utrecht-form-field__input">
        <select class="utrecht-select utrecht-select--html-select" id="wz-veld-category" name="category" aria-required="true"[#if categoryError?has_content] aria-invalid="true" aria-describedby="wz-veld-category-fout"[/#if]>
          [#list categories as category]<option value="${category.id}"[#if chosen == category.id] selected[/#if]>${category.name}</option>[/#list]
        </select>
      </div>
    </div>
    <div class="wz-form__actions"><button class="utrecht-button utrecht-button--secondary-action" type="submit">Verbetering opslaan</button></div>
  </form>
  [/#if]

  <h2 class="utrecht-heading-2">Geschiedenis</h2>
  <div class="wz-table-scroll" role="region" aria-labelledby="wz-geschiedenis-titel" tabindex="0">
    <table class="wz-table">
      <caption id="wz-geschiedenis-titel">Wat er met dit punt gebeurde, oudste eerst</caption>
      <thead><tr><th scope="col">Wanneer</th><th scope="col">Wie</th><th scope="col">Wat</th><th scope="col">Toelichting</th></tr></thead>
      <tbody>
        [#list history as entry]
        <tr><td>${entry.at}</td><td>${entry.actor}</td><td>${entry.action}</td><td>${entry.detail}</td></tr>
        [/#list]
      </tbody>
    </table>
  </div>
[/@layout.page]
