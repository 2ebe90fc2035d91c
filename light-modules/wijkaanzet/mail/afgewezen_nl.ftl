[#ftl output_format="plainText"]
[#-- Sent when moderators reject a verbeterpunt. Model: wijk, reference, reason, explanation
     (may be empty), link (may be empty). B1 Dutch. Nothing the resident typed is repeated (see
     bevestiging_nl.ftl). --]
[#assign subject = "Uw verbeterpunt is niet op de website gezet (${reference})"]
Beste inwoner,

Bedankt voor uw verbeterpunt voor de wijk ${wijk}.
Referentienummer: ${reference}

Wij hebben uw punt bekeken. Het komt niet op de website en u kunt er niet op
stemmen. De reden:

${reason}
[#if explanation?has_content]

Toelichting:
${explanation}
[/#if]

Heeft u vragen? Antwoord dan op deze e-mail en noem uw referentienummer.
[#if link?has_content]
Meer over Wij(k) aan zet!: ${link}
[/#if]

Met vriendelijke groet,

Gemeente Alkmaar
Wij(k) aan zet!
