[#ftl output_format="plainText"]
[#-- Tells a submitter their point was combined with a look-alike. Model: name (may be empty),
     title, wijk, reference, targetTitle, targetReference, targetLink (may be empty). --]
[#assign subject = "Uw verbeterpunt is samengevoegd (${reference})"]
[#if name?has_content]
Beste ${name},
[#else]
Beste inwoner,
[/#if]

Bedankt voor uw verbeterpunt voor de wijk ${wijk}:
${title}
Referentienummer: ${reference}

Andere inwoners stuurden bijna hetzelfde punt in. Wij hebben deze punten
samengevoegd tot één punt, zodat de stemmen niet verdeeld raken:

${targetTitle}
Referentienummer: ${targetReference}
[#if targetLink?has_content]
Bekijk het punt: ${targetLink}
[/#if]

Uw punt telt mee als een van de indieners van dit punt. U hoeft niets te doen.
Vindt u dat uw punt toch anders is? Antwoord dan op deze e-mail en noem uw
referentienummer. Dan kijken wij er opnieuw naar.

Met vriendelijke groet,

Gemeente Alkmaar
Wij(k) aan zet!
