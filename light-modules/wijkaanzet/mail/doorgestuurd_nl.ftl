[#ftl output_format="plainText"]
[#-- Tells the submitter their point went to the organisation that handles the public space.
     Model: wijk, reference, organisation, route, link (may be empty). Nothing the resident typed
     is repeated (see bevestiging_nl.ftl). --]
[#assign subject = "Uw melding is doorgestuurd naar ${organisation} (${reference})"]
Beste inwoner,

Bedankt voor uw punt voor de wijk ${wijk}.
Referentienummer: ${reference}

Uw punt gaat over iets dat kapot, vies of gevaarlijk is in de buurt. Dat
lost ${organisation} meestal sneller op dan de campagne. Daarom hebben wij uw
punt ${route} doorgestuurd naar ${organisation}. Zij nemen het verder op.

Uw punt komt niet op de website van Wij(k) aan zet! en u kunt er niet op
stemmen. Heeft u nog een ander idee voor uw wijk? Stuur het gerust in.

Heeft u vragen? Antwoord dan op deze e-mail en noem uw referentienummer.
[#if link?has_content]
Meer over Wij(k) aan zet!: ${link}
[/#if]

Met vriendelijke groet,

Gemeente Alkmaar
Wij(k) aan zet!
