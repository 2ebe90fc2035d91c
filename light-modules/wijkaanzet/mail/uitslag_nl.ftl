[#ftl output_format="plainText"]
[#-- Sent once per point when an editor publishes the results: the verdict of the municipality
     and whether the point was chosen. Model: wijk, reference, merged (the resident's point was
     merged into mergedInto), mergedInto, votes, chosen, standing (gekozen, niet-gekozen,
     niet-haalbaar, niet-beoordeeld), verdict (may be empty), verdictId, motivation (may be empty), link (may
     be empty). B1 Dutch. Nothing the resident typed is repeated (see bevestiging_nl.ftl). --]
[#assign subject = "De uitslag voor uw verbeterpunt (${reference})"]
Beste inwoner,

De gemeente heeft de uitslag van Wij(k) aan zet! in ${wijk} bekendgemaakt.
Dit is wat er met uw verbeterpunt gebeurt.
Referentienummer: ${reference}
[#if merged]
Uw punt is samengevoegd met een punt dat bijna hetzelfde vraagt (${mergedInto}).
Hieronder staat de uitslag van dat punt.
[/#if]

[#if chosen]
Uw punt is gekozen. Het kreeg ${votes} [#if votes == 1]stem[#else]stemmen[/#if] en de gemeente gaat het uitvoeren.
Wij laten u weten hoe het gaat met de uitvoering.
[#elseif standing == "niet-haalbaar"]
De gemeente kan uw punt niet uitvoeren. Zij heeft gekeken of het
haalbaar en betaalbaar is.
[#elseif standing == "niet-beoordeeld"]
Uw punt is niet gekozen. Het kreeg ${votes} [#if votes == 1]stem[#else]stemmen[/#if].
De gemeente heeft niet op tijd bekeken of het kan. Daarom kon het niet gekozen worden.
[#else]
Uw punt is niet gekozen. Het kreeg ${votes} [#if votes == 1]stem[#else]stemmen[/#if]. Er waren andere punten in uw wijk met meer stemmen, of evenveel: dan heeft de gemeente gekozen.
[/#if]
[#if verdict?has_content]

Oordeel van de gemeente: ${verdict}
[#if motivation?has_content]
${motivation}
[/#if]
[/#if]

Heeft u vragen? Antwoord dan op deze e-mail en noem uw referentienummer.
[#if link?has_content]
De hele uitslag: ${link}
[/#if]

Met vriendelijke groet,

Gemeente Alkmaar
Wij(k) aan zet!
