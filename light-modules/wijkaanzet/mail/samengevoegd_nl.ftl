[#ftl output_format="plainText"]
[#-- Tells a submitter their point was combined with a look-alike. Model: wijk,
     reference, targetTitle (empty unless the target is published), targetReference, targetLink
     (may be empty). Nothing a resident typed is repeated (see bevestiging_nl.ftl), except the
     title of a published target: that one moderators checked and put on the website. --]
[#assign subject = "Uw verbeterpunt is samengevoegd (${reference})"]
Beste inwoner,

Bedankt voor uw verbeterpunt voor de wijk ${wijk}.
Referentienummer: ${reference}

Andere inwoners stuurden bijna hetzelfde punt in. Wij hebben deze punten
samengevoegd tot één punt, zodat de stemmen niet verdeeld raken:

[#if targetTitle?has_content]
${targetTitle}
[/#if]
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
