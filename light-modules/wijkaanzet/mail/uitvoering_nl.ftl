[#ftl output_format="plainText"]
[#-- Sent once per update on a chosen point, to the people who sent it in (or a point merged into
     it). Model: wijk, reference, status (gepland, in-uitvoering, vertraagd, gerealiseerd),
     statusLabel, planned (may be empty), text (written by the municipality), link (may be empty).
     B1 Dutch. Nothing the resident typed is repeated. --]
[#assign subject = "Nieuws over uw verbeterpunt (${reference}): ${statusLabel?lower_case}"]
Beste inwoner,

Er is nieuws over het verbeterpunt in ${wijk} dat u instuurde en dat is gekozen.
Referentienummer: ${reference}

Status: ${statusLabel}
[#if planned?has_content]
Verwacht klaar: ${planned}
[/#if]

${text}

Heeft u vragen? Antwoord dan op deze e-mail en noem uw referentienummer.
[#if link?has_content]
Hoe het gaat met alle punten: ${link}
[/#if]

Met vriendelijke groet,

Gemeente Alkmaar
Wij(k) aan zet!
